import Commands
import DumpModel
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The heap harness's inputs kept in Tests/DumpModelTests/Regressions (`heap-*.bin`), replayed the
/// way Fuzz/HeapFuzz.swift runs them: laid over the committed heap pages of a forged heap-101, then
/// the `!heap` and `!address` commands. Each once trapped; now each must run to the end.
@Suite("Heap fuzz regressions")
struct HeapFuzzRegressionTests {
  static let folder = Fixtures.packageRoot + "/Tests/DumpModelTests/Regressions"

  /// Names of the `heap-*.bin` files.
  static func inputNames() -> [String] {
    guard let dir = opendir(folder) else { return [] }
    defer { closedir(dir) }
    var names: [String] = []
    while let e = readdir(dir) {
      let name = withUnsafeBytes(of: e.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
      if name.hasPrefix("heap-"), name.hasSuffix(".bin") { names.append(name) }
    }
    return names.sorted()
  }

  static func read(_ path: String) -> [UInt8]? {
    guard let f = try? MappedFile(path: path), let b = f.bytes(at: 0, count: f.size) else { return nil }
    return Array(b)
  }

  @Test func percentagesNeverOverflow() {
    #expect(Percent.scaled(UInt64.max, of: 1, scale: 100) == UInt64.max)
    #expect(Percent.scaled(UInt64.max, of: UInt64.max, scale: 100) == 100)
    #expect(Percent.scaled(1, of: 3, scale: 10000) == 3333)
    #expect(Percent.scaled(2, of: 3, scale: 100) == 67)
    #expect(Percent.scaled(2, of: 3, scale: 100, rounded: false) == 66)
    #expect(Percent.scaled(5, of: 0, scale: 100) == 0)
  }

  /// The template a harness input was found on: `heap-lfh-*` with lfh-basics as HEAP_FUZZ_DUMP,
  /// the others with heap-101.
  static func template(for name: String) -> String { name.hasPrefix("heap-lfh-") ? "lfh-basics" : "heap-101" }

  /// The forged template's bytes and the file windows over its heap pages, in the harness's order.
  static func windows(_ sample: String) throws -> (bytes: [UInt8], windows: [(offset: Int, count: Int)])? {
    guard let path = try ForgedDumps.path(sample), let template = Self.read(path) else { return nil }
    let original = try Dump.open(path: path)
    var spans: [(UInt64, UInt64)] = []
    for i in original.heaps.heaps.indices {
      let r = original.heaps.result(i)
      for s in r.segments { spans.append((s.baseAddress, s.baseAddress &+ max(s.committedBytes, 0x1000))) }
      for v in r.virtualEntries { spans.append((v.address, v.address &+ 0x1000)) }
    }
    var windows: [(offset: Int, count: Int)] = []
    for range in original.addressSpace.ranges {
      for (lo, hi) in spans where range.address < hi && lo < range.end {
        let start = max(lo, range.address)
        windows.append((Int(range.fileOffset + (start - range.address)), Int(min(hi, range.end) - start)))
      }
    }
    return (template, windows)
  }

  @Test func heapInputsRunEveryHeapCommand() throws {
    let names = Self.inputNames()
    #expect(names.contains("heap-summary-percent-overflow.bin"))
    var templates: [String: (bytes: [UInt8], windows: [(offset: Int, count: Int)])] = [:]
    for name in names {
      guard let input = Self.read(Self.folder + "/" + name) else { continue }
      let sample = Self.template(for: name)
      if templates[sample] == nil { templates[sample] = try Self.windows(sample) }
      guard let (template, windows) = templates[sample] else {
        Issue.record("\(sample) could not be forged")
        continue
      }
      var bytes = template
      var used = 0
      for w in windows where used < input.count {
        let n = min(w.count, input.count - used)
        bytes.replaceSubrange(w.offset..<(w.offset + n), with: input[used..<(used + n)])
        used += n
      }
      let file = try bytes.withUnsafeBytes { raw throws(DumpError) in try MappedFile(copying: raw, name: name) }
      let sink = CaptureSink()
      let session = Session(dump: try Dump(file: file), sink: sink)
      var commands = ["!heap", "!heap -s", "!heap -stat -h 0", "!heap -top 3", "!heap -l", "!address -summary"]
      if let h = session.dump.heaps.heaps.first {
        commands += ["!heap -a \(String(h.address, radix: 16))", "!heap -x \(String(h.address &+ 0x2000, radix: 16))"]
      }
      for c in commands { session.run(command: c) }
      #expect(sink.text.contains("Heap"), "\(name)")
    }
  }
}
