import Commands
import DumpModel
import Foundation
import Testing

/// `u` against GNU objdump on the same bytes: the code of ComputeRatio, SummarizeBatch and
/// RunReport (0x140001645..0x1400016e7, from `x86_64-w64-mingw32-objdump -d` of sample-crash.c
/// built with -O1; see Transcripts/README.md) is read out of the Wine crash dump, written to a
/// file and disassembled (55 instructions) with `objdump -D -b binary -mi386:x86-64 -M intel`. Addresses, bytes and
/// mnemonics must match; operands must match once both number styles (`0x20` / `20h`) are read
/// as numbers and case is folded (branches and RIP-relative operands name symbols, so they are
/// compared by target address only).
@Suite("Disassembly cross-check")
struct DisassemblyCrossCheckTests {
  static let start: UInt64 = 0x1_4000_1645
  static let end: UInt64 = 0x1_4000_16E7

  static func objdump() -> String? {
    for tool in ["/usr/bin/x86_64-w64-mingw32-objdump", "/usr/bin/objdump"] where FileManager.default.isExecutableFile(atPath: tool) {
      return tool
    }
    return nil
  }

  /// Number tokens (`0x20`, `20h`, `0FFh`, decimal) replaced by their decimal values.
  static func normalize(_ s: String) -> String {
    var out = s.lowercased()
    for (pattern, radix, dropPrefix, dropSuffix) in [("\\b0x[0-9a-f]+\\b", 16, 2, 0), ("\\b[0-9][0-9a-f]*h\\b", 16, 0, 1)] {
      let re = try! NSRegularExpression(pattern: pattern)
      while let m = re.firstMatch(in: out, range: NSRange(out.startIndex..., in: out)), let r = Range(m.range, in: out) {
        let token = out[r].dropFirst(dropPrefix).dropLast(dropSuffix)
        out.replaceSubrange(r, with: String(UInt64(token, radix: radix) ?? 0))
      }
    }
    // objdump writes a scale of 1 (`[rbx+rax*1]`) and a zero displacement (`[r9*4+0x0]`); WinDbg
    // leaves both out.
    for (a, b) in [("*1]", "]"), ("*1+", "+"), ("*1-", "-"), ("+0]", "]")] { out = out.replacingOccurrences(of: a, with: b) }
    return out.replacingOccurrences(of: " ", with: "")
  }

  @Test func unassembleMatchesObjdump() throws {
    guard let path = Fixtures.wine("sample-crash-full.dmp") else { return }
    let dump = try Dump.open(path: path)
    let count = try Self.crossCheck(Session(dump: dump, sink: CaptureSink()), from: Self.start, to: Self.end)
    #expect(count == nil || count == 55)  // 6 + 21 + 28 instructions
  }

  /// The -O2 functions of Tests/Fixtures/wine-stacks (README.md there), each from its `.pdata`
  /// begin to its end (so the multi-byte nop padding between functions is left out), read through
  /// the exes loaded by `.exepath` for the MiniDumpNormal dumps: chkstk calls, eight pushes, an
  /// addr32 store (`67 89 11`), SSE moves and compares, the xmm6 save. The instruction counts are
  /// those of `x86_64-w64-mingw32-objdump -d` of the exe files themselves.
  @Test(arguments: [
    ("deep-stack-normal.dmp", 0x1_4000_1700 as UInt64, 0x1_4000_170D as UInt64, 4),  // StoreSample
    ("deep-stack-normal.dmp", 0x1_4000_1710, 0x1_4000_1771, 27),  // FillBlock
    ("deep-stack-normal.dmp", 0x1_4000_1780, 0x1_4000_1824, 60),  // Descend
    ("deep-stack-normal.dmp", 0x1_4000_1830, 0x1_4000_1891, 28),  // Dispatch
    ("qsort-callback-normal.dmp", 0x1_4000_1660, 0x1_4000_1676, 6),  // Weigh
    ("qsort-callback-normal.dmp", 0x1_4000_1680, 0x1_4000_16CD, 21),  // CompareItems
  ])
  func optimizedFunctionsMatchObjdump(dump name: String, start: UInt64, end: UInt64, instructions: Int) throws {
    guard let path = Fixtures.repoFixture("wine-stacks", name), let dir = Fixtures.repoImages("wine-stacks") else { return }
    let session = Session(dump: try Dump.open(path: path), sink: CaptureSink())
    _ = session.setExecutablePath([dir])
    let count = try Self.crossCheck(session, from: start, to: end)
    #expect(count == nil || count == instructions)
  }

