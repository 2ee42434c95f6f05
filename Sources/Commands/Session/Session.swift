import DumpModel

/// The state of one debugging session over one dump: the current thread, the command that an
/// empty Enter repeats, pseudo-registers, and where output goes.
///
/// Verbs receive the session, read the dump through it and write through `print`. Errors are
/// printed here in WinDbg's style and counted, so batch mode can set the exit status.
public final class Session {
  public let dump: Dump
  public let registry: Registry
  public var sink: OutputSink
  /// Index into the thread list of the thread that `r`, `k` and `~.` refer to. Switching threads
  /// drops a `.ecxr`/`.cxr` context and a `.frame` scope, as WinDbg does.
  public var currentThread: Int = 0 {
    didSet {
      if oldValue != currentThread {
        contextOverride = nil
        scope = nil
      }
    }
  }
  /// A register context that replaces the current thread's (`.ecxr`), nil for the thread's own.
  public var contextOverride: ThreadContext?
  /// The frame `.frame N` selected and its registers (they give `r`, `$ip`, `$csp`), nil for frame 0.
  public var scope: (frame: Int, context: ThreadContext)?
  /// `.exepath` / `-i`: folders (or files) searched for module images the dump does not hold.
  public var executablePath: [String] = []
  /// What an empty Enter runs next (`db <next address> L<count>`), set by repeatable verbs.
  public var repeatCommand: String?
  /// `$t0`..`$t19` and other user pseudo-registers.
  public var pseudoRegisters: [String: UInt64] = [:]
  /// Aliases, script nesting, `.logopen` and the output format (Script/ScriptState.swift).
  public let script = ScriptState()
  /// `.explain on`: heap verbs and `dt` print, after their normal output, the steps that produced
  /// it (Commands/Explain).
  public var explain = false
  /// Reads one line of user input with a prompt (set by the interactive shell; nil in batch runs
  /// and tests). `.lesson` waits on it between steps.
  public var readInput: ((String) -> String?)?
  /// Number of commands that failed (batch mode's exit status).
  public private(set) var errorCount = 0
  /// Set by `q`.
  public private(set) var quitRequested = false
  /// Returns true when the user pressed Ctrl-C; long loops poll it through `checkCancel()`. The
  /// dump polls the same flag in its long builds (`Dump.isCancelled`: region map, heap walks).
  public var isCancelled: () -> Bool = { false } {
    didSet { dump.isCancelled = isCancelled }
  }
  /// The NT type catalog `dt`, `!peb` and `!teb` read (chosen by SystemInfo's build; `.nttypes` changes it).
  public lazy var typeCatalog: TypeCatalog? = TypeCatalog.forDump(dump)
  /// Width of the prompt that caret error lines are aligned to (`0:000> ` is 7).
  public var promptWidth: Int { prompt.count }

  public init(dump: Dump, sink: OutputSink, registry: Registry = BuiltinVerbs.registry) {
    self.dump = dump
    self.sink = sink
    self.registry = registry
    currentThread = 0
  }

  /// `0:000> ` with the current thread index.
  public var prompt: String {
    let n = String(currentThread)
    return "0:" + String(repeating: "0", count: max(0, 3 - n.count)) + n + "> "
  }

  /// Writes one line.
  public func print(_ line: String = "") { sink.write(line + "\n") }

  /// Writes text without a newline.
  public func write(_ text: String) { sink.write(text) }

  /// Pointer size of the target (4 or 8), from the dump, never the host.
  public var pointerSize: Int { dump.pointerSize }

  /// Formats a pointer for the target (`00007ff7`53820000` or `7ffe0000`).
  public func pointer(_ value: UInt64) -> String { HexFormat.pointer(value, pointerSize: pointerSize) }

  /// Runs every command of an input line. Returns false when the session should end.
  @discardableResult
  public func execute(line: String) -> Bool {
    // Aliases, control flow (`.if`, `.for`, `.foreach` ...) and script files: Script/ProgramRunner.swift.
    runScriptLine(line)
    return !quitRequested
  }

  /// Runs one command and prints its error, if any.
  public func run(command: String) {
    switch registry.resolve(command) {
    case .empty:
      return
    case .unknown(let name):
      errorCount += 1
      if name.hasPrefix("!") {
        print("No export \(name.dropFirst()) found")
      } else {
        print(String(repeating: " ", count: promptWidth) + "^ Syntax error in '\(command)'")
      }
      if let s = registry.suggestion(for: name), s != name.lowercased() {
        print("Did you mean '\(s)'? (.help lists every command)")
      }
    case .verb(let verb, let invocation):
      do {
        try verb.run(invocation, self)
      } catch {
        report(error)
      }
    }
  }

  /// Prints a command's error in WinDbg's style and counts it (or ends the session for `q`).
  public func report(_ error: CommandError) {
    switch error {
    case .quit:
      quitRequested = true
    case .message(let text):
      errorCount += 1
      print(text)
    case .caret(let column, let message):
      errorCount += 1
      print(String(repeating: " ", count: promptWidth + max(0, column)) + "^ " + message)
    }
  }

  /// Throws when the user asked to cancel; call it in long loops.
  public func checkCancel() throws(CommandError) {
    if isCancelled() { throw Self.cancelled }
  }

  static let cancelled = CommandError.message("^C: command cancelled")

  /// Runs dump-model work that Ctrl-C can stop (`Cancelled`), turning the stop into the same
  /// one-line error as `checkCancel()`.
  public func cancellable<T>(_ body: () throws(Cancelled) -> T) throws(CommandError) -> T {
    do { return try body() } catch { throw Self.cancelled }
  }
}
