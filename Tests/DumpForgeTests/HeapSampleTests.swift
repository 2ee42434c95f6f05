import DumpForge
import Foundation
import Testing

/// The heap samples: each forges deterministically (byte-identical files, compared with `cmp`) and
/// passes the independent Python heap walk (Tests/crosscheck/heapcheck.py) against --describe-json.
@Suite(.serialized) struct HeapSampleTests {
  static let samples = ["heap-101", "nt-heap-leak", "heap-corruption", "commit-limit", "lfh-basics", "lfh-win7", "lfh-win7-x86", "tiny-x86"]

  static func scenarioPath(_ name: String) -> String {
    TestPaths.packageRoot.appendingPathComponent("Samples/\(name)/scenario.yaml").path
  }

  @Test(arguments: samples) func forgingTwiceGivesIdenticalBytes(_ name: String) throws {
    let first = TestPaths.temporaryFile("\(name)-a.dmp")
    let second = TestPaths.temporaryFile("\(name)-b.dmp")
    let summary = try Forge.forge(scenarioPath: Self.scenarioPath(name), outputPath: first, progress: false)
    try Forge.forge(scenarioPath: Self.scenarioPath(name), outputPath: second, progress: false)
    let compare = try CrosscheckTests.run(["cmp", "-s", first, second])
    #expect(compare.status == 0, "\(name): the two forged files differ")
    #expect(summary.fileSize < 400 * 1024 * 1024)
    try? FileManager.default.removeItem(atPath: second)
  }

