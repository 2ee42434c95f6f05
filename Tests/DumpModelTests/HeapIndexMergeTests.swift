@testable import DumpModel
import Testing

/// `HeapIndex.merge` (large blocks merged in place into the sorted segment blocks, `HeapSet.index`)
/// must give the same columns as appending everything and sorting: checked on runs of segment
/// blocks at random addresses with large blocks before, between, after and equal to them, and on
/// heap-101's real index.
@Suite("HeapIndexMerge")
struct HeapIndexMergeTests {
  static func block(_ entry: UInt64, size: UInt64, virtual: Bool, trace: UInt32) -> HeapBlock {
    let flags: UInt8 = virtual ? HeapConstants.virtualAlloc | HeapConstants.busy : HeapConstants.busy
    return HeapBlock(
      entry: entry, size: size, header: HeapEntryHeader(size: UInt16(truncatingIfNeeded: size / 16), flags: flags, smallTagIndex: 0, previousSize: 0, segmentOffset: 0, unusedBytes: 8),
      requested: size - 8, segment: virtual ? -1 : 0, traceIndex: trace, user: entry + 16)
  }

  @Test(arguments: [1, 2, 3, 4, 5])
  func mergeMatchesSort(seed: UInt64) {
    var rng = seed &* 0x9E37_79B9_7F4A_7C15
    func next(_ n: UInt64) -> UInt64 {
      rng = rng &* 6364136223846793005 &+ 1442695040888963407
      return (rng >> 33) % n
    }
    var blocks: [(HeapBlock, Int)] = []
    for run in 0..<4 {
      var a = 0x1000_0000 * UInt64(run + 1) + next(0x1000) * 16
      for _ in 0..<(100 + Int(next(200))) {
        let size = 16 * (1 + next(20))
        blocks.append((Self.block(a, size: size, virtual: false, trace: UInt32(next(9))), run))
        a += size
      }
    }
    let segmentBlocks = blocks
    for k in 0..<(1 + Int(next(12))) {
      let at = k == 0 ? segmentBlocks[Int(next(UInt64(segmentBlocks.count)))].0.entry : next(0x6000_0000) & ~0xF
      blocks.append((Self.block(at, size: 0x20_0000, virtual: true, trace: 7), k % 4))
    }
    var sorted = HeapIndex(granularity: 16)
    for (b, h) in blocks { sorted.append(b, heap: h) }
    sorted.sort()
    var main = HeapIndex(granularity: 16), large = HeapIndex(granularity: 16)
    for (b, h) in blocks { if b.isVirtual { large.append(b, heap: h) } else { main.append(b, heap: h) } }
    main.sort()
    large.sort()
    main.merge(large)
    #expect(main.count == sorted.count)
    #expect(main.entries == sorted.entries)
    #expect((0..<main.count).allSatisfy { main.size($0) == sorted.size($0) && main.requested($0) == sorted.requested($0) })
    #expect(main.flags == sorted.flags)
    #expect(main.traces == sorted.traces)
    #expect(main.entries == main.entries.sorted())
  }

  @Test func heap101IndexIsSortedAndComplete() throws {
    let bytes = try HeapTests.forgeHeap101()
    let path = try TempFile.write(bytes)
    defer { TempFile.remove(path) }
    let dump = try Dump.open(path: path)
    let set = dump.heaps
    let index = set.index
    var total = 0
    for i in set.heaps.indices where set.heaps[i].kind == .nt {
      let r = set.result(i)
      total += r.busyBlocks + r.freeBlocks + r.virtualEntries.count
    }
    #expect(index.count == total)
    #expect(index.entries == index.entries.sorted())
    #expect(index.flags.contains { $0 & HeapConstants.virtualAlloc != 0 })
  }
}
