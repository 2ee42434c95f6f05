import Commands

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Buffered output to stdout, optionally copied to a log file (`-logo` / `-loga`).
///
/// Writes go through `write(2)` in 64 KiB chunks; `flush()` runs before every prompt so
/// interactive output appears at once while huge listings are not written line by line.
final class StdoutSink: OutputSink {
  private var buffer: [UInt8] = []
  private var logFD: Int32 = -1

  init() { buffer.reserveCapacity(1 << 16) }

  deinit {
    flush()
    if logFD >= 0 { close(logFD) }
  }

  /// Opens a log file with mode 0600, never following a symlink. Returns an error text on failure.
  func openLog(path: String, append: Bool) -> String? {
    switch LogFile.open(path: path, append: append) {
    case .success(let fd):
      logFD = fd
      return nil
    case .failure(let e):
      return e.description
    }
  }

  func write(_ text: String) {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= 1 << 16 { flush() }
  }

  func flush() {
    guard !buffer.isEmpty else { return }
    writeAll(1, buffer)
    if logFD >= 0 { writeAll(logFD, buffer) }
    buffer.removeAll(keepingCapacity: true)
  }

  private func writeAll(_ fd: Int32, _ bytes: [UInt8]) {
    bytes.withUnsafeBytes { raw in
      var offset = 0
      while offset < raw.count {
        guard let base = raw.baseAddress else { return }
        let n = Glibc.write(fd, base + offset, raw.count - offset)
        if n < 0 {
          if errno == EINTR { continue }
          return
        }
        offset += n
      }
    }
  }
}

/// One line to stderr, unbuffered.
func printError(_ line: String) {
  let bytes = Array((line + "\n").utf8)
  bytes.withUnsafeBytes { raw in
    if let base = raw.baseAddress { _ = write(2, base, raw.count) }
  }
}
