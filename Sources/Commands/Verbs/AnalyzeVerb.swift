import DumpModel

/// `!analyze -v`: a compact, honest subset of WinDbg's crash analysis, from what the dump holds
/// (no symbol files, no bucketing database): the faulting instruction, the exception record (as
/// `.exr -1`), the faulting thread, the access address of an access violation
/// (`READ_ADDRESS:` / `WRITE_ADDRESS:`, from ExceptionInformation[0..1]), the faulting thread's
/// stack from the exception context (`STACK_TEXT:`, kb rows without frame numbers), and the
/// faulting module. Field names and the `FAULTING_IP:` form (`MyApp!MyFunction+44`, offset without
/// `0x`) follow MicrosoftDocs getting-started-with-windbg--user-mode-.
enum AnalyzeVerb {
  static let spec = VerbSpec(
    names: ["!analyze"], summary: "crash analysis (compact): exception, faulting code, stack, module",
    usage: "!analyze [-v]"
  ) { invocation, session throws(CommandError) in
    let info: ExceptionInfo
    switch session.dump.exception {
    case .success(let e): info = e
    case .failure: throw .message("No exception in the dump (no Exception stream): nothing to analyze")
    }
    let star = String(repeating: "*", count: 79)
    let blank = "*" + String(repeating: " ", count: 77) + "*"
    session.print(star)
    session.print(blank)
    session.print("*" + String(repeating: " ", count: 24) + "Exception Analysis" + String(repeating: " ", count: 35) + "*")
    session.print(blank)
    session.print(star)
    session.print()
    let r = info.record
    let ctx = try? session.dump.context(at: info.context).get()
    session.print("FAULTING_IP: ")
    session.print(session.symbolize(r.address).replacingOffsetPrefix())
    if let d = session.makeDisassembler() { session.print(session.instructionLine(d, at: r.address).text) }
    session.print()
    session.print("EXCEPTION_RECORD:  " + String(repeating: "f", count: session.pointerSize * 2)
      + " -- (.exr 0x" + String(repeating: "f", count: session.pointerSize * 2) + ")")
    for line in try ExceptionRecordVerb.recordLines(session) { session.print(line) }
    session.print()
    session.print("FAULTING_THREAD:  " + HexFormat.hex(UInt64(info.threadId), 8))
    session.print()
    session.print("EXCEPTION_CODE_STR:  " + HexFormat.hex(UInt64(r.code), 8) + " (\(ExceptionNames.name(r.code)))")
    session.print()
    if r.code == 0xC000_0005, r.parameters.count >= 2 {
      let kind = r.parameters[0] == 1 ? "WRITE_ADDRESS" : r.parameters[0] == 8 ? "EXECUTE_ADDRESS" : "READ_ADDRESS"
      session.print(kind + ":  " + HexFormat.hex(r.parameters[1], session.pointerSize * 2))
      session.print()
    }
    session.print("STACK_TEXT:  ")
    if let ctx {
      try StackVerb.print(session, options: ["b"], count: StackVerb.defaultFrames, context: ctx, stackText: true)
    } else {
      session.print("(the exception context is not readable)")
    }
    session.print()
    if let m = session.module(containing: r.address) {
      session.print("MODULE_NAME: " + session.moduleName(m))
      session.print()
      session.print("IMAGE_NAME:  " + m.fileName)
    } else {
      session.print("MODULE_NAME: Unknown (the faulting address is in no module)")
    }
  }
}

extension String {
  /// `sample_crash!ComputeRatio+0xb` → `sample_crash!ComputeRatio+b` (`FAULTING_IP:` form).
  func replacingOffsetPrefix() -> String {
    guard let plus = lastIndex(of: "+"), self[plus...].hasPrefix("+0x") else { return self }
    return String(self[..<plus]) + "+" + String(self[plus...].dropFirst(3))
  }
}
