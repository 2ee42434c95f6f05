import DumpModel

/// `!address -summary` in the modern ext.dll layout (windbg-output-and-peers.md §1.2, checked
/// against the published samples it cites): five sections, rows sorted by total size (largest
/// first), `%ofBusy` against reserved + committed bytes (empty on the Free / MEM_FREE rows),
/// `%ofTotal` against the whole user range `[0, limit)`. Row layout: name and RgnCount in 43
/// columns, total size right-aligned to column 61, ` ( 125.994 TB)`, `%ofBusy` in 8, `%ofTotal`
/// in 9. "Largest Region by Usage" lists the largest region of each usage, in the order of the
/// usage section.
enum AddressSummary {
  struct Row {
    var name: String
    var count = 0
    var total: UInt64 = 0
    var isFree = false
    /// Largest region (base, size), for the last section.
    var largest: (UInt64, UInt64) = (0, 0)

    init(_ t: RegionTotal, name: String, isFree: Bool) {
      self.name = name
      count = t.count
      total = t.bytes
      self.isFree = isFree
      largest = (t.largestBase, t.largestSize)
    }
  }

  static func render(_ session: Session) throws(CommandError) {
    let summary = try session.cancellable { () throws(Cancelled) in try session.dump.regionSummary() }
    /// Only the State section has a Free row (Type and Protect never count free regions).
    func rows(_ keyed: [(key: UInt32, total: RegionTotal)], freeRow: Bool, _ name: (UInt32) -> String) -> [Row] {
      keyed.map { Row($0.total, name: name($0.key), isFree: freeRow && $0.key == MemoryConstants.memFree) }
    }
    let usage = RegionUsage.allCases.map { Row(summary.byUsage[Int($0.rawValue)], name: $0.name, isFree: $0 == .free) }
      .filter { $0.count > 0 }
    let types = rows(summary.byType, freeRow: false) { AddressFormat.typeName($0) }
    let states = rows(summary.byState, freeRow: true) { AddressFormat.stateName($0) }
    let protects = rows(summary.byProtect, freeRow: false) { AddressFormat.protectName($0) }
    let busy = summary.busyBytes
    let total = summary.limit
    let usageSorted = sorted(usage)
    session.print()
    section("--- Usage Summary ---------------- RgnCount ----------- Total Size -------- %ofBusy %ofTotal", usageSorted, busy, total, session)
    session.print()
    section("--- Type Summary (for busy) ------ RgnCount ----------- Total Size -------- %ofBusy %ofTotal", sorted(types), busy, total, session)
    session.print()
    section("--- State Summary ---------------- RgnCount ----------- Total Size -------- %ofBusy %ofTotal", sorted(states), busy, total, session)
    session.print()
    section("--- Protect Summary (for commit) - RgnCount ----------- Total Size -------- %ofBusy %ofTotal", sorted(protects), busy, total, session)
    session.print()
    session.print("--- Largest Region by Usage ----------- Base Address -------- Region Size ----------")
    let ps = session.pointerSize
    for row in usageSorted {
      let head = HexFormat.left(row.name, 31) + " "
      session.print(
        head + HexFormat.right(AddressFormat.tableAddress(row.largest.0, ps), 52 - head.count)
          + HexFormat.right(AddressFormat.tableAddress(row.largest.1, ps), 18)
          + " (" + AddressFormat.friendly(row.largest.1) + ")")
    }
    if summary.isPartial { session.print(); session.print(partialNote) }
  }

  /// Printed once when the regions were synthesized.
  static let partialNote =
    "Region information is partial: the dump has no MemoryInfoListStream; regions were built from the memory lists and the module list."

  /// By total size, largest first; ties by name.
  private static func sorted(_ rows: [Row]) -> [Row] {
    rows.sorted { $0.total != $1.total ? $0.total > $1.total : $0.name < $1.name }
  }

  private static func section(_ header: String, _ rows: [Row], _ busy: UInt64, _ total: UInt64, _ session: Session) {
    session.print(header)
    let ps = session.pointerSize
    for row in rows {
      let head = HexFormat.left(row.name, 31) + " "
      var line = head + HexFormat.right(String(row.count), 43 - head.count)
      line += HexFormat.right(AddressFormat.tableAddress(row.total, ps), 18)
      line += " (" + AddressFormat.friendly(row.total) + ")"
      line += row.isFree ? String(repeating: " ", count: 8) : " " + HexFormat.right(AddressFormat.percent(row.total, of: busy), 7)
      line += HexFormat.right(AddressFormat.percent(row.total, of: total), 9)
      session.print(line)
    }
  }
}
