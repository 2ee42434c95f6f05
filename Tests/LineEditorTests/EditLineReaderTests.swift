import Testing

@testable import LineEditor

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A pseudo-terminal pair; the slave is not our controlling terminal.
struct PseudoTerminal {
  let master: Int32
  let slave: Int32

  init?() {
    // posix_openpt/grantpt/unlockpt are hidden by the Glibc module; use the
    // Linux ioctls directly (grantpt is a no-op with devpts).
    #if os(Linux)
      let m = open("/dev/ptmx", O_RDWR | O_NOCTTY)
      guard m >= 0 else { return nil }
      var unlock: Int32 = 0
      var number: UInt32 = 0
      guard ioctl(m, UInt(0x4004_5431) /* TIOCSPTLCK */, &unlock) == 0, ioctl(m, UInt(0x8004_5430) /* TIOCGPTN */, &number) == 0 else {
        close(m)
        return nil
      }
      let name = "/dev/pts/\(number)"
    #else
      let m = posix_openpt(O_RDWR | O_NOCTTY)
      guard m >= 0 else { return nil }
      guard grantpt(m) == 0, unlockpt(m) == 0, let cname = ptsname(m) else {
        close(m)
        return nil
      }
      let name = String(cString: cname)
    #endif
    let s = open(name, O_RDWR | O_NOCTTY)
    guard s >= 0 else {
      close(m)
      return nil
    }
    master = m
    slave = s
  }

  /// Everything the editor has written so far (non-blocking drain).
  func drain() -> String {
    let flags = fcntl(master, F_GETFL)
    _ = fcntl(master, F_SETFL, flags | O_NONBLOCK)
    defer { _ = fcntl(master, F_SETFL, flags) }
    var out: [UInt8] = []
    var buf = [UInt8](repeating: 0, count: 4096)
    while true {
      let n = read(master, &buf, buf.count)
      if n <= 0 { break }
      out += buf[0..<n]
    }
    return String(decoding: out, as: UTF8.self)
  }
}

/// Tests that use the process-wide interrupt flag run one at a time.
@Suite(.serialized) struct SerializedTerminalTests {
  @Test func interruptFlagSetClear() {
    Interrupt.clear()
    #expect(!Interrupt.requested)
    Interrupt.request()
    #expect(Interrupt.requested)
    Interrupt.clear()
    #expect(!Interrupt.requested)
  }

  @Test func sigintSetsInterruptFlag() {
    Interrupt.install()
    Interrupt.clear()
    // Test threads may block SIGINT (so raise() would leave it pending);
    // kill() lets the kernel pick a thread that accepts it.
    _ = kill(getpid(), SIGINT)
    var waited = 0
    while !Interrupt.requested, waited < 2000 {
      usleep(1000)
      waited += 1
    }
    #expect(Interrupt.requested)
    Interrupt.clear()
  }

  @Test func editorOverPseudoTerminal() throws {
    let pty = try #require(PseudoTerminal())
    let dir = try #require(TempDir())
    alarm(60)  // a wedged editor kills the run instead of hanging it
    defer {
      alarm(0)
      close(pty.slave)
      close(pty.master)
      dir.cleanup()
    }
    let path = dir.file("hist")
    let history = HistoryFile(path: path, maxEntries: 5)
    let reader = try #require(EditLineReader(history: history, input: pty.slave, output: pty.slave))
    reader.completer = { line, cursor in
      let words = [".reload", ".restart", "lm", "lmv"]
      let chars = Array(line)
      var start = min(cursor, chars.count)
      while start > 0, chars[start - 1] != " " { start -= 1 }
      let word = String(chars[start..<min(cursor, chars.count)])
      return (start, words.filter { $0.hasPrefix(word) })
    }

    writeAll(pty.master, Array("lm\n".utf8))
    #expect(reader.readLine(prompt: "0:000> ") == "lm")
    reader.addHistory("lm")

    // Tab: ".r" -> ".re" (common prefix); Tab again lists; "l" Tab completes.
    writeAll(pty.master, Array(".r\t\tl\t\n".utf8))
    #expect(reader.readLine(prompt: "0:000> ") == ".reload ")
    reader.addHistory(".reload ")
    let screen = pty.drain()
    #expect(screen.contains(".reload   .restart"))

    // Up arrow twice recalls "lm"; emacs Ctrl-A / Ctrl-E edit it.
    writeAll(pty.master, Array("\u{1B}[A\u{1B}[A\u{1}x \u{5}v\n".utf8))
    #expect(reader.readLine(prompt: "0:000> ") == "x lmv")
    reader.addHistory("x lmv")
    reader.addHistory("x lmv")  // repeat: not added
    reader.addHistory("")  // empty: not added

    // UTF-8 survives editing.
    writeAll(pty.master, Array("caf\u{E9}\u{2}X\n".utf8))
    #expect(reader.readLine(prompt: "> ") == "cafX\u{E9}")

    // Ctrl-D on an empty line: end of input.
    writeAll(pty.master, [4])
    #expect(reader.readLine(prompt: "> ") == nil)

    #expect(history.entries == ["lm", ".reload ", "x lmv"])
    #expect(HistoryFile(path: path).load() == ["lm", ".reload ", "x lmv"])
    #expect(fileMode(path) == 0o600)
  }
}
