import Testing

@testable import LineEditor

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes `bytes` into a pipe from a background thread (so payloads larger
/// than the pipe buffer work) and returns the read end.
func pipeReading(_ bytes: [UInt8]) -> Int32? {
  var fds: [Int32] = [0, 0]
  guard pipe(&fds) == 0 else { return nil }
  let writeEnd = fds[1]
  let payload = bytes
  DetachedThread.run {
    writeAll(writeEnd, payload)
    _ = close(writeEnd)
  }
  return fds[0]
}

/// Minimal detached pthread (the package avoids Foundation).
final class DetachedThread: @unchecked Sendable {
  private let body: @Sendable () -> Void
  private init(_ body: @escaping @Sendable () -> Void) { self.body = body }

  static func run(_ body: @escaping @Sendable () -> Void) {
    let box = Unmanaged.passRetained(DetachedThread(body)).toOpaque()
    #if canImport(Glibc)
      var tid = pthread_t()
    #else
      var tid: pthread_t?
    #endif
    let rc = pthread_create(
      &tid, nil,
      { raw in
        guard let raw else { return nil }
        Unmanaged<DetachedThread>.fromOpaque(raw).takeRetainedValue().body()
        return nil
      }, box)
    if rc == 0 {
      #if canImport(Glibc)
        pthread_detach(tid)
      #else
        if let tid { pthread_detach(tid) }
      #endif
    } else {
      Unmanaged<DetachedThread>.fromOpaque(box).takeRetainedValue().body()
    }
  }
}

func readAll(_ reader: LineReader) -> [String] {
  var out: [String] = []
  while let line = reader.readLine(prompt: "> ") { out.append(line) }
  return out
}

@Suite struct PlainLineReaderTests {
  @Test func linesFromPipe() throws {
    let fd = try #require(pipeReading(Array("lm\nk\n\n.reload\n".utf8)))
    let reader = PlainLineReader(fileDescriptor: fd, closeOnDeinit: true)
    #expect(readAll(reader) == ["lm", "k", "", ".reload"])
    #expect(reader.readLine(prompt: "") == nil)  // stays at EOF
  }

  @Test func crlfAndNoFinalNewline() throws {
    let fd = try #require(pipeReading(Array("a\r\nb\r\n\r\nlast".utf8)))
    let reader = PlainLineReader(fileDescriptor: fd, closeOnDeinit: true)
    #expect(readAll(reader) == ["a", "b", "", "last"])
  }

  @Test func finalLineWithCROnly() throws {
    let fd = try #require(pipeReading(Array("x\ny\r".utf8)))
    #expect(readAll(PlainLineReader(fileDescriptor: fd, closeOnDeinit: true)) == ["x", "y"])
  }

  @Test func emptyInputIsEOF() throws {
    let fd = try #require(pipeReading([]))
    let reader = PlainLineReader(fileDescriptor: fd, closeOnDeinit: true)
    #expect(reader.readLine(prompt: "") == nil)
    #expect(reader.readLine(prompt: "") == nil)
  }

  @Test func oneMegabyteLine() throws {
    let big = String(repeating: "0123456789abcdef", count: 65536)  // 1 MiB
    let fd = try #require(pipeReading(Array((big + "\nnext\r\n" + big).utf8)))
    let lines = readAll(PlainLineReader(fileDescriptor: fd, closeOnDeinit: true))
    #expect(lines.count == 3)
    #expect(lines.first == big)
    #expect(lines.dropFirst().first == "next")
    #expect(lines.last == big)
  }

  @Test func overlongLineIsTruncatedNotFatal() throws {
    let text = String(repeating: "x", count: 100) + "\nok\n" + String(repeating: "y", count: 50)
    let fd = try #require(pipeReading(Array(text.utf8)))
    let reader = PlainLineReader(fileDescriptor: fd, closeOnDeinit: true, maxLineLength: 10)
    #expect(readAll(reader) == ["xxxxxxxxxx", "ok", "yyyyyyyyyy"])
  }

  @Test func overlongLineAcrossReads() throws {
    // 300 KiB line with a 100 KiB limit: spans several 64 KiB reads.
    let text = String(repeating: "z", count: 300 * 1024) + "\nafter"
    let fd = try #require(pipeReading(Array(text.utf8)))
    let lines = readAll(PlainLineReader(fileDescriptor: fd, closeOnDeinit: true, maxLineLength: 100 * 1024))
    #expect(lines.map(\.utf8.count) == [100 * 1024, 5])
    #expect(lines.last == "after")
  }

  @Test func invalidUTF8AndNULDoNotTrap() throws {
    let fd = try #require(pipeReading([0x66, 0xFF, 0x00, 0xC3, 0x0A, 0xE2, 0x82]))
    let lines = readAll(PlainLineReader(fileDescriptor: fd, closeOnDeinit: true))
    #expect(lines.count == 2)
    #expect(lines.first?.hasPrefix("f\u{FFFD}\u{0}") == true)
  }

  @Test func manySmallLines() throws {
    let text = (0..<20000).map { "line \($0)" }.joined(separator: "\n")
    let fd = try #require(pipeReading(Array(text.utf8)))
    let lines = readAll(PlainLineReader(fileDescriptor: fd, closeOnDeinit: true))
    #expect(lines.count == 20000)
    #expect(lines.last == "line 19999")
  }

  @Test func regularFile() throws {
    var template = Array("/tmp/dumpdbg-plain-XXXXXX".utf8CString)
    let fd = mkstemp(&template)
    try #require(fd >= 0)
    defer { unlink(template) }
    writeAll(fd, Array("one\ntwo".utf8))
    _ = lseek(fd, 0, SEEK_SET)
    #expect(readAll(PlainLineReader(fileDescriptor: fd, closeOnDeinit: true)) == ["one", "two"])
  }

  @Test func stringSource() {
    let reader = PlainLineReader(lines: ["r rip", "k\r\n", "q\n", ""])
    #expect(readAll(reader) == ["r rip", "k", "q", ""])
    #expect(reader.readLine(prompt: "") == nil)
  }

  @Test func promptIsWrittenToPromptDescriptor() throws {
    let input = try #require(pipeReading(Array("x\n".utf8)))
    var fds: [Int32] = [0, 0]
    try #require(pipe(&fds) == 0)
    defer { close(fds[0]) }
    let reader = PlainLineReader(fileDescriptor: input, closeOnDeinit: true, promptFileDescriptor: fds[1])
    #expect(reader.readLine(prompt: "0:000> ") == "x")
    close(fds[1])
    var buf = [UInt8](repeating: 0, count: 64)
    let n = read(fds[0], &buf, 64)
    #expect(n == 7)
    #expect(String(decoding: buf.prefix(max(n, 0)), as: UTF8.self) == "0:000> ")
  }

  @Test func noHistoryIsHarmless() {
    let reader = PlainLineReader(lines: ["a"])
    reader.addHistory("a")
    #expect(reader.readLine(prompt: "") == "a")
  }
}
