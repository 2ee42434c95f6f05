import DumpForge
import Foundation
import Testing

@Suite struct DeterminismTests {
  @Test func forgingTinyTwiceGivesIdenticalBytes() throws {
    let first = TestPaths.temporaryFile("tiny-a.dmp")
    let second = TestPaths.temporaryFile("tiny-b.dmp")
    try Forge.forge(scenarioPath: TestPaths.tinyScenario, outputPath: first, progress: false)
    try Forge.forge(scenarioPath: TestPaths.tinyScenario, outputPath: second, progress: false)
    let firstBytes = try Data(contentsOf: URL(fileURLWithPath: first))
    let secondBytes = try Data(contentsOf: URL(fileURLWithPath: second))
    #expect(firstBytes == secondBytes)
    #expect(firstBytes.count < 5 * 1024 * 1024)
  }

  @Test func aDifferentSeedMovesWhatTheSeedChooses() throws {
    let first = TestPaths.temporaryFile("tiny-seed-7.dmp")
    let second = TestPaths.temporaryFile("tiny-seed-8.dmp")
    try Forge.forge(scenarioPath: TestPaths.tinyScenario, outputPath: first, seed: 7, progress: false)
    try Forge.forge(scenarioPath: TestPaths.tinyScenario, outputPath: second, seed: 8, progress: false)
    let firstDump = try DumpBytes(path: first)
    let secondDump = try DumpBytes(path: second)
    #expect(firstDump.data != secondDump.data)
    // The TEB (seed-placed on Win10) moves; the fixed module bases do not.
    let threadList = try #require(firstDump.stream(3))
    let otherThreadList = try #require(secondDump.stream(3))
    #expect(firstDump.u64(threadList.rva + 4 + 0x10) != secondDump.u64(otherThreadList.rva + 4 + 0x10))
    let modules = try #require(firstDump.stream(4))
    let otherModules = try #require(secondDump.stream(4))
    #expect(firstDump.u64(modules.rva + 4) == secondDump.u64(otherModules.rva + 4))
  }

  @Test func aMinimalScenarioWorksWithDefaults() throws {
    let output = TestPaths.temporaryFile("minimal.dmp")
    let summary = try Forge.forge(scenarioText: "os: win7sp1-x64\n", outputPath: output)
    #expect(summary.streamCount == 9)
    let dump = try DumpBytes(path: output)
    let systemInfo = try #require(dump.stream(7))
    #expect(dump.u32(systemInfo.rva + 0x8) == 6)
    #expect(dump.u32(systemInfo.rva + 0x10) == 7601)
  }
}
