import DumpModel

/// Renders a catalog type the way WinDbg's `dt` does (windbg-output-and-peers.md §1.6): rows
/// `   +0x118 VirtualAllocdBlocks : _LIST_ENTRY [ 0x… - 0x… ]`, names padded to 16 columns,
/// nested members 3 spaces deeper. Reads are bounded: nesting by `maxDepth`, arrays by
/// `arrayLimit`; unreadable fields print `??` and the first unreadable address is remembered.
struct TypeRenderer {
  let catalog: TypeCatalog
  let session: Session
  var recurse = 0
  var showArrays = false
  var arrayLimit = 256
  /// First address that could not be read, for the `Memory read error` line.
  var firstUnreadable: UInt64?
  static let maxDepth = 8

  init(catalog: TypeCatalog, session: Session) {
    self.catalog = catalog
    self.session = session
  }

  var space: AddressSpace { session.dump.addressSpace }
  var pointerSize: Int { catalog.pointerSize }

  /// Prints the fields of `layout` (only those named in `filter` when given; a filter entry may
  /// be a dotted path) at `address` (type layout only when nil).
  mutating func render(_ layout: TypeLayout, at address: UInt64?, indent: Int, depth: Int, filter: [String] = []) throws(CommandError) {
    for f in layout.fields {
      try session.checkCancel()
      var sub: [String] = []
      if !filter.isEmpty {
        let matching = filter.filter { $0 == f.name || $0.hasPrefix(f.name + ".") }
        guard !matching.isEmpty else { continue }
        sub = matching.compactMap { $0 == f.name ? nil : String($0.dropFirst(f.name.count + 1)) }
      }
      let fieldAddress = address.flatMap { a -> UInt64? in
        let (s, o) = a.addingReportingOverflow(f.offset)
        return o ? nil : s
      }
      let prefix = String(repeating: " ", count: indent) + "+0x" + HexFormat.hex(f.offset, 3) + " "
        + HexFormat.left(f.name, 16) + " : "
      session.print(prefix + value(f.type, at: address == nil ? nil : fieldAddress, unreadableIfNil: address != nil))
      if showArrays, case .array(let n, let of) = f.type, let fa = fieldAddress {
        try elements(n, of, at: fa, indent: indent + 4)
      }
      guard depth < recurse || !sub.isEmpty, depth < min(Self.maxDepth, session.dump.limits.typeNesting) else { continue }
      if case .named(let name) = f.type, let inner = catalog.layout(named: name), inner.kind != .enum {
        try render(inner, at: fieldAddress, indent: indent + 3, depth: depth + 1, filter: sub)
      } else if case .pointer(_, .named(let name)) = f.type, let fa = fieldAddress, let inner = catalog.layout(named: name),
        inner.kind != .enum, let target = readPointer(fa), target != 0
      {
        try render(inner, at: target, indent: indent + 3, depth: depth + 1, filter: sub)
      }
    }
  }

  mutating func elements(_ n: Int, _ of: FieldType, at address: UInt64, indent: Int) throws(CommandError) {
    let size = catalog.size(of: of) ?? 0
    for i in 0..<min(n, arrayLimit) {
      try session.checkCancel()
      let (off, o1) = size.multipliedReportingOverflow(by: UInt64(i))
      let (a, o2) = address.addingReportingOverflow(off)
      if o1 || o2 { break }
      let index = i < 100 ? HexFormat.hex(UInt64(i), 2) : String(i, radix: 16)
      session.print(String(repeating: " ", count: indent) + "[\(index)] " + value(of, at: a, unreadableIfNil: true))
    }
  }

  mutating func readPointer(_ a: UInt64) -> UInt64? {
    let v = pointerSize == 4 ? space.load(UInt32.self, at: a).map(UInt64.init) : space.load(UInt64.self, at: a)
    if v == nil { noteUnreadable(a) }
    return v
  }

