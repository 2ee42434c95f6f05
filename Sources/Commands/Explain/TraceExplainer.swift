import DumpModel

/// How a busy block's +ust trace index became its allocation stack (nt-layouts.md §4.1–§4.2):
/// where the index was read, how the stack trace database was recognised, the EntryIndexArray
/// slot, the `_RTL_STACK_TRACE_ENTRY` and its Depth and BackTrace fields.
enum TraceExplainer {
  static func explain(_ b: HeapBlock, heap: NtHeap, layout l: HeapLayout, set: HeapSet, _ session: Session) {
    let space = session.dump.addressSpace
    if b.isVirtual {
      let at = b.entry &- l.vaBusyBlock &+ l.vaExtraStuff &+ l.extraTraceIndex
      session.print(ExplainText.row("trace index", "\(ExplainText.x(UInt64(b.traceIndex))): _HEAP_VIRTUAL_ALLOC_ENTRY.ExtraStuff.AllocatorBackTraceIndex (u16 at \(session.pointer(at)))"))
    } else if b.header.flags & HeapConstants.extraPresent != 0 {
      let extra = b.entry &+ b.size &- l.extraSize
      session.print(ExplainText.row("trace index", "\(ExplainText.x(UInt64(b.traceIndex))): Flags has extra present, so the last \(ExplainText.x(l.extraSize)) bytes of the block are a _HEAP_ENTRY_EXTRA at \(session.pointer(extra)); AllocatorBackTraceIndex is its u16 at \(ExplainText.off(l.extraTraceIndex))"))
    } else {
      let why = heap.capturesStacks ? "" : "; the heap's Flags lack HEAP_CAPTURE_STACK_BACKTRACES 0x08000000 (gflags +ust)"
      session.print(ExplainText.row("trace index", "none: Flags has no extra-present bit (0x02), so the block has no _HEAP_ENTRY_EXTRA\(why)"))
      return
    }
    guard b.traceIndex != 0 else { return }
    guard let db = set.stackTraceDatabase, let t = l.traceDatabase else {
      session.print(ExplainText.row("database", "no _STACK_TRACE_DATABASE recognised in the dump's private regions"))
      return
    }
    session.print(ExplainText.row("database", "_STACK_TRACE_DATABASE at \(session.pointer(db.address)): the private region whose CommitBase (\(ExplainText.off(t.commitBase))) is its own base"))
    session.print(ExplainText.row("", "NumberOfEntriesAdded (\(ExplainText.off(t.entriesAdded))) = \(ExplainText.x(UInt64(db.entriesAdded))), EntryIndexArray (\(ExplainText.off(t.entryIndexArray))) = \(session.pointer(db.entryIndexArray))"))
    guard let (slot, entry) = db.entryAddress(b.traceIndex, space: space) else {
      session.print(ExplainText.row("slot", "index \(ExplainText.x(UInt64(b.traceIndex))) is out of range or its slot is not in the dump"))
      return
    }
    session.print(ExplainText.row("slot", "EntryIndexArray - \(ExplainText.x(UInt64(b.traceIndex))) x \(l.pointerSize) = \(session.pointer(slot)), which holds \(session.pointer(entry))"))
    let depth = space.load(UInt16.self, at: entry &+ t.entryDepth).map { UInt64($0) }
    let count = space.load(UInt16.self, at: entry &+ t.entryTraceCount).map { UInt64($0 & 0x7FF) }
    let index = space.load(UInt16.self, at: entry &+ t.entryIndex).map { UInt64($0) }
    func show(_ v: UInt64?) -> String { v.map(ExplainText.x) ?? "??" }
    session.print(ExplainText.row("trace entry", "_RTL_STACK_TRACE_ENTRY at \(session.pointer(entry)): Index (\(ExplainText.off(t.entryIndex))) = \(show(index)), TraceCount (\(ExplainText.off(t.entryTraceCount)), 11 bits) = \(show(count)), Depth (\(ExplainText.off(t.entryDepth))) = \(show(depth))"))
    session.print(ExplainText.row("frames", "BackTrace (\(ExplainText.off(t.entryBackTrace))) at \(session.pointer(entry &+ t.entryBackTrace)): Depth return addresses, named from the modules' export tables"))
    for (i, f) in (db.frames(b.traceIndex, space: space) ?? []).enumerated() {
      session.print(ExplainText.row("", "[\(i)] \(session.pointer(f)) \(session.symbolize(f))"))
    }
  }
}
