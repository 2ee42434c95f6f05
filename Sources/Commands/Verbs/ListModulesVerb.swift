import DumpModel

/// `lm[v][o] [m pattern]`: the module list sorted by base, then unloaded modules.
///
/// WinDbg's format (windbg-output-and-peers.md §1.6): header `start             end                 module name`,
/// rows `00007ff7`53820000 00007ff7`53863000   notepad    (deferred)             ` (end exclusive;
/// name padded to 10; symbol state padded to 23). dumpdbg loads symbols lazily from export tables,
/// as WinDbg defers symbol loads: a module reads `(deferred)` until something (a stack, `u`, `x`,
/// a `module!name` expression) first needs its symbols, then `(export symbols)` followed by the
/// image file name (where WinDbg puts the symbol file), or `(no symbols)` when the image in the
/// dump has no export table. `v` adds the image block.
enum ListModulesVerb {
  static let spec = VerbSpec(
    names: ["lm"], summary: "list modules (lmv for details, lm m pattern to filter)",
    usage: "lm[v][o] [m pattern]", takesAttachedOptions: true
  ) { invocation, session throws(CommandError) in
    var verbose = false
    var pattern: String?
    var scanner = ArgumentScanner(invocation)
    var options = invocation.attached
    while true {
      for c in options {
        switch c {
        case "v": verbose = true
        case "o", "l", "e", "1": break
        case "m":
          guard let p = scanner.word() else { throw scanner.syntaxError() }
          pattern = p
        default: throw scanner.syntaxError()
        }
      }
      guard let next = scanner.word() else { break }
      options = next.lowercased()
      if options.hasPrefix("-") || options.hasPrefix("/") { options.removeFirst() }
    }
    let w = session.pointerSize == 8 ? 17 : 8
    session.print(HexFormat.left("start", w + 1) + HexFormat.left("end", w + 3) + "module name")
    let sorted = session.modules.sorted { $0.base < $1.base }
    var rows: [[JSONValue]] = []
    defer { session.emitRows(columns: ["start", "end", "name", "symbols", "image"], rows: rows) }
    for m in sorted {
      let name = session.moduleName(m)
      if let pattern, !Wildcard.matches(pattern, name) { continue }
      let symbols = session.dump.exportsLoaded(of: m).map { $0 ? "export" : "none" } ?? "deferred"
      rows.append([.string(HexFormat.hex(m.base)), .string(HexFormat.hex(m.end)), .string(name), .string(symbols), .string(m.path)])
      let state: String
      switch session.dump.exportsLoaded(of: m) {
      case nil: state = HexFormat.left("(deferred)", 23)
      case true?: state = HexFormat.left("(export symbols)", 23) + m.fileName
      case false?: state = HexFormat.left("(no symbols)", 23)
      }
      session.print("\(session.pointer(m.base)) \(session.pointer(m.end))   \(HexFormat.left(name, 10)) \(state)")
      if verbose { printDetails(m, session) }
    }
    if case .success(let unloaded) = session.dump.unloadedModules, !unloaded.isEmpty, pattern == nil {
      session.print()
      session.print("Unloaded modules:")
      for u in unloaded {
        let (end, o) = u.base.addingReportingOverflow(UInt64(u.size))
        let file = u.path.split(whereSeparator: { $0 == "\\" || $0 == "/" }).last.map(String.init) ?? u.path
        session.print("\(session.pointer(u.base)) \(session.pointer(o ? .max : end))   \(file)")
      }
    }
  }

  static func printDetails(_ m: DumpModule, _ session: Session) {
    // WinDbg names the file an image was read from (`.exepath`, `-i`) before the image path.
    if let file = session.dump.imageFiles[m.base] { session.print("    Mapped memory image file: \(file)") }
    session.print("    Image path: \(m.path)")
    session.print("    Image name: \(m.fileName)")
    session.print("    Browse all global symbols  functions  data")
    let stamp = HexFormat.upperHex(UInt64(m.timeDateStamp), 8)
    session.print("    Timestamp:        \(TimeFormat.dateTime(unixSeconds: Int64(m.timeDateStamp))) (\(stamp))")
    session.print("    CheckSum:         \(HexFormat.upperHex(UInt64(m.checkSum), 8))")
    session.print("    ImageSize:        \(HexFormat.upperHex(UInt64(m.size), 8))")
    guard let v = m.versionInfo else { return }
    session.print("    File version:     \(v.fileVersion)")
    session.print("    Product version:  \(v.productVersion)")
    session.print("    File flags:       \(HexFormat.upperHex(UInt64(v.fileFlags))) (Mask \(HexFormat.upperHex(UInt64(v.fileFlagsMask))))")
    session.print("    File OS:          \(HexFormat.upperHex(UInt64(v.fileOS))) \(fileOSName(v.fileOS))")
    session.print("    File type:        \(v.fileType).\(v.fileSubtype) \(fileTypeName(v.fileType))")
    session.print("    File date:        \(HexFormat.upperHex(UInt64(v.fileDateMS), 8)).\(HexFormat.upperHex(UInt64(v.fileDateLS), 8))")
  }

  /// VS_FIXEDFILEINFO.dwFileOS names (verrsrc.h): high word the OS, low word the API.
  static func fileOSName(_ os: UInt32) -> String {
    let high: [UInt32: String] = [0x1: "DOS", 0x2: "OS/2 16", 0x3: "OS/2 32", 0x4: "NT", 0x5: "WinCE"]
    let low: [UInt32: String] = [0x1: "Windows16", 0x2: "PM16", 0x3: "PM32", 0x4: "Win32"]
    let parts = [high[os >> 16], low[os & 0xFFFF]].compactMap { $0 }
    return parts.isEmpty ? "Unknown" : parts.joined(separator: " ")
  }

  /// VS_FIXEDFILEINFO.dwFileType names (verrsrc.h).
  static func fileTypeName(_ t: UInt32) -> String {
    switch t {
    case 1: return "App"
    case 2: return "Dll"
    case 3: return "Driver"
    case 4: return "Font"
    case 5: return "VXD"
    case 7: return "Static library"
    default: return "Unknown"
    }
  }
}
