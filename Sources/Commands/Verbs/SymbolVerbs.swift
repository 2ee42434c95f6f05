import DumpModel

/// `ln addr` (nearest symbols) and `x module!pattern` (matching symbols), from the export tables of
/// the module images in the dump (no symbol files).
///
/// `ln` (WinDbg): `(00000001`40001645)   sample_crash!ComputeRatio+0xb   |  (00000001`40001660)   sample_crash!SummarizeBatch`,
/// the symbol at or below and the next one, then `Exact matches:` and
/// `    module!Export (<no parameter info>)` when the address is an export's start. `x` prints
/// `00000001`40001645 sample_crash!ComputeRatio (<no parameter info>)` per match, by address.
enum SymbolVerbs {
  static let ln = VerbSpec(
    names: ["ln"], summary: "nearest symbols to an address (export symbols)", usage: "ln addr"
  ) { invocation, session throws(CommandError) in
    var scanner = ArgumentScanner(invocation)
    let address = scanner.atEnd ? (session.currentContext?.instructionPointer ?? 0) : try scanner.expression(in: session)
    guard scanner.atEnd else { throw scanner.syntaxError() }
    guard let m = session.module(containing: address) else { return }
    let name = session.moduleName(m)
    let symbols = session.dump.exports(of: m)?.symbols ?? []
    var below: ExportTable.Symbol?
    var above: ExportTable.Symbol?
    for s in symbols where s.address >= m.base && s.address < m.end {
      if s.address <= address { below = s } else if above == nil { above = s }
    }
    var line: String
    if let b = below {
      line = "(" + session.pointer(b.address) + ")   " + session.symbolize(address)
    } else {
      line = "(" + session.pointer(m.base) + ")   " + session.symbolize(address)
    }
    if let a = above { line += "   |  (" + session.pointer(a.address) + ")   " + name + "!" + a.name }
    session.print(line)
    if let b = below, b.address == address {
      session.print("Exact matches:")
      for s in symbols where s.address == address { session.print("    \(name)!\(s.name) (<no parameter info>)") }
    }
  }

  static let x = VerbSpec(
    names: ["x"], summary: "list symbols matching module!pattern (export symbols)", usage: "x module!pattern"
  ) { invocation, session throws(CommandError) in
    var scanner = ArgumentScanner(invocation)
    guard let spec = scanner.word(), scanner.atEnd else { throw scanner.syntaxError() }
    let parts = spec.split(separator: "!", maxSplits: 1, omittingEmptySubsequences: false)
    let modulePattern = parts.count == 2 ? String(parts[0]) : "*"
    let symbolPattern = String(parts.count == 2 ? parts[1] : parts[0])
    for m in session.modules.sorted(by: { $0.base < $1.base }) where Wildcard.matches(modulePattern, session.moduleName(m)) {
      try session.checkCancel()
      for s in session.dump.exports(of: m)?.symbols ?? [] where Wildcard.matches(symbolPattern, s.name) {
        session.print(session.pointer(s.address) + " " + session.moduleName(m) + "!" + s.name + " (<no parameter info>)")
      }
    }
  }
}
