#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The persistent command history: a plain UTF-8 text file, one entry per line,
/// oldest first, at most ``maxEntries`` lines.
///
/// Safety rules (the file may live in a shared home directory):
/// - it is opened with `O_NOFOLLOW | O_CREAT` and mode `0600`, so a symbolic
///   link is never followed and a new file is private; an existing file with
///   group/other permission bits is tightened to `0600`;
/// - if the path is a symbolic link, not a regular file, owned by another user,
///   or cannot be read or written, the file is not used, history stays in
///   memory, and ``warn`` is told once (by default: a line on stderr).
///
/// Entry rules, shared with ``EditLineReader``: empty (all-whitespace) lines
/// and repeats of the newest entry are not added; lines containing `\n`, `\r`
/// or NUL are not added (they cannot be stored one per line).
public final class HistoryFile {
  /// The file's path.
  public let path: String
  /// Entries kept in memory and on disk; the oldest are dropped beyond it.
  public let maxEntries: Int
  /// Entries, oldest first.
  public private(set) var entries: [String] = []
  /// True once the file was refused or failed; history then stays in memory.
  public private(set) var isDisabled = false
  /// Receives the one-time warning about an unusable file.
  public var warn: (String) -> Void

  /// The largest file tail read by ``load()``, in bytes.
  static let maxLoadBytes = 16 << 20

  /// `$HOME/.dumpdbg_history` (or the password database's home directory when
  /// `HOME` is unset or relative), or `nil` if no home directory is known.
  public static var defaultPath: String? {
    var home: String?
    if let env = getenv("HOME") {
      let h = String(cString: env)
      if h.hasPrefix("/") { home = h }
    }
    if home == nil, let pw = getpwuid(geteuid()), let dir = pw.pointee.pw_dir {
      let h = String(cString: dir)
      if h.hasPrefix("/") { home = h }
    }
    guard let home else { return nil }
    return home.hasSuffix("/") ? home + ".dumpdbg_history" : home + "/.dumpdbg_history"
  }

  /// Creates the history for `path`; nothing is read until ``load()``.
  /// - Parameters:
  ///   - maxEntries: bound on the number of entries (at least 1).
  ///   - warn: receives the one-time warning; defaults to printing
  ///     `dumpdbg: <message>` on stderr.
  public init(path: String, maxEntries: Int = 1000, warn: ((String) -> Void)? = nil) {
    self.path = path
    self.maxEntries = max(1, maxEntries)
    self.warn = warn ?? { message in writeAll(STDERR_FILENO, Array("dumpdbg: \(message)\n".utf8)) }
  }

  /// The form in which `line` is stored: trailing whitespace removed (so
  /// "k " after completion and a recalled "k" count as the same entry).
  public static func normalize(_ line: String) -> String {
    var s = Substring(line)
    while let last = s.last, last == " " || last == "\t" { s = s.dropLast() }
    return String(s)
  }

  /// Whether `line` may become a history entry (ignoring the repeat rule).
  public static func isStorable(_ line: String) -> Bool {
    guard line.contains(where: { !$0.isWhitespace }) else { return false }
    return !line.unicodeScalars.contains { $0 == "\n" || $0 == "\r" || $0 == "\0" }
  }

