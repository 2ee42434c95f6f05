import DumpModel

/// `dt` with `.explain on`: which type catalog and layout were used, and for each top-level field
/// shown, its offset, the address it was read at and the raw bytes there (dt's `-v` stays WinDbg's
/// verbose flag).
enum TypeExplainer {
  /// Longest raw byte run shown per field.
  static let byteLimit = 16

  static func explain(_ layout: TypeLayout, catalog: TypeCatalog, address: UInt64?, filter: [String], _ session: Session) {
    session.print(ExplainText.heading)
    session.print(ExplainText.row("catalog", "\(catalog.id) (\(catalog.title)); .nttypes lists its sources"))
    session.print(ExplainText.row("layout", "\(layout.kind.rawValue) \(layout.name), \(ExplainText.x(layout.size)) bytes, \(layout.fields.count) fields\(layout.partial ? " (partial: only verified fields are listed)" : "")"))
    guard let base = address else {
      session.print(ExplainText.row("memory", "none read: no address given, so only the layout was printed"))
      return
    }
    if layout.name == "_HEAP_ENTRY" || layout.name == "_HEAP_FREE_ENTRY" {
      session.print(ExplainText.row("note", "a back-end header is stored XORed with _HEAP.Encoding: these are the raw bytes; !heap -x with .explain on decodes them"))
    }
    session.print(ExplainText.row("memory", "\(session.pointer(base))..\(session.pointer(base &+ layout.size)): field address = \(session.pointer(base)) + offset"))
    let roots = Set(filter.map { String($0.split(separator: ".").first ?? Substring($0)) })
    for f in layout.fields where roots.isEmpty || roots.contains(f.name) {
      let at = base &+ f.offset
      let size = catalog.size(of: f.type) ?? 0
      var text = "\(session.pointer(at)) "
      if case .bitfield(let p, let w) = f.type {
        text += "bits \(p)..\(p + w - 1) of the bytes here"
      } else if size == 0 {
        text += "(no bytes: size unknown)"
      } else if let bytes = ExplainText.read(at, Int(min(size, UInt64(byteLimit))), session) {
        text += "\(size) byte\(size == 1 ? "" : "s"): " + ExplainText.bytes(bytes) + (size > UInt64(byteLimit) ? " ..." : "")
      } else {
        text += "\(size) bytes: not in the dump"
      }
      session.print(ExplainText.row("", "\(ExplainText.off(f.offset)) \(HexFormat.left(f.name, 24)) \(text)"))
    }
  }
}
