import Foundation
import Testing

/// Runs the built `dumpdbg` executable as a user would and captures what it prints.
enum Run {
  static let packageRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    while url.lastPathComponent != "Tests" { url.deleteLastPathComponent() }
    return url.deletingLastPathComponent().path
  }()

  /// The `dumpdbg` binary next to the test bundle (swift test builds every product).
  static var binary: String? {
    let candidates = [
      URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("dumpdbg").path,
      packageRoot + "/.build/debug/dumpdbg",
    ]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  static func dumpdbg(_ arguments: [String], stdin: String = "") throws -> Result {
    guard let binary else {
      Issue.record("dumpdbg binary not found next to the tests")
      return Result(status: -1, stdout: "", stderr: "")
    }
    let p = Process()
    p.executableURL = URL(fileURLWithPath: binary)
    p.arguments = arguments
    let input = Pipe(), output = Pipe(), error = Pipe()
    p.standardInput = input
    p.standardOutput = output
    p.standardError = error
    var env = ProcessInfo.processInfo.environment
    env["HOME"] = NSTemporaryDirectory()
    p.environment = env
    try p.run()
    input.fileHandleForWriting.write(stdin.data(using: .utf8) ?? Data())
    try input.fileHandleForWriting.close()
    let out = output.fileHandleForReading.readDataToEndOfFile()
    let err = error.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return Result(
      status: p.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
      stderr: String(decoding: err, as: UTF8.self))
  }

  /// A decompressed Wine fixture, or nil (skip outside CI, failure under CI).
  static func wine(_ name: String) -> String? {
    let src = packageRoot + "/../shared/fixtures/wine/" + name + ".zst"
    guard FileManager.default.fileExists(atPath: src) else {
      if ProcessInfo.processInfo.environment["CI"] == "true" {
        Issue.record("CI: \(src) is missing")
      } else {
        print("skipping: \(src) is not here (a clone without ../shared)")
      }
      return nil
    }
    let dst = NSTemporaryDirectory() + "/e2e-" + name
    if !FileManager.default.fileExists(atPath: dst) {
      let p = Process()
      p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      p.arguments = ["zstd", "-d", "-q", "-f", src, "-o", dst]
      try? p.run()
      p.waitUntilExit()
    }
    return dst
  }

  static func tempFile(_ name: String, contents: Data) -> String {
    let path = NSTemporaryDirectory() + "/e2e-\(UUID().uuidString)-" + name
    _ = FileManager.default.createFile(atPath: path, contents: contents)
    return path
  }
}
