#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Copies everything a session prints into a log file as well (`.logopen`, `.logappend`).
final class LogSink: OutputSink {
  var inner: OutputSink
  let path: String
  private let fd: Int32

  init(inner: OutputSink, path: String, fd: Int32) {
    self.inner = inner
    self.path = path
    self.fd = fd
  }

  func write(_ text: String) {
    inner.write(text)
    let bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let n = bytes[offset...].withUnsafeBytes { raw -> Int in
        guard let base = raw.baseAddress else { return 0 }
        return Glibc.write(fd, base, raw.count)
      }
      if n < 0, errno == EINTR { continue }
      if n <= 0 { return }
      offset += n
    }
  }

  func close() { _ = Glibc.close(fd) }
}

extension Session {
  /// Puts `saved` back after output was captured into `capture`, keeping a `.logopen` or
  /// `.logclose` that ran meanwhile in effect.
  func restoreSink(_ saved: OutputSink, after capture: CaptureSink) {
    if let log = sink as? LogSink, log.inner === capture {
      log.inner = saved
      return
    }
    if let old = saved as? LogSink, old !== script.log {
      sink = old.inner
      return
    }
    sink = saved
  }
}

/// `.logopen [/t] File`, `.logappend [/t] File`, `.logclose` (WinDbg `.logopen`, `.logappend`,
/// `.logclose`): everything printed afterwards is also written to the file. Opening a log closes
/// the one already open. `/t` inserts the process ID and the date and time before the file name's
/// extension. The file is created with mode 0600 and never opened through a symbolic link.
/// Messages: `Opened log file 'File'`, `Closing open log file File`.
enum LogVerbs {
  static let open = spec(".logopen", append: false)
  static let append = spec(".logappend", append: true)

  static func spec(_ name: String, append: Bool) -> VerbSpec {
    VerbSpec(
      names: [name], summary: append ? "append all further output to a log file" : "write all further output to a log file",
      usage: "\(name) [/t] File"
    ) { invocation, session throws(CommandError) in
      var scanner = ArgumentScanner(invocation)
      var stamp = false
      while true {
        if scanner.consume("/t ") { stamp = true } else if !scanner.consume("/u ") { break }
      }
      var path = scanner.remainder
      if path.count >= 2, path.hasPrefix("\""), path.hasSuffix("\"") { path = String(path.dropFirst().dropLast()) }
      guard !path.isEmpty else { throw scanner.syntaxError() }
      if stamp { path = stamped(path, session) }
      closeLog(session)
      let fd: Int32
      switch LogFile.open(path: path, append: append) {
      case .success(let d): fd = d
      case .failure(let e): throw .message(e.description)
      }
      let log = LogSink(inner: session.sink, path: path, fd: fd)
      session.sink = log
      session.script.log = log
      session.print("Opened log file '\(path)'")
    }
  }

  static let close = VerbSpec(names: [".logclose"], summary: "close the log file", usage: ".logclose") {
    _, session throws(CommandError) in
    if !closeLog(session) { session.print("No log file open") }
  }

  /// Closes the open log (printing WinDbg's line into it first); false when none was open.
  @discardableResult
  static func closeLog(_ session: Session) -> Bool {
    guard let log = session.script.log else { return false }
    session.print("Closing open log file \(log.path)")
    log.close()
    if session.sink === log { session.sink = log.inner }
    session.script.log = nil
    return true
  }

  /// `name_PID_YYYY-MM-DD_HH-MM-SS-mmm.ext` (UTC).
  static func stamped(_ path: String, _ session: Session) -> String {
    var tv = timeval()
    gettimeofday(&tv, nil)
    var t = tv.tv_sec
    var parts = tm()
    gmtime_r(&t, &parts)
    func two(_ v: Int32) -> String { v < 10 ? "0\(v)" : "\(v)" }
    let ms = Int(tv.tv_usec / 1000)
    let msText = String(repeating: "0", count: 3 - String(ms).count) + String(ms)
    let date = "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))"
    let time = "\(two(parts.tm_hour))-\(two(parts.tm_min))-\(two(parts.tm_sec))-\(msText)"
    let pid = HexFormat.hex(UInt64(session.processId ?? 0), 4)
    let slash = path.lastIndex(of: "/")
    let dot = path.lastIndex(of: ".").flatMap { d in slash.map { d > $0 } ?? true ? d : nil }
    let stem = dot.map { String(path[..<$0]) } ?? path
    let ext = dot.map { String(path[$0...]) } ?? ""
    return "\(stem)_\(pid)_\(date)_\(time)\(ext)"
  }
}
