import DumpModel

/// `k`, `kn`, `kb`, `kv`, `kc`, `kp` [FrameCount]: the call stack of the current context, unwound
/// without symbol files (`StackWalker`).
///
/// Layout of current WinDbg (MicrosoftDocs getting-started-with-windbg--user-mode-: `k` output;
/// windbg-output-and-peers.md §1.6): the frame number column is printed by `k` as well as `kn`:
/// ` # Child-SP          RetAddr               Call Site` then
/// `00 000000c8`2647bd08 00007ff8`07829fe1     win32u!NtUserGetProp+0x14`. `kb`/`kv` add
/// `: Args to Child ... :` (on x64 the four home slots of the frame, at the caller's Child-SP);
/// `kc` prints only `module!symbol`. x86 prints ` # ChildEBP RetAddr  ` and, for `kb`, three
/// arguments from [EBP+8]. Frames found by scanning follow WinDbg's warning line
/// `WARNING: Stack unwind information not available. Following frames may be wrong.`.
/// When the walk stops early, a line says why. `kp`/`kP` list each function's parameters with
/// types and names in WinDbg, which needs private symbols (k documentation: "requires full symbol
/// information"); with export symbols only WinDbg prints the frames as `k` does, and so do we.
enum StackVerb {
  static let defaultFrames = 0x100
  static let maxFrames = 0x10000

  static let spec = VerbSpec(
    names: ["k", "kn", "kb", "kv", "kc", "kp"],
    summary: "stack backtrace of the current thread (n numbers, b/v arguments, c call sites only)",
    usage: "k[n|b|v|c|p] [FrameCount]", takesAttachedOptions: true
  ) { invocation, session throws(CommandError) in
    let letters = invocation.name.dropFirst() + invocation.attached
    var options = Set<Character>()
    for c in letters {
      guard "nbvcpf".contains(c) else { throw .caret(column: 0, message: "Syntax error in '\(invocation.text)'") }
      options.insert(c)
    }
    var scanner = ArgumentScanner(invocation)
    var count = defaultFrames
    if !scanner.atEnd {
      if scanner.consume("l") {}  // `kL 20`-style: L is accepted and ignored (no source lines here)
      let v = try scanner.expression(in: session)
      guard v > 0, v <= UInt64(maxFrames) else { throw scanner.error("Range error in '\(invocation.text)'") }
      count = Int(v)
      guard scanner.atEnd else { throw scanner.syntaxError() }
    }
    try print(session, options: options, count: count)
  }

  /// Prints the stack of `context` (default: the current one). `stackText` is `!analyze`'s
  /// STACK_TEXT form: `kb` rows without the header and the frame number column.
  static func print(
    _ session: Session, options: Set<Character>, count: Int, context: ThreadContext? = nil, stackText: Bool = false
  ) throws(CommandError) {
    guard let ctx = context ?? session.baseContext else { throw .message(session.noContextMessage) }
    let walk = StackWalker(dump: session.dump).walk(from: ctx, maxFrames: count + 1)
    let shown = min(count, walk.frames.count)
    let is64 = session.pointerSize == 8
    let args = options.contains("b") || options.contains("v")
    let callSiteOnly = options.contains("c")
    if stackText {
    } else if callSiteOnly {
      session.print(" # Call Site")
    } else if is64 {
      session.print(args
        ? " # Child-SP          RetAddr               : Args to Child" + String(repeating: " ", count: 59) + ": Call Site"
        : " # Child-SP          RetAddr               Call Site")
    } else {
      session.print(args ? " # ChildEBP RetAddr  Args to Child              " : " # ChildEBP RetAddr  ")
    }
    var warned = false
    for i in 0..<shown {
      try session.checkCancel()
      let f = walk.frames[i]
      if f.source == .scan, !warned {
        session.print("WARNING: Stack unwind information not available. Following frames may be wrong.")
        warned = true
      }
      let number = stackText ? "" : HexFormat.hex(UInt64(i), 2) + " "
      let site = callSiteOnly ? session.callSite(f.instructionPointer) : session.symbolize(f.instructionPointer)
      if callSiteOnly {
        session.print(number + site)
        continue
      }
      let ret = walk.returnAddress(of: i)
      if is64 {
        var line = number + session.pointer(f.stackPointer) + " " + session.pointer(ret) + (stackText ? " " : "     ")
        if args {
          let home = i + 1 < walk.frames.count ? walk.frames[i + 1].stackPointer : f.stackPointer &+ 8
          let values = (0..<4).map { k in
            session.dump.addressSpace.load(UInt64.self, at: home &+ UInt64(k) &* 8).map(HexFormat.quad) ?? "????????`????????"
          }
          line += ": " + values.joined(separator: " ") + " : "
        }
        session.print(line + site)
      } else {
        var line = number + HexFormat.hex(f.framePointer, 8) + " " + HexFormat.hex(ret, 8) + " "
        if args {
          let values = (0..<3).map { k in
            session.dump.addressSpace.load(UInt32.self, at: f.framePointer &+ 8 &+ UInt64(k) &* 4)
              .map { HexFormat.hex(UInt64($0), 8) } ?? "????????"
          }
          line += values.joined(separator: " ") + " "
        }
        session.print(line + site)
      }
    }
    if let reason = walk.stopReason { session.print(reason) }
  }
}

extension Session {
  /// `kc`'s call site: `module!symbol` without the offset, `module+0x1234` without exports.
  func callSite(_ address: UInt64) -> String {
    let full = symbolize(address)
    if full.contains("!"), let plus = full.lastIndex(of: "+") { return String(full[..<plus]) }
    return full
  }
}
