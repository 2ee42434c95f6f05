import DumpForge
import DumpModel
import Foundation
import Testing

/// The Windows 7 x64 LFH walk (LfhWindows7.swift: zones to FreePointer, back-pointer, UserBlocks +
/// 0x20, UnusedBytes; no key) on lfh-win7. Expected numbers come from the forge's `--describe-json`
/// (`ProcessDescription`: each subsegment's address, UserBlocks, FirstAllocationOffset, busy indexes,
/// requested bytes), never from the walker.
@Suite("LFH Windows 7")
struct LfhWindows7Tests {
  static let scenario = HeapTests.root + "/Samples/lfh-win7/scenario.yaml"

  static func forge() throws -> ([UInt8], ProcessDescription) {
    let out = TempFile.path("-lfh7.dmp")
    defer { TempFile.remove(out) }
    try Forge.forge(scenarioPath: scenario, outputPath: out, progress: false)
    let description = ProcessDescription(try ProcessBuilder.build(try ScenarioLoader.load(path: scenario)))
    return (try [UInt8](Data(contentsOf: URL(fileURLWithPath: out))), description)
  }

  @Test func walksBothHeapsWithoutAKey() throws {
    let (bytes, description) = try Self.forge()
    let path = try TempFile.write(bytes)
    defer { TempFile.remove(path) }
    let set = try Dump.open(path: path).heaps
    let heaps = try #require(description.heaps)
    #expect(heaps.count == 2)
    for (h, heap) in heaps.enumerated() {
      let expected = try #require(heap.lfh)
      #expect(expected.layout == "win7sp1-x64" && !expected.busyBitmap)
      var blocks: [HeapBlock] = []
      let r = set.walk(h) { if $0.isLfh { blocks.append($0) } }
      let front = try #require(r.lfh)
      #expect(r.corruptions.isEmpty, "\(r.corruptions)")
      #expect(front.windows7 && front.expanded && front.key == nil && front.note == nil)
      #expect(front.address == expected.address)
      let subs = expected.subsegments.sorted { $0.userBlocks < $1.userBlocks }
      #expect(front.subsegments.map(\.address) == subs.map(\.address))
      #expect(front.subsegments.map(\.userBlocks) == subs.map(\.userBlocks))
      #expect(subs.allSatisfy { $0.firstAllocationOffset == 0x20 })
      #expect(front.subsegments.map(\.firstOffset) == subs.map(\.firstAllocationOffset))
      #expect(front.subsegments.map(\.stride) == subs.map { $0.blockSize * 16 })
      #expect(front.subsegments.map(\.depth) == subs.map { UInt16($0.freeBlocks) })
      #expect(front.busyBlocks == expected.busyBlocks && front.freeBlocks == expected.freeBlocks)
      #expect(front.requestedBytes == expected.requestedBytes)
      for s in subs {
        let mine = blocks.filter { $0.subsegment == s.address }
        #expect(mine.count == s.blockCount)
        #expect(mine.first?.entry == s.userBlocks + 0x20)
        #expect(mine.indices.filter { mine[$0].isBusy } == s.busyIndexes)
        #expect(mine.reduce(0) { $0 + $1.requested } == s.requestedBytes)
      }
    }
    // The index holds LFH blocks instead of their containers; -x finds a busy and a free block.
    let index = set.index
    let backEnd = heaps.reduce(0) { $0 + $1.busyBlocks + $1.freeBlocks + $1.virtualBlocks.count }
    let lfh = heaps.compactMap(\.lfh)
    #expect(index.count == backEnd - lfh.reduce(0) { $0 + $1.subsegments.count } + lfh.reduce(0) { $0 + $1.busyBlocks + $1.freeBlocks })
    let s = try #require(lfh[0].subsegments.first { $0.freeBlocks > 0 && $0.busyBlocks > 0 })
    let busy = s.userBlocks + 0x20 + UInt64(s.busyIndexes[0]) * s.blockSize * 16
    let i = try #require(index.position(containing: busy + 0x17))
    #expect(index.entries[i] == busy && index.size(i) == s.blockSize * 16)
    let hit = try #require(set.lfhBlock(at: busy, heap: 0))
    #expect(hit.block.isBusy && hit.subsegment.address == s.address && hit.decoded.problem == nil)
    let freeIndex = try #require((0..<s.blockCount).first { !s.busyIndexes.contains($0) })
    let free = try #require(set.lfhBlock(at: s.userBlocks + 0x20 + UInt64(freeIndex) * s.blockSize * 16, heap: 0))
    #expect(!free.block.isBusy && free.decoded.unusedBytes == 0x80)
    #expect(set.lfhBlock(at: busy + 0x10, heap: 0) == nil)
  }

