import DumpForge
import Foundation
import Testing

/// Samples/tiny-x86 (native 32-bit Windows 7 SP1): deterministic bytes, x86 structures where the
/// format puts them, and agreement with both Python readers (Tests/crosscheck/crosscheck.py).
@Suite(.serialized) struct X86SampleTests {
  static let scenario = TestPaths.packageRoot.appendingPathComponent("Samples/tiny-x86/scenario.yaml").path

  @Test func forgingTwiceGivesIdenticalBytes() throws {
    let first = TestPaths.temporaryFile("tiny-x86-a.dmp")
    let second = TestPaths.temporaryFile("tiny-x86-b.dmp")
    try Forge.forge(scenarioPath: Self.scenario, outputPath: first, progress: false)
    try Forge.forge(scenarioPath: Self.scenario, outputPath: second, progress: false)
    #expect(try CrosscheckTests.run(["cmp", "-s", first, second]).status == 0)
    try? FileManager.default.removeItem(atPath: second)
  }

  @Test func x86StructuresAreWhereTheFormatPutsThem() throws {
    let path = TestPaths.temporaryFile("tiny-x86-structures.dmp")
    try Forge.forge(scenarioPath: Self.scenario, outputPath: path, progress: false)
    let dump = try DumpBytes(path: path)
    let systemInfo = try #require(dump.stream(7))
    #expect(dump.u16(systemInfo.rva) == 0)  // PROCESSOR_ARCHITECTURE_INTEL
    #expect(dump.u32(systemInfo.rva + 0x10) == 7601)
    let threadList = try #require(dump.stream(3))
    // MINIDUMP_THREAD[0].ThreadContext (size, rva) at +0x28: the 0x2CC-byte x86 CONTEXT.
    #expect(dump.u32(threadList.rva + 4 + 0x28) == 0x2CC)
    let context = Int(dump.u32(threadList.rva + 4 + 0x2C))
    #expect(dump.u32(context) == 0x1_003F)
    #expect(dump.u32(context + 0xBC) == 0x1B)  // SegCs
    #expect(dump.u32(context + 0x90) == 0x3B)  // SegFs
    #expect(dump.u32(context + 0xB8) == 0x00E2_1030)  // Eip = tiny32!main+0x10
    #expect(dump.u32(context + 0xC4) == 0x0017_FD80)  // Esp
    let process = try ProcessBuilder.build(try ScenarioLoader.load(path: Self.scenario))
    #expect(process.memory.userLimit == 0x7FFF_0000)
    #expect(process.memory.regions().last.map { $0.base + $0.size } == 0x7FFF_0000)
    let peb = try #require(process.memory.read(process.pebAddress + 0x08, count: 4))
    #expect(peb == [0x00, 0x00, 0xE2, 0x00])  // PEB32.ImageBaseAddress
  }

