#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A ``LineReader`` without line editing: reads a file descriptor (stdin by
/// default) or an in-memory list of lines.
///
/// Used when stdin is not a terminal, in batch mode and in tests. Lines end at
/// `\n`; a `\r` before it (CRLF) is dropped; a final line without a newline is
/// still returned; lines of any length up to ``maxLineLength`` bytes are
/// returned whole (longer ones are truncated, the rest of the line is skipped).
/// Invalid UTF-8 is replaced with U+FFFD.
///
/// A read interrupted by Ctrl-C (``Interrupt/requested`` set after `EINTR`)
/// returns `nil`, as there is no prompt to return to; other `EINTR`s are retried.
public final class PlainLineReader: LineReader {
  /// Longest line returned, in bytes; excess bytes of a line are discarded.
  public let maxLineLength: Int

  private enum Source {
    case fd(Int32, close: Bool)
    case lines([String])
  }

  private let source: Source
  private let promptFD: Int32?
  private var lineIndex = 0
  private var buffer: [UInt8] = []
  private var start = 0  // first unconsumed byte in buffer
  private var scanFrom = 0  // no '\n' in buffer[start..<scanFrom]
  private var atEOF = false
  private var discarding = false  // skipping the tail of an over-long line

  /// Reads standard input.
  /// - Parameter promptFileDescriptor: where to write prompts; `nil` (the
  ///   default) writes none, as befits piped input.
  public convenience init(promptFileDescriptor: Int32? = nil) {
    self.init(fileDescriptor: STDIN_FILENO, closeOnDeinit: false, promptFileDescriptor: promptFileDescriptor)
  }

  /// Reads an arbitrary file descriptor (a pipe, a file, a socket).
  /// - Parameters:
  ///   - fileDescriptor: the descriptor to read.
  ///   - closeOnDeinit: close it when the reader goes away.
  ///   - promptFileDescriptor: where to write prompts, or `nil` for none.
  ///   - maxLineLength: see ``maxLineLength``; values below 1 are raised to 1.
  public init(
    fileDescriptor: Int32, closeOnDeinit: Bool = false, promptFileDescriptor: Int32? = nil,
    maxLineLength: Int = 64 << 20
  ) {
    source = .fd(fileDescriptor, close: closeOnDeinit)
    promptFD = promptFileDescriptor
    self.maxLineLength = max(1, maxLineLength)
  }

  /// Returns the given lines in order, then `nil`. A trailing `\n`, `\r\n` or
  /// `\r` is removed from each; embedded newlines are kept as they are.
  public init(lines: [String]) {
    source = .lines(lines)
    promptFD = nil
    maxLineLength = Int.max
  }

  deinit {
    if case .fd(let fd, close: true) = source {
      _ = close(fd)
    }
  }

  public func readLine(prompt: String) -> String? {
    if let promptFD, !prompt.isEmpty {
      writeAll(promptFD, Array(prompt.utf8))
    }
    switch source {
    case .lines(let lines):
      guard lineIndex < lines.count else { return nil }
      let line = lines[lineIndex]
      lineIndex += 1
      return Self.stripLineEnding(line)
    case .fd(let fd, _):
      guard let bytes = nextLine(fd) else { return nil }
      return String(decoding: bytes, as: UTF8.self)
    }
  }

  /// No history without an editor.
  public func addHistory(_ line: String) {}

  static func stripLineEnding(_ line: String) -> String {
    var s = Substring(line)
    if s.hasSuffix("\r\n") {  // one Character in Swift, but be explicit
      s = s.dropLast()
    } else if s.hasSuffix("\n") || s.hasSuffix("\r") {
      s = s.dropLast()
    }
    return String(s)
  }

  private func nextLine(_ fd: Int32) -> [UInt8]? {
    while true {
      if let nl = buffer[scanFrom...].firstIndex(of: UInt8(ascii: "\n")) {
        var end = nl
        if end > start, buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        let line = Array(buffer[start..<min(end, start + maxLineLength)])
        start = nl + 1
        scanFrom = start
        let wasDiscarding = discarding
        discarding = false
        compact()
        if wasDiscarding { continue }  // tail of a truncated line: already returned
        return line
      }
      scanFrom = buffer.count
      if buffer.count - start > maxLineLength {
        // Over-long line: return its head now, skip the rest up to '\n'.
        if !discarding {
          let line = Array(buffer[start..<(start + maxLineLength)])
          start = buffer.count
          scanFrom = start
          discarding = true
          compact()
          return line
        }
        start = buffer.count
        scanFrom = start
        compact()
      }
      if atEOF {
        guard start < buffer.count, !discarding else {
          start = buffer.count
          return nil
        }
        var end = buffer.count
        if buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        let line = Array(buffer[start..<end])
        start = buffer.count
        scanFrom = start
        return line
      }
      if !fill(fd) { return nil }
    }
  }

  /// Reads more bytes; false if the read was interrupted by Ctrl-C.
  private func fill(_ fd: Int32) -> Bool {
    let chunk = 64 * 1024
    let oldCount = buffer.count
    buffer.append(contentsOf: repeatElement(0, count: chunk))
    while true {
      let n = buffer.withUnsafeMutableBytes { raw -> Int in
        guard let base = raw.baseAddress else { return -1 }
        return read(fd, base + oldCount, chunk)
      }
      if n > 0 {
        buffer.removeLast(chunk - n)
        return true
      }
      if n < 0, errno == EINTR {
        if Interrupt.requested {
          buffer.removeLast(chunk)
          return false
        }
        continue
      }
      // 0 = EOF; other errors are treated as end of input too.
      buffer.removeLast(chunk)
      atEOF = true
      return true
    }
  }

  private func compact() {
    if start > 0, start >= 64 * 1024 || start == buffer.count {
      buffer.removeFirst(start)
      scanFrom -= start
      start = 0
    }
  }
}

/// Writes all of `bytes` to `fd`, retrying short writes and EINTR; false when a write fails.
@discardableResult
func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
  var offset = 0
  while offset < bytes.count {
    let n = bytes.withUnsafeBytes { raw -> Int in
      guard let base = raw.baseAddress else { return -1 }
      return write(fd, base + offset, bytes.count - offset)
    }
    if n > 0 {
      offset += n
    } else if n < 0, errno == EINTR {
      continue
    } else {
      return false
    }
  }
  return true
}
