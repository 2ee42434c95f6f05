import DumpForge
import DumpModel
import Foundation
import Testing

/// The LFH walk (LfhFrontEnd.swift, LfhWalker.swift) on lfh-basics. Expected numbers come from the
/// forge's `--describe-json` (`ProcessDescription`: lfhKey, each subsegment's address, UserBlocks,
/// FirstAllocationOffset, busy indexes, requested bytes), never from the walker.
@Suite("LFH")
struct LfhTests {
  static let scenario = HeapTests.root + "/Samples/lfh-basics/scenario.yaml"

  /// The dump's bytes and the forge's description of the same scenario (same seed).
  static func forge() throws -> ([UInt8], ProcessDescription) {
    let out = TempFile.path("-lfh.dmp")
    defer { TempFile.remove(out) }
    try Forge.forge(scenarioPath: scenario, outputPath: out, progress: false)
    let description = ProcessDescription(try ProcessBuilder.build(try ScenarioLoader.load(path: scenario)))
    return (try [UInt8](Data(contentsOf: URL(fileURLWithPath: out))), description)
  }

  @Test func encodingsRoundTrip() {
    // §3.7: SubSegmentCode = key ^ Heap ^ (Block >> 4) ^ ((Block − U) << 12), and back.
    let key: UInt32 = 0x52f1_f2f1, heap: UInt64 = 0x1f3_9c20_0000, user: UInt64 = 0x1f3_9c20_25c0
    let block = user + 0x40 + 5 * 0x30
    let code = key ^ UInt32(truncatingIfNeeded: heap) ^ UInt32(truncatingIfNeeded: block >> 4) ^ UInt32(truncatingIfNeeded: (block - user) << 12)
    #expect(LfhCode.blockOffset(key: key, heap: heap, block: block, code: code) == block - user)
    #expect(LfhCode.key(heap: heap, block: block, code: code, offset: block - user) == key)
    #expect(LfhCode.blockOffset(key: key ^ 1, heap: heap, block: block, code: code) == nil)
    let lfh: UInt64 = 0x1f3_9c20_1360
    let encoded = UInt32(0x40 | 0x30 << 16) ^ UInt32(truncatingIfNeeded: user) ^ UInt32(truncatingIfNeeded: lfh) ^ key
    #expect(LfhCode.offsets(key: key, lfh: lfh, userBlocks: user, encoded: encoded) == (0x40, 0x30))
  }

  @Test func recoversTheKeyAndWalksLfhBasics() throws {
    let (bytes, description) = try Self.forge()
    let path = try TempFile.write(bytes)
    defer { TempFile.remove(path) }
    let set = try Dump.open(path: path).heaps
    let expected = try #require(description.heaps?.first?.lfh)
    var blocks: [HeapBlock] = []
    let r = set.walk(0) { if $0.isLfh { blocks.append($0) } }
    let front = try #require(r.lfh)
    #expect(r.corruptions.isEmpty)
    #expect(front.address == expected.address)
    #expect(front.key.map(UInt64.init) == description.lfhKey.map { $0 & 0xFFFF_FFFF })
    #expect(front.evidence?.verified == expected.subsegments.count)
    let subs = expected.subsegments.sorted { $0.userBlocks < $1.userBlocks }
    #expect(front.subsegments.map(\.address) == subs.map(\.address))
    #expect(front.subsegments.map(\.userBlocks) == subs.map(\.userBlocks))
    #expect(front.subsegments.map(\.firstOffset) == subs.map(\.firstAllocationOffset))
    #expect(front.subsegments.map(\.stride) == subs.map { $0.blockSize * 16 })
    #expect(front.busyBlocks == expected.busyBlocks && front.freeBlocks == expected.freeBlocks)
    #expect(front.requestedBytes == expected.requestedBytes)
    // Every block at its address, busy exactly at the described indexes.
    for s in subs {
      let mine = blocks.filter { $0.subsegment == s.address }
      #expect(mine.count == s.blockCount)
      #expect(mine.first?.entry == s.userBlocks + s.firstAllocationOffset)
      #expect(mine.indices.filter { mine[$0].isBusy } == s.busyIndexes)
      #expect(mine.reduce(0) { $0 + $1.requested } == s.requestedBytes)
    }
    // The private heap has no front end; the containers are not indexed, their blocks are.
    #expect(set.result(1).lfh == nil)
    let index = set.index
    let backEnd = description.heaps?.reduce(0) { $0 + $1.busyBlocks + $1.freeBlocks + $1.virtualBlocks.count } ?? 0
    #expect(index.count == backEnd - subs.count + expected.busyBlocks + expected.freeBlocks)
    let s = try #require(subs.first { !$0.busyIndexes.isEmpty })
    let busy = s.userBlocks + s.firstAllocationOffset + UInt64(s.busyIndexes[0]) * s.blockSize * 16
    let i = try #require(index.position(containing: busy + 0x17))
    #expect(index.entries[i] == busy && index.size(i) == s.blockSize * 16)
    let hit = try #require(set.lfhBlock(at: busy, heap: 0))
    #expect(hit.block.isBusy && hit.subsegment.address == s.address && hit.decoded.index == UInt16(s.busyIndexes[0]))
    #expect(set.lfhBlock(at: busy + 0x10, heap: 0) == nil)
  }

