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

  /// Types `bytes` from a background thread once the editor has put the
  /// terminal in raw mode (ICANON off). Typed earlier, the kernel's cooked
  /// mode would interpret ^D, ^U, ^? itself, as it does for real typeahead.
  func typeWhenEditing(_ bytes: [UInt8]) {
    let fd = master
    DetachedThread.run {
      var t = termios()
      for _ in 0..<10_000 {
        if tcgetattr(fd, &t) == 0, (t.c_lflag & tcflag_t(ICANON)) == 0 { break }
        usleep(1000)
      }
      writeAll(fd, bytes)
    }
  }

  /// Types `first`, waits until the editor echoed `echo`, flags an interrupt
  /// (as the SIGINT handler would) and types `second`.
  func typeInterruptType(_ first: [UInt8], echo: String, _ second: [UInt8]) {
    let fd = master
    DetachedThread.run {
      var t = termios()
      for _ in 0..<10_000 {
        if tcgetattr(fd, &t) == 0, (t.c_lflag & tcflag_t(ICANON)) == 0 { break }
        usleep(1000)
      }
      writeAll(fd, first)
      var seen: [UInt8] = []
      var buf = [UInt8](repeating: 0, count: 256)
      var pfd = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
      for _ in 0..<100 {
        if String(decoding: seen, as: UTF8.self).contains(echo) { break }
        if poll(&pfd, 1, 100) > 0 {
          let n = read(fd, &buf, buf.count)
          if n > 0 { seen += buf[0..<n] }
        }
      }
      Interrupt.request()
      writeAll(fd, second)
    }
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
    // Deliver SIGINT to this thread only (test threads may block it, and a
    // process-wide kill() could interrupt reads in tests running in parallel).
    var unblock = sigset_t()
    var previous = sigset_t()
    sigemptyset(&unblock)
    sigaddset(&unblock, SIGINT)
    _ = pthread_sigmask(SIG_UNBLOCK, &unblock, &previous)
    _ = pthread_kill(pthread_self(), SIGINT)
    _ = pthread_sigmask(SIG_SETMASK, &previous, nil)
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

    pty.typeWhenEditing(Array("lm\n".utf8))
    #expect(reader.readLine(prompt: "0:000> ") == "lm")
    reader.addHistory("lm")

    // Tab: ".r" -> ".re" (common prefix); Tab again lists; "l" Tab completes.
    pty.typeWhenEditing(Array(".r\t\tl\t\n".utf8))
    #expect(reader.readLine(prompt: "0:000> ") == ".reload ")
    reader.addHistory(".reload ")
    let screen = pty.drain()
    #expect(screen.contains(".reload   .restart"))

    // Up arrow twice recalls "lm"; emacs Ctrl-A / Ctrl-E edit it.
    pty.typeWhenEditing(Array("\u{1B}[A\u{1B}[A\u{1}x \u{5}v\n".utf8))
    #expect(reader.readLine(prompt: "0:000> ") == "x lmv")
    reader.addHistory("x lmv")
    reader.addHistory("x lmv")  // repeat: not added
    reader.addHistory("")  // empty: not added

    // UTF-8 survives editing.
    pty.typeWhenEditing(Array("caf\u{E9}\u{2}X\n".utf8))
    #expect(reader.readLine(prompt: "> ") == "cafX\u{E9}")

    // Ctrl-C (flag set while editing, a key already typed after it): the line
    // is discarded, the key goes to the fresh prompt.
    pty.typeInterruptType(Array("abc".utf8), echo: "abc", Array("k\n".utf8))
    #expect(reader.readLine(prompt: "> ") == "k")
    #expect(!Interrupt.requested)

    // Ctrl-D on an empty line: end of input.
    pty.typeWhenEditing([4])
    #expect(reader.readLine(prompt: "> ") == nil)

    #expect(history.entries == ["lm", ".reload", "x lmv"])
    #expect(HistoryFile(path: path).load() == ["lm", ".reload", "x lmv"])
    #expect(fileMode(path) == 0o600)
  }
}
