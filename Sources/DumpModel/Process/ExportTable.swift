/// A module's export table read from dump memory (`IMAGE_EXPORT_DIRECTORY`, PE/COFF spec):
/// Name +0x0C, Base +0x10, NumberOfFunctions +0x14, NumberOfNames +0x18, AddressOfFunctions +0x1C,
/// AddressOfNames +0x20, AddressOfNameOrdinals +0x24. Forwarders (function RVAs inside the export
/// directory) name another DLL and have no address here; they are skipped.
///
/// Counts are capped (65,536 names) and every name is bounded (512 bytes), so a hostile image
/// cannot make this allocate without bound.
public struct ExportTable: Sendable {
  public struct Symbol: Sendable, Equatable {
    public var name: String
    public var address: UInt64
  }

  /// Named exports sorted by address (then name).
  public let symbols: [Symbol]
  private let byName: [String: UInt64]

  public static let maxNames: UInt32 = 65536

  public init(symbols: [Symbol]) {
    self.symbols = symbols.sorted { ($0.address, $0.name) < ($1.address, $1.name) }
    var map: [String: UInt64] = [:]
    for s in symbols where map[s.name.lowercased()] == nil { map[s.name.lowercased()] = s.address }
    byName = map
  }

  public init?(image: PEImage, space: AddressSpace) {
    guard let dir = image.directory(0) else { return nil }
    let base = image.base
    let d = base &+ UInt64(dir.rva)
    guard let nFunctions = space.load(UInt32.self, at: d &+ 0x14),
      let nNames = space.load(UInt32.self, at: d &+ 0x18),
      let functions = space.load(UInt32.self, at: d &+ 0x1C),
      let names = space.load(UInt32.self, at: d &+ 0x20),
      let ordinals = space.load(UInt32.self, at: d &+ 0x24)
    else { return nil }
    var out: [Symbol] = []
    let count = min(nNames, Self.maxNames)
    out.reserveCapacity(Int(count))
    let dirEnd = UInt64(dir.rva) &+ UInt64(dir.size)
    for i in 0..<UInt64(count) {
      guard let nameRva = space.load(UInt32.self, at: base &+ UInt64(names) &+ i &* 4),
        let ordinal = space.load(UInt16.self, at: base &+ UInt64(ordinals) &+ i &* 2),
        UInt32(ordinal) < nFunctions,
        let fnRva = space.load(UInt32.self, at: base &+ UInt64(functions) &+ UInt64(ordinal) &* 4)
      else { continue }
      if UInt64(fnRva) >= UInt64(dir.rva) && UInt64(fnRva) < dirEnd { continue }  // forwarder
      let raw = space.readPrefix(at: base &+ UInt64(nameRva), count: 512)
      let name = String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      guard !name.isEmpty else { continue }
      out.append(Symbol(name: name, address: base &+ UInt64(fnRva)))
    }
    self.init(symbols: out)
  }

  /// The address of export `name` (case-insensitive, as WinDbg matches symbols).
  public func address(of name: String) -> UInt64? { byName[name.lowercased()] }

  /// The export at or below `address`, if any.
  public func nearest(below address: UInt64) -> Symbol? {
    var lo = 0
    var hi = symbols.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if symbols[mid].address <= address { lo = mid + 1 } else { hi = mid }
    }
    guard lo > 0 else { return nil }
    // Several names at one address (NtX / ZwX): the first in name order, as symbol tools show.
    var i = lo - 1
    while i > 0, symbols[i - 1].address == symbols[i].address { i -= 1 }
    return symbols[i]
  }
}
