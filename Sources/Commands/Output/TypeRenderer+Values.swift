import DumpModel

/// Values of named types that `dt` prints inline: lists, strings, large integers and enums.
extension TypeRenderer {
  mutating func namedValue(_ name: String, at a: UInt64) -> String {
    let layout = catalog.layout(named: name)
    switch name {
    case "_LIST_ENTRY":
      guard let f = readPointer(a), let b = readPointer(a &+ UInt64(pointerSize)) else { return "_LIST_ENTRY ??" }
      return "_LIST_ENTRY [ " + pointerText(f) + " - " + pointerText(b) + " ]"
    case "_UNICODE_STRING", "_STRING":
      return name + " \"" + countedString(at: a, wide: name == "_UNICODE_STRING") + "\""
    case "_LARGE_INTEGER", "_ULARGE_INTEGER":
      guard let v = space.load(UInt64.self, at: a) else {
        noteUnreadable(a)
        return name + " ??"
      }
      return name + " " + Self.hexValue(v)
    default:
      guard let layout, layout.kind == .enum else { return name }
      guard let v = space.load(Int32.self, at: a) else {
        noteUnreadable(a)
        return "??"
      }
      if let e = layout.enumerators.first(where: { $0.value == Int64(v) }) { return "\(v) ( \(e.name) )" }
      return "0n\(v)"
    }
  }

  /// The text of a UNICODE_STRING / STRING at `a` (Length bytes from Buffer, at most 0x1000).
  mutating func countedString(at a: UInt64, wide: Bool) -> String {
    guard let length = space.load(UInt16.self, at: a), let buffer = readPointer(a &+ UInt64(pointerSize)) else {
      noteUnreadable(a)
      return "??"
    }
    if length == 0 || buffer == 0 { return "" }
    let units = Int(length) / (wide ? 2 : 1)
    guard space.bytes(at: buffer, count: Int(length)) != nil else {
      return "--- memory read error at address " + pointerText(buffer) + " ---"
    }
    return string(at: buffer, maxUnits: min(units, 0x1000), wide: wide, stopAtNul: false)
  }

  /// Up to `maxUnits` characters from `a` (UTF-16LE when `wide`), stopping at NUL unless told not to.
  func string(at a: UInt64, maxUnits: Int, wide: Bool, stopAtNul: Bool = true) -> String {
    let unit = wide ? 2 : 1
    let raw = space.readPrefix(at: a, count: maxUnits * unit)
    var units: [UInt16] = []
    var i = 0
    while i + unit <= raw.count {
      let u = wide ? UInt16(raw[i]) | UInt16(raw[i + 1]) << 8 : UInt16(raw[i])
      if u == 0 && stopAtNul { break }
      units.append(u)
      i += unit
    }
    if wide { return String(decoding: units, as: UTF16.self) }
    return String(units.map { Character(UnicodeScalar(UInt8(truncatingIfNeeded: $0))) })
  }
}
