import DumpModel

/// `.ecxr`: make the exception context of the Exception stream the current register context and
/// print it like `r`; `.cxr ADDR`: the same with the CONTEXT record at ADDR in dump memory (x64 or
/// x86 layout, `Dump.context(inMemoryAt:)`), so `k` walks from there; `.cxr` (no argument): back to
/// the thread's own context, printing WinDbg's `Resetting default scope`. `.frame N`: select frame N of the current stack as the scope (its
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

  /// A CONTEXT's ContextFlags carry the architecture bit (CONTEXT_AMD64 0x100000, CONTEXT_i386
  /// 0x10000) plus only the part bits 0x01..0x40 and the high state bits 0xFC000000 (winnt.h;
  /// nt-layouts.md §1.10). Other values mean the bytes are probably not a CONTEXT; WinDbg shows
  /// them anyway, and so do we, after saying so.
  static func contextFlagsWarning(_ ctx: ThreadContext) -> String? {
    let (flags, arch, name): (UInt32, UInt32, String)
    switch ctx {
    case .amd64(let c): (flags, arch, name) = (c.contextFlags, 0x10_0000, "CONTEXT_AMD64")
    case .x86(let c): (flags, arch, name) = (c.contextFlags, 0x1_0000, "CONTEXT_i386")
    }
    let unknown = flags & ~(arch | 0xFC00_007F)
    guard flags & arch == 0 || unknown != 0 else { return nil }
    return "WARNING: ContextFlags " + HexFormat.hex(UInt64(flags), 8) + " are not those of a " + name
      + " record; the registers below are probably not a CONTEXT"
  }

  static let cxr = VerbSpec(
    names: [".cxr"], summary: "use the CONTEXT record at ADDR as the register context; alone: reset", usage: ".cxr [ADDR]"
  ) { invocation, session throws(CommandError) in
    var scanner = ArgumentScanner(invocation)
    guard !scanner.atEnd else {
      session.contextOverride = nil
      session.scope = nil
      session.print("Resetting default scope")
      return
    }
    let address = try scanner.expression(in: session)
    guard scanner.atEnd else { throw scanner.syntaxError() }
    guard let ctx = session.dump.context(inMemoryAt: address) else {
      throw .message("Unable to read the CONTEXT at \(session.pointer(address)): its registers are not in the dump")
    }
    session.contextOverride = ctx
    session.scope = nil
    if let warning = contextFlagsWarning(ctx) { session.print(warning) }
    for line in RegistersVerb.lines(ctx) { session.print(line) }
    session.printCurrentInstruction(ctx)
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
