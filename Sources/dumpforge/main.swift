import ArgumentParser
import DumpForge
import Foundation

/// `dumpforge SCENARIO.yaml -o OUT.dmp [--seed N]` — forge a Windows x64 user-mode minidump.
struct DumpForgeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dumpforge",
    abstract: "Forge a Windows user-mode minidump from a scenario file (see Docs/scenario-format.md).")

  @Argument(help: "Scenario file (YAML or JSON).")
  var scenario: String?

  @Option(name: .shortAndLong, help: "Output minidump path.")
  var output: String?

  @Option(help: "Seed overriding the scenario's `seed` (addresses, GUIDs, cookies).")
  var seed: UInt64?

  @Flag(help: "Print the scenario's resolved modules, threads and regions as JSON instead of writing a dump.")
  var describeJson = false

  @Flag(help: "List the sample scenarios shipped in Samples/.")
  var listSamples = false

  @Flag(help: "Do not print progress or the summary line.")
  var quiet = false

  mutating func run() throws {
    if listSamples {
      try listSampleScenarios()
      return
    }
    guard let scenario else { throw ValidationError("missing SCENARIO (or use --list-samples)") }
    do {
      if describeJson {
        let loaded = try ScenarioLoader.load(path: scenario, seedOverride: seed)
        print(try ProcessDescription(ProcessBuilder.build(loaded)).json())
        return
      }
      guard let output else { throw ValidationError("missing -o OUT.dmp") }
      let summary = try Forge.forge(scenarioPath: scenario, outputPath: output, seed: seed, progress: !quiet)
      if !quiet {
        print(
          "\(output): \(summary.fileSize) bytes, \(summary.streamCount) streams, "
            + "\(summary.memoryRanges) memory ranges (\(summary.memoryBytes) bytes of memory)")
      }
    } catch let error as ForgeError {
      FileHandle.standardError.write(Data("dumpforge: \(error.description)\n".utf8))
      throw ExitCode(2)
    }
  }

  func listSampleScenarios() throws {
    let fileManager = FileManager.default
    let sourceRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let candidates = [
      URL(fileURLWithPath: fileManager.currentDirectoryPath).appendingPathComponent("Samples"),
      sourceRoot.appendingPathComponent("Samples"),
    ]
    guard let samples = candidates.first(where: { fileManager.fileExists(atPath: $0.path) }) else {
      FileHandle.standardError.write(Data("dumpforge: no Samples/ directory found\n".utf8))
      throw ExitCode(1)
    }
    for name in try fileManager.contentsOfDirectory(atPath: samples.path).sorted() {
      let scenario = samples.appendingPathComponent(name).appendingPathComponent("scenario.yaml")
      guard fileManager.fileExists(atPath: scenario.path) else { continue }
      print("\(name)\t\(scenario.path)")
    }
  }
}

DumpForgeCommand.main()
