import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where test inputs come from: the Wine fixtures in `../shared` (decompressed once per run) and
/// dumps forged from `Samples/`.
enum Fixtures {
  /// The package root, found from this file's path.
  static let packageRoot: String = {
    var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    while let last = parts.last, last != "Tests" { parts.removeLast() }
    parts.removeLast()
    return parts.joined(separator: "/")
  }()

  static let sharedDir = packageRoot + "/../shared"
  static let wineSourceDir = sharedDir + "/fixtures/wine"

  static var inCI: Bool { getenv("CI").map { String(cString: $0) } == "true" }

  static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

  /// A temporary directory for this test process.
  static let tempDir: String = {
    var template = Array("/tmp/dumpdbg-tests-XXXXXX".utf8CString)
    let made = template.withUnsafeMutableBufferPointer { buf -> String? in
      guard let base = buf.baseAddress, mkdtemp(base) != nil else { return nil }
      return String(cString: base)
    }
    guard let made else { return "/tmp" }
    // Decompressed fixtures are large: remove the folder when the test process exits.
    atexit { _ = system("rm -rf '\(Fixtures.tempDir)'") }
    return made
  }()

  /// Decompressed Wine dumps: name (e.g. `sample-crash-full.dmp`) → path, or nil when
  /// ../shared is missing.
  static let wineDumps: [String: String]? = {
    guard exists(wineSourceDir) else { return nil }
    var out: [String: String] = [:]
    for name in ["sample-crash-full.dmp", "sample-crash-mini.dmp", "leak-full.dmp"] {
      let src = wineSourceDir + "/" + name + ".zst"
      let dst = tempDir + "/" + name
      guard exists(src), system("zstd -d -q -f '\(src)' -o '\(dst)'") == 0 else { continue }
      out[name] = dst
    }
    return out
  }()

  /// `Tests/Fixtures/<folder>/<name>.zst` (committed with the repository, e.g. the Wine dumps and
  /// the exe of wine-stacks/README.md) decompressed into `<temp>/<folder>/<name>`; nil when the
  /// file is missing or zstd fails (recorded as a failure: these fixtures are part of the repo).
  static func repoFixture(_ folder: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) -> String? {
    let src = packageRoot + "/Tests/Fixtures/" + folder + "/" + name + ".zst"
    let dir = tempDir + "/" + folder
    let dst = dir + "/" + name
    if exists(dst) { return dst }
    // Tests run in parallel: each decompresses into its own part file, then renames (atomic).
    let part = dst + ".part" + String(UInt32.random(in: 0...UInt32.max))
    guard exists(src), system("mkdir -p '\(dir)' && zstd -d -q -f '\(src)' -o '\(part)' && mv -f '\(part)' '\(dst)'") == 0 else {
      Issue.record("cannot decompress \(src) (is zstd installed? `make deps`)", sourceLocation: sourceLocation)
      return nil
    }
    return dst
  }

  /// The executables of `Tests/Fixtures/<folder>` (`*.exe.zst`, `*.dll.zst`) decompressed; returns
  /// the folder they are in, for `.exepath`.
  static func repoImages(_ folder: String, sourceLocation: SourceLocation = #_sourceLocation) -> String? {
    guard let dir = opendir(packageRoot + "/Tests/Fixtures/" + folder) else { return nil }
    defer { closedir(dir) }
    var names: [String] = []
    while let entry = readdir(dir) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
      if name.hasSuffix(".exe.zst") || name.hasSuffix(".dll.zst") { names.append(String(name.dropLast(4))) }
    }
    for name in names.sorted() where repoFixture(folder, name, sourceLocation: sourceLocation) == nil { return nil }
    return tempDir + "/" + folder
  }

  /// The path of a Wine dump. When ../shared is missing: records a failure under CI, otherwise
  /// returns nil so the caller can skip (with a message on stdout).
  static func wine(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) -> String? {
    if let path = wineDumps?[name] { return path }
    if inCI {
      Issue.record("CI: the Wine fixture \(name) is missing (expected \(wineSourceDir)/\(name).zst)", sourceLocation: sourceLocation)
    } else {
      print("skipping: \(wineSourceDir)/\(name).zst is not here (a clone without ../shared)")
    }
    return nil
  }
}
