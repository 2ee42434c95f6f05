import DumpForge
import Foundation
import Testing

/// Runs Tests/crosscheck/crosscheck.py (skelsec `minidump` + `udmp_parser`) on the tiny sample.
/// Skipped with a message when the Python readers are missing, unless CI == "true".
@Suite struct CrosscheckTests {
  static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, output)
  }

  static var readersAvailable: Bool {
    (try? run(["python3", "-c", "import minidump, udmp_parser"]).status) == 0
  }

  @Test func tinyAgreesInBothPythonReaders() throws {
    guard Self.readersAvailable else {
      if ProcessInfo.processInfo.environment["CI"] == "true" {
        Issue.record("python3 with `minidump` and `udmp_parser` is required in CI (pip install minidump udmp-parser)")
      } else {
        print("skipping cross-check: python3 -c 'import minidump, udmp_parser' failed (pip install minidump udmp-parser)")
      }
      return
    }
    let dumpPath = TestPaths.temporaryFile("tiny-crosscheck.dmp")
    let expectedPath = TestPaths.temporaryFile("tiny-crosscheck.json")
    let scenario = try ScenarioLoader.load(path: TestPaths.tinyScenario)
    let process = try ProcessBuilder.build(scenario)
    try MinidumpWriter.write(process, to: dumpPath, progress: false)
    try ProcessDescription(process).json().write(toFile: expectedPath, atomically: true, encoding: .utf8)
    let result = try Self.run(["python3", TestPaths.crosscheckScript, dumpPath, expectedPath])
    #expect(result.status == 0, "\(result.output)")
  }
}
