import DumpModel

/// The pieces of `!address` output (windbg-output-and-peers.md §1.1–1.4).
enum AddressFormat {
  /// WinDbg's friendly size, ` 125.994 TB`: 3 decimals right-aligned in 8 columns (so
  /// `(1012.000 kB)` touches the parenthesis, as in the published x86 summaries), unit `kB`,
  /// `MB`, `GB` or `TB` (base 1024), the largest unit with a value of at least 1; rounded half up.
  static func friendly(_ size: UInt64) -> String {
    let units: [(UInt64, String)] = [(1 << 40, "TB"), (1 << 30, "GB"), (1 << 20, "MB"), (1 << 10, "kB")]
    let (unit, name) = units.first { size >= $0.0 } ?? (1 << 10, "kB")
    // thousandths = round(size * 1000 / unit), without overflow.
    let (hi, lo) = size.multipliedFullWidth(by: 1000)
    let (q, r) = unit.dividingFullWidth((high: hi, low: lo))
    let thousandths = r >= unit / 2 ? q &+ 1 : q
    let whole = thousandths / 1000
    let frac = String(thousandths % 1000)
    let text = "\(whole)." + String(repeating: "0", count: 3 - frac.count) + frac
    return HexFormat.right(text, 8) + " " + name
  }

  /// `98.43%`: `part / whole` in percent with 2 decimals, rounded half up.
  static func percent(_ part: UInt64, of whole: UInt64) -> String {
    guard whole > 0 else { return "0.00%" }
    let (hi, lo) = part.multipliedFullWidth(by: 10_000)
    let (q, r) = whole.dividingFullWidth((high: hi, low: lo))
    let hundredths = r >= whole - r ? q &+ 1 : q
    let frac = String(hundredths % 100)
    return "\(hundredths / 100)." + (frac.count < 2 ? "0" : "") + frac + "%"
  }

  /// An address in `!address` tables: high half unpadded on x64 (`7dfe`953cf000`), bare hex on x86.
  static func tableAddress(_ value: UInt64, _ pointerSize: Int) -> String {
    pointerSize == 4 ? HexFormat.hex(value & 0xFFFF_FFFF) : HexFormat.addressTable(value, pointerSize: 8)
  }

  static func typeName(_ t: UInt32) -> String {
    switch t {
    case MemoryConstants.memImage: return "MEM_IMAGE"
    case MemoryConstants.memMapped: return "MEM_MAPPED"
    case MemoryConstants.memPrivate: return "MEM_PRIVATE"
    case 0: return ""
    default: return HexFormat.hex(UInt64(t))
    }
  }

  static func stateName(_ s: UInt32) -> String {
    switch s {
    case MemoryConstants.memCommit: return "MEM_COMMIT"
    case MemoryConstants.memReserve: return "MEM_RESERVE"
    case MemoryConstants.memFree: return "MEM_FREE"
    default: return HexFormat.hex(UInt64(s))
    }
  }

  /// Base protections (low byte) and modifiers, winnt.h.
  static let baseProtections: [(UInt32, String)] = [
    (0x01, "PAGE_NOACCESS"), (0x02, "PAGE_READONLY"), (0x04, "PAGE_READWRITE"), (0x08, "PAGE_WRITECOPY"),
    (0x10, "PAGE_EXECUTE"), (0x20, "PAGE_EXECUTE_READ"), (0x40, "PAGE_EXECUTE_READWRITE"),
    (0x80, "PAGE_EXECUTE_WRITECOPY"),
  ]
  static let protectModifiers: [(UInt32, String)] = [(0x100, "PAGE_GUARD"), (0x200, "PAGE_NOCACHE"), (0x400, "PAGE_WRITECOMBINE")]

  /// `PAGE_READWRITE|PAGE_GUARD` (summary) or `PAGE_READWRITE | PAGE_GUARD` (listing, `separator`
  /// " | "); "" for 0.
  static func protectName(_ p: UInt32, separator: String = "|") -> String {
    guard p != 0 else { return "" }
    var parts: [String] = []
    if let b = baseProtections.first(where: { $0.0 == p & 0xFF }) { parts.append(b.1) } else if p & 0xFF != 0 {
      parts.append(HexFormat.hex(UInt64(p & 0xFF)))
    }
    for m in protectModifiers where p & m.0 != 0 { parts.append(m.1) }
    return parts.joined(separator: separator)
  }

  /// The bracketed detail after the usage: `[tiny; "C:\...\tiny.exe"]`, `[~0; 1a2c.1f40]`, ...
  /// For `<unknown>` committed regions: the first 16 bytes as printable characters or `.`.
  static func annotation(_ index: Int, _ regions: ClassifiedRegions, _ session: Session) -> String {
    let pid = HexFormat.hex(UInt64(session.processId ?? 0))
    let threads = (try? session.dump.threads.get()) ?? []
    func tid(_ i: Int) -> String { threads.indices.contains(i) ? HexFormat.hex(UInt64(threads[i].threadId)) : "?" }
    switch regions.tag(index) {
    case .image(let m)?:
      let mods = session.modules
      guard mods.indices.contains(m) else { return "" }
      return "[\(session.moduleName(mods[m])); \"\(mods[m].path)\"]"
    case .stack(let t)?: return "[~\(t); \(pid).\(tid(t))]"
    case .teb(let t)?: return "[~\(t); \(pid).\(tid(t))]"
    case .peb?: return "[\(pid)]"
    case .heap(let id, let handle, let kind)?:
      return "[ID: \(id); Handle: \(HexFormat.hex(handle, session.pointerSize * 2)); Type: \(kind.name)]"
    case .other(let name)?: return "[\(name)]"
    case nil:
      let r = regions.map.regions[index]
      guard regions.usages[index] == .unknown, r.state == MemoryConstants.memCommit,
        let bytes = session.dump.addressSpace.bytes(at: r.base, count: 16)
      else { return "" }
      return "[" + String(bytes.map { $0 >= 0x20 && $0 < 0x7F ? Character(Unicode.Scalar($0)) : "." }) + "]"
    }
  }
}
