/// How a statement ended: normally, with `.break`/`.continue` for the innermost loop, or with an
/// error or `q` that stops the whole command program.
enum ScriptFlow {
  case normal
  case breakLoop
  case continueLoop
  case abort
}

/// Runs debugger command programs (WinDbg "Using Debugger Command Programs"): plain commands,
/// `.block`, `.if`, `.for`, `.while`, `.do`, `.foreach`, `.break`, `.continue` and script files.
extension Session {
  /// Runs one input line: aliases are replaced first (the whole line, as WinDbg does before it
  /// parses a line), then its statements run in order. With `.outputformat json` at the prompt,
  /// each statement's output becomes one JSON object.
  func runScriptLine(_ line: String) {
    if script.outputFormat == .json, script.depth == 0 {
      runLineAsJSON(line)
      return
    }
    _ = runProgram(line)
  }

  /// Replaces the aliases at the top level of `text` (a line or a block being entered), then runs it.
  @discardableResult
  func runProgram(_ text: String, expandAliases: Bool = true) -> ScriptFlow {
    let expanded = expandAliases ? AliasExpander.expand(text, aliases: script.aliases) : text
    let statements: [ScriptStatement]
    do {
      statements = try ProgramParser.parse(expanded)
    } catch {
      report(error)
      return .abort
    }
    for statement in statements {
      let flow = runStatement(statement)
      if quitRequested { return .abort }
      if flow != .normal { return flow }
    }
    return .normal
  }

  func runStatement(_ statement: ScriptStatement) -> ScriptFlow {
    switch statement {
    case .command(let text):
      if let file = ScriptFileCommand(text) { return runScriptFile(file) }
      run(command: text)
      return .normal
    case .block(let body):
      return nested { runProgram(body) }
    case .ifChain(let branches, let elseBody):
      return runIf(branches, elseBody: elseBody)
    case .forLoop(let initial, let condition, let increment, let body):
      return runFor(initial: initial, condition: condition, increment: increment, body: body)
    case .whileLoop(let condition, let body):
      return runLoop(condition: condition, testFirst: true, body: body)
    case .doLoop(let body, let condition):
      return runLoop(condition: condition, testFirst: false, body: body)
    case .foreach(let spec):
      return runForeach(spec)
    case .breakLoop:
      return .breakLoop
    case .continueLoop:
      return .continueLoop
    }
  }

  /// Runs `body` one nesting level deeper (blocks, loop bodies).
  func nested(_ body: () -> ScriptFlow) -> ScriptFlow {
    script.depth += 1
    defer { script.depth -= 1 }
    return body()
  }

  /// Evaluates a condition with the MASM evaluator: zero is false, anything else true.
  func condition(_ text: String) throws(CommandError) -> Bool {
    do {
      return try ExpressionParser.evaluate(text, in: self) != 0
    } catch {
      throw .message(error.message)
    }
  }

  /// Runs `body` and returns what a loop does next; errors in the loop's own parts stop it.
  func loopStep(_ iterations: inout Int) -> CommandError? {
    iterations += 1
    if iterations > script.maxIterations {
      return .message("Loop stopped after \(script.maxIterations) iterations (dumpdbg's limit)")
    }
    do {
      try checkCancel()
    } catch {
      return error
    }
    return nil
  }

  /// Runs commands with their output collected instead of printed (`.foreach` input, `as /c`).
  func captureOutput(_ text: String) -> String {
    let saved = sink
    let capture = CaptureSink()
    sink = capture
    _ = nested { runProgram(text) }
    restoreSink(saved, after: capture)
    return capture.text
  }
}
