import DumpModel

/// The explanation printed after `!heap -x` / `!heap -p -a` when `.explain` is on: how the block
/// holding the address was found, its header decoded step by step (HeaderExplainer), how the
/// requested size follows, and — with +ust — how the trace index became a stack (TraceExplainer);
/// an LFH block's decoding is LfhExplainer's.
enum BlockExplainer {
  /// Explains block `b` of `heap`, found for `address`.
  static func explain(_ b: HeapBlock, heap: NtHeap, address: UInt64, set: HeapSet, _ session: Session) {
    guard case .success(let l) = set.layout else { return }
    session.print(ExplainText.heading)
    let start = b.isVirtual ? b.entry &- l.vaBusyBlock : b.entry
    session.print(ExplainText.row("found", "\(session.pointer(address)) is in \(session.pointer(start))..\(session.pointer(start &+ b.size)) by binary search over \(set.index.count) blocks of the NT heaps (sorted by address)"))
    session.print(ExplainText.row("heap", "\(session.pointer(heap.address)): PEB.ProcessHeaps[\(heap.index)]"))
    if b.isVirtual {
      explainLarge(b, heap: heap, layout: l, session)
    } else if b.isLfh {
      LfhExplainer.explain(b, heap: heap, layout: l, set: set, session)
      return  // LFH blocks carry no _HEAP_ENTRY_EXTRA, so no trace index
    } else {
      explainBackEnd(b, heap: heap, layout: l, session)
    }
    if b.isBusy { TraceExplainer.explain(b, heap: heap, layout: l, set: set, session) }
  }

  /// A block of a segment: header steps, requested size, user pointer, free-list link.
  static func explainBackEnd(_ b: HeapBlock, heap: NtHeap, layout l: HeapLayout, _ session: Session) {
    session.print(ExplainText.row("walk", "a segment block: segments come from _HEAP.SegmentList (heap\(ExplainText.off(l.segmentList))), blocks from FirstEntry stepping by Size"))
    guard HeaderExplainer.printSteps(entry: b.entry, heap: heap, layout: l, session) != nil else { return }
    HeaderExplainer.printUnused(b, windows7: l.catalogId.hasPrefix("win7"), layout: l, session)
    session.print(ExplainText.row("user pointer", "entry + \(ExplainText.x(l.granularity)) (sizeof _HEAP_ENTRY) = \(session.pointer(b.user))"))
    session.print(ExplainText.row("next block", "entry + Size x \(ExplainText.x(l.granularity)) = \(session.pointer(b.entry &+ b.size))"))
    if !b.isBusy {
      let link = b.entry &+ l.freeListLink
      let space = session.dump.addressSpace
      let flink = space.pointer(at: link).map(session.pointer) ?? "??"
      let blink = space.pointer(at: link &+ UInt64(l.pointerSize)).map(session.pointer) ?? "??"
      session.print(ExplainText.row("free list", "_HEAP_FREE_ENTRY.FreeList at entry\(ExplainText.off(l.freeListLink)): Flink \(flink) Blink \(blink) (list head _HEAP.FreeLists at heap\(ExplainText.off(l.freeLists)))"))
    }
  }

  /// A large block: the `_HEAP_VIRTUAL_ALLOC_ENTRY` fields, then its BusyBlock header.
  static func explainLarge(_ b: HeapBlock, heap: NtHeap, layout l: HeapLayout, _ session: Session) {
    let va = b.entry &- l.vaBusyBlock
    let space = session.dump.addressSpace
    func ptr(_ o: UInt64) -> String { space.pointer(at: va &+ o).map(session.pointer) ?? "??" }
    session.print(ExplainText.row("walk", "a large block: on _HEAP.VirtualAllocdBlocks (heap\(ExplainText.off(l.virtualAllocdBlocks))), each link is a _HEAP_VIRTUAL_ALLOC_ENTRY"))
    session.print(ExplainText.row("VA entry", "_HEAP_VIRTUAL_ALLOC_ENTRY at \(session.pointer(va)), \(ExplainText.x(l.vaSize)) bytes:"))
    session.print(ExplainText.row("", "\(ExplainText.off(0)) Entry        Flink \(ptr(0)) Blink \(ptr(UInt64(l.pointerSize)))"))
    let trace = space.load(UInt16.self, at: va &+ l.vaExtraStuff &+ l.extraTraceIndex).map { ExplainText.x(UInt64($0)) } ?? "??"
    session.print(ExplainText.row("", "\(ExplainText.off(l.vaExtraStuff)) ExtraStuff   AllocatorBackTraceIndex = \(trace)"))
    let commit = space.pointer(at: va &+ l.vaCommitSize) ?? 0
    let reserve = space.pointer(at: va &+ l.vaReserveSize) ?? 0
    session.print(ExplainText.row("", "\(ExplainText.off(l.vaCommitSize)) CommitSize   \(ExplainText.x(commit)) (\(commit) bytes committed for the block, entry included)"))
    session.print(ExplainText.row("", "\(ExplainText.off(l.vaReserveSize)) ReserveSize  \(ExplainText.x(reserve)) (\(reserve) bytes reserved)"))
    session.print(ExplainText.row("", "\(ExplainText.off(l.vaBusyBlock)) BusyBlock    _HEAP_ENTRY at \(session.pointer(b.entry)), decoded below"))
    let unused = b.size &- b.requested
    let meaning = "\(HexFormat.hex(UInt64(b.header.size), 4)): in a large block Size counts unused BYTES, not granules"
    guard HeaderExplainer.printSteps(entry: b.entry, heap: heap, layout: l, session, sizeMeaning: meaning) != nil else { return }
    session.print(ExplainText.row("UnusedBytes", HexFormat.hex(UInt64(b.header.unusedBytes), 2) + " (not used for large blocks)"))
    session.print(ExplainText.row("requested", "CommitSize - BusyBlock.Size = \(ExplainText.x(commit)) - \(ExplainText.x(unused)) = \(ExplainText.x(b.requested))"))
    session.print(ExplainText.row("user pointer", "entry + \(ExplainText.x(l.vaSize)) (sizeof _HEAP_VIRTUAL_ALLOC_ENTRY) = \(session.pointer(b.user))"))
  }
}
