import DumpModel

/// `dt [-r[N]] [-b] [-v] [-l Field.Link] [-a[N]] [module!]Type[.Field] [Address] [Field...]`:
/// display a type or a typed address from the NT type catalog (TypeCatalog), as WinDbg prints
/// it from ntdll's PDB (windbg-output-and-peers.md §1.6).
///
/// `module` is `nt` or `ntdll`; the header always reads `ntdll!_TYPE`. Wildcards (`dt nt!_HEAP*`)
/// list matching names. The address is any MASM expression. Unreadable fields print `??` and
/// the output ends with `Memory read error <address>`. `-l` walks a list (bounded, cycle-safe).
enum DisplayTypeVerb {
  static let listLimit = 1000

  static let usage = "dt [-r[N]] [-b] [-v] [-l Field.Link] [-a[N]] [nt!|ntdll!]Type[.Field] [Address] [Field...]"

  static let spec = VerbSpec(
    names: ["dt"], summary: "display an NT type or a typed address (from the shipped type catalog)",
    usage: usage
  ) { invocation, session throws(CommandError) in
    var scanner = ArgumentScanner(invocation)
    var recurse = 0
    var showArrays = false
    var verbose = false
    var arrayLimit = 256
    var listField: String?
    var typeSpec: String?
    while let c = scanner.peek(), c == "-" || (c == "/" && typeSpec == nil) {
      guard let w = scanner.word() else { break }
      let opt = w.dropFirst()
      switch opt.first {
      case "r": recurse = opt.count > 1 ? (Int(opt.dropFirst()) ?? 1) : 1
      case "b": showArrays = true
      case "v": verbose = true
      case "a":
        showArrays = true
        if opt.count > 1, let n = Int(opt.dropFirst()) { arrayLimit = n }
      case "l":
        guard let f = scanner.word() else { throw scanner.syntaxError() }
        listField = f
      default: throw scanner.syntaxError()
      }
    }
    guard let spec = scanner.word() else { throw .message("Type name expected: " + usage) }
    typeSpec = spec
    var typed = spec
    var module = ""
    if let bang = spec.firstIndex(of: "!") {
      module = String(spec[..<bang])
      typed = String(spec[spec.index(after: bang)...])
    }
    guard module.isEmpty || ["nt", "ntdll"].contains(module.lowercased()) else { throw .message("Symbol \(spec) not found.") }
    guard let catalog = session.typeCatalog else {
      throw .message("No type catalog for this dump's OS build; .nttypes lists them and picks one")
    }
    if typed.contains("*") || typed.contains("?") {
      let names = catalog.names(matching: typed)
      guard !names.isEmpty else { throw .message("Symbol \(spec) not found.") }
      for n in names { session.print("          ntdll!" + n) }
      return
    }
    var filter: [String] = []
    if let dot = typed.firstIndex(of: ".") {
      filter.append(String(typed[typed.index(after: dot)...]))
      typed = String(typed[..<dot])
    }
    guard let layout = catalog.layout(named: typed) else { throw .message("Symbol \(spec) not found.") }
    var address: UInt64?
    while let next = peekWord(scanner) {
      if catalog.field(of: layout.name, path: next) != nil {
        filter.append(next)
        _ = scanner.word()
      } else if address == nil {
        var a = try scanner.expression(in: session)
        if catalog.pointerSize == 4 { a &= 0xFFFF_FFFF }
        address = a
      } else {
        throw scanner.syntaxError()
      }
    }
    var r = TypeRenderer(catalog: catalog, session: session)
    r.recurse = recurse
    r.showArrays = showArrays
    r.arrayLimit = arrayLimit
    if let listField, let start = address {
      try walkList(layout, field: listField, from: start, renderer: &r, filter: filter, session)
    } else {
      if verbose {
        let kind = layout.kind == .union ? "union" : layout.kind == .enum ? "enum" : "struct"
        session.print("\(kind) \(layout.name), \(layout.fields.count) elements, 0x\(HexFormat.hex(layout.size)) bytes")
      } else {
        session.print("ntdll!" + layout.name)
      }
      try r.render(layout, at: address, indent: 3, depth: 0, filter: filter)
    }
    if let bad = r.firstUnreadable { session.print("Memory read error " + session.pointer(bad)) }
    if session.explain, listField == nil { TypeExplainer.explain(layout, catalog: catalog, address: address, filter: filter, session) }
  }

  static func peekWord(_ scanner: ArgumentScanner) -> String? {
    var copy = scanner
    return copy.word()
  }

  /// `-l Field.Link`: prints each element of the list whose link is at `Field.Link`, stopping at
  /// null, at an unreadable link, when the list comes back to its start, or after `listLimit`.
  static func walkList(_ layout: TypeLayout, field: String, from start: UInt64, renderer r: inout TypeRenderer,
                       filter: [String], _ session: Session) throws(CommandError)
  {
    guard let link = r.catalog.field(of: layout.name, path: field) else { throw .message("Cannot find specified field members.") }
    // The link points at the same field inside the next element: element = link value − offset of the
    // field's parent (the whole path minus its last step).
    let parentPath = field.split(separator: ".").dropLast().joined(separator: ".")
    let base = parentPath.isEmpty ? 0 : (r.catalog.offset(of: layout.name, field: parentPath) ?? 0)
    var element = start
    var seen: Set<UInt64> = []
    for _ in 0..<listLimit {
      try session.checkCancel()
      guard seen.insert(element).inserted else { break }
      session.print("\(field) at " + r.pointerText(element))
      session.print("---------------------------------------------")
      try r.render(layout, at: element, indent: 3, depth: 0, filter: filter)
      session.print()
      let (at, o) = element.addingReportingOverflow(link.offset)
      guard !o, let next = r.readPointer(at), next != 0 else { break }
      let (e, u) = next.subtractingReportingOverflow(base)
      if u || e == start { break }
      element = e
    }
  }
}
