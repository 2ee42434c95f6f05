/// Script-language state of a session: user-named aliases, the nesting depth of script files and
/// blocks, the open `.logopen` file and the output format (`.outputformat`).
///
/// Kept in one object so `Session` holds a single stored property for the whole script module.
public final class ScriptState {
  /// User-named aliases (`as`, `aS`; case-sensitive names, WinDbg "Using Aliases").
  public var aliases: [String: String] = [:]
  /// Script files currently running (`$<` ... `$$>a<`), innermost last; limits recursion.
  var scriptFiles: [String] = []
  /// Arguments of the innermost `$$>a<` script (`${$arg1}` ..., `${$argc}`).
  var scriptArguments: [[String]] = []
  /// Nesting of blocks and loops being run (0 at the prompt).
  var depth = 0
  /// The `.logopen` tee, when a log is open.
  var log: LogSink?
  /// Text (WinDbg) or one JSON object per command (`--json`, `.outputformat json`).
  public var outputFormat: OutputFormat = .text
  /// Structured rows a verb attached to the command being run (JSON output only).
  var rows: JSONValue?

  public init() {}

  /// The deepest script-file nesting allowed; WinDbg has no documented limit, a recursion that
  /// never ends would otherwise exhaust the stack.
  static let maxScriptDepth = 32
  /// The most iterations one `.for`/`.while`/`.do`/`.foreach` runs before it is stopped (Ctrl-C
  /// stops it earlier).
  public var maxIterations = 1_000_000
}

/// How a session prints each command's result.
public enum OutputFormat: String, Sendable {
  case text
  case json
}