  @Test(arguments: samples) func heapsPassTheIndependentPythonWalk(_ name: String) throws {
    guard CrosscheckTests.readersAvailable else {
      if ProcessInfo.processInfo.environment["CI"] == "true" {
        Issue.record("python3 with `minidump` and `udmp_parser` is required in CI (pip install minidump udmp-parser)")
      } else {
        print("skipping heapcheck: python3 -c 'import minidump, udmp_parser' failed")
      }
      return
    }
    let dumpPath = TestPaths.temporaryFile("\(name)-heapcheck.dmp")
    let expectedPath = TestPaths.temporaryFile("\(name)-heapcheck.json")
    let process = try ProcessBuilder.build(try ScenarioLoader.load(path: Self.scenarioPath(name)))
    try MinidumpWriter.write(process, to: dumpPath, progress: false)
    try ProcessDescription(process).json().write(toFile: expectedPath, atomically: true, encoding: .utf8)
    let script = TestPaths.packageRoot.appendingPathComponent("Tests/crosscheck/heapcheck.py").path
    let result = try CrosscheckTests.run(["python3", script, dumpPath, expectedPath])
    #expect(result.status == 0, "\(result.output)")
    if name == "heap-corruption" { #expect(result.output.contains("corruption detected as expected")) }
    if name == "lfh-basics" { #expect(result.output.contains("LFH at 0x1f39c201360: 6 subsegments, 165 busy + 394 free")) }
    if name == "lfh-win7" { #expect(result.output.contains("LFH (Win7) at ")) }
    if name == "lfh-win7-x86" { #expect(result.output.contains("LFH (Win7 x86) at ")) }
    try? FileManager.default.removeItem(atPath: dumpPath)
  }

  @Test func heapPlansMatchTheScenario() throws {
    let process = try ProcessBuilder.build(try ScenarioLoader.load(path: Self.scenarioPath("nt-heap-leak")))
    #expect(process.heaps.count == 3)
    let halcon = try #require(process.heaps.last)
    #expect(halcon.base == 0x29fb_0000)
    #expect(halcon.flags == 0x0800_1002)
    #expect(halcon.virtualBlocks.count == 31)
    #expect(halcon.virtualBlocks.first?.requested == 0x100_0040)
    #expect(process.stackTraceDatabase != nil)
    #expect(process.stackTraces.traces.count == 4)
  }

  /// heapcheck really decodes the LFH: with a wrong key every block header and EncodedOffsets fail.
  @Test func heapcheckRejectsAWrongLfhKey() throws {
    guard CrosscheckTests.readersAvailable else { return }
    let process = try ProcessBuilder.build(try ScenarioLoader.load(path: Self.scenarioPath("lfh-basics")))
    let dumpPath = TestPaths.temporaryFile("lfh-wrong-key.dmp")
    let expectedPath = TestPaths.temporaryFile("lfh-wrong-key.json")
    try MinidumpWriter.write(process, to: dumpPath, progress: false)
    var description = ProcessDescription(process)
    description.lfhKey = (description.lfhKey ?? 0) ^ 0x0001_0000
    try description.json().write(toFile: expectedPath, atomically: true, encoding: .utf8)
    let script = TestPaths.packageRoot.appendingPathComponent("Tests/crosscheck/heapcheck.py").path
    let result = try CrosscheckTests.run(["python3", script, dumpPath, expectedPath])
    #expect(result.status == 1)
    #expect(result.output.contains("does not decode to its user blocks"))
    try? FileManager.default.removeItem(atPath: dumpPath)
  }

  @Test func lfhPlanMatchesTheScenario() throws {
    let process = try ProcessBuilder.build(try ScenarioLoader.load(path: Self.scenarioPath("lfh-basics")))
    let lfh = try #require(process.heaps.first?.lfh)
    #expect(process.heaps.last?.lfh == nil)
    #expect(process.lfhKey == lfh.key)
    // 150 × 0x18 (3 granules) fill two 128-block subsegments; 40 × 0x30 one 4-granule subsegment.
    #expect(lfh.subsegments.map(\.blockGranules) == [3, 3, 4, 8, 0x21, 0x3F])
    #expect(lfh.subsegments.map(\.busyCount) == [100, 20, 31, 10, 3, 1])
    #expect(lfh.subsegments.allSatisfy { $0.userBlocks % 16 == 0 && $0.firstAllocationOffset == 0x40 })
    let comment = try #require(process.scenario.comment)
    #expect(comment.contains("ntdll!RtlpLFHKey = \(hex(lfh.key))"))
    #expect(comment.contains("LFH front end at \(hex(lfh.address))"))
    // The three 0x1800-byte requests (one freed) stay in the back end.
    #expect(process.heaps[0].allocationBlocks.filter { $0.busy && $0.lfhRole == .none }.count == 2)
  }

  /// heapcheck really checks the Win7 front end: with a wrong key no header decodes to its
  /// subsegment (§3.7 Win7 x64 scheme, as the forge writes it).
  @Test func heapcheckRejectsAWrongWindows7LfhKey() throws {
    guard CrosscheckTests.readersAvailable else { return }
    let process = try ProcessBuilder.build(try ScenarioLoader.load(path: Self.scenarioPath("lfh-win7")))
    let dumpPath = TestPaths.temporaryFile("lfh7-wrong-key.dmp")
    let expectedPath = TestPaths.temporaryFile("lfh7-wrong-key.json")
    try MinidumpWriter.write(process, to: dumpPath, progress: false)
    var description = ProcessDescription(process)
    description.lfhKey = (description.lfhKey ?? 0) ^ 0x10
    try description.json().write(toFile: expectedPath, atomically: true, encoding: .utf8)
    let script = TestPaths.packageRoot.appendingPathComponent("Tests/crosscheck/heapcheck.py").path
    let result = try CrosscheckTests.run(["python3", script, dumpPath, expectedPath])
    #expect(result.status == 1)
    #expect(result.output.contains("does not decode to its subsegment (Win7 x64 40-bit scheme)"))
    try? FileManager.default.removeItem(atPath: dumpPath)
  }

  /// lfh-win7: both heaps get a Win7 front end (0x20-byte user-blocks headers, no bitmap), the key
  /// has no bits above 40, the comment stream names the Win7 scheme.
  @Test func windows7LfhPlanMatchesTheScenario() throws {
    let process = try ProcessBuilder.build(try ScenarioLoader.load(path: Self.scenarioPath("lfh-win7")))
    let lfh = try #require(process.heaps.first?.lfh)
    let key = try #require(process.lfhKey)
    #expect(key == lfh.key && key >> 40 == 0)
    #expect(process.heaps.allSatisfy { $0.lfh?.windows7 == true })
    // 24 × 0x20 → 3 granules, 10 × 0x48 → 6, 5 × 0x100 → 0x11 (request + 16 rounded up to 16).
    #expect(lfh.subsegments.map(\.blockGranules) == [3, 6, 0x11])
    #expect(lfh.subsegments.map(\.busyCount) == [18, 7, 4])
    #expect(lfh.subsegments.allSatisfy { $0.firstAllocationOffset == 0x20 && $0.bitmapBytes == 0 && $0.windows7 })
    #expect(process.heaps.last?.lfh?.subsegments.map(\.slots.count) == [0x4000 / 0x310])
    let comment = try #require(process.scenario.comment)
    #expect(comment.contains("ntdll!RtlpLFHKey = \(hex(key)) (Windows 7 x64 LFH block headers use it"))
    // Back end: the two 0x800 buffers kept, the _LFH_HEAP block and one user-blocks block per
    // subsegment; the 0x90000 request is a large block.
    #expect(process.heaps[0].allocationBlocks.filter { $0.busy && $0.lfhRole == .none }.count == 2)
    #expect(process.heaps[0].virtualBlocks.map(\.requested) == [0x90000])
  }

  /// heapcheck really checks the Win7 x86 front end: with a wrong key no SubSegmentCode decodes to
  /// its subsegment (§3.7 Win7 x86 scheme, as the forge writes it).
  @Test func heapcheckRejectsAWrongWindows7X86LfhKey() throws {
    guard CrosscheckTests.readersAvailable else { return }
    let process = try ProcessBuilder.build(try ScenarioLoader.load(path: Self.scenarioPath("lfh-win7-x86")))
    let dumpPath = TestPaths.temporaryFile("lfh7x86-wrong-key.dmp")
    let expectedPath = TestPaths.temporaryFile("lfh7x86-wrong-key.json")
    try MinidumpWriter.write(process, to: dumpPath, progress: false)
    var description = ProcessDescription(process)
    description.lfhKey = (description.lfhKey ?? 0) ^ 0x100
    try description.json().write(toFile: expectedPath, atomically: true, encoding: .utf8)
    let script = TestPaths.packageRoot.appendingPathComponent("Tests/crosscheck/heapcheck.py").path
    let result = try CrosscheckTests.run(["python3", script, dumpPath, expectedPath])
    #expect(result.status == 1)
    #expect(result.output.contains("does not decode to its subsegment (Win7 x86 scheme)"))
    try? FileManager.default.removeItem(atPath: dumpPath)
  }

  /// lfh-win7-x86: both heaps get a Win7 x86 front end (8-byte granules, 0x10-byte user-blocks
  /// headers, no bitmap), a 32-bit key, and the comment stream names the x86 scheme.
  @Test func windows7X86LfhPlanMatchesTheScenario() throws {
    let process = try ProcessBuilder.build(try ScenarioLoader.load(path: Self.scenarioPath("lfh-win7-x86")))
    let lfh = try #require(process.heaps.first?.lfh)
    let key = try #require(process.lfhKey)
    #expect(key == lfh.key && key >> 32 == 0)
    #expect(process.heaps.allSatisfy { $0.lfh?.windows7 == true && $0.lfh?.x86 == true })
    // 24 × 0x20 → 5 granules, 10 × 0x48 → 0xA, 5 × 0x100 → 0x21 (request + 8 rounded up to 8).
    #expect(lfh.subsegments.map(\.blockGranules) == [5, 0xA, 0x21])
    #expect(lfh.subsegments.map(\.blockStride) == [0x28, 0x50, 0x108])
    #expect(lfh.subsegments.map(\.busyCount) == [18, 7, 4])
    #expect(lfh.subsegments.map(\.slots.count) == [128, 128, 0x4000 / 0x108])
    #expect(lfh.subsegments.allSatisfy { $0.firstAllocationOffset == 0x10 && $0.bitmapBytes == 0 && $0.userBlocks % 8 == 0 })
    // _LFH_HEAP (0x3728), then the zone: 0x10-byte header, 0x20-byte subsegments.
    #expect(lfh.zone == lfh.address + 0x3728)
    #expect(lfh.subsegments.map(\.address) == [0, 1, 2].map { lfh.zone + 0x10 + UInt64($0) * 0x20 })
    #expect(process.heaps.last?.lfh?.subsegments.map(\.slots.count) == [0x4000 / 0x188])
    let comment = try #require(process.scenario.comment)
    #expect(comment.contains("ntdll!RtlpLFHKey = \(hex(key)) (Windows 7 x86 LFH block headers XOR"))
    // Back end: the two 0x400 buffers kept, the _LFH_HEAP block and one user-blocks block per
    // subsegment (x86 8-byte granules); the 600K request is a large block.
    #expect(process.heaps[0].allocationBlocks.filter { $0.busy && $0.lfhRole == .none }.count == 2)
    #expect(process.heaps[0].allocationBlocks.allSatisfy { $0.granule == 8 })
    #expect(process.heaps[0].virtualBlocks.map(\.requested) == [600 * 1024])
  }

  @Test func repeatedRegionsScale() throws {
    let scenario = try ScenarioLoader.parse(
      text: "os: win10-x64\nregions:\n  - {name: r, base: 0x10000000000, reserve: 64K, commit: 0, stride: 128K, repeat: 100000}\n")
    let process = try ProcessBuilder.build(scenario)
    #expect(process.memory.allocations.filter { $0.label.hasPrefix("region 'r' #") }.count == 100_000)
  }
}
