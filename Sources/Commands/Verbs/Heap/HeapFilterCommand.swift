import DumpModel

/// `!heap -flt s SIZE` / `!heap -flt r MIN MAX`: every busy block of that requested size (r: MIN ≤
/// size < MAX, as MSDOC/-heap.md's `r 0x50 0x80` matching 0x50..0x7F), grouped under
/// `    _HEAP @ H` with the `-p -a` row format (windbg-output-and-peers.md §1.5).
enum HeapFilterCommand {
  static func run(_ scanner: inout ArgumentScanner, _ session: Session) throws(CommandError) {
    let set = try HeapSupport.heaps(session)
    guard case .success(let layout) = set.layout else { return }
    let low: UInt64
    let high: UInt64
    switch scanner.word()?.lowercased() {
    case "s":
      low = try HeapSupport.number(&scanner, session)
      high = low &+ 1
    case "r":
      low = try HeapSupport.number(&scanner, session)
      high = try HeapSupport.number(&scanner, session)
    default: throw .message("!heap -flt: use s SIZE or r MIN MAX")
    }
    for h in set.heaps where h.kind == .nt {
      try session.checkCancel()
      var rows: [String] = []
      set.walk(h.index) { b in
        if b.isBusy, !b.isLfhContainer, b.requested >= low, b.requested < high { rows.append(HeapSupport.pageHeapRow(b, granularity: layout.granularity, session)) }
      }
      try session.checkCancel()  // a walk stopped by Ctrl-C is partial
      guard !rows.isEmpty else { continue }
      session.print("    _HEAP @ \(HexFormat.hex(h.address))")
      session.print(HeapSupport.pageHeapHeader)
      for r in rows { session.print(r) }
    }
  }
}
