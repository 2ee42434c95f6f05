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
  }

  static func render(_ regions: ClassifiedRegions, _ session: Session) throws(CommandError) {
    var usage: [RegionUsage: Row] = [:]
    var types: [UInt32: Row] = [:]
    var states: [UInt32: Row] = [:]
    var protects: [UInt32: Row] = [:]
    var busy: UInt64 = 0
    let list = regions.map.regions
    for i in list.indices {
      if i & 0xFFFF == 0 { try session.checkCancel() }
      let r = list[i]
      let u = regions.usages[i]
      add(&usage[u, default: Row(name: u.name, isFree: u == .free)], r)
      add(&states[r.state, default: Row(name: AddressFormat.stateName(r.state), isFree: r.isFree)], r)
      if !r.isFree {
        busy &+= r.size
        add(&types[r.type, default: Row(name: AddressFormat.typeName(r.type))], r)
      }
      if r.state == MemoryConstants.memCommit {
        add(&protects[r.protect, default: Row(name: AddressFormat.protectName(r.protect))], r)
      }
    }
    let total = regions.map.limit
    let usageRows = sorted(Array(usage.values))
    session.print()
    section("--- Usage Summary ---------------- RgnCount ----------- Total Size -------- %ofBusy %ofTotal", usageRows, busy, total, session)
    session.print()
    section("--- Type Summary (for busy) ------ RgnCount ----------- Total Size -------- %ofBusy %ofTotal", sorted(Array(types.values)), busy, total, session)
    session.print()
    section("--- State Summary ---------------- RgnCount ----------- Total Size -------- %ofBusy %ofTotal", sorted(Array(states.values)), busy, total, session)
    session.print()
    section("--- Protect Summary (for commit) - RgnCount ----------- Total Size -------- %ofBusy %ofTotal", sorted(Array(protects.values)), busy, total, session)
    session.print()
    session.print("--- Largest Region by Usage ----------- Base Address -------- Region Size ----------")
    let ps = session.pointerSize
    for row in usageRows {
      let head = HexFormat.left(row.name, 31) + " "
      session.print(
        head + HexFormat.right(AddressFormat.tableAddress(row.largest.0, ps), 52 - head.count)
          + HexFormat.right(AddressFormat.tableAddress(row.largest.1, ps), 18)
          + " (" + AddressFormat.friendly(row.largest.1) + ")")
    }
    if regions.map.isPartial { session.print(); session.print(partialNote) }
  }

  /// Printed once when the regions were synthesized.
  static let partialNote =
    "Region information is partial: the dump has no MemoryInfoListStream; regions were built from the memory lists and the module list."

  private static func add(_ row: inout Row, _ r: Region) {
    row.count += 1
    row.total &+= r.size
    if r.size > row.largest.1 { row.largest = (r.base, r.size) }
  }

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
