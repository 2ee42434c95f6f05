@testable import DumpModel
import DumpForge
import Foundation
import Testing

/// The counting fast path (`HeapWalker.summaries`, SummaryChain.swift) and the walks on several
/// threads (`HeapSet.prewalk`, `requestedSizes`, ParallelFor.swift) give what `walk(heap) { _ in }`
/// gives, heap by heap, on the forged samples; on damage the heap is walked again by `walk`.
@Suite("HeapSummary")
struct HeapSummaryTests {
  /// The fields `!heap -s` prints from, as one comparable value.
  static func key(_ r: HeapWalkResult) -> String {
    let segs = r.segments.map { "\($0.address):\($0.pages):\($0.uncommittedPages):\($0.uncommitted.count)" }
    let lfh = r.lfh.map { "\($0.busyBlocks)/\($0.freeBlocks)/\($0.note ?? "")" } ?? "-"
    return "\(r.busyBlocks) \(r.freeBlocks) \(r.busyBytes) \(r.freeBytes) \(r.requestedBytes) \(r.virtualBytes) "
      + "\(r.virtualEntries.map(\.address)) \(segs) \(r.corruptions.map { "\($0.address):\($0.reason)" }) \(lfh) \(r.stoppedByLimit) \(r.cancelled)"
  }

  static func open(_ sample: String) throws -> (Dump, String) {
    let out = TempFile.path("-\(sample)-summary.dmp")
    try Forge.forge(scenarioPath: HeapTests.root + "/Samples/\(sample)/scenario.yaml", outputPath: out, progress: false)
    return (try Dump.open(path: out), out)
  }

  @Test(arguments: ["heap-101", "heap-corruption", "lfh-basics", "lfh-win7", "lfh-win7-x86", "nt-heap-leak"])
  func summariesEqualTheWalk(sample: String) throws {
    let (dump, path) = try Self.open(sample)
    defer { TempFile.remove(path) }
    let set = dump.heaps
    let w = try #require(set.walker)
    let slow = set.heaps.map { w.walk($0) { _ in } }
    #expect(!slow.isEmpty)
    // One heap at a time, all heaps in one group, and pairs.
    let one = set.heaps.map { w.summaries([$0]).first ?? HeapWalkResult() }
    let all = w.summaries(set.heaps)
    #expect(one.map(Self.key) == slow.map(Self.key))
    #expect(all.map(Self.key) == slow.map(Self.key))
    // The cached walks several threads made.
    set.prewalk(Array(set.heaps.indices))
    #expect(set.heaps.indices.map { Self.key(set.result($0)) } == slow.map(Self.key))
    // `!heap -stat`'s tallies: the counting path (groups, threads) against the visitor walk.
    func tallyKey(_ t: RequestedSizes) -> String {
      "\(t.all) \(t.counts.enumerated().filter { $0.1 != 0 }.map { "\($0.0)x\($0.1)" }) \(t.large.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value.count)" })"
    }
    let walked: [String] = set.heaps.map { h in
      var t = RequestedSizes()
      _ = w.walk(h) { t.add($0) }
      return tallyKey(t)
    }
    #expect(w.requestedSizes(set.heaps).map { tallyKey($0.sizes) } == walked)
    let stat = set.requestedSizes(Array(set.heaps.indices))
    #expect(stat.map { tallyKey($0.sizes) } == walked)
    #expect(stat.map { Self.key($0.result) } == slow.map(Self.key))
  }

  /// heap-corruption's damaged heaps: the chain over a damaged segment ends `failed`, and the
  /// heap's result (walked again by `walk`) carries the walk's corruption lines.
  @Test func damageFallsBackToTheWalk() throws {
    let (dump, path) = try Self.open("heap-corruption")
    defer { TempFile.remove(path) }
    let set = dump.heaps
    let w = try #require(set.walker)
    var failed = 0
    for h in set.heaps where h.kind == .nt && h.frontEndHeapType != 2 {
      let slow = w.walk(h) { _ in }
      guard slow.corruptions.contains(where: { !$0.reason.hasPrefix("segment") && !$0.reason.hasPrefix("virtual") }) else { continue }
      let outline = w.walk(h, blocks: false) { _ in }
      for s in outline.segments {
        guard var c = SummaryChain(s, space: dump.addressSpace, layout: w.layout, key: h.decoder.key) else { continue }
        while c.state == .running { c.step() }
        if c.state == .failed { failed += 1 }
      }
      #expect(Self.key(w.summaries([h])[0]) == Self.key(slow))
    }
    #expect(failed > 0)
  }

  /// Ctrl-C: a walk group polled as stopped comes back cancelled and is not cached.
  @Test func cancelledGroupIsNotCached() throws {
    guard let path = InterruptFixture.twoHeaps else { return }
    let dump = try Dump.open(path: path)
    dump.isCancelled = { true }
    let set = dump.heaps
    #expect(set.heaps.count == 2)
    set.prewalk([0, 1])
    #expect(set.cachedResult(0) == nil && set.cachedResult(1) == nil)
    dump.isCancelled = { false }
    set.prewalk([0, 1])
    #expect(set.cachedResult(0)?.busyBlocks ?? 0 > 0 && set.cachedResult(1)?.cancelled == false)
  }

  @Test func parallelForRunsEachIndexOnce() {
    let slots = ParallelSlots<Int>(1000)
    parallelFor(1000, threads: 4) { i in slots[i] = i * 2 }
    #expect((0..<1000).allSatisfy { slots[$0] == $0 * 2 })
    parallelFor(0, threads: 4) { _ in Issue.record("no index") }
  }
}

/// Two NT heaps of 20,000 blocks each: enough for the walks to poll `isCancelled`.
enum InterruptFixture {
  static let twoHeaps: String? = {
    let dir = NSTemporaryDirectory() + "/dumpdbg-summary"
    let out = dir + "/two-heaps.dmp"
    if FileManager.default.fileExists(atPath: out) { return out }
    try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    let scenario = dir + "/two-heaps.yaml"
    let yaml = """
      os: win10-x64
      seed: 3
      heaps:
        - {name: a, reserve: 16M, allocations: [{count: 20000, size: {min: 0x20, max: 0x80}, freed: 0.1}]}
        - {name: b, reserve: 16M, allocations: [{count: 20000, size: {min: 0x20, max: 0x80}, freed: 0.1}]}
      """
    guard FileManager.default.createFile(atPath: scenario, contents: Data(yaml.utf8)),
      (try? Forge.forge(scenarioPath: scenario, outputPath: out + ".tmp", progress: false)) != nil,
      (try? FileManager.default.moveItem(atPath: out + ".tmp", toPath: out)) != nil
    else { return nil }
    return out
  }()
}
