import DumpForge
import DumpModel
import Foundation
import Testing

/// Round trip: forge every sample, open it with the dump model (the reader, written separately
/// from the forge), and compare every module, thread, memory region, the exception and the process
/// id with what the forge says it laid out (`--describe-json`'s `ProcessDescription`).
@Suite("Forge round trip through the dump model")
struct RoundTripTests {
  static let samples = ["tiny", "tiny-x86", "heap-101", "lfh-basics", "lfh-win7", "lfh-win7-x86", "heap-corruption", "commit-limit", "nt-heap-leak"]

  @Test(arguments: samples)
  func sampleReadsBackAsForged(_ name: String) throws {
    let scenario = TestPaths.packageRoot.appendingPathComponent("Samples/\(name)/scenario.yaml").path
    let expected = try ProcessDescription(ProcessBuilder.build(ScenarioLoader.load(path: scenario, seedOverride: nil)))
    let path = TestPaths.temporaryFile("roundtrip-\(name).dmp")
    try Forge.forge(scenarioPath: scenario, outputPath: path, progress: false)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let dump = try Dump.open(path: path)

    #expect(try dump.miscInfo.get().processId == expected.pid)
    let x86 = expected.os.hasSuffix("x86")
    #expect(try dump.systemInfo.get().pointerSize == (x86 ? 4 : 8))

    let modules = try dump.modules.get()
    #expect(modules.count == expected.modules.count)
    for (m, e) in zip(modules, expected.modules) {
      #expect(m.base == e.base && UInt64(m.size) == e.size, "\(e.name)")
      #expect(m.path == e.path && m.timeDateStamp == e.timestamp && m.checkSum == e.checksum, "\(e.name)")
      // Every export the forge wrote resolves through the image in dump memory.
      let table = dump.exports(of: m)
      for (export, address) in e.exports { #expect(table?.address(of: export) == address, "\(e.name)!\(export)") }
    }

    let threads = try dump.threads.get()
    #expect(threads.count == expected.threads.count)
    for (t, e) in zip(threads, expected.threads) {
      #expect(t.threadId == e.id && t.teb == e.teb)
      let context = try dump.context(at: t.context).get()
      #expect(context.instructionPointer == e.rip && context.stackPointer == e.rsp, "thread \(e.id)")
    }

    let regions = try dump.memoryInfo.get()
    #expect(regions.count == expected.regions.count)
    for (r, e) in zip(regions, expected.regions) {
      #expect(
        r.baseAddress == e.base && r.regionSize == e.size && r.state == e.state && r.protect == e.protect
          && r.type == e.type && r.allocationBase == e.allocationBase && r.allocationProtect == e.allocationProtect,
        "region \(e.label) at \(String(e.base, radix: 16))")
    }

    if let e = expected.exception {
      let x = try dump.exception.get()
      #expect(x.threadId == e.threadId && x.record.code == e.code && x.record.address == e.address)
      #expect(x.record.parameters == e.parameters)
    } else {
      #expect(dump.entry(for: .exception) == nil)
    }
  }
}
