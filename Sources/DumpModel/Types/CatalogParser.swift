/// Parses the type catalog text format (Docs/type-catalog.md) into a `TypeCatalog`.
///
/// The format is line-based and mirrors WinDbg's `dt` output, so a catalog reads like a `dt`
/// listing. Malformed lines are collected as problems (a unit test requires none); they never
/// stop the parse. Hostile-input bounds: array counts above `maxArrayCount` and types nested
/// deeper than `maxTypeDepth` are rejected.
enum CatalogParser {
  static let maxArrayCount = 0x10000
  static let maxTypeDepth = 8

  struct Header {
    var id = ""
    var title = ""
    var pointerSize = 8
    var sources: [String] = []
    var notes: [String] = []
    var missing: [(String, String)] = []
  }

  static func parse(_ text: String) -> (Header, [TypeLayout], [String]) {
    var header = Header()
    var types: [TypeLayout] = []
    var problems: [String] = []
    var current: TypeLayout?
    func finish() {
      if let c = current { types.append(c) }
      current = nil
    }
    // Lines, words and fields are cut on UTF-8 bytes (the format's separators are ASCII): a
    // catalog parses in about a millisecond, where Character-wise splitting took three times longer.
    for (n, raw) in lines(text).enumerated() {
      let line = raw[(raw.utf8.firstIndex { $0 != 0x20 } ?? raw.endIndex)...]
      if line.isEmpty || line.utf8.first == UInt8(ascii: "#") { continue }
      // Field lines (`+0x...`), most of a catalog, go straight to the field parser.
      if line.utf8.first == UInt8(ascii: "+"), current != nil, let field = parseField(line, pointerSize: header.pointerSize) {
        current?.fields.append(field)
        continue
      }
      let space = line.utf8.firstIndex(of: 0x20)
      let key = String(line[..<(space ?? line.endIndex)])
      // The text after the first word; not made for field lines, which are most lines.
      var rest: String { space.map { String(line[line.index(after: $0)...]) } ?? "" }
      switch key {
      case "catalog": header.id = rest
      case "title": header.title = rest
      case "arch": header.pointerSize = rest == "x86" ? 4 : 8
      case "source": header.sources.append(rest)
      case "note": header.notes.append(rest)
      case "missing":
        let parts = rest.split(separator: " ", maxSplits: 1).map(String.init)
        header.missing.append((parts.first ?? rest, parts.count > 1 ? parts[1] : ""))
      case "struct", "union", "enum":
        finish()
        let parts = rest.split(separator: " ").map(String.init)
        guard parts.count >= 2, let size = number(parts[1]) else {
          problems.append("line \(n + 1): bad type header '\(line)'")
          continue
        }
        let kind = TypeLayout.Kind(rawValue: key) ?? .struct
        current = TypeLayout(name: parts[0], kind: kind, size: size, partial: parts.contains("partial"))
      case "=":
        let parts = rest.split(separator: " ").map(String.init)
        guard parts.count == 2, let v = signedNumber(parts[0]), current?.kind == .enum else {
          problems.append("line \(n + 1): bad enumerator '\(line)'")
          continue
        }
        current?.enumerators.append((v, parts[1]))
      default:
        guard key.hasPrefix("+0x"), current != nil, let field = parseField(line, pointerSize: header.pointerSize) else {
          problems.append("line \(n + 1): cannot read '\(line)'")
          continue
        }
        current?.fields.append(field)
      }
    }
    finish()
    return (header, types, problems)
  }

  /// The text's lines (without their `\n`), cut on UTF-8 bytes.
  static func lines(_ text: String) -> [Substring] {
    var out: [Substring] = []
    var start = text.startIndex
    while let newline = text.utf8[start...].firstIndex(of: 0x0A) {
      out.append(text[start..<newline])
      start = text.index(after: newline)
    }
    out.append(text[start...])
    return out
  }

