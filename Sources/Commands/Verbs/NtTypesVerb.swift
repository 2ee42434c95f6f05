import DumpModel

/// `.nttypes [id]` (dumpdbg's own): which NT type catalog `dt`, `!peb`, `!teb` and the heap
/// walker use, every shipped catalog with its sources and gaps, and picking another one.
enum NtTypesVerb {
  static let spec = VerbSpec(names: [".nttypes"], summary: "show or pick the NT type catalog (dumpdbg's own)", usage: ".nttypes [catalog-id]") {
    invocation, session throws(CommandError) in
    var scanner = ArgumentScanner(invocation)
    if let id = scanner.word() {
      guard let c = TypeCatalog.named(id) else {
        throw .message("No type catalog '\(id)'; known: " + TypeCatalog.all.map(\.id).joined(separator: ", "))
      }
      session.typeCatalog = c
      session.print("Type catalog: \(c.id) - \(c.title)")
      return
    }
    if let c = session.typeCatalog {
      session.print("Type catalog: \(c.id) - \(c.title)")
    } else {
      session.print("Type catalog: none fits this dump's OS build; pick one with .nttypes <id>")
    }
    if case .success(let s) = session.dump.systemInfo {
      session.print("Dump OS: \(s.majorVersion).\(s.minorVersion).\(s.buildNumber) \(s.architecture.name)")
      if let note = TypeCatalog.fallbackNote(major: s.majorVersion, minor: s.minorVersion, build: s.buildNumber, architecture: s.architecture) {
        session.print("Note: \(note)")
      }
    }
    for c in TypeCatalog.all {
      let mark = c.id == session.typeCatalog?.id ? "*" : " "
      let partial = c.types.filter(\.partial).count
      session.print("\(mark) \(HexFormat.left(c.id, 16)) \(c.types.count) types (\(partial) partial)  \(c.title)")
      for s in c.sources { session.print("      source:  \(s)") }
      for n in c.notes { session.print("      note:    \(n)") }
      for m in c.missing { session.print("      missing: \(m.name) (\(m.reason))") }
    }
  }
}
