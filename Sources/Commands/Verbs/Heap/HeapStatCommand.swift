import DumpModel

/// `!heap -stat -h HEAP|0 [-grp A|B|S] [N]`: busy blocks grouped by requested size, large blocks
/// included (windbg-output-and-peers.md §1.5, fs:3803758311):
/// ` heap @ 0000015d85bb0000`, `group-by: TOTSIZE max-display: 20`, the column line, then
/// `    size count - total  (percent)` in hex, percent of the heap's busy requested bytes with two
/// decimals. `-grp S` sorts by total (TOTSIZE, the default), `B` by block count (BLOCKCOUNT),
/// `A` by allocation size (ALLOCATIONSIZE). LFH blocks count one by one; their user-blocks
/// container (one busy back-end block) does not.
enum HeapStatCommand {
  static func run(_ scanner: inout ArgumentScanner, _ session: Session) throws(CommandError) {
    let set = try HeapSupport.heaps(session)
    var target: UInt64 = 0
    var group = "TOTSIZE"
    var limit = 20
    while let w = scanner.word() {
      switch w.lowercased() {
      case "-h": target = try HeapSupport.number(&scanner, session)
      case "-grp":
        switch scanner.word()?.uppercased() {
        case "A": group = "ALLOCATIONSIZE"
        case "B": group = "BLOCKCOUNT"
        case "S": group = "TOTSIZE"
        default: throw .message("!heap -stat: -grp takes A, B or S")
        }
        if !scanner.atEnd { limit = Int(try scanner.expression(in: session)) }
      default:
        guard let n = UInt64(w, radix: 16) else { throw .message("!heap -stat: unknown argument \(w)") }
        limit = Int(min(n, 1 << 20))
      }
    }
    let heaps = target == 0 ? set.heaps.filter { $0.kind == .nt } : [try HeapSupport.heap(target, in: set)]
    // Busy blocks by requested size (RequestedSizes.swift), heaps tallied on all cores, printed in order.
    let tallies = set.requestedSizes(heaps.map(\.index))
    try session.checkCancel()  // a walk stopped by Ctrl-C is partial
    for (h, (_, tally)) in zip(heaps, tallies) {
      var bySize = tally.large
      let all = tally.all
      for (size, n) in tally.counts.enumerated() where n > 0 { bySize[UInt64(size)] = (n, n &* UInt64(size)) }
      session.print(" heap @ \(HeapSupport.p(h.address, session))")
      session.print("group-by: \(group) max-display: \(limit)")
      session.print("    size     #blocks     total     ( %) (percent of total busy bytes)")
      let rows = bySize.map { (size: $0.key, count: $0.value.count, total: $0.value.total) }.sorted { a, b in
        switch group {
        case "BLOCKCOUNT": return a.count != b.count ? a.count > b.count : a.size > b.size
        case "ALLOCATIONSIZE": return a.size > b.size
        default: return a.total != b.total ? a.total > b.total : a.size > b.size
        }
      }
      for r in rows.prefix(limit) {
        session.print("    \(HexFormat.hex(r.size)) \(HexFormat.hex(r.count)) - \(HexFormat.hex(r.total))  (\(percent(r.total, of: all)))")
      }
      session.print("")
    }
  }

  /// `38.60`: two decimals, rounded half up, integers only.
  static func percent(_ part: UInt64, of whole: UInt64) -> String {
    guard whole > 0 else { return "0.00" }
    let hundredths = Percent.scaled(part, of: whole, scale: 10000)
    let frac = hundredths % 100
    return "\(hundredths / 100)." + (frac < 10 ? "0" : "") + "\(frac)"
  }
}
