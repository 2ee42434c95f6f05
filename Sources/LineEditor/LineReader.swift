#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A source of command lines for the debugger shell.
public protocol LineReader: AnyObject {
  /// Shows `prompt` (if the reader shows prompts) and returns the next line
  /// without its line terminator, or `nil` at end of input (Ctrl-D / EOF).
  func readLine(prompt: String) -> String?

  /// Records `line` in the reader's history (a no-op for readers without one).
  func addHistory(_ line: String)
}

/// Returns the reader suited to the current standard streams.
///
/// - An ``EditLineReader`` (libedit: emacs keys, history, Tab completion) when
///   both stdin and stdout are terminals and libedit initialises;
/// - a ``PlainLineReader`` on stdin otherwise (pipes, files, batch mode). It
///   shows no prompt.
///
/// - Parameter historyPath: history file for the interactive editor; `nil`
///   means the default, ``HistoryFile/defaultPath`` (`~/.dumpdbg_history`).
///   If no default can be determined, history is kept in memory only.
public func makeLineReader(historyPath: String?) -> LineReader {
  guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
    return PlainLineReader()
  }
  let history = (historyPath ?? HistoryFile.defaultPath).map { HistoryFile(path: $0) }
  if let editor = EditLineReader(history: history) {
    return editor
  }
  return PlainLineReader(promptFileDescriptor: STDOUT_FILENO)
}
