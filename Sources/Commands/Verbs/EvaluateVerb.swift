/// `? expression`: `Evaluate expression: 37 = 00000000`00000025` (decimal signed, then hex in the
/// target's pointer width). `??` (C++ expressions) is answered with the same MASM evaluator.
enum EvaluateVerb {
  static let spec = VerbSpec(
    names: ["?", "??"], summary: "evaluate a MASM expression", usage: "? expression"
  ) { invocation, session throws(CommandError) in
    var scanner = ArgumentScanner(invocation)
    guard !scanner.atEnd else { throw scanner.syntaxError() }
    let value = try session.evaluateWhole(&scanner)
    session.print(NumberFormats.evaluateLine(value, pointerSize: session.pointerSize))
    session.emitRows(
      columns: ["value", "signed", "hex"],
      rows: [[.number(value), .integer(Int64(bitPattern: value)), .string(HexFormat.hex(value))]])
  }
}

/// `.formats expression`: the value in hex, decimal, octal, binary, chars, time, float and double.
enum FormatsVerb {
  static let spec = VerbSpec(
    names: [".formats"], summary: "show a number in every format", usage: ".formats expression"
  ) { invocation, session throws(CommandError) in
    var scanner = ArgumentScanner(invocation)
    guard !scanner.atEnd else { throw scanner.syntaxError() }
    let value = try session.evaluateWhole(&scanner)
    for line in NumberFormats.formatsLines(value, pointerSize: session.pointerSize) { session.print(line) }
  }
}

extension Session {
  /// Evaluates the rest of the arguments as one expression; extra text is a syntax error.
  func evaluateWhole(_ scanner: inout ArgumentScanner) throws(CommandError) -> UInt64 {
    let value = try scanner.expression(in: self)
    guard scanner.atEnd else { throw scanner.error("Syntax error in '\(scanner.invocation.text)'") }
    return value
  }
}