  /// The forge writes the §3.7 Win7 x64 header scheme (unverified on real dumps): with the
  /// described key, each header's low 40 bits decode to its subsegment. The reader never uses
  /// this; the test pins what the forge wrote.
  @Test func forgedHeadersFollowTheDocumentedScheme() throws {
    let (bytes, description) = try Self.forge()
    let path = try TempFile.write(bytes)
    defer { TempFile.remove(path) }
    let space = try Dump.open(path: path).addressSpace
    let key = try #require(description.lfhKey)
    #expect(key >> 40 == 0)
    let heap = try #require(description.heaps?.first)
    let s = try #require(heap.lfh?.subsegments.first)
    for i in [0, 1, s.blockCount - 1] {
      let block = s.userBlocks + 0x20 + UInt64(i) * s.blockSize * 16
      let low40 = try #require(space.load(UInt64.self, at: block + 8)) & 0xFF_FFFF_FFFF
      #expect((((block ^ heap.base) >> 4) ^ low40 ^ key) << 4 == s.address)
    }
  }

  /// Damaged Win7 LFH bytes give corruption lines, never a trap: a UserBlocks back-pointer (that
  /// subsegment is not expanded), a zone FreePointer beyond Limit (read up to Limit), a free
  /// block's UnusedBytes.
  @Test func damagedWindows7LfhBytesAreReported() throws {
    let (original, description) = try Self.forge()
    let copies = try DamagedCopies(original)
    let space = copies.space
    let lfh = try #require(description.heaps?.first?.lfh)
    let s = lfh.subsegments[0]
    func damaged(_ address: UInt64, _ bytes: [UInt8]) throws -> HeapWalkResult { try copies.heapResult(xor: bytes, at: address) }
    let back = try damaged(s.userBlocks, [0x10])
    #expect(back.corruptions.contains { $0.address == s.address && $0.reason.contains("does not point back") })
    #expect(back.lfh?.subsegments.count == lfh.subsegments.count - 1)
    #expect(back.lfh?.busyBlocks == lfh.busyBlocks - s.busyBlocks)
    // FreePointer (+0x10) set 0x300 bytes past Limit (+0x18).
    let freePointer = try #require(space.load(UInt64.self, at: lfh.zone + 0x10))
    let limit = try #require(space.load(UInt64.self, at: lfh.zone + 0x18))
    let flip = freePointer ^ (limit + 0x300)
    let beyond = try damaged(lfh.zone + 0x10, (0..<8).map { UInt8(truncatingIfNeeded: flip >> ($0 * 8)) })
    #expect(beyond.corruptions.contains { $0.address == lfh.zone && $0.reason.contains("beyond its Limit") })
    #expect(beyond.lfh?.subsegments.count == lfh.subsegments.count)
    let freeIndex = try #require((0..<s.blockCount).first { !s.busyIndexes.contains($0) })
    let freeBlock = s.userBlocks + 0x20 + UInt64(freeIndex) * s.blockSize * 16
    // 0x80 → 0xC0: low 6 bits still 0 (free), but not exactly 0x80.
    let unused = try damaged(freeBlock + 0x0F, [0x40])
    #expect(unused.corruptions.contains { $0.address == freeBlock && $0.reason.contains("expected 80") })
    #expect(unused.lfh?.busyBlocks == lfh.busyBlocks)
    let flag = try damaged(freeBlock + 0x0F, [0x80])
    #expect(flag.corruptions.contains { $0.reason.contains("lacks the LFH flag") })
  }

  /// 200 rounds of 16 random bytes over the `_LFH_HEAP` block, the zone and every user-blocks area
  /// of the process heap: walk, index, lookups and notes never trap.
  @Test func randomWindows7LfhBytesNeverTrap() throws {
    let (original, description) = try Self.forge()
    let lfh = try #require(description.heaps?.first?.lfh)
    let low = lfh.address
    let high = try #require(lfh.subsegments.map { $0.userBlocks + 0x20 + UInt64($0.blockCount) * $0.blockSize * 16 }.max())
    try RandomLfhDamage.run(original: original, rounds: 200, seed: 0x2C_0000, lookupStride: 7) { rng in
      // Half the writes land in the zone and the user-blocks headers, where the walk looks first.
      rng.next() & 1 == 0 ? lfh.zone + rng.next() % 0x200 : low + rng.next() % (high - low)
    }
  }
}
