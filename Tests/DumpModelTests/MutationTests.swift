import DumpModel
import Foundation
import Testing

/// Damaged variants of the Wine mini dump: every accessor must succeed or give a DumpError with a
/// description, never trap.
@Suite(.enabled(if: WineFixtures.enabled, WineFixtures.skipReason))
struct MutationTests {
  /// The mini dump's bytes and its directory (type, size, rva), read here independently of DumpModel.
  struct Original {
    var bytes: [UInt8]
    var directory: [(type: UInt32, size: UInt32, rva: UInt32)]
    func u32(_ o: Int) -> UInt32 { bytes[o..<o + 4].reversed().reduce(0) { $0 << 8 | UInt32($1) } }
    func rva(of type: UInt32) -> Int? { directory.first { $0.type == type }.map { Int($0.rva) } }
  }

  func original() throws -> Original? {
    guard let path = WineFixtures.path(WineFixtures.crashMini) else { return nil }
    let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    var o = Original(bytes: bytes, directory: [])
    let n = Int(o.u32(8))
    let dir = Int(o.u32(12))
    for i in 0..<n {
      let at = dir + 12 * i
      o.directory.append((o.u32(at), o.u32(at + 4), o.u32(at + 8)))
    }
    return o
  }

  /// Opens `bytes` and touches every stream accessor, the address space and every context.
  /// Returns the number of accessors that failed (each with a non-empty description).
  @discardableResult
  func exercise(_ bytes: [UInt8], _ label: String) throws -> Int {
    let path = try TempFile.write(bytes)
    defer { TempFile.remove(path) }
    let dump: Dump
    do {
      dump = try Dump.open(path: path)
    } catch {
      #expect(!error.description.isEmpty, "\(label): open")
      return 1
    }
    var failures = 0
    func check<T>(_ r: Result<T, DumpError>, _ what: String) {
      if case .failure(let e) = r {
        failures += 1
        #expect(!e.description.isEmpty, "\(label): \(what)")
      }
    }
    check(dump.systemInfo, "systemInfo"); check(dump.miscInfo, "miscInfo")
    check(dump.threads, "threads"); check(dump.threadInfos, "threadInfos"); check(dump.threadNames, "threadNames")
    check(dump.modules, "modules"); check(dump.unloadedModules, "unloadedModules")
    check(dump.memoryList, "memoryList"); check(dump.memory64List, "memory64List"); check(dump.memoryInfo, "memoryInfo")
    check(dump.exception, "exception"); check(dump.handles, "handles")
    check(dump.commentA, "commentA"); check(dump.commentW, "commentW"); check(dump.vmCounters, "vmCounters")
    let space = dump.addressSpace
    for r in space.ranges.prefix(64) { _ = space.bytes(at: r.address, count: Int(min(r.size, 64))) }
    if case .success(let threads) = dump.threads {
      for t in threads {
        check(dump.context(at: t.context), "context of thread \(t.threadId)")
        _ = space.readPrefix(at: t.stack.start, count: Int(min(t.stack.location.dataSize, 0x1000)))
      }
    }
    if case .success(let e) = dump.exception { check(dump.context(at: e.context), "exception context") }
    for w in dump.warnings { #expect(!w.isEmpty) }
    return failures
  }

  @Test func originalParsesCleanly() throws {
    guard let o = try original() else { return }
    // Present streams parse; absent ones are missingStream.
    let path = try TempFile.write(o.bytes)
    defer { TempFile.remove(path) }
    let dump = try Dump.open(path: path)
    _ = try dump.systemInfo.get(); _ = try dump.threads.get(); _ = try dump.modules.get()
    _ = try dump.memoryList.get(); _ = try dump.miscInfo.get(); _ = try dump.exception.get()
  }

  @Test func truncatedAtEveryStreamBoundary() throws {
    guard let o = try original() else { return }
    var cuts: Set<Int> = [0, 1, 3, 4, 8, 12, 16, 0x1F, 0x20, 0x21, 0x2C, 0x2D]
    let dirRva = Int(o.u32(12))
    for i in 0...o.directory.count { cuts.insert(dirRva + 12 * i); cuts.insert(dirRva + 12 * i + 5) }
    for e in o.directory {
      cuts.insert(Int(e.rva)); cuts.insert(Int(e.rva) + 2); cuts.insert(Int(e.rva) + Int(e.size))
      cuts.insert(Int(e.rva) + Int(e.size) - 1)
    }
    var failed = 0
    for cut in cuts.sorted() where cut >= 0 && cut < o.bytes.count {
      failed += try exercise(Array(o.bytes.prefix(cut)), "truncated at 0x\(String(cut, radix: 16))")
    }
    #expect(failed > 20, "truncation should make many accessors fail")
  }

  @Test func corruptedCountsAndRvas() throws {
    guard let o = try original() else { return }
    var variants: [(String, [UInt8])] = []
    func patch32(_ at: Int, _ v: UInt32, _ label: String) {
      guard at >= 0, at + 4 <= o.bytes.count else { return }
      var b = o.bytes
      for k in 0..<4 { b[at + k] = UInt8(truncatingIfNeeded: v >> (8 * UInt32(k))) }
      variants.append((label, b))
    }
    let end = UInt32(o.bytes.count)
    // Header: stream count and directory RVA.
    for v: UInt32 in [0xFFFF_FFFF, 0x1555_5555, 100] { patch32(8, v, "NumberOfStreams=\(v)") }
    for v: UInt32 in [end, end - 4, 0xFFFF_FFF0] { patch32(12, v, "StreamDirectoryRva=\(v)") }
    let dirRva = Int(o.u32(12))
    for (i, e) in o.directory.enumerated() {
      let at = dirRva + 12 * i
      patch32(at + 4, 0xFFFF_FFFF, "stream \(i) size=max")
      patch32(at + 8, end, "stream \(i) rva=EOF")
      patch32(at + 8, 0xFFFF_FFF0, "stream \(i) rva=max")
      patch32(at + 4, e.size / 2, "stream \(i) size/2")
      // Reinterpret the stream as every other type (counts become whatever the bytes say).
      for t: UInt32 in [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 16, 17, 22, 24] where t != e.type {
        patch32(at, t, "stream \(i) type \(e.type)->\(t)")
      }
      // List counts (u32 at the stream start; u64 counts are covered by type 9/16 reinterpretation).
      for v: UInt32 in [0xFFFF_FFFF, 0x8000_0000, 0x0AAA_AAAB] { patch32(Int(e.rva), v, "stream \(i) first u32=\(v)") }
    }
    // Sub-item RVAs: thread context and stack, module names and CV records, CSD, exception context.
    if let t = o.rva(of: 3) {
      for (off, what) in [(0x24, "stack rva"), (0x2C, "context rva"), (0x28, "context size")] {
        patch32(t + 4 + off, 0xFFFF_FFFF, "thread \(what)=max"); patch32(t + 4 + off, end - 8, "thread \(what)=EOF-8")
      }
    }
    if let m = o.rva(of: 4) {
      let n = Int(o.u32(m))
      for i in 0..<n {
        let e = m + 4 + 108 * i
        patch32(e + 0x14, 0xFFFF_FFFF, "module \(i) name rva")
        patch32(Int(o.u32(e + 0x14)), 0xFFFF_FFFF, "module \(i) name length")
        patch32(Int(o.u32(e + 0x14)), 7, "module \(i) odd name length")
        patch32(e + 0x4C, 0xFFFF, "module \(i) cv size"); patch32(e + 0x50, end - 2, "module \(i) cv rva")
        patch32(e + 0x18, 0xFEEF_04BD, "module \(i) version signature")
      }
    }
    if let s = o.rva(of: 7) { patch32(s + 0x18, end - 2, "csd rva"); patch32(Int(o.u32(s + 0x18)), 0x7FFF_FFFE, "csd length") }
    if let x = o.rva(of: 6) { patch32(x + 0xA4, 0xFFFF_FFF0, "exception context rva"); patch32(x + 0x20, 0xFFFF_FFFF, "exception parameter count") }
    if let m = o.rva(of: 5) {
      for i in [0, 1, Int(o.u32(m)) - 1] {
        let d = m + 4 + 16 * i
        patch32(d + 8, 0xFFFF_FFFF, "memory range \(i) size"); patch32(d + 12, 0xFFFF_FFF0, "memory range \(i) rva")
        patch32(d + 4, 0xFFFF_FFFF, "memory range \(i) address high")
      }
    }
    #expect(variants.count > 100)
    var failed = 0
    for (label, bytes) in variants { failed += try exercise(bytes, label) }
    #expect(failed > variants.count, "corruption should make accessors fail")
  }

  @Test func randomByteFlipsInHeadersAndStreams() throws {
    guard let o = try original() else { return }
    var rng = SplitMix64(seed: 0x5EED)
    let span = min(o.bytes.count, Int(o.rva(of: 5) ?? 0x1200) + 0x200)
    for round in 0..<150 {
      var b = o.bytes
      for _ in 0..<8 { b[Int(rng.next() % UInt64(span))] = UInt8(truncatingIfNeeded: rng.next()) }
      try exercise(b, "random flips round \(round)")
    }
  }
}

/// A small deterministic generator so failures reproduce.
struct SplitMix64: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
