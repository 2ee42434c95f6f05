import Foundation
import Yams

/// Reads a scenario file (YAML, or JSON which YAML accepts) into a `Scenario`.
public enum ScenarioLoader {
  static let topLevelKeys = [
    "os", "seed", "process", "system", "modules", "threads", "regions", "heaps", "exception", "gflags", "comment",
    "anchors",  // free-form: a place for YAML anchors (&name) that other fields reuse (*name); ignored
  ]

  public static func load(path: String, seedOverride: UInt64? = nil) throws -> Scenario {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw ForgeError.io(path: path, message: "cannot read scenario file")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw ForgeError.io(path: path, message: "scenario file is not UTF-8 text")
    }
    return try parse(text: text, fileName: path, seedOverride: seedOverride)
  }

  public static func parse(text: String, fileName: String = "<scenario>", seedOverride: UInt64? = nil) throws
    -> Scenario
  {
    let rootNode: Node
    do {
      guard let composed = try Yams.compose(yaml: text) else {
        throw ForgeError.scenario(location: fileName, message: "the scenario is empty")
      }
      rootNode = composed
    } catch let error as YamlError {
      throw ForgeError.scenario(location: fileName, message: "not valid YAML/JSON: \(yamlProblem(error))")
    }
    let root = ScenarioNode(node: rootNode, file: fileName, path: "")
    try root.rejectUnknownKeys(topLevelKeys)

    let os = try parseOperatingSystem(root.required("os"))
    let seed = try seedOverride ?? root.child("seed")?.integer() ?? 1
    var random = SeededRandom(seed: seed, purpose: "scenario-defaults")
    let system = try SystemSection.parse(root.child("system"))
    let process = try ProcessSection.parse(root.child("process"), dumpTime: system.dumpTime)
    let modules = try ModuleSection.parseList(root.child("modules"), os: os, process: process, random: &random)
    let threads = try ThreadSection.parseList(root.child("threads"))
    let regions = try RegionSection.parseList(root.child("regions"))
    let heaps = try HeapSection.parseList(root.child("heaps"))
    let exception = try ExceptionSection.parse(root.child("exception"))
    let globalFlags = try GlobalFlags.parse(root.child("gflags"))
    let comment = try root.child("comment")?.string()

    if let exception, let threadId = exception.threadId, !threads.contains(where: { $0.id == threadId }) {
      throw ForgeError.scenario(
        location: exception.location,
        message: "exception.thread \(hex(UInt64(threadId))) is not one of the scenario's threads "
          + "(\(threads.map { hex(UInt64($0.id)) }.joined(separator: ", ")))")
    }
    return Scenario(
      os: os, seed: seed, process: process, system: system, modules: modules, threads: threads, regions: regions,
      heaps: heaps, exception: exception, globalFlags: globalFlags, comment: comment)
  }

  static func parseOperatingSystem(_ node: ScenarioNode) throws -> OperatingSystemProfile {
    let text = try node.string().lowercased()
    guard let os = OperatingSystemProfile(rawValue: text) else {
      let known = OperatingSystemProfile.allCases.map(\.rawValue).joined(separator: ", ")
      throw node.error("unknown os \"\(text)\" (expected one of: \(known))")
    }
    return os
  }

  /// Yams errors carry a line/column mark; keep just "line L column C: problem".
  static func yamlProblem(_ error: YamlError) -> String {
    switch error {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
      .composer(_, let problem, let mark, _):
      return "line \(mark.line) column \(mark.column): \(problem)"
    default:
      return String(describing: error)
    }
  }
}

/// `gflags: [ust, htc]` or `gflags: 0x1000` → PEB.NtGlobalFlag.
/// Bit values: nt-layouts.md §2.1 (NtGlobalFlag bits) and the documented gflags abbreviations.
enum GlobalFlags {
  static let named: [(String, UInt32)] = [
    ("sls", 0x2), ("htc", 0x10), ("hfc", 0x20), ("hpc", 0x40), ("hvc", 0x80), ("htg", 0x800),
    ("ust", 0x1000), ("htd", 0x8000), ("dhc", 0x20_0000), ("hpa", 0x200_0000),
  ]

  static func parse(_ node: ScenarioNode?) throws -> UInt32 {
    guard let node else { return 0 }
    if case .sequence = node.node {
      var flags: UInt32 = 0
      for element in try node.elements() {
        let name = try element.string().lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "+"))
        guard let bit = named.first(where: { $0.0 == name })?.1 else {
          throw element.error(
            "unknown gflag \"\(name)\" (expected one of: \(named.map(\.0).joined(separator: ", ")) or a number)")
        }
        flags |= bit
      }
      return flags
    }
    return try node.integer32()
  }
}