  /// Reads the file (if present and acceptable) into ``entries``, keeping the
  /// newest ``maxEntries`` storable lines. A missing file is not an error and
  /// is not created here. Returns the entries.
  @discardableResult
  public func load() -> [String] {
    guard !isDisabled else { return entries }
    guard let fd = openChecked(create: false) else { return entries }
    defer { _ = close(fd) }
    guard let bytes = readTail(fd) else {
      disable("cannot read history file \(path): \(errnoText())")
      return entries
    }
    var loaded: [String] = []
    for raw in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true) {
      var slice = raw[...]
      if slice.last == UInt8(ascii: "\r") { slice = slice.dropLast() }
      let line = Self.normalize(String(decoding: slice, as: UTF8.self))
      if Self.isStorable(line), loaded.last != line { loaded.append(line) }
    }
    entries = Array(loaded.suffix(maxEntries))
    return entries
  }

  /// Adds `line` (``normalize(_:)``d) per the entry rules, trims to
  /// ``maxEntries`` and saves. Returns whether the line was added.
  @discardableResult
  public func add(_ line: String) -> Bool {
    let line = Self.normalize(line)
    guard Self.isStorable(line), entries.last != line else { return false }
    entries.append(line)
    if entries.count > maxEntries { entries.removeFirst(entries.count - maxEntries) }
    save()
    return true
  }

  /// Rewrites the file with ``entries`` (creating it with mode 0600).
  public func save() {
    guard !isDisabled else { return }
    guard let fd = openChecked(create: true) else { return }
    defer { _ = close(fd) }
    var text: [UInt8] = []
    for entry in entries {
      text.append(contentsOf: entry.utf8)
      text.append(UInt8(ascii: "\n"))
    }
    guard ftruncate(fd, 0) == 0, lseek(fd, 0, SEEK_SET) == 0, writeAll(fd, text) else {
      disable("cannot write history file \(path): \(errnoText())")
      return
    }
  }

  // MARK: - File access

  private func disable(_ message: String) {
    guard !isDisabled else { return }
    isDisabled = true
    warn(message + "; history will not be saved")
  }

  /// Opens the file read-write without following symlinks and checks that it
  /// is a regular file owned by us. nil (and disabled) if not acceptable; nil
  /// (not disabled) if `create` is false and the file does not exist.
  private func openChecked(create: Bool) -> Int32? {
    guard !path.isEmpty else {
      disable("empty history file path")
      return nil
    }
    var lst = stat()
    if lstat(path, &lst) == 0 {
      if (lst.st_mode & S_IFMT) == S_IFLNK {
        disable("not using history file \(path): it is a symbolic link")
        return nil
      }
    } else if errno == ENOENT, !create {
      return nil
    }
    var flags = O_RDWR | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK  // NONBLOCK: never hang on a FIFO
    if create { flags |= O_CREAT }
    let fd = open(path, flags, mode_t(0o600))
    guard fd >= 0 else {
      let e = errno
      if e == ENOENT, !create { return nil }
      if e == ELOOP {
        disable("not using history file \(path): it is a symbolic link")
      } else {
        disable("cannot open history file \(path): \(errnoText(e))")
      }
      return nil
    }
    var st = stat()
    guard fstat(fd, &st) == 0 else {
      disable("cannot inspect history file \(path): \(errnoText())")
      _ = close(fd)
      return nil
    }
    guard (st.st_mode & S_IFMT) == S_IFREG else {
      disable("not using history file \(path): it is not a regular file")
      _ = close(fd)
      return nil
    }
    guard st.st_uid == geteuid() else {
      disable("not using history file \(path): it is owned by another user (uid \(st.st_uid))")
      _ = close(fd)
      return nil
    }
    if (st.st_mode & 0o077) != 0 {
      _ = fchmod(fd, 0o600)
    }
    // Back to blocking I/O for the actual reads and writes.
    let fl = fcntl(fd, F_GETFL)
    if fl >= 0 { _ = fcntl(fd, F_SETFL, fl & ~O_NONBLOCK) }
    return fd
  }

  /// Reads the whole file, or only its last `maxLoadBytes` (dropping the
  /// partial first line) if it is larger.
  private func readTail(_ fd: Int32) -> [UInt8]? {
    var st = stat()
    guard fstat(fd, &st) == 0 else { return nil }
    let size = Int(st.st_size)
    var skipFirstLine = false
    if size > Self.maxLoadBytes {
      guard lseek(fd, off_t(size - Self.maxLoadBytes), SEEK_SET) >= 0 else { return nil }
      skipFirstLine = true
    }
    var result: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    while result.count < Self.maxLoadBytes {
      let n = chunk.withUnsafeMutableBytes { raw -> Int in
        guard let base = raw.baseAddress else { return -1 }
        return read(fd, base, raw.count)
      }
      if n > 0 {
        result.append(contentsOf: chunk[0..<n])
      } else if n == 0 {
        break
      } else if errno == EINTR {
        continue
      } else {
        return nil
      }
    }
    if skipFirstLine, let nl = result.firstIndex(of: UInt8(ascii: "\n")) {
      result.removeFirst(nl + 1)
    }
    return result
  }
}

func errnoText(_ code: Int32 = errno) -> String {
  guard let s = strerror(code) else { return "error \(code)" }
  return String(cString: s)
}
