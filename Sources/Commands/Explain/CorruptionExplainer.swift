import DumpModel

/// Explains a damaged back-end header for an address no indexed block holds: the walk stopped at
/// the damage, so the address is at or after it. Prints the header steps, which rule failed
/// (checksum, size, PreviousSize) and what the bytes would have been if valid.
enum CorruptionExplainer {
  /// The corruption record of the segment holding `address`, at or before it, with its heap.
  static func find(_ address: UInt64, _ set: HeapSet) -> (HeapCorruption, NtHeap, HeapSegment)? {
    var best: (HeapCorruption, NtHeap, HeapSegment)?
    for h in set.heaps where h.kind == .nt {
      let r = set.result(h.index)
      // LFH problems (reasons start with "LFH") are not damaged back-end headers.
      for c in r.corruptions where c.address <= address && !c.reason.hasPrefix("LFH") {
        guard let seg = r.segments.first(where: { $0.baseAddress <= c.address && c.address < $0.lastValidEntry }),
          address < seg.lastValidEntry
        else { continue }
        if best.map({ $0.0.address < c.address }) ?? true { best = (c, h, seg) }
      }
    }
    return best
  }

  /// Prints the explanation, or one line saying no damage explains the address; returns whether
  /// a damaged header was found.
  @discardableResult
  static func explain(_ address: UInt64, _ set: HeapSet, _ session: Session) -> Bool {
    session.print(ExplainText.heading)
    guard case .success(let l) = set.layout, let (c, heap, seg) = find(address, set) else {
      session.print(ExplainText.row("not found", "no block of the \(set.index.count) indexed ones holds it, and no damaged header precedes it in a segment"))
      return false
    }
    let at = session.pointer(c.address)
    session.print(ExplainText.row("walk", "heap \(session.pointer(heap.address)), segment \(session.pointer(seg.baseAddress)): the walk stopped at \(at) (\(c.reason)); blocks after it are not indexed"))
    guard let d = HeaderExplainer.printSteps(entry: c.address, heap: heap, layout: l, session) else { return true }
    let h = d.header
    // The block before the damage: its Size is what PreviousSize should say.
    var previous: HeapBlock?
    set.walk(heap.index) { b in if !b.isVirtual, !b.isLfh, b.entry &+ b.size == c.address { previous = b } }
    if !h.checksumValid {
      session.print(ExplainText.row("rule failed", "checksum: SmallTagIndex is \(HexFormat.hex(UInt64(h.smallTagIndex), 2)) but Size_lo ^ Size_hi ^ Flags is \(HexFormat.hex(UInt64(h.expectedChecksum), 2)) (they differ by \(HexFormat.hex(UInt64(h.smallTagIndex ^ h.expectedChecksum), 2)))"))
      let fixed = (d.raw & ~(UInt64(0xFF) << 24)) | (UInt64(h.expectedChecksum ^ UInt8(truncatingIfNeeded: d.key >> 24)) << 24)
      session.print(ExplainText.row("if valid", "SmallTagIndex \(HexFormat.hex(UInt64(h.expectedChecksum), 2)); the raw header would read \(ExplainText.bytes(ExplainText.bytes(of: fixed)))"))
    } else if h.size == 0 {
      session.print(ExplainText.row("rule failed", "size: Size is 0, the walk cannot step to a next block"))
    } else if let p = previous, UInt64(h.previousSize) &* l.granularity != p.size {
      session.print(ExplainText.row("rule failed", "PreviousSize: it says \(HexFormat.hex(UInt64(h.previousSize), 4)) granules but the block before (\(session.pointer(p.entry))) has Size \(HexFormat.hex(p.size / l.granularity, 4))"))
      session.print(ExplainText.row("if valid", "PreviousSize \(HexFormat.hex(p.size / l.granularity, 4))"))
    } else if c.address &+ UInt64(h.size) &* l.granularity > seg.lastValidEntry {
      session.print(ExplainText.row("rule failed", "size: \(HexFormat.hex(UInt64(h.size), 4)) granules would end at \(session.pointer(c.address &+ UInt64(h.size) &* l.granularity)), past the segment's LastValidEntry \(session.pointer(seg.lastValidEntry))"))
    } else {
      session.print(ExplainText.row("rule failed", c.reason))
    }
    if let p = previous {
      session.print(ExplainText.row("previous", "block \(session.pointer(p.entry)), \(ExplainText.x(p.size)) bytes, \(p.isBusy ? "busy, requested \(ExplainText.x(p.requested))" : "free"); a write that runs past its end lands in this header"))
    }
    return true
  }
}
