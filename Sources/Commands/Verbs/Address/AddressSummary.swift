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
    // Fixed-size accumulators (a million regions: no hashing per region).
    var usageRows = RegionUsage.allCases.map { Row(name: $0.name, isFree: $0 == .free) }
    let stateValues: [UInt32] = [MemoryConstants.memCommit, MemoryConstants.memReserve, MemoryConstants.memFree]
    let typeValues: [UInt32] = [MemoryConstants.memImage, MemoryConstants.memMapped, MemoryConstants.memPrivate]
    var stateRows = stateValues.map { Row(name: AddressFormat.stateName($0), isFree: $0 == MemoryConstants.memFree) }
    var typeRows = typeValues.map { Row(name: AddressFormat.typeName($0)) }
    var protectRows = [Row?](repeating: nil, count: 0x800)
    var oddStates: [UInt32: Row] = [:]
    var oddTypes: [UInt32: Row] = [:]
    var oddProtects: [UInt32: Row] = [:]
    var busy: UInt64 = 0
    let list = regions.map.regions
    for i in list.indices {
      if i & 0xFFFF == 0 { try session.checkCancel() }
      let r = list[i]
      add(&usageRows[Int(regions.usages[i].rawValue)], r)
      switch r.state {
      case MemoryConstants.memCommit: add(&stateRows[0], r)
      case MemoryConstants.memReserve: add(&stateRows[1], r)
      case MemoryConstants.memFree: add(&stateRows[2], r)
      default: add(&oddStates[r.state, default: Row(name: AddressFormat.stateName(r.state))], r)
      }
      if !r.isFree {
        busy &+= r.size
        switch r.type {
        case MemoryConstants.memImage: add(&typeRows[0], r)
        case MemoryConstants.memMapped: add(&typeRows[1], r)
        case MemoryConstants.memPrivate: add(&typeRows[2], r)
        default: add(&oddTypes[r.type, default: Row(name: AddressFormat.typeName(r.type))], r)
        }
      }
      if r.state == MemoryConstants.memCommit {
        if r.protect < 0x800 {
          let p = Int(r.protect)
          var row = protectRows[p] ?? Row(name: AddressFormat.protectName(r.protect))
          add(&row, r)
          protectRows[p] = row
        } else {
          add(&oddProtects[r.protect, default: Row(name: AddressFormat.protectName(r.protect))], r)
        }
      }
    }
    func present(_ rows: [Row]) -> [Row] { rows.filter { $0.count > 0 } }
    let usage = present(usageRows)
    let types = present(typeRows) + Array(oddTypes.values)
    let states = present(stateRows) + Array(oddStates.values)
    let protects = protectRows.compactMap { $0 } + Array(oddProtects.values)
    let total = regions.map.limit
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
