@testable import DumpModel
import Testing

/// The compact `HeapIndex` (4 GB address windows, narrow columns, side table) must give back every
/// block's exact values at the edges of each column: a block over 64K granules, a trace index over
/// 65535, a heap number over 255, a block not a whole number of granules, a free 4 KB block
/// (requested 0) and a busy one with 4080 unused bytes, entries in windows far
/// apart, a large block above 4 GB and one straddling a 4 GB boundary; checked after `sort` and
/// after `merge` of the large blocks, and through `position(containing:)` and `HeapIndexLookup`.
@Suite("HeapIndexCompact")
struct HeapIndexCompactTests {
  struct Model {
    let entry: UInt64, size: UInt64, requested: UInt64, heap: Int, trace: UInt32, virtual: Bool
  }

  static func block(_ m: Model) -> HeapBlock {
    let flags: UInt8 = m.virtual ? HeapConstants.virtualAlloc | HeapConstants.busy : HeapConstants.busy
    return HeapBlock(
      entry: m.entry, size: m.size,
      header: HeapEntryHeader(size: UInt16(truncatingIfNeeded: m.size / 16), flags: flags, smallTagIndex: 0, previousSize: 0, segmentOffset: 0, unusedBytes: 8),
      requested: m.requested, segment: m.virtual ? -1 : 0, traceIndex: m.trace, user: m.entry + 16)
  }

  static let models: [Model] = {
    var m: [Model] = []
    // Segment A low in the address space, ordinary blocks with the edges mixed in.
    var a: UInt64 = 0x1000_0000
    for k in 0..<40 {
      let size: UInt64 = k == 5 ? 0x10_0000 * 16 : k == 9 ? 0x18 : k == 17 || k == 19 ? 0x1000 : 16 * UInt64(1 + k % 7)
      let heap = k == 11 ? 300 : k % 3
      let trace: UInt32 = k == 13 ? 70_000 : k == 14 ? 65_535 : UInt32(k)
      let requested = k == 17 ? 0 : k == 19 ? 0x10 : size >= 8 ? size - 8 : 0
      m.append(Model(entry: a, size: size, requested: requested, heap: heap, trace: trace, virtual: false))
      a += size
    }
    // Segment B far away (another 4 GB window, 0x7ff0... region), running across a 4 GB boundary.
    var b: UInt64 = 0x7ff0_ffff_ff00
    for k in 0..<40 {
      m.append(Model(entry: b, size: 0x40, requested: 0x30, heap: 1, trace: UInt32(k), virtual: false))
      b += 0x40
    }
    // Large blocks: above 4 GB, one over 4 GB in size, one between the segments.
    m.append(Model(entry: 0x1_2345_0040, size: 5 << 32, requested: (5 << 32) - 0x1000, heap: 2, trace: 3, virtual: true))
    m.append(Model(entry: 0x2000_0040, size: 0x20_0000, requested: 0x1F_F000, heap: 0, trace: 66_000, virtual: true))
    m.append(Model(entry: 0x7ff0_0000_0040, size: 0x10_0000, requested: 0x10_0000, heap: 256, trace: 1, virtual: true))
    return m
  }()

  static func check(_ index: HeapIndex) {
    let sorted = models.sorted { $0.entry < $1.entry }
    #expect(index.count == sorted.count)
    for (i, m) in sorted.enumerated() {
      #expect(index.entry(i) == m.entry)
      #expect(index.size(i) == m.size)
      #expect(index.requested(i) == m.requested)
      #expect(index.heap(i) == m.heap)
      #expect(index.trace(i) == m.trace)
      #expect((index.flags[i] & HeapConstants.virtualAlloc != 0) == m.virtual)
    }
    #expect(index.entries == sorted.map(\.entry))
    let lookup = HeapIndexLookup(index, virtualPrefix: 0x40)
    for (i, m) in sorted.enumerated() {
      let start = m.virtual ? m.entry - 0x40 : m.entry
      for probe in [start, start + m.size / 2, start + m.size - 1] {
        #expect(index.position(containing: probe, virtualPrefix: 0x40) == i)
        #expect(lookup.position(containing: probe) == i)
      }
    }
    #expect(index.position(containing: 0x0FFF_FFFF, virtualPrefix: 0x40) == nil)
    #expect(index.position(containing: 0x5000_0000_0000, virtualPrefix: 0x40) == nil)
    #expect(lookup.position(containing: 0x5000_0000_0000) == nil)
  }

  @Test func sortKeepsEdgeValues() {
    var index = HeapIndex(granularity: 16)
    // Walk order: segment B first, then A, then the large blocks (three runs out of order).
    for m in Self.models.filter({ !$0.virtual && $0.entry > 0xFFFF_FFFF }) + Self.models.filter({ !$0.virtual && $0.entry <= 0xFFFF_FFFF }) + Self.models.filter(\.virtual) {
      index.append(Self.block(m), heap: m.heap)
    }
    index.sort()
    Self.check(index)
  }

  @Test func mergeKeepsEdgeValues() {
    var main = HeapIndex(granularity: 16), large = HeapIndex(granularity: 16)
    for m in Self.models.reversed() {
      if m.virtual { large.append(Self.block(m), heap: m.heap) } else { main.append(Self.block(m), heap: m.heap) }
    }
    main.sort()
    large.sort()
    main.merge(large)
    Self.check(main)
  }
}

/// The room reserved before the first walk is a hint computed from segment headers (hostile): the
/// heap harness once made it ask for 8 GB (`heap-lfh-index-reserve-oom.bin`). It is capped by the
/// dump's memory, `heapEntries` and 2^32.
@Suite("Heap index reservation")
struct HeapIndexReservationTests {
  @Test func reservationIsBoundedByTheDump() {
    // A 4 MB dump whose segment headers claim 64 GB committed: at most one block per granule.
    #expect(HeapSet.reservation(committedBytes: 64 << 30, granularity: 16, dumpBytes: 4 << 20, limit: 1_000_000_000) == (4 << 20) / 16)
    #expect(HeapSet.reservation(committedBytes: .max, granularity: 8, dumpBytes: .max, limit: 1_000_000_000) == 1_000_000_000)
    #expect(HeapSet.reservation(committedBytes: .max, granularity: 16, dumpBytes: .max, limit: .max) == 1 << 32)
    #expect(HeapSet.reservation(committedBytes: 6400, granularity: 0, dumpBytes: 1 << 20, limit: 10) == 10)
    // An honest dump: one block per 64 committed bytes.
    #expect(HeapSet.reservation(committedBytes: 1 << 20, granularity: 16, dumpBytes: 2 << 20, limit: 1_000_000_000) == (1 << 20) / 64)
  }
}
