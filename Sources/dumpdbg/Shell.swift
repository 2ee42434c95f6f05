import Commands
import LineEditor

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The read-eval-print loop around a session: prompts, echo in batch mode, empty-Enter repeats,
/// command files, Ctrl-C.
final class Shell {
  let session: Session
  let sink: StdoutSink

  init(session: Session, sink: StdoutSink) {
    self.session = session
    self.sink = sink
  }

  /// Runs one input line; echoes `0:000> line` first when `echo` (batch transcripts). Returns
  /// false when the session should end.
  func run(line: String, echo: Bool) -> Bool {
    // JSON output names each command in its record; no prompt echo.
    if echo, session.script.outputFormat == .text { session.print(session.prompt + line) }
    Interrupt.clear()
    let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
    let effective: String
    if trimmed.isEmpty, let repeatCommand = session.repeatCommand {
      effective = repeatCommand
    } else {
      if !trimmed.isEmpty { session.repeatCommand = nil }
      effective = line
    }
    let goOn = session.execute(line: effective)
    // A command that noticed Ctrl-C said so itself ("^C: command cancelled"); just clear it.
    if Interrupt.requested { Interrupt.clear() }
    sink.flush()
    return goOn
  }

  /// Runs a command file line by line (cdb `-cf`), echoing each line.
  func runFile(_ path: String) -> Bool {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else {
      session.print("Unable to open command file '\(path)': \(String(cString: strerror(errno)))")
      sink.flush()
      return false
    }
    let reader = PlainLineReader(fileDescriptor: fd)
    defer { close(fd) }
    while let line = reader.readLine(prompt: "") {
      if !run(line: line, echo: true) { return false }
    }
    return true
  }

  /// Reads commands until `q` or end of input.
  func interact(batch: Bool) {
    let home = getenv("HOME").map { String(cString: $0) }
    let reader = makeLineReader(historyPath: home.map { $0 + "/.dumpdbg_history" })
    if let editor = reader as? EditLineReader {
      editor.completer = { [session] line, cursor in CommandCompletion.candidates(session, line: line, cursor: cursor) }
    }
    // `.lesson` waits for Enter between steps when a person is typing.
    if !batch {
      session.readInput = { [sink] prompt in
        sink.flush()
        return reader.readLine(prompt: prompt)
      }
    }
    while true {
      sink.flush()
      guard let line = reader.readLine(prompt: session.prompt) else {
        if !batch { session.print() }
        break
      }
      if !line.isEmpty { reader.addHistory(line) }
      if !run(line: line, echo: batch) { break }
    }
    sink.flush()
  }

  /// 0 when every command succeeded, 1 when a command failed in batch mode.
  func exitStatus(batch: Bool) -> Int32 {
    sink.flush()
    return batch && session.errorCount > 0 ? 1 : 0
  }
}
