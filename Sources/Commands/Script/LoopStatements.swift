/// `.for (InitialCommand ; Condition ; IncrementCommands) { Commands }`, `.while (Condition)
/// { Commands }` and `.do { Commands } (Condition)` (WinDbg `.for`, `.while`, `.do`).
///
/// Conditions are MASM expressions (zero is false); `.for`'s initial command is one command and
/// its increment commands are separated by `;`. `.break` leaves the innermost loop, `.continue`
/// goes to its next iteration (`.for` still runs the increment). dumpdbg stops a loop after
/// 1,000,000 iterations or at Ctrl-C, with one error line.
extension Session {
  func runFor(initial: String, condition text: String, increment: String, body: String) -> ScriptFlow {
    if runProgram(initial, expandAliases: false) == .abort { return .abort }
    var iterations = 0
    while true {
      do {
        if !text.isEmpty, try !condition(text) { return .normal }
      } catch {
        report(error)
        return .abort
      }
      if let stop = loopStep(&iterations) {
        report(stop)
        return .abort
      }
      let flow = nested { runProgram(body) }
      if flow == .abort { return .abort }
      if flow == .breakLoop { return .normal }
      if !increment.isEmpty, runProgram(increment, expandAliases: false) == .abort { return .abort }
    }
  }

  /// `.while` (`testFirst`) and `.do`.
  func runLoop(condition text: String, testFirst: Bool, body: String) -> ScriptFlow {
    var iterations = 0
    var first = true
    while true {
      if testFirst || !first {
        do {
          if try !condition(text) { return .normal }
        } catch {
          report(error)
          return .abort
        }
      }
      first = false
      if let stop = loopStep(&iterations) {
        report(stop)
        return .abort
      }
      let flow = nested { runProgram(body) }
      if flow == .abort { return .abort }
      if flow == .breakLoop { return .normal }
    }
  }
}
