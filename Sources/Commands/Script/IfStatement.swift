/// `.if (Condition) { Commands } [.elsif (Condition) { Commands }]... [.else { Commands }]`
/// (WinDbg `.if`, `.elsif`, `.else`): the first branch whose MASM condition is non-zero runs,
/// else the `.else` block. The parts may be separated by blanks, newlines or `;` (a `$$><` script
/// turns each newline into `;`).
extension Session {
  func runIf(_ branches: [IfBranch], elseBody: String?) -> ScriptFlow {
    for branch in branches {
      do {
        if try condition(branch.condition) {
          return nested { runProgram(branch.body) }
        }
      } catch {
        report(error)
        return .abort
      }
    }
    if let elseBody { return nested { runProgram(elseBody) } }
    return .normal
  }
}

/// The control tokens as verbs, so `.help` lists them. The program parser handles them before the
/// registry is asked; these run only for a malformed use the parser rejected.
enum ControlTokenVerbs {
  static func spec(_ name: String, _ summary: String, _ usage: String) -> VerbSpec {
    VerbSpec(names: [name], summary: summary, usage: usage) { invocation, _ throws(CommandError) in
      throw .caret(column: 0, message: "Syntax error in '\(invocation.text)'")
    }
  }

  static let all: [VerbSpec] = [
    spec(".if", "run a block when a condition is non-zero", ".if (Condition) { Commands } [.elsif (Condition) { Commands }] [.else { Commands }]"),
    spec(".elsif", "another condition after .if", ".if (...) { } .elsif (Condition) { Commands }"),
    spec(".else", "the block when no .if/.elsif condition held", ".if (...) { } .else { Commands }"),
    spec(".block", "a block (aliases in it are replaced when it is entered)", ".block { Commands }"),
    spec(".for", "a counted loop", ".for (InitialCommand ; Condition ; IncrementCommands) { Commands }"),
    spec(".while", "a loop while a condition is non-zero", ".while (Condition) { Commands }"),
    spec(".do", "a loop that runs once before testing", ".do { Commands } (Condition)"),
    spec(".break", "leave the innermost loop", ".break"),
    spec(".continue", "next iteration of the innermost loop", ".continue"),
    spec(
      ".foreach", "run commands for each token of output, a string or a file",
      ".foreach [/pS n] [/ps n] (Variable { InCommands }) { OutCommands }\n.foreach /s (Variable \"String\") { OutCommands }\n.foreach /f (Variable \"File\") { OutCommands }"),
  ]
}
