/// One address inside a heap's memory and what it is, for `!address` classification: the
/// allocation holding `address` is claimed as Heap with this ID, handle and kind.
public struct HeapRegionHit: Sendable, Equatable {
  public var address: UInt64
  /// Index in PEB.ProcessHeaps.
  public var id: Int
  /// The heap's address (its handle).
  public var handle: UInt64
  public var kind: HeapRegionKind

  public init(address: UInt64, id: Int, handle: UInt64, kind: HeapRegionKind) {
    self.address = address
    self.id = id
    self.handle = handle
    self.kind = kind
  }
}

extension HeapSet {
  /// Where the heaps' memory lies, from the same walker `!heap` uses, so `!address` and `!heap`
  /// cannot disagree: every heap's own address (any kind: NT, segment heap, unknown), then for an
  /// NT heap each segment's BaseAddress (`_HEAP.SegmentList`, nt-layouts.md §3.6 step 2, the heap
  /// itself first) and each `_HEAP_VIRTUAL_ALLOC_ENTRY` on `_HEAP.VirtualAllocdBlocks` (step 5).
  /// Only the lists are read, never the blocks inside segments (a walk already cached is reused).
  /// Segments and large blocks that fail the walker's checks (signature, readable header,
  /// checksum) are left out.
  public var regionHits: [HeapRegionHit] {
    var hits: [HeapRegionHit] = []
    for (i, heap) in heaps.enumerated() {
      hits.append(HeapRegionHit(address: heap.address, id: i, handle: heap.address, kind: .segment))
      guard heap.kind == .nt else { continue }
      let outline = cachedResult(i) ?? walker?.walk(heap, blocks: false) { _ in } ?? HeapWalkResult()
      for s in outline.segments {
        hits.append(HeapRegionHit(address: s.baseAddress, id: i, handle: heap.address, kind: .segment))
      }
      for v in outline.virtualEntries {
        hits.append(HeapRegionHit(address: v.address, id: i, handle: heap.address, kind: .largeBlock))
      }
    }
    return hits
  }
}
