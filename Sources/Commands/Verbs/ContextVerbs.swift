import DumpModel

/// `.ecxr`: make the exception context of the Exception stream the current register context and
/// print it like `r`; `.cxr` (no argument): back to the thread's own context, printing WinDbg's
/// `Resetting default scope`. `.frame N`: select frame N of the current stack as the scope (its
/// registers give `r`, `@$ip` and `@$csp`), printing the frame as `kn` does; `.frame` alone shows
/// the current one.
enum ContextVerbs {
  static let ecxr = VerbSpec(
    names: [".ecxr"], summary: "use the exception's register context (Exception stream)", usage: ".ecxr"
  ) { _, session throws(CommandError) in
    let info: ExceptionInfo
    switch session.dump.exception {
    case .success(let e): info = e
    case .failure: throw .message("Unable to get exception context, HRESULT 0x8000FFFF")
    }
    let ctx: ThreadContext
    switch session.dump.context(at: info.context) {
    case .success(let c): ctx = c
    case .failure(let e): throw .message("Unable to read the exception context: \(e.description)")
    }
    if let t = session.eventThreadIndex { session.currentThread = t }
    session.contextOverride = ctx
    session.scope = nil
    for line in RegistersVerb.lines(ctx) { session.print(line) }
    session.printCurrentInstruction(ctx)
  }

  static let cxr = VerbSpec(
    names: [".cxr"], summary: "reset the register context to the current thread's", usage: ".cxr"
  ) { invocation, session throws(CommandError) in
    let scanner = ArgumentScanner(invocation)
    guard scanner.atEnd else {
      throw .message(".cxr with a context address is not supported; use .cxr alone to reset, .ecxr for the exception")
    }
    session.contextOverride = nil
    session.scope = nil
    session.print("Resetting default scope")
  }

  static let frame = VerbSpec(
    names: [".frame"], summary: "select a stack frame as the scope (registers, @$csp)", usage: ".frame [N]"
  ) { invocation, session throws(CommandError) in
    var scanner = ArgumentScanner(invocation)
    var index = session.scope?.frame ?? 0
    if !scanner.atEnd {
      let v = try scanner.expression(in: session)
      guard v < UInt64(StackVerb.maxFrames) else { throw scanner.error("Range error in '\(invocation.text)'") }
      index = Int(v)
    }
    guard let base = session.baseContext else { throw .message(session.noContextMessage) }
    let walk = StackWalker(dump: session.dump).walk(from: base, maxFrames: index + 2)
    guard index < walk.frames.count else { throw .message("Frame \(HexFormat.hex(UInt64(index))) not found") }
    let f = walk.frames[index]
    session.scope = index == 0 ? nil : (index, f.context)
    let number = HexFormat.hex(UInt64(index), 2) + " "
    if session.pointerSize == 8 {
      session.print(number + session.pointer(f.stackPointer) + " " + session.pointer(walk.returnAddress(of: index))
        + "     " + session.symbolize(f.instructionPointer))
    } else {
      session.print(number + HexFormat.hex(f.framePointer, 8) + " " + HexFormat.hex(walk.returnAddress(of: index), 8)
        + " " + session.symbolize(f.instructionPointer))
    }
  }
}
