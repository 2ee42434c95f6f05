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

  public static let maxNames: UInt32 = 65536

  public init(symbols: [Symbol]) {
    self.symbols = symbols.sorted { ($0.address, $0.name) < ($1.address, $1.name) }
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
      let name = Self.cString(at: base &+ UInt64(nameRva), space: space)
      guard !name.isEmpty else { continue }
      out.append(Symbol(name: name, address: base &+ UInt64(fnRva)))
    }
    self.init(symbols: out)
  }

  /// The NUL-terminated name at `address`, at most 512 bytes, read in place from the mapped dump
  /// (no copy per name); copied only when it runs on into the next range.
  static func cString(at address: UInt64, space: AddressSpace) -> String {
    let limit = 512
    guard let (_, _, available) = space.locate(address),
      let view = space.contiguous(at: address, count: Int(min(available, UInt64(limit))))
    else { return "" }
    if view.contains(0) || view.count == limit { return String(decoding: view.prefix { $0 != 0 }, as: UTF8.self) }
    return String(decoding: space.readPrefix(at: address, count: limit).prefix { $0 != 0 }, as: UTF8.self)
  }

  /// The address of export `name` (case-insensitive, as WinDbg matches symbols): a scan, no
  /// index kept (`~*k` and `k` only ever ask `nearest`; an expression asks this once).
  public func address(of name: String) -> UInt64? {
    let wanted = Array(name.utf8)
    func lower(_ c: UInt8) -> UInt8 { c >= 0x41 && c <= 0x5A ? c | 0x20 : c }
    return symbols.first { s in
      s.name.utf8.count == wanted.count && zip(s.name.utf8, wanted).allSatisfy { lower($0) == lower($1) }
    }?.address
  }

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
