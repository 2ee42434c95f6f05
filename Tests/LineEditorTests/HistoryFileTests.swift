import Testing

@testable import LineEditor

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A fresh private temporary directory, removed by `cleanup()`.
struct TempDir {
  let path: String
  init?() {
    var template = Array("/tmp/dumpdbg-hist-XXXXXX".utf8CString)
    guard let p = mkdtemp(&template) else { return nil }
    path = String(cString: p)
  }
  func file(_ name: String) -> String { path + "/" + name }
  func cleanup() {
    if let dir = opendir(path) {
      while let entry = readdir(dir) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
          String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        if name != "." && name != ".." { unlink(file(name)) }
      }
      closedir(dir)
    }
    rmdir(path)
  }
}

func fileText(_ path: String) -> String? {
  let fd = open(path, O_RDONLY)
  guard fd >= 0 else { return nil }
  defer { close(fd) }
  var out: [UInt8] = []
  var buf = [UInt8](repeating: 0, count: 4096)
  while true {
    let n = read(fd, &buf, buf.count)
    if n <= 0 { break }
    out += buf[0..<n]
  }
  return String(decoding: out, as: UTF8.self)
}

func fileMode(_ path: String) -> mode_t? {
  var st = stat()
  guard lstat(path, &st) == 0 else { return nil }
  return st.st_mode & 0o7777
}

/// Creates `path` with `text` and the given mode.
func makeFile(_ path: String, _ text: String, mode: mode_t) {
  let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, mode)
  guard fd >= 0 else { return }
  writeAll(fd, Array(text.utf8))
  close(fd)
}

/// Collects warnings (the closure is only called on the test's thread).
final class Warnings: @unchecked Sendable {
  var messages: [String] = []
}

@Suite struct HistoryFileTests {
  @Test func createdWithMode0600AndReloaded() throws {
    let dir = try #require(TempDir())
    defer { dir.cleanup() }
    let path = dir.file("hist")
    let warnings = Warnings()
    let h = HistoryFile(path: path, warn: { warnings.messages.append($0) })
    #expect(h.load().isEmpty)
    #expect(fileMode(path) == nil)  // load does not create
    #expect(h.add("lm"))
    #expect(fileMode(path) == 0o600)
    #expect(h.add("k"))
    #expect(fileText(path) == "lm\nk\n")
    let again = HistoryFile(path: path)
    #expect(again.load() == ["lm", "k"])
    #expect(warnings.messages.isEmpty)
  }

  @Test func emptyAndRepeatedLinesAreNotAdded() throws {
    let dir = try #require(TempDir())
    defer { dir.cleanup() }
    let h = HistoryFile(path: dir.file("hist"))
    #expect(h.add("r"))
    #expect(!h.add("r"))
    #expect(!h.add(""))
    #expect(!h.add("   \t"))
    #expect(!h.add("a\nb"))
    #expect(h.add("k"))
    #expect(h.add("r"))  // not a repeat of the *previous* line
    #expect(!h.add("r \t"))  // trailing whitespace does not make it new
    #expect(h.entries == ["r", "k", "r"])
  }

  @Test func boundedLength() throws {
    let dir = try #require(TempDir())
    defer { dir.cleanup() }
    let path = dir.file("hist")
    let h = HistoryFile(path: path, maxEntries: 50)
    for i in 0..<300 { h.add("cmd \(i)") }
    #expect(h.entries.count == 50)
    #expect(h.entries.first == "cmd 250")
    let reloaded = HistoryFile(path: path, maxEntries: 50).load()
    #expect(reloaded == h.entries)
    // A longer file (e.g. written with a larger bound) is trimmed on load.
    let small = HistoryFile(path: path, maxEntries: 10)
    #expect(small.load() == Array(h.entries.suffix(10)))
  }

  @Test func refusesSymlinkOnce() throws {
    let dir = try #require(TempDir())
    defer { dir.cleanup() }
    let target = dir.file("target")
    let link = dir.file("link")
    makeFile(target, "secret\n", mode: 0o644)
    try #require(symlink(target, link) == 0)
    let warnings = Warnings()
    let h = HistoryFile(path: link, warn: { warnings.messages.append($0) })
    #expect(h.load().isEmpty)
    #expect(h.isDisabled)
    h.add("one")
    h.add("two")
    #expect(h.entries == ["one", "two"])  // kept in memory
    #expect(fileText(target) == "secret\n")  // untouched
    #expect(fileMode(target) == 0o644)
    #expect(warnings.messages.count == 1)
    #expect(warnings.messages.first?.contains("symbolic link") == true)
  }

  @Test func refusesDanglingSymlink() throws {
    let dir = try #require(TempDir())
    defer { dir.cleanup() }
    let target = dir.file("nothing-here")
    let link = dir.file("link")
    try #require(symlink(target, link) == 0)
    let warnings = Warnings()
    let h = HistoryFile(path: link, warn: { warnings.messages.append($0) })
    h.load()
    h.add("x")
    #expect(fileMode(target) == nil)  // not created through the link
    #expect(warnings.messages.count == 1)
  }

  @Test func refusesNonRegularFile() throws {
    let dir = try #require(TempDir())
    defer { dir.cleanup() }
    let fifo = dir.file("fifo")
    try #require(mkfifo(fifo, 0o600) == 0)
    let warnings = Warnings()
    let h = HistoryFile(path: fifo, warn: { warnings.messages.append($0) })
    h.load()  // must not hang
    h.add("x")
    #expect(h.isDisabled)
    #expect(warnings.messages.count == 1)
  }

  @Test func refusesFileOfAnotherUser() throws {
    // Only meaningful when we may chown (root); a no-op otherwise.
    guard geteuid() == 0 else { return }
    let dir = try #require(TempDir())
    defer { dir.cleanup() }
    let path = dir.file("hist")
    makeFile(path, "theirs\n", mode: 0o600)
    try #require(chown(path, 65534, 65534) == 0)
    let warnings = Warnings()
    let h = HistoryFile(path: path, warn: { warnings.messages.append($0) })
    #expect(h.load().isEmpty)
    h.add("mine")
    #expect(fileText(path) == "theirs\n")
    #expect(warnings.messages.count == 1)
    #expect(warnings.messages.first?.contains("another user") == true)
  }

  @Test func tightensLoosePermissionsAndSkipsBlankLines() throws {
    let dir = try #require(TempDir())
    defer { dir.cleanup() }
    let path = dir.file("hist")
    makeFile(path, "a\r\n\n  \nb\nb\n", mode: 0o644)
    _ = chmod(path, 0o644)
    let h = HistoryFile(path: path)
    #expect(h.load() == ["a", "b"])
    #expect(fileMode(path) == 0o600)
  }

  @Test func missingDirectoryWarnsOnce() {
    let warnings = Warnings()
    let h = HistoryFile(path: "/nonexistent-dir-dumpdbg/hist", warn: { warnings.messages.append($0) })
    h.load()
    h.add("a")
    h.add("b")
    #expect(warnings.messages.count == 1)
    #expect(h.entries == ["a", "b"])
  }

  @Test func defaultPathEndsWithHistoryName() {
    if let p = HistoryFile.defaultPath {
      #expect(p.hasSuffix("/.dumpdbg_history"))
      #expect(p.hasPrefix("/"))
    }
  }
}
