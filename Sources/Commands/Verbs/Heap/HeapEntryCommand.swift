import DumpModel

/// `!heap -x [-v] ADDR`: the entry holding ADDR, found by binary search in the block index
/// (built once per dump). Header line from windbg-output-and-peers.md §1.5 (x64):
/// `Entry             User              Heap              Segment               Size  PrevSize  Unused    Flags`.
/// Size, PrevSize and Unused are bytes (hex); Flags are words: busy/free, extra, fill, virtual, last.
/// `-v` also searches every committed byte of the dump for pointers into the block
/// (`HeapPointerSearch`).
enum HeapEntryCommand {
  static let header = "Entry             User              Heap              Segment               Size  PrevSize  Unused    Flags"

  static func run(_ scanner: inout ArgumentScanner, _ session: Session) throws(CommandError) {
    let verbose = scanner.consume("-v")
    let address = try HeapSupport.number(&scanner, session)
    let set = try HeapSupport.heaps(session)
    guard let found = try locate(address, set, session) else {
      let error = "No heap entry holds \(HexFormat.hex(address)) (searched \(set.index.count) entries of the NT heaps)"
      guard session.explain else { throw .message(error) }
      session.report(.message(error))
      CorruptionExplainer.explain(address, set, session)
      return
    }
    let (b, heap, segment) = found
    guard case .success(let layout) = set.layout else { return }
    session.print(header)
    session.print(String(repeating: "-", count: header.count))
    var words = [b.isBusy ? "busy" : "free"]
    if b.header.flags & HeapConstants.extraPresent != 0 { words.append("extra") }
    if b.header.flags & HeapConstants.fillPattern != 0 { words.append("fill") }
    if b.header.flags & HeapConstants.virtualAlloc != 0 { words.append("virtual") }
    if b.header.flags & HeapConstants.lastEntry != 0 { words.append("last") }
    session.print(row(b, heap: heap, segment: segment, flags: words.joined(separator: " "), layout: layout, session))
    if verbose { try HeapPointerSearch.printReferences(to: b, layout: layout, session) }
    if session.explain { BlockExplainer.explain(b, heap: heap, address: address, set: set, session) }
  }

  /// One row under `header`. An LFH block's row is not in the reference (windbg-output-and-peers.md
  /// §1.5 documents only the header line); our choice, modelled on the back-end row: Segment is the
  /// `_HEAP_SUBSEGMENT`, PrevSize `-` (LFH blocks keep none), Flags `LFH;busy` / `LFH;free`.
  static func row(_ b: HeapBlock, heap: NtHeap, segment: UInt64, flags: String, layout: HeapLayout, _ session: Session) -> String {
    let prev = b.isLfh ? "-" : HexFormat.hex(b.isVirtual ? 0 : UInt64(b.header.previousSize) &* layout.granularity)
    let unused = b.isBusy ? b.size &- b.requested : 0
    var row = HeapSupport.p(b.entry, session) + "  " + HeapSupport.p(b.user, session) + "  " + HeapSupport.p(heap.address, session) + "  "
    row += HeapSupport.p(b.isLfh ? b.subsegment : segment, session) + HexFormat.right(HexFormat.hex(b.size), 10) + HexFormat.right(prev, 10)
    return row + HexFormat.right(HexFormat.hex(unused), 10) + "  " + (b.isLfh ? "LFH;" + (b.isBusy ? "busy" : "free") : flags)
  }

  /// The block holding `address` with its heap and segment base (the VA entry for large blocks).
  /// An LFH block is decoded again from its header (`HeapSet.lfhBlock`).
  static func locate(_ address: UInt64, _ set: HeapSet, _ session: Session) throws(CommandError) -> (HeapBlock, NtHeap, UInt64)? {
    guard case .success(let layout) = set.layout else { return nil }
    let index = set.index
    try session.checkCancel()  // an index stopped by Ctrl-C is partial
    guard let i = index.position(containing: address, virtualPrefix: layout.vaBusyBlock) else { return nil }
    let heap = set.heaps[index.heap(i)]
    let entry = index.entry(i)
    func segmentBase(of a: UInt64) -> UInt64 {
      set.result(heap.index).segments.first { $0.baseAddress <= a && a < $0.lastValidEntry }?.baseAddress ?? 0
    }
    if let lfh = set.lfhBlock(at: entry, heap: heap.index) { return (lfh.block, heap, segmentBase(of: entry)) }
    // Re-decode the one entry for the fields the index does not keep.
    guard let raw = session.dump.addressSpace.load(UInt64.self, at: entry &+ layout.headerBytes) else { return nil }
    let h = heap.decoder.decode(raw)
    let virtual = index.flags[i] & HeapConstants.virtualAlloc != 0
    let b = HeapBlock(
      entry: entry, size: index.size(i), header: h, requested: index.requested(i), segment: virtual ? -1 : 0,
      traceIndex: index.trace(i), user: virtual ? entry &- layout.vaBusyBlock &+ layout.vaSize : entry &+ layout.granularity)
    let segment: UInt64
    if virtual {
      segment = entry &- layout.vaBusyBlock
    } else {
      segment = segmentBase(of: entry)
    }
    return (b, heap, segment)
  }
}

/// Scans every byte range of the dump for pointer-sized values inside a block (`!heap -x -v`).
/// Output (windbg-output-and-peers.md §1.5, MSDOC/-heap.md): one line
/// `Search VM for address range A - B : <where> (<value>)`, A the entry (for a large block its
/// `_HEAP_VIRTUAL_ALLOC_ENTRY`), B the block's last byte, then each pointer-aligned address
/// holding a value in [A, B] with that value, comma separated; `(no pointers found)` when none.
enum HeapPointerSearch {
  static func printReferences(to b: HeapBlock, layout: HeapLayout, _ session: Session) throws(CommandError) {
    let start = b.isVirtual ? b.entry &- layout.vaBusyBlock : b.entry
    let end = start &+ b.size
    let space = session.dump.addressSpace
    let step = session.pointerSize
    var hits: [String] = []
    for r in space.ranges {
      try session.checkCancel()
      guard let raw = space.file.bytes(at: r.fileOffset, count: r.size) else { continue }
      let n = Int(r.size) / step
      for k in 0..<n {
        if k & 0x1FFF == 0x1FFF { try session.checkCancel() }  // every 32-64 KB of a large range
        let v: UInt64 = step == 8 ? raw.loadUnaligned(fromByteOffset: k * 8, as: UInt64.self) : UInt64(raw.loadUnaligned(fromByteOffset: k * 4, as: UInt32.self))
        if v >= start, v < end {
          hits.append("\(HeapSupport.p(r.address &+ UInt64(k * step), session)) (\(HeapSupport.p(v, session)))")
        }
      }
      // The scanned pages leave the mapping (they stay in the page cache).
      space.file.release(offset: r.fileOffset, count: r.size)
    }
    session.print("")
    let found = hits.isEmpty ? "(no pointers found)" : hits.joined(separator: ", ")
    session.print("Search VM for address range \(HeapSupport.p(start, session)) - \(HeapSupport.p(end &- 1, session)) : " + found)
  }
}
