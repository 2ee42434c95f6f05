/// The forge's entry points: scenario file → process → minidump file.
public enum Forge {
  /// Loads a scenario, builds the process and writes the dump.
  @discardableResult
  public static func forge(scenarioPath: String, outputPath: String, seed: UInt64? = nil, progress: Bool = true)
    throws -> MinidumpWriter.Summary
  {
    let scenario = try ScenarioLoader.load(path: scenarioPath, seedOverride: seed)
    let process = try ProcessBuilder.build(scenario)
    return try MinidumpWriter.write(process, to: outputPath, progress: progress)
  }

  /// Forges from scenario text (tests and tools).
  @discardableResult
  public static func forge(scenarioText: String, outputPath: String, seed: UInt64? = nil) throws
    -> MinidumpWriter.Summary
  {
    let scenario = try ScenarioLoader.parse(text: scenarioText, seedOverride: seed)
    return try MinidumpWriter.write(ProcessBuilder.build(scenario), to: outputPath, progress: false)
  }
}
