import Foundation
import Testing

/// The real Wine minidumps in `<package root>/../shared/fixtures/wine` (see its README.md).
///
/// Each `.dmp.zst` is decompressed with the `zstd` CLI into this run's temporary folder the first
/// time a test asks for it (static lets are initialised once, thread-safely); the folder is
/// removed when the test process exits.
enum WineFixtures {
  /// `<package root>/../shared/fixtures/wine`, found from this source file's path.
  static let directory: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // Support
    .deletingLastPathComponent()  // DumpModelTests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()  // package root
    .deletingLastPathComponent()
    .appendingPathComponent("shared/fixtures/wine")

  static let available = FileManager.default.fileExists(
    atPath: directory.appendingPathComponent("sample-crash-mini.dmp.zst").path)
  static let isCI = ProcessInfo.processInfo.environment["CI"] == "true"
  /// Tests that need the fixtures run when they exist, and always in CI (where they then fail).
  static let enabled = available || isCI
  static let skipReason: Comment = "Wine fixtures not found at \(directory.path) (they are required when CI=true)"

  static let crashMini = decompress("sample-crash-mini")
  static let crashFull = decompress("sample-crash-full")
  static let leakFull = decompress("leak-full")

  /// The decompressed path of `<name>.dmp.zst`, or a failure message.
  static func decompress(_ name: String) -> Result<String, FixtureError> {
    let source = directory.appendingPathComponent(name + ".dmp.zst").path
    guard FileManager.default.fileExists(atPath: source) else {
      return .failure(FixtureError(message: "missing fixture \(source); the shared folder must sit beside the checkout"))
    }
    let target = TempFile.directory.appendingPathComponent(name + ".dmp").path
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["zstd", "-d", "-q", "-f", source, "-o", target]
    do {
      try p.run()
      p.waitUntilExit()
    } catch {
      return .failure(FixtureError(message: "could not run zstd: \(error)"))
    }
    guard p.terminationStatus == 0 else {
      return .failure(FixtureError(message: "zstd -d \(source) failed with status \(p.terminationStatus)"))
    }
    return .success(target)
  }

  /// The path, or records an Issue and returns nil (for a missing fixture in CI).
  static func path(_ fixture: Result<String, FixtureError>, sourceLocation: SourceLocation = #_sourceLocation) -> String? {
    switch fixture {
    case .success(let p): return p
    case .failure(let e):
      Issue.record(Comment(rawValue: e.message), sourceLocation: sourceLocation)
      return nil
    }
  }
}

struct FixtureError: Error, Sendable { var message: String }
