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
    // Lines and the first word are cut on UTF-8 bytes (the format's separators are ASCII): a
    // catalog parses in a few milliseconds, where Character-wise splitting took three times longer.
    for (n, raw) in lines(text).enumerated() {
      let line = raw[(raw.utf8.firstIndex { $0 != 0x20 } ?? raw.endIndex)...]
      if line.isEmpty || line.utf8.first == UInt8(ascii: "#") { continue }
      let space = line.utf8.firstIndex(of: 0x20)
      let key = String(line[..<(space ?? line.endIndex)])
      let rest = space.map { String(line[line.index(after: $0)...]) } ?? ""
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
        guard key.hasPrefix("+0x"), current != nil, let field = parseField(String(line), pointerSize: header.pointerSize) else {
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
  static func parseField(_ line: String, pointerSize: Int) -> Field? {
    guard let colon = line.utf8.firstIndex(of: UInt8(ascii: ":")) else { return nil }
    let left = line[..<colon].split(separator: " ")
    guard left.count == 2, let offset = number(String(left[0].dropFirst())) else { return nil }
    guard let type = parseType(line[line.index(after: colon)...], depth: 0) else { return nil }
    return Field(offset: offset, name: String(left[1]), type: type)
  }

  static func parseType(_ text: Substring, depth: Int) -> FieldType? {
    guard depth < maxTypeDepth else { return nil }
    var s = text.drop(while: { $0 == " " })
    while s.last == " " { s = s.dropLast() }
    if s.hasPrefix("Ptr64 ") || s.hasPrefix("Ptr32 ") {
      guard let to = parseType(s.dropFirst(6), depth: depth + 1) else { return nil }
      return .pointer(width: s.hasPrefix("Ptr64") ? 8 : 4, to: to)
    }
    if s.hasPrefix("["), let close = s.firstIndex(of: "]") {
      guard let n = Int(s[s.index(after: s.startIndex)..<close]), n >= 0, n <= maxArrayCount,
        let of = parseType(s[s.index(after: close)...], depth: depth + 1)
      else { return nil }
      return .array(count: n, of: of)
    }
    if s.hasPrefix("Pos ") {
      // Pos P, W Bit(s)
      let parts = s.dropFirst(4).split(whereSeparator: { $0 == "," || $0 == " " })
      guard parts.count >= 3, let p = Int(parts[0]), let w = Int(parts[1]), w > 0, w <= 64, p >= 0, p < 64 else { return nil }
      return .bitfield(position: p, width: w)
    }
    if s == "void" { return .function }
    if s.hasPrefix("<unnamed-tag>") {
      let size = s.split(separator: " ").dropFirst().first.flatMap { number(String($0)) } ?? 0
      return .unnamed(size: size)
    }
    if let b = BaseType(rawValue: String(s)) { return .base(b) }
    guard !s.isEmpty, !s.contains(" ") else { return nil }
    return .named(String(s))
  }

  static func number(_ s: String) -> UInt64? {
    s.hasPrefix("0x") ? UInt64(s.dropFirst(2), radix: 16) : UInt64(s)
  }

  static func signedNumber(_ s: String) -> Int64? {
    if s.hasPrefix("-") { return number(String(s.dropFirst())).flatMap { Int64(exactly: $0) }.map { -$0 } }
    return number(s).flatMap { Int64(exactly: $0) }
  }
}
