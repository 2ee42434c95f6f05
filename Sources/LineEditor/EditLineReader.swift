import CLibEdit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An interactive ``LineReader`` built on libedit.
///
/// - Emacs key bindings; up/down arrows walk the history.
/// - History: bounded, loaded from the ``HistoryFile`` at start and saved
///   after each ``addHistory(_:)``; empty lines and repeats of the previous
///   line are not added.
/// - Tab calls ``completer``: one candidate is inserted (plus a space);
///   several insert their longest common prefix, and a second Tab lists them
///   in columns below the prompt and redraws the line.
/// - Ctrl-C discards the line being edited and shows a fresh prompt
///   (``Interrupt/install()`` is called by the initialiser); Ctrl-D on an
///   empty line ends input (`readLine` returns `nil`).
///
/// Use on a terminal only; ``makeLineReader(historyPath:)`` chooses for you.
/// Not thread-safe: use from one thread.
public final class EditLineReader: LineReader {
  /// Tab completion source. Given the line and the cursor (both in Characters
  /// of `line`), returns where the word being completed starts and the full
  /// candidate words that may replace `line[prefixStart..<cursor]`.
  public var completer: ((_ line: String, _ cursor: Int) -> (prefixStart: Int, candidates: [String]))?

  /// The persistent history, if any.
  public let historyFile: HistoryFile?

  private let editor: OpaquePointer  // dd_editor *
  private let outputFD: Int32
  private let history: OpaquePointer?  // History *
  private let maxHistory: Int
  private var lastEntry: String?
  /// Line and cursor after the last Tab that left candidates ambiguous.
  private var pendingList: (line: String, cursor: Int)?

  /// Creates the editor on the process's stdin/stdout/stderr, or on other
  /// descriptors (a pseudo-terminal in tests).
  /// - Parameters:
  ///   - programName: name libedit uses for `~/.editrc` sections.
  ///   - history: the history file (loaded now), or `nil` for in-memory history.
  ///   - maxHistory: bound on in-memory entries when `history` is nil
  ///     (otherwise its ``HistoryFile/maxEntries`` is used).
  ///   - input: descriptor to read keys from (should be a terminal).
  ///   - output: descriptor for the prompt, the edited line and completion lists.
  /// - Returns: `nil` if libedit cannot be initialised.
  public init?(
    programName: String = "dumpdbg", history: HistoryFile?, maxHistory: Int = 1000,
    input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO
  ) {
    let created: OpaquePointer?
    if input == STDIN_FILENO, output == STDOUT_FILENO {
      created = dd_el_init(programName, dd_stdin(), dd_stdout(), dd_stderr())
    } else {
      created = dd_el_init_fds(programName, input, output, STDERR_FILENO)
    }
    guard let ed = created else { return nil }
    editor = ed
    outputFD = output
    historyFile = history
    self.maxHistory = max(1, history?.maxEntries ?? maxHistory)
    self.history = dd_history_init(Int32(clamping: self.maxHistory), 1)

    _ = dd_el_set_editor(ed, 0)
    _ = dd_el_set_signal(ed, 0)
    if let h = self.history {
      _ = dd_el_set_history(ed, h)
    }
    dd_el_set_clientdata(ed, Unmanaged.passUnretained(self).toOpaque())
    let tab: dd_el_func = { el, _ in
      guard let el, let data = dd_el_get_clientdata(el) else { return UInt8(CC_ERROR) }
      let reader = Unmanaged<EditLineReader>.fromOpaque(data).takeUnretainedValue()
      return reader.handleTab(el)
    }
    if dd_el_add_function(ed, "dumpdbg-complete", "Complete the word at the cursor", tab) == 0 {
      _ = dd_el_bind(ed, "^I", "dumpdbg-complete")
    }

    if let history {
      for entry in history.load() {
        enterInMemory(entry)
      }
    }
    Interrupt.install()
  }

  deinit {
    dd_el_end(editor)
    if let history { dd_history_end(history) }
  }

  public func readLine(prompt: String) -> String? {
    Interrupt.clear()
    _ = dd_el_set_prompt(editor, prompt)
    pendingList = nil
    while true {
      var count: Int32 = 0
      var err: Int32 = 0
      if let raw = dd_el_gets(editor, &count, &err) {
        let length = Int(max(count, 0))
        let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(raw).assumingMemoryBound(to: UInt8.self), count: length)
        var line = String(decoding: bytes, as: UTF8.self)
        line = PlainLineReader.stripLineEnding(line)
        return line
      }
      if count < 0, err == EINTR {
        if Interrupt.requested {
          // Ctrl-C: drop the line, fresh prompt.
          Interrupt.clear()
          writeAll(outputFD, Array("^C\n".utf8))
        } else {
          // Some other signal: libedit already discarded the line; start anew.
          writeAll(outputFD, Array("\n".utf8))
        }
        pendingList = nil
        continue
      }
      // EOF (Ctrl-D) or a read error. libedit echoed "^D" without a newline.
      writeAll(outputFD, Array("\n".utf8))
      return nil
    }
  }

  public func addHistory(_ line: String) {
    let line = HistoryFile.normalize(line)
    guard HistoryFile.isStorable(line), line != lastEntry else { return }
    enterInMemory(line)
    historyFile?.add(line)
  }

  private func enterInMemory(_ line: String) {
    lastEntry = line
    if let history { _ = dd_history_enter(history, line) }
  }

  /// Current line and cursor (Characters) from libedit, nil if unavailable.
  private func currentLine(_ el: OpaquePointer) -> (line: String, cursor: Int)? {
    var cursorBytes: Int32 = 0
    var lengthBytes: Int32 = 0
    guard let buf = dd_el_line(el, &cursorBytes, &lengthBytes) else { return nil }
    let length = Int(max(lengthBytes, 0))
    let cursor = min(Int(max(cursorBytes, 0)), length)
    let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(buf).assumingMemoryBound(to: UInt8.self), count: length)
    let before = String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<cursor]), as: UTF8.self)
    let after = String(decoding: UnsafeBufferPointer(rebasing: bytes[cursor..<length]), as: UTF8.self)
    return (before + after, before.count)
  }

  private func handleTab(_ el: OpaquePointer) -> UInt8 {
    guard let completer, let (line, cursor) = currentLine(el) else {
      return UInt8(CC_REFRESH_BEEP)
    }
    let answer = completer(line, cursor)
    let plan = Completion.plan(
      line: line, cursor: cursor, prefixStart: answer.prefixStart, candidates: answer.candidates)
    switch plan {
    case .none:
      pendingList = nil
      return UInt8(CC_REFRESH_BEEP)
    case .replace(let deleteCount, let text, let complete):
      dd_el_deletestr(el, Int32(clamping: deleteCount))
      if !text.isEmpty { _ = dd_el_insertstr(el, text) }
      if complete {
        pendingList = nil
        return UInt8(CC_REFRESH)
      }
      pendingList = currentLine(el)
      return UInt8(CC_REFRESH_BEEP)
    case .ambiguous(let candidates):
      if let pending = pendingList, pending.line == line, pending.cursor == cursor {
        showList(candidates)
        return UInt8(CC_REDISPLAY)
      }
      pendingList = (line, cursor)
      return UInt8(CC_REFRESH_BEEP)
    }
  }

  private func showList(_ candidates: [String]) {
    var width = Int(dd_terminal_columns(outputFD))
    if width <= 0 { width = 80 }
    var text = "\n"
    for row in Completion.columns(candidates, width: width) {
      text += row + "\n"
    }
    writeAll(outputFD, Array(text.utf8))
  }
}