  /// Disassembles `[start, end)` read through `session`'s address space with objdump and with `u`,
  /// compares every instruction and returns how many there were (nil when objdump is missing).
  static func crossCheck(_ session: Session, from start: UInt64, to end: UInt64) throws -> Int? {
    guard let tool = Self.objdump() else {
      print("skipping: objdump is not installed")
      return nil
    }
    let bytes = try #require(session.dump.addressSpace.bytes(at: start, count: Int(end - start)))
    let bin = Fixtures.tempDir + "/code-\(String(start, radix: 16)).bin"
    try Data(bytes).write(to: URL(fileURLWithPath: bin))
    let p = Process()
    p.executableURL = URL(fileURLWithPath: tool)
    p.arguments = ["-D", "-b", "binary", "-mi386:x86-64", "-M", "intel", "--adjust-vma=0x\(String(start, radix: 16))", bin]
    let pipe = Pipe()
    p.standardOutput = pipe
    try p.run()
    let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    p.waitUntilExit()
    // `   140001645:\t89 c8                \tmov    eax,ecx`
    var expected: [(UInt64, String, String, String)] = []
    for line in text.split(separator: "\n") {
      let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard cols.count >= 2, let addr = UInt64(cols[0].trimmingCharacters(in: .whitespaces).dropLast(), radix: 16) else { continue }
      let hex = cols[1].replacingOccurrences(of: " ", with: "")
      if cols.count == 2, var last = expected.popLast() {
        // objdump continues the bytes of a long instruction on a line of their own.
        last.1 += hex
        expected.append(last)
        continue
      }
      guard cols.count >= 3 else { continue }
      var insn = String(cols[2].split(separator: "#").first ?? "").trimmingCharacters(in: .whitespaces)
      // objdump writes prefixes of padding nops as words (`data16 cs nop WORD PTR [...]`);
      // Capstone folds the segment into the operand (`nop word ptr cs:[...]`).
      var segment = ""
      while let word = insn.split(separator: " ").first, ["cs", "ds", "data16"].contains(word) {
        if word != "data16" { segment = word + ":" }
        insn = String(insn.dropFirst(word.count)).trimmingCharacters(in: .whitespaces)
      }
      let mnemonic = String(insn.prefix { $0 != " " })
      insn = String(insn.dropFirst(mnemonic.count)).trimmingCharacters(in: .whitespaces)
      if !segment.isEmpty, let bracket = insn.firstIndex(of: "[") { insn.insert(contentsOf: segment, at: bracket) }
      expected.append((addr, hex, mnemonic, insn))
    }

    let sink = CaptureSink()
    let saved = session.sink
    session.sink = sink
    defer { session.sink = saved }
    session.execute(line: "u 0x\(String(start, radix: 16)) L0n\(expected.count)")
    let ours = sink.take().split(separator: "\n").filter { !$0.hasSuffix(":") }
    try #require(ours.count == expected.count)
    for (line, e) in zip(ours, expected) {
      // `00000001`40001790 428d3c8d00000000 lea     edi,[r9*4]`: the bytes column widens for
      // instructions longer than 7 bytes, so the line is split on blanks.
      let words = line.split(separator: " ", maxSplits: 2).map(String.init)
      guard words.count == 3 else {
        Issue.record("unexpected line '\(line)'")
        continue
      }
      let addr = UInt64(words[0].replacingOccurrences(of: "`", with: ""), radix: 16)
      let hex = words[1]
      let rest = words[2].trimmingCharacters(in: .whitespaces)
      let mnemonic = String(rest.prefix { $0 != " " })
      var operands = String(rest.dropFirst(mnemonic.count)).trimmingCharacters(in: .whitespaces)
      #expect(addr == e.0, "address in '\(line)'")
      #expect(hex == e.1, "bytes in '\(line)'")
      #expect(mnemonic == e.2, "mnemonic in '\(line)'")
      if mnemonic == "idiv" || mnemonic == "div" { operands = String(operands.drop { $0 != "," }.dropFirst()) }
      if mnemonic == "call" || mnemonic.hasPrefix("j") {
        // `sample_crash!ComputeRatio (00000001`40001645)` vs `140001645 <...>` / `0x140001645`.
        if let open = operands.lastIndex(of: "(") {
          let target = operands[operands.index(after: open)...].dropLast().replacingOccurrences(of: "`", with: "")
          #expect(UInt64(target, radix: 16) == UInt64(e.3.prefix { $0 != " " }.replacingOccurrences(of: "0x", with: ""), radix: 16), "target in '\(line)'")
        } else {
          #expect(Self.normalize(operands) == Self.normalize(e.3), "operands in '\(line)'")
        }
      } else if !e.3.contains("rip") {
        #expect(Self.normalize(operands) == Self.normalize(e.3), "operands in '\(line)'")
      }
    }
    return expected.count
  }
}