  mutating func noteUnreadable(_ a: UInt64) {
    if firstUnreadable == nil { firstUnreadable = a }
  }

  /// `0x1f`, `0`, `0x1`23456789`: WinDbg's `%#x` with a backtick above 32 bits.
  static func hexValue(_ v: UInt64) -> String {
    if v == 0 { return "0" }
    if v > 0xFFFF_FFFF { return "0x" + HexFormat.hex(v >> 32) + "`" + HexFormat.hex(v & 0xFFFF_FFFF, 8) }
    return "0x" + HexFormat.hex(v)
  }

  func pointerText(_ v: UInt64) -> String { "0x" + HexFormat.pointer(v, pointerSize: pointerSize) }

  /// The value column for `type` at `address`, or the type spelling when `address` is nil.
  mutating func value(_ type: FieldType, at address: UInt64?, unreadableIfNil: Bool) -> String {
    guard let a = address else { return unreadableIfNil ? "??" : spelling(type) }
    switch type {
    case .base(let b):
      guard b.size > 0, let bytes = space.bytes(at: a, count: Int(b.size)) else {
        noteUnreadable(a)
        return "??"
      }
      var v: UInt64 = 0
      for (i, byte) in bytes.enumerated() { v |= UInt64(byte) << (8 * UInt64(i)) }
      switch b {
      case .uchar, .char:
        let ch = v >= 0x20 && v < 0x7F ? String(UnicodeScalar(UInt8(v))) : ""
        return (b == .char ? "0n\(Int8(truncatingIfNeeded: v))" : Self.hexValue(v)) + " '" + ch + "'"
      case .int2: return "0n\(Int16(truncatingIfNeeded: v))"
      case .int4: return "0n\(Int32(truncatingIfNeeded: v))"
      case .int8: return "0n\(Int64(bitPattern: v))"
      default: return Self.hexValue(v)
      }
    case .pointer(_, let to):
      guard let v = readPointer(a) else { return "??" }
      if v == 0 { return "(null) " }
      if case .pointer = to, let inner = space.pointer(at: v) {
        return pointerText(v) + "  -> " + (inner == 0 ? "(null) " : pointerText(inner) + " " + spelling(innermost(to)))
      }
      if case .base(let b) = to, b == .wchar || b == .char {
        return pointerText(v) + "  \"" + string(at: v, maxUnits: 0x200, wide: b == .wchar) + "\""
      }
      return pointerText(v) + " " + spelling(to)
    case .array(let n, let of):
      if case .base(let b) = of, b == .uchar || b == .char || b == .wchar {
        return "[\(n)]  \"" + string(at: a, maxUnits: min(n, 0x400), wide: b == .wchar) + "\""
      }
      if case .named = of { return "[\(n)] " + spelling(of) }
      return "[\(n)] " + (n > 0 ? value(of, at: a, unreadableIfNil: true) : "")
    case .bitfield(let p, let w):
      let count = (p + w + 7) / 8
      guard let bytes = space.bytes(at: a, count: count) else {
        noteUnreadable(a)
        return "??"
      }
      var v: UInt64 = 0
      for (i, byte) in bytes.enumerated() where i < 8 { v |= UInt64(byte) << (8 * UInt64(i)) }
      let bits = (v >> UInt64(p)) & (w >= 64 ? UInt64.max : (UInt64(1) << UInt64(w)) - 1)
      let text = String(bits, radix: 2)
      return "0y" + String(repeating: "0", count: max(0, w - text.count)) + text
    case .named(let name):
      return namedValue(name, at: a)
    case .function:
      return "void"
    case .unnamed:
      return "<unnamed-tag>"
    }
  }

  func innermost(_ t: FieldType) -> FieldType {
    if case .pointer(_, let to) = t { return innermost(to) }
    return t
  }

  func spelling(_ t: FieldType) -> String {
    if pointerSize == 4, case .pointer(_, let to) = t { return "Ptr32 " + spelling(to) }
    return t.spelling
  }
}