  /// Damaged LFH bytes give corruption lines (never a trap): a block header, a BusyBitmap bit,
  /// EncodedOffsets (that subsegment is then not expanded), the zone's NextIndex.
  @Test func damagedLfhBytesAreReported() throws {
    let (original, description) = try Self.forge()
    let copies = try DamagedCopies(original)
    let lfh = try #require(description.heaps?.first?.lfh)
    let s = lfh.subsegments[2]  // the 0x30-byte bucket, busy and free blocks
    let block3 = s.userBlocks + s.firstAllocationOffset + 3 * s.blockSize * 16
    func damaged(_ address: UInt64, _ flip: UInt8) throws -> HeapWalkResult { try copies.heapResult(xor: [flip], at: address) }
    let header = try damaged(block3 + 0x9, 0x40)
    #expect(header.corruptions.contains { $0.address == block3 && $0.reason.contains("does not decode") })
    #expect(header.lfh?.busyBlocks == lfh.busyBlocks)  // the bitmap still says busy
    let bitmap = try damaged(s.userBlocks + 0x30, 0x08)  // bit 3
    #expect(bitmap.corruptions.contains { $0.address == block3 && $0.reason.contains("BusyBitmap bit 3") })
    let offsets = try damaged(s.userBlocks + 0x18, 0x10)
    #expect(offsets.corruptions.contains { $0.reason.contains("EncodedOffsets") })
    #expect(offsets.lfh?.subsegments.count == lfh.subsegments.count - 1)
    #expect(offsets.lfh?.freeBlocks == lfh.freeBlocks - s.freeBlocks)
    let index = try damaged(block3 + 0xD, 0x01)
    #expect(index.corruptions.contains { $0.reason.contains("index reads 2") })
    let zone = try damaged(lfh.zone + 0x13, 0x80)  // NextIndex negative
    #expect(zone.corruptions.contains { $0.reason.contains("NextIndex") })
    #expect(zone.lfh?.key == nil && zone.lfh?.note?.contains("key not recovered") == true)
  }

  /// Every byte of the zone and its six subsegments, of one user-blocks header and of its first
  /// two block headers flipped in turn (one file patched in place): the walk, the index and the
  /// LFH lookups never trap, and the heap's corruption list says something whenever the LFH
  /// expansion changed.
  @Test func flippedLfhMetadataNeverTraps() throws {
    let (original, description) = try Self.forge()
    let path = try TempFile.write(original)
    defer { TempFile.remove(path) }
    let space = try Dump.open(path: path).addressSpace
    func fileOffset(_ address: UInt64) -> UInt64? {
      guard let r = space.rangeIndex(containing: address) else { return nil }
      return space.ranges[r].fileOffset + (address - space.ranges[r].address)
    }
    let lfh = try #require(description.heaps?.first?.lfh)
    let s = lfh.subsegments[0]
    let first = s.userBlocks + s.firstAllocationOffset
    let targets = Array(lfh.zone..<lfh.zone + 0x20 + 6 * 0x40) + Array(s.userBlocks..<s.userBlocks + 0x40)
      + Array(first + 8..<first + 0x10) + Array(first + 0x38..<first + 0x40)
    let handle = try #require(FileHandle(forUpdatingAtPath: path))
    defer { try? handle.close() }
    for address in targets {
      let offset = try #require(fileOffset(address))
      let byte = original[Int(offset)]
      try handle.seek(toOffset: offset)
      handle.write(Data([byte ^ 0xFF]))
      let set = try Dump.open(path: path).heaps
      let r = set.result(0)
      let index = set.index
      _ = set.lfhBlock(at: first, heap: 0)
      let expanded = (r.lfh?.busyBlocks ?? 0) + (r.lfh?.freeBlocks ?? 0)
      #expect(index.count > 0)
      #expect(expanded == lfh.busyBlocks + lfh.freeBlocks || !r.corruptions.isEmpty || r.lfh?.note != nil, "flip at \(String(address, radix: 16))")
      try handle.seek(toOffset: offset)
      handle.write(Data([byte]))
    }
  }

  /// 300 rounds of 16 random bytes (SplitMix64, fixed seed) overwritten across the `_LFH_HEAP`
  /// block, the zone and every user-blocks area: walk, index, -x lookups and the counts never trap.
  @Test func randomLfhBytesNeverTrap() throws {
    let (original, description) = try Self.forge()
    let lfh = try #require(description.heaps?.first?.lfh)
    let low = lfh.address, high = try #require(lfh.subsegments.map { $0.userBlocks + $0.firstAllocationOffset + UInt64($0.blockCount) * $0.blockSize * 16 }.max())
    try RandomLfhDamage.run(original: original, rounds: 300, seed: 0x1F39_C200_0000, lookupStride: 37) { rng in
      low + rng.next() % (high - low)
    }
  }
}
