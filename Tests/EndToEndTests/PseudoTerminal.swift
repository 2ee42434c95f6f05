import Foundation

#if canImport(Glibc)
import Glibc
#endif

// The pty calls of <stdlib.h> that Swift's Glibc module leaves out (they need _XOPEN_SOURCE).
@_silgen_name("posix_openpt") private func c_posix_openpt(_ flags: Int32) -> Int32
@_silgen_name("grantpt") private func c_grantpt(_ fd: Int32) -> Int32
@_silgen_name("unlockpt") private func c_unlockpt(_ fd: Int32) -> Int32
@_silgen_name("ptsname") private func c_ptsname(_ fd: Int32) -> UnsafeMutablePointer<CChar>?

/// A child process on a pseudo-terminal (posix_openpt): its stdin, stdout and stderr are the pty's
/// slave side, so `isatty` holds and dumpdbg runs its interactive line editor. A reader thread
/// collects everything the child prints.
final class PseudoTerminal: @unchecked Sendable {
  let process: Process
  private let master: Int32
  private let lock = NSLock()
  private var output: [UInt8] = []

  private init(process: Process, master: Int32) {
    self.process = process
    self.master = master
  }

  enum Failure: Error { case openpt(String) }

  /// Starts `binary` with `arguments` on a new pty.
  static func spawn(_ binary: String, _ arguments: [String]) throws -> PseudoTerminal {
    let master = c_posix_openpt(O_RDWR | O_NOCTTY)
    guard master >= 0, c_grantpt(master) == 0, c_unlockpt(master) == 0, let name = c_ptsname(master) else {
      throw Failure.openpt(String(cString: strerror(errno)))
    }
    let slavePath = String(cString: name)
    var size = winsize(ws_row: 50, ws_col: 200, ws_xpixel: 0, ws_ypixel: 0)
    _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    guard let slave = FileHandle(forUpdatingAtPath: slavePath) else { throw Failure.openpt("cannot open \(slavePath)") }
    let p = Process()
    p.executableURL = URL(fileURLWithPath: binary)
    p.arguments = arguments
    p.standardInput = slave
    p.standardOutput = slave
    p.standardError = slave
    var env = ProcessInfo.processInfo.environment
    env["HOME"] = NSTemporaryDirectory()
    env["TERM"] = "dumb"
    p.environment = env
    let tty = PseudoTerminal(process: p, master: master)
    try p.run()
    try slave.close()
    Thread.detachNewThread { tty.readLoop() }
    return tty
  }

  private func readLoop() {
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let n = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
      if n < 0, errno == EINTR { continue }
      guard n > 0 else { return }
      lock.lock()
      output += buffer[0..<n]
      lock.unlock()
    }
  }

  /// Bytes received so far.
  var count: Int {
    lock.lock()
    defer { lock.unlock() }
    return output.count
  }

  /// Everything received, as text.
  func text() -> String {
    lock.lock()
    defer { lock.unlock() }
    return String(decoding: output, as: UTF8.self)
  }

  /// The last 600 bytes, for failure messages.
  func tail() -> String { String(text().suffix(600)) }

  /// Offset of the first `needle` at or after byte `after`, polling every 2 ms for up to `timeout` s.
  func waitFor(_ needle: String, after: Int, timeout: Double) -> Int? {
    let pattern = Array(needle.utf8)
    let deadline = Date().addingTimeInterval(timeout)
    repeat {
      lock.lock()
      let found = Self.find(pattern, in: output, from: after)
      lock.unlock()
      if let found { return found }
      if timeout > 0 { usleep(2000) }
    } while Date() < deadline
    return nil
  }

  static func find(_ pattern: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
    guard !pattern.isEmpty, bytes.count >= pattern.count, from <= bytes.count - pattern.count else { return nil }
    for i in max(0, from)...(bytes.count - pattern.count) where bytes[i] == pattern[0] {
      if bytes[i..<(i + pattern.count)].elementsEqual(pattern) { return i }
    }
    return nil
  }

  /// Types `text` on the terminal.
  func send(_ text: String) {
    let bytes = Array(text.utf8)
    _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
  }

  /// Ctrl-C: SIGINT to the child (the pty is not its controlling terminal, so `\u{3}` would not
  /// raise the signal by itself).
  func interrupt() { kill(process.processIdentifier, SIGINT) }

  /// Ends the child if it still runs and closes the master side.
  func stop() {
    if process.isRunning {
      // SIGKILL: the child inherits the test runner's signal mask, where SIGTERM may be blocked.
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
    }
    close(master)
  }
}
