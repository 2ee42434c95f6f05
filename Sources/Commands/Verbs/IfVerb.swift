/// `.if (Condition) { Commands } [.elsif (Condition) { Commands }]... [.else { Commands }]` and
/// `.block { Commands }` (MSDOC -if.md, -block.md): the condition is a MASM expression, non-zero
/// is true; the commands inside the braces run as one command line (`;`-separated). The whole
/// chain is one command: CommandSplitter keeps `{ ... }` together. A `.else` / `.elsif` on its
/// own is an error, as in WinDbg.
enum IfVerb {
  static let spec = VerbSpec(
    names: [".if"], summary: "run commands when a condition is non-zero (.elsif, .else)",
    usage: ".if (expr) { commands } [.elsif (expr) { commands }] [.else { commands }]"
  ) { invocation, session throws(CommandError) in
    var rest = invocation.arguments
    var column = invocation.argumentsColumn
    var condition: Substring? = try takeCondition(&rest, &column, invocation)
    while true {
      let block = try takeBlock(&rest, &column, invocation)
      if let cond = condition {
        let value: UInt64
        do throws(ExpressionError) {
          value = try ExpressionParser.evaluate(String(cond), in: session)
        } catch {
          throw .message(error.message + " in '\(invocation.text)'")
        }
        if value != 0 {
          session.execute(line: String(block))
          return
        }
      } else {
        session.execute(line: String(block))  // .else
        return
      }
      skipSpaces(&rest, &column)
      if rest.isEmpty { return }
      if rest.lowercased().hasPrefix(".elsif") {
        advance(&rest, &column, 6)
        condition = try takeCondition(&rest, &column, invocation)
      } else if rest.lowercased().hasPrefix(".else") {
        advance(&rest, &column, 5)
        condition = nil
      } else {
        throw .caret(column: column, message: "Syntax error in '\(invocation.text)'")
      }
    }
  }

  static func advance(_ s: inout Substring, _ column: inout Int, _ n: Int) {
    let k = min(n, s.count)
    s = s.dropFirst(k)
    column += k
  }

  static func skipSpaces(_ s: inout Substring, _ column: inout Int) {
    while let c = s.first, c == " " || c == "\t" { advance(&s, &column, 1) }
  }

  /// The condition text up to the block's `{` (parentheses optional).
  static func takeCondition(_ s: inout Substring, _ column: inout Int, _ inv: Invocation) throws(CommandError) -> Substring {
    skipSpaces(&s, &column)
    guard let brace = s.firstIndex(of: "{") else {
      throw .caret(column: column, message: "Syntax error in '\(inv.text)'")
    }
    let cond = s[..<brace]
    advance(&s, &column, cond.count)
    guard !cond.allSatisfy({ $0 == " " }) else { throw .caret(column: column, message: "Syntax error in '\(inv.text)'") }
    return cond
  }

  /// The text inside the next `{ ... }` (nested braces and quotes respected).
  static func takeBlock(_ s: inout Substring, _ column: inout Int, _ inv: Invocation) throws(CommandError) -> Substring {
    skipSpaces(&s, &column)
    guard s.first == "{" else { throw .caret(column: column, message: "Syntax error in '\(inv.text)'") }
    var depth = 0
    var inQuote = false
    var i = s.startIndex
    while i < s.endIndex {
      let c = s[i]
      if inQuote {
        if c == "\"" { inQuote = false }
      } else if c == "\"" {
        inQuote = true
      } else if c == "{" {
        depth += 1
      } else if c == "}" {
        depth -= 1
        if depth == 0 {
          let inner = s[s.index(after: s.startIndex)..<i]
          let consumed = s.distance(from: s.startIndex, to: i) + 1
          advance(&s, &column, consumed)
          return inner
        }
      }
      i = s.index(after: i)
    }
    throw .caret(column: column, message: "Missing '}' in '\(inv.text)'")
  }
}

/// `.else` / `.elsif` typed on their own: WinDbg's error.
enum ElseVerb {
  static let spec = VerbSpec(
    names: [".else", ".elsif"], summary: "part of .if (.if (x) {...} .else {...})",
    usage: ".if (expr) { commands } .else { commands }"
  ) { invocation, _ throws(CommandError) in
    throw .message("\(invocation.name) without a matching .if")
  }
}

/// `.block { commands }`: runs the commands (MSDOC -block.md).
enum BlockVerb {
  static let spec = VerbSpec(names: [".block"], summary: "run a block of commands", usage: ".block { commands }") {
    invocation, session throws(CommandError) in
    var rest = invocation.arguments
    var column = invocation.argumentsColumn
    let block = try IfVerb.takeBlock(&rest, &column, invocation)
    session.execute(line: String(block))
  }
}
