/// Why a command failed. Each case prints as one line (or a caret line) in WinDbg's style; the
/// session prints it and goes on, and batch mode counts it for the exit status.
public enum CommandError: Error, Equatable {
  /// A line printed as is, e.g. `No export foo found`.
  case message(String)
  /// WinDbg's caret form: `       ^ Syntax error in 'db xyz'`, the caret under `column` of the
  /// command text (0-based), shifted by the prompt width.
  case caret(column: Int, message: String)
  /// `q` / `qq`: end the session.
  case quit
}
