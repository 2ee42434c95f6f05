/// Finds the address ranges that belong to the process heaps, for `!address` classification.
///
/// Reads PEB.ProcessHeaps and, for each NT heap (SegmentSignature 0xFFEEFFEE), its SegmentList
/// (every `_HEAP_SEGMENT`, the heap itself first) and VirtualAllocdBlocks (large blocks). A segment
/// heap (0xDDEEDDEE at the same offset) contributes its own allocation only. Lists are walked with
/// a step limit and a visited set, so a corrupt or cyclic list ends the walk quietly.
///
/// The structure offsets live in `HeapOffsets` below; a type catalog (being built separately) is
/// meant to replace them.
public struct HeapRegions: Sendable {
  /// One address inside a heap allocation and what it is.
  public struct Hit: Sendable, Equatable {
    public var address: UInt64
    public var id: Int
    public var handle: UInt64
    public var kind: HeapRegionKind
  }

  public private(set) var hits: [Hit] = []

  /// Walks the heaps of the process whose PEB is at `peb`.
  public init(space: AddressSpace, peb: UInt64, offsets: HeapOffsets) {
    let p = offsets
    guard let count = space.load(UInt32.self, at: peb &+ p.pebNumberOfHeaps),
      let array = space.pointer(at: peb &+ p.pebProcessHeaps), array != 0
    else { return }
    let n = min(Int(count), 4096)
    let ptr = UInt64(p.pointerSize)
    for id in 0..<n {
      guard let heap = space.pointer(at: array &+ UInt64(id) &* ptr), heap != 0 else { continue }
      let signature = space.load(UInt32.self, at: heap &+ p.segmentSignature)
      hits.append(Hit(address: heap, id: id, handle: heap, kind: .segment))
      guard signature == 0xFFEE_FFEE else { continue }
      for link in walk(space, head: heap &+ p.heapSegmentList, ptr: ptr) {
        let segment = link &- p.segmentListEntry
        let base = space.pointer(at: segment &+ p.segmentBaseAddress) ?? segment
        hits.append(Hit(address: base, id: id, handle: heap, kind: .segment))
      }
      for link in walk(space, head: heap &+ p.heapVirtualAllocdBlocks, ptr: ptr) {
        hits.append(Hit(address: link, id: id, handle: heap, kind: .largeBlock))
      }
    }
  }

  /// The entries of a LIST_ENTRY list (Flink first), excluding the head; at most 100,000.
  private func walk(_ space: AddressSpace, head: UInt64, ptr: UInt64) -> [UInt64] {
    var out: [UInt64] = []
    var seen: Set<UInt64> = [head]
    var cur = space.pointer(at: head)
    while let link = cur, link != 0, !seen.contains(link), out.count < 100_000 {
      seen.insert(link)
      out.append(link)
      cur = space.pointer(at: link)
    }
    return out
  }
}

/// PEB and `_HEAP` offsets used by `HeapRegions` (nt-layouts.md §2.1 and §3.1). Kept in this one
/// place on purpose: the type catalog another engineer is building will replace them.
public struct HeapOffsets: Sendable {
  public var pointerSize: Int
  public var pebNumberOfHeaps: UInt64
  public var pebProcessHeaps: UInt64
  /// `_HEAP.SegmentSignature` (= `_SEGMENT_HEAP.Signature` for segment heaps).
  public var segmentSignature: UInt64
  public var heapVirtualAllocdBlocks: UInt64
  public var heapSegmentList: UInt64
  /// `_HEAP_SEGMENT.SegmentListEntry`: a SegmentList link minus this is the segment.
  public var segmentListEntry: UInt64
  /// `_HEAP_SEGMENT.BaseAddress`.
  public var segmentBaseAddress: UInt64

  /// Offsets for a pointer size and OS version: Windows 7 (6.1) columns, or the Windows 10
  /// 1507/2004 columns (identical for these fields) for 6.2 and later.
  public static func forTarget(pointerSize: Int, majorVersion: UInt32, minorVersion: UInt32) -> HeapOffsets {
    let win7 = majorVersion < 6 || (majorVersion == 6 && minorVersion <= 1)
    if pointerSize == 4 {
      return HeapOffsets(
        pointerSize: 4, pebNumberOfHeaps: 0x88, pebProcessHeaps: 0x90, segmentSignature: 0x08,
        heapVirtualAllocdBlocks: win7 ? 0xA0 : 0x9C, heapSegmentList: win7 ? 0xA8 : 0xA4,
        segmentListEntry: 0x10, segmentBaseAddress: 0x1C)
    }
    return HeapOffsets(
      pointerSize: 8, pebNumberOfHeaps: 0xE8, pebProcessHeaps: 0xF0, segmentSignature: 0x10,
      heapVirtualAllocdBlocks: win7 ? 0x118 : 0x110, heapSegmentList: win7 ? 0x128 : 0x120,
      segmentListEntry: 0x18, segmentBaseAddress: 0x30)
  }
}
