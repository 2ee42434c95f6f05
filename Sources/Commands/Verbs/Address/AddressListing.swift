import DumpModel

/// `!address` region tables (windbg-output-and-peers.md §1.3 and the published listings it
/// cites). x64 columns: `+` mark, BaseAddress / EndAddress+1 / RegionSize right-aligned in 18
/// (high half unpadded: `7ff7`96f50000`), Type and State left in 11, Protect left in 34 (modifiers
/// joined by ` | `), Usage left in 11, then the bracketed detail. x86: the three numbers are bare
/// hex right-aligned in 9 under `  BaseAddr EndAddr+1 RgnSize`. `+` marks the first region of an
/// allocation (a new AllocationBase); free regions always get it.
enum AddressListing {
  enum Style: Equatable {
    case table, csv, tsv, bare
  }

  static func header(_ session: Session) -> [String] {
    if session.pointerSize == 4 {
      return [
        "  BaseAddr EndAddr+1 RgnSize     Type       State                 Protect             Usage",
        String(repeating: "-", count: 95),
      ]
    }
    return [
      "        BaseAddress      EndAddress+1        RegionSize     Type       State                 Protect             Usage",
      String(repeating: "-", count: 122),
    ]
  }

  /// Whether region `i` starts a new allocation.
  static func startsAllocation(_ i: Int, _ list: [Region]) -> Bool {
    let r = list[i]
    if r.isFree || i == 0 { return true }
    let p = list[i - 1]
    return p.isFree || p.allocationBase != r.allocationBase || r.base == r.allocationBase
  }

  static func row(_ i: Int, _ regions: ClassifiedRegions, _ session: Session) -> String {
    let list = regions.map.regions
    let r = list[i]
    let ps = session.pointerSize
    let w = ps == 4 ? 9 : 18
    let mark = startsAllocation(i, list) ? "+" : " "
    var s = mark + HexFormat.right(AddressFormat.tableAddress(r.base, ps), w)
    s += HexFormat.right(AddressFormat.tableAddress(r.end, ps), w)
    s += HexFormat.right(AddressFormat.tableAddress(r.size, ps), w)
    s += " " + HexFormat.left(AddressFormat.typeName(r.type), 11)
    s += " " + HexFormat.left(AddressFormat.stateName(r.state), 11)
    let protect = r.state == MemoryConstants.memReserve ? "" : AddressFormat.protectName(r.protect, separator: " | ")
    s += " " + HexFormat.left(protect, 34)
    s += " " + HexFormat.left(regions.usages[i].name, 11)
    s += AddressFormat.annotation(i, regions, session)
    return s
  }

  /// One region in the `-o:csv` / `-o:tsv` / `-o:1` styles. csv and tsv carry the same columns as
  /// the table (numbers as `0x` hex); `1` is the bare base address, for `.foreach`.
  static func styled(_ i: Int, _ style: Style, _ regions: ClassifiedRegions, _ session: Session) -> String {
    let r = regions.map.regions[i]
    if style == .bare { return "0x" + HexFormat.hex(r.base) }
    let protect = r.state == MemoryConstants.memReserve ? "" : AddressFormat.protectName(r.protect, separator: "|")
    let fields = [
      "0x" + HexFormat.hex(r.base), "0x" + HexFormat.hex(r.end), "0x" + HexFormat.hex(r.size),
      AddressFormat.typeName(r.type), AddressFormat.stateName(r.state), protect, regions.usages[i].name,
      AddressFormat.annotation(i, regions, session),
    ]
    if style == .tsv { return fields.joined(separator: "\t") }
    return fields.map { $0.contains(",") || $0.contains("\"") ? "\"" + $0.replacingQuotes() + "\"" : $0 }.joined(separator: ",")
  }

  static let csvHeader = ["BaseAddress", "EndAddress+1", "RegionSize", "Type", "State", "Protect", "Usage", "Details"]

  /// `-c:"cmd"` placeholders: `%1` base, `%2` end, `%3` size (`0x` hex), `%4` type, `%5` state,
  /// `%6` protection, `%7` usage (MSDOC -address.md; §1.3).
  static func expand(_ command: String, _ i: Int, _ regions: ClassifiedRegions) -> String {
    let r = regions.map.regions[i]
    let values = [
      "0x" + HexFormat.hex(r.base), "0x" + HexFormat.hex(r.end), "0x" + HexFormat.hex(r.size),
      AddressFormat.typeName(r.type), AddressFormat.stateName(r.state),
      AddressFormat.protectName(r.protect), regions.usages[i].name,
    ]
    var out = ""
    var chars = command[...]
    while let c = chars.first {
      chars = chars.dropFirst()
      if c == "%", let d = chars.first, let n = d.wholeNumberValue, (1...7).contains(n) {
        out += values[n - 1]
        chars = chars.dropFirst()
      } else {
        out.append(c)
      }
    }
    return out
  }
}

extension String {
  func replacingQuotes() -> String { split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") }
}
