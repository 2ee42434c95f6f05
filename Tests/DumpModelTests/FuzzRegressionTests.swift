import DumpForge
import DumpModel
import Foundation
import Testing

/// Replays the inputs that `make fuzz` found (Regressions/, see its README) through the same work
/// as the harnesses in Fuzz/, and runs a small deterministic version of the heap harness: bytes of
/// heap-101's heap pages overwritten, then every heap walked and indexed. Nothing may trap or hang.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Regressions")

  /// The files of Regressions/ whose names start with `prefix`.
  static func inputs(_ prefix: String) -> [URL] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasPrefix(prefix) }.sorted().map { folder.appendingPathComponent($0) }
  }

  /// What Fuzz/DumpFuzz.swift does with one input.
  static func exerciseDump(_ bytes: [UInt8]) {
    guard let file = bytes.withUnsafeBytes({ try? MappedFile(copying: $0, name: "fuzz.dmp") }),
      let dump = try? Dump(file: file)
    else { return }
    _ = (dump.systemInfo, dump.miscInfo, dump.threadInfos, dump.threadNames, dump.unloadedModules)
    _ = (dump.memoryInfo, dump.handles, dump.commentA, dump.commentW, dump.vmCounters)
    if case .success(let e) = dump.exception { _ = dump.context(at: e.context, from: .exception) }
    if case .success(let threads) = dump.threads {
      for t in threads.prefix(64) { _ = (dump.context(at: t.context), dump.addressSpace.pointer(at: t.teb)) }
    }
    for r in dump.addressSpace.ranges.prefix(16) { _ = dump.addressSpace.readPrefix(at: r.address &+ r.size &- 8, count: 32) }
    if case .success(let modules) = dump.modules {
      for m in modules.prefix(16) { _ = dump.exports(of: m)?.nearest(below: m.base &+ 0x1000) }
    }
    let heaps = dump.heaps
    for i in heaps.heaps.indices { _ = heaps.result(i) }
    _ = heaps.index
  }

  @Test func dumpInputsReplay() {
    for url in Self.inputs("dump-") {
      guard let data = FileManager.default.contents(atPath: url.path) else { continue }
      Self.exerciseDump([UInt8](data))
    }
  }

  /// heap-101's bytes and the file ranges of its heap segments' committed pages (as Fuzz/HeapFuzz.swift).
  static func heapTemplate() throws -> (bytes: [UInt8], windows: [Range<Int>]) {
    let bytes = try HeapTests.forgeHeap101()
    let file = try bytes.withUnsafeBytes { raw throws(DumpError) in try MappedFile(copying: raw, name: "heap-101.dmp") }
    let dump = try Dump(file: file)
    var spans: [(UInt64, UInt64)] = []
    for i in dump.heaps.heaps.indices {
      let r = dump.heaps.result(i)
      for s in r.segments { spans.append((s.baseAddress, s.baseAddress &+ max(s.committedBytes, 0x1000))) }
      for v in r.virtualEntries { spans.append((v.address, v.address &+ 0x1000)) }
    }
    var windows: [Range<Int>] = []
    for range in dump.addressSpace.ranges {
      for (lo, hi) in spans where range.address < hi && lo < range.end {
        let start = Int(range.fileOffset + (max(lo, range.address) - range.address))
        windows.append(start..<(start + Int(min(hi, range.end) - max(lo, range.address))))
      }
    }
    return (bytes, windows)
  }

  @Test func heapInputsReplayAndHeapPagesSurviveByteFlips() throws {
    let template = try Self.heapTemplate()
    #expect(!template.windows.isEmpty)
    var inputs = Self.inputs("heap-").compactMap { FileManager.default.contents(atPath: $0.path).map { [UInt8]($0) } }
    // 200 deterministic variants: 1-16 random bytes of the heap pages replaced.
    var rng = SplitMix64(seed: 0x9E37_79B9)
    let flat = template.windows.flatMap { Array(template.bytes[$0]) }
    for _ in 0..<200 {
      var v = flat
      for _ in 0...(rng.next() % 16) { v[Int(rng.next() % UInt64(v.count))] = UInt8(truncatingIfNeeded: rng.next()) }
      inputs.append(v)
    }
    for input in inputs {
      var bytes = template.bytes
      var used = 0
      for w in template.windows where used < input.count {
        let n = min(w.count, input.count - used)
        bytes.replaceSubrange(w.lowerBound..<(w.lowerBound + n), with: input[used..<(used + n)])
        used += n
      }
      Self.exerciseDump(bytes)
    }
  }
}