  /// `+0x118 VirtualAllocdBlocks : _LIST_ENTRY`
  static func parseField(_ line: Substring, pointerSize: Int) -> Field? {
    let u = line.utf8
    guard let colon = u.firstIndex(of: UInt8(ascii: ":")) else { return nil }
    let left = u[..<colon].split(separator: 0x20)
    guard left.count == 2, left[0].starts(with: "+0x".utf8), let offset = hex(left[0].dropFirst(3)) else { return nil }
    guard let type = parseType(Substring(u[u.index(after: colon)...]), depth: 0) else { return nil }
    return Field(offset: offset, name: String(Substring(left[1])), type: type)
  }

  /// A field's type, read on UTF-8 bytes (the format is ASCII; Character-wise slicing made the
  /// catalog parse the largest cost of a first `dt` or `!address -summary`).
  static func parseType(_ text: Substring, depth: Int) -> FieldType? {
    guard depth < maxTypeDepth else { return nil }
    var u = text.utf8[...]
    while u.first == 0x20 { u = u.dropFirst() }
    while u.last == 0x20 { u = u.dropLast() }
    if u.starts(with: "Ptr64 ".utf8) || u.starts(with: "Ptr32 ".utf8) {
      guard let to = parseType(Substring(u.dropFirst(6)), depth: depth + 1) else { return nil }
      return .pointer(width: u.starts(with: "Ptr64".utf8) ? 8 : 4, to: to)
    }
    if u.first == UInt8(ascii: "["), let close = u.firstIndex(of: UInt8(ascii: "]")) {
      guard let n = decimal(u[u.index(after: u.startIndex)..<close]), n <= maxArrayCount,
        let of = parseType(Substring(u[u.index(after: close)...]), depth: depth + 1)
      else { return nil }
      return .array(count: n, of: of)
    }
    if u.starts(with: "Pos ".utf8) {
      // Pos P, W Bit(s)
      let parts = u.dropFirst(4).split { $0 == UInt8(ascii: ",") || $0 == 0x20 }
      guard parts.count >= 3, let p = decimal(parts[0]), let w = decimal(parts[1]), w > 0, w <= 64, p < 64 else { return nil }
      return .bitfield(position: p, width: w)
    }
    if u.elementsEqual("void".utf8) { return .function }
    if u.starts(with: "<unnamed-tag>".utf8) {
      let size = u.split(separator: 0x20).dropFirst().first.flatMap { number(String(Substring($0))) } ?? 0
      return .unnamed(size: size)
    }
    let name = String(Substring(u))
    if let b = BaseType(rawValue: name) { return .base(b) }
    guard !u.isEmpty, !u.contains(0x20) else { return nil }
    return .named(name)
  }

  /// Hex digits (no prefix) as a number; nil when empty, not hex, or over 64 bits.
  static func hex(_ digits: Substring.UTF8View.SubSequence) -> UInt64? {
    guard !digits.isEmpty, digits.count <= 16 else { return nil }
    var v: UInt64 = 0
    for c in digits {
      let d: UInt8
      switch c {
      case 0x30...0x39: d = c &- 0x30
      case 0x61...0x66: d = c &- 0x61 &+ 10
      case 0x41...0x46: d = c &- 0x41 &+ 10
      default: return nil
      }
      v = v << 4 | UInt64(d)
    }
    return v
  }

  /// Decimal digits as an Int; nil when empty, not decimal, or over 9 digits.
  static func decimal(_ digits: Substring.UTF8View.SubSequence) -> Int? {
    guard !digits.isEmpty, digits.count <= 9 else { return nil }
    var v = 0
    for c in digits {
      guard c >= 0x30, c <= 0x39 else { return nil }
      v = v &* 10 &+ Int(c &- 0x30)
    }
    return v
  }

  static func number(_ s: String) -> UInt64? {
    s.hasPrefix("0x") ? UInt64(s.dropFirst(2), radix: 16) : UInt64(s)
  }

  static func signedNumber(_ s: String) -> Int64? {
    if s.hasPrefix("-") { return number(String(s.dropFirst())).flatMap { Int64(exactly: $0) }.map { -$0 } }
    return number(s).flatMap { Int64(exactly: $0) }
  }
}