  @Test func theWorkerFramesAreAnEbpChain() throws {
    let process = try ProcessBuilder.build(try ScenarioLoader.load(path: Self.scenario))
    let worker = try #require(process.threads.last)
    #expect(worker.frames.map(\.name) == [
      "ntdll!NtWaitForSingleObject+0xc", "KERNELBASE!WaitForSingleObjectEx+0x98", "tiny32!worker+0x2a",
      "kernel32!BaseThreadInitThunk+0x12", "ntdll!RtlUserThreadStart+0x70",
    ])
    // Walk it as a debugger would: eip, then [ebp+4] / [ebp] until ebp is 0.
    var ebp = worker.context["ebp"]
    var returns: [UInt64] = [worker.context["eip"]]
    while ebp != 0 {
      let words = try #require(process.memory.read(ebp, count: 8))
      let next = words[0..<4].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
      let ret = words[4..<8].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
      if ret != 0 { returns.append(ret) }
      ebp = next
    }
    #expect(returns == worker.frames.map(\.instructionPointer))
    // Each return address follows `call rel32` to the callee's start.
    for (callee, caller) in zip(worker.frames, worker.frames.dropFirst()) {
      let call = try #require(process.memory.read(caller.instructionPointer - 5, count: 5))
      let relative = call[1...].reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
      #expect(call[0] == 0xE8)
      // The callee's function start: the nearest export at or below its instruction pointer.
      let calleeStart = process.modules.flatMap { module in module.spec.exports.map { module.base + UInt64($0.rva) } }
        .filter { $0 <= callee.instructionPointer }.max()
      #expect(UInt64(UInt32(truncatingIfNeeded: caller.instructionPointer) &+ relative) == calleeStart)
    }
  }

  @Test func ustHeapsUseTheX86Database() throws {
    let process = try ProcessBuilder.build(try ScenarioLoader.load(path: Self.scenario))
    let database = try #require(process.stackTraceDatabase)
    #expect(process.heaps.map(\.flags) == [0x0800_0002, 0x0800_1002])
    #expect(process.stackTraces.traces.map(\.count) == [10, 1])
    // EntryIndexArray (x86 +0x64) is the top of the 32 MB reservation; entry 1 sits at EntryIndexArray − 4.
    let top = try #require(process.memory.read(database + 0x64, count: 4))
    #expect(top.reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) } == database + 0x200_0000)
    // The first busy node32 block (0x24 + 8 header + 8 extra = 0x34 bytes → 7 granules of 8) carries trace 1.
    let heap = try #require(process.heaps.first)
    let block = try #require(heap.allocationBlocks.first { $0.busy })
    #expect(block.granules == 7 && block.hasExtra && block.traceIndex == 1)
    #expect(process.memory.read(block.end - 8, count: 2) == [1, 0])
  }

  @Test func tinyX86AgreesInBothPythonReaders() throws {
    guard CrosscheckTests.readersAvailable else {
      if ProcessInfo.processInfo.environment["CI"] == "true" { Issue.record("python3 with minidump and udmp_parser is required in CI") }
      return
    }
    let dumpPath = TestPaths.temporaryFile("tiny-x86-crosscheck.dmp")
    let expectedPath = TestPaths.temporaryFile("tiny-x86-crosscheck.json")
    let process = try ProcessBuilder.build(try ScenarioLoader.load(path: Self.scenario))
    try MinidumpWriter.write(process, to: dumpPath, progress: false)
    try ProcessDescription(process).json().write(toFile: expectedPath, atomically: true, encoding: .utf8)
    let result = try CrosscheckTests.run(["python3", TestPaths.crosscheckScript, dumpPath, expectedPath])
    #expect(result.status == 0, "\(result.output)")
  }

  @Test func whatIsNotForgedOnX86IsAnError() {
    func failure(_ text: String) -> String {
      do {
        _ = try ProcessBuilder.build(try ScenarioLoader.parse(text: "os: win10-x86\n" + text, fileName: "x86.yaml"))
        return "no error"
      } catch let error as ForgeError {
        return error.description
      } catch {
        return "unexpected \(error)"
      }
    }
    #expect(failure("heaps:\n  - {lfh: true, allocations: [{size: 16}]}\n").contains("without lfh"))
    #expect(failure("gflags: [ust]\nheaps:\n  - {allocations: [{size: 16}]}\n") == "no error")
    #expect(failure("heaps:\n  - {allocations: [{count: 3, size: 16}]}\n") == "no error")
    #expect(failure("threads:\n  - {id: 4, frames: [{at: 'ntdll!A+0x20', pushes: [rbx]}]}\nmodules:\n  - {name: ntdll.dll, exports: [{name: A, rva: 0x1000}]}\n").contains("take `at` and `frameSize` only"))
    #expect(failure("threads:\n  - {id: 4, stackWords: [{offset: 6, value: 1}]}\n").contains("multiples of 4"))
    #expect(failure("threads:\n  - {id: 4, stackWords: [{offset: 4, value: 1}]}\n") == "no error")
  }
}
