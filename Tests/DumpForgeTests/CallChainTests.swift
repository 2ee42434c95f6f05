import DumpForge
import Foundation
import Testing

/// `threads[].frames`: the chains of tiny and commit-limit pass the independent Python unwinder
/// (Tests/crosscheck/unwindcheck.py), and bad frames are scenario errors.
@Suite(.serialized) struct CallChainTests {
  static let samples = ["tiny", "commit-limit"]

  @Test(arguments: samples) func chainsPassTheIndependentPythonUnwinder(_ name: String) throws {
    guard CrosscheckTests.readersAvailable else {
      if ProcessInfo.processInfo.environment["CI"] == "true" {
        Issue.record("python3 with `minidump` and `udmp_parser` is required in CI (pip install minidump udmp-parser)")
      } else {
        print("skipping unwindcheck: python3 -c 'import minidump, udmp_parser' failed")
      }
      return
    }
    let dumpPath = TestPaths.temporaryFile("\(name)-unwindcheck.dmp")
    let expectedPath = TestPaths.temporaryFile("\(name)-unwindcheck.json")
    let process = try ProcessBuilder.build(try ScenarioLoader.load(path: HeapSampleTests.scenarioPath(name)))
    try MinidumpWriter.write(process, to: dumpPath, progress: false)
    try ProcessDescription(process).json().write(toFile: expectedPath, atomically: true, encoding: .utf8)
    let script = TestPaths.packageRoot.appendingPathComponent("Tests/crosscheck/unwindcheck.py").path
    let result = try CrosscheckTests.run(["python3", script, dumpPath, expectedPath])
    #expect(result.status == 0, "\(result.output)")
    #expect(result.output.contains("unwindcheck OK"))
    try? FileManager.default.removeItem(atPath: dumpPath)
  }

  /// Windows 7 stubs (+0xa), ALLOC_LARGE, REX registers and a non-rbp frame register.
  @Test func win7ChainWithLargeFrameUnwindsInPython() throws {
    guard CrosscheckTests.readersAvailable else { return }
    let text = """
      os: win7sp1-x64
      modules:
        - {name: app.exe, exports: [{name: main, rva: 0x1000}]}
        - {name: ntdll.dll, exports: [{name: NtWaitForSingleObject, rva: 0x2000}, {name: RtlUserThreadStart, rva: 0x3000}]}
        - {name: kernel32.dll, exports: [{name: BaseThreadInitThunk, rva: 0x2000}]}
      threads:
        - id: 4
          registers: {r12: 0x1234}
          frames: [ntdll!NtWaitForSingleObject+0xa, {at: app!main+0x40, pushes: [r12, r13], frameSize: 0x98, fpreg: r13}]

      """
    let process = try ProcessBuilder.build(try ScenarioLoader.parse(text: text, fileName: "w7.yaml"))
    let thread = try #require(process.threads.first)
    #expect(thread.context["r12"] == 0x1234)
    #expect(thread.context["r13"] == thread.frames[1].stackPointer)
    #expect(process.memory.read(thread.context["rip"] - 0xA, count: 11) == [0x4C, 0x8B, 0xD1, 0xB8, 1, 0, 0, 0, 0x0F, 0x05, 0xC3])
    let dumpPath = TestPaths.temporaryFile("w7-unwindcheck.dmp")
    let expectedPath = TestPaths.temporaryFile("w7-unwindcheck.json")
    try MinidumpWriter.write(process, to: dumpPath, progress: false)
    try ProcessDescription(process).json().write(toFile: expectedPath, atomically: true, encoding: .utf8)
    let script = TestPaths.packageRoot.appendingPathComponent("Tests/crosscheck/unwindcheck.py").path
    let result = try CrosscheckTests.run(["python3", script, dumpPath, expectedPath])
    #expect(result.output.contains("unwindcheck OK: 4 frames"), "\(result.output)")
  }

  @Test func tinyChainsEndInTheThreadStartFrames() throws {
    let process = try ProcessBuilder.build(try ScenarioLoader.load(path: TestPaths.tinyScenario))
    let main = try #require(process.threads.first)
    #expect(main.frames.map(\.name) == [
      "tiny!main+0x10", "tiny!__scrt_common_main_seh+0x54", "tiny!wmainCRTStartup+0xe",
      "kernel32!BaseThreadInitThunk+0x14", "ntdll!RtlUserThreadStart+0x21",
    ])
    #expect(main.frames.last?.returnAddress == 0)
    #expect(main.frames.last.map { $0.stackPointer + 0x80 } == main.stackBase - 0x30)
    let worker = try #require(process.threads.last)
    // worker's frame sets rbp to its own Child-SP; nothing inside pushes rbp, so rbp is that at frame 0.
    #expect(worker.context["rbp"] == worker.frames[2].stackPointer)
    #expect(worker.frames[1].stackPointer == worker.context["rsp"] + 8)
  }

  static let modules = """
    os: win10-x64
    modules:
      - {name: app.exe, exports: [{name: main, rva: 0x1000}, {name: helper, rva: 0x1100}]}
      - {name: ntdll.dll, exports: [{name: NtDelayExecution, rva: 0x2000}]}
    threads:
      - id: 1

    """

  func failure(_ frames: String, registers: String = "") -> String {
    do {
      let text = Self.modules + registers + "    frames:\n" + frames
      _ = try ProcessBuilder.build(try ScenarioLoader.parse(text: text, fileName: "f.yaml"))
      return "no error"
    } catch let error as ForgeError {
      return error.description
    } catch {
      return "unexpected \(error)"
    }
  }

  @Test func aSimpleChainBuilds() {
    #expect(failure("      - ntdll!NtDelayExecution+0x14\n      - app!main+0x20\n") == "no error")
  }

  @Test func badFramesAreScenarioErrors() {
    #expect(failure("      - app+0x1010\n").contains("the function must be an export"))
    #expect(failure("      - app!nothere+0x10\n").contains("has no export nothere"))
    #expect(failure("      - {at: app!main+0x10, pushes: [rax]}\n").contains("nonvolatile registers"))
    #expect(failure("      - {at: app!main+0x10, pushes: [rbx, rbx]}\n").contains("pushed twice"))
    #expect(failure("      - {at: app!main+0x10, fpreg: rbp}\n").contains("must also be in pushes"))
    #expect(failure("      - {at: app!main+0x10, frameSize: 0x21}\n").contains("multiple of 8"))
    #expect(failure("      - {at: app!main+0x10, bogus: 1}\n").contains("unknown field 'bogus'"))
    #expect(failure("      - app!helper+0x2\n").contains("too close to the prolog"))
    #expect(failure("      - app!helper+0x10\n      - app!main+0x5\n").contains("too close to the prolog"))
    #expect(
      failure("      - app!helper+0x10\n      - {at: app!main+0x20, pushes: [rbx]}\n").contains("not a multiple of 16"))
    #expect(
      failure("      - {at: ntdll!NtDelayExecution+0x14, frameSize: 0x28}\n").contains("system call stub"))
    #expect(
      failure("      - app!helper+0x10\n      - ntdll!NtDelayExecution+0x14\n").contains("only be the innermost frame"))
    #expect(
      failure("      - app!helper+0x10\n      - {at: app!main+0x20, frameSize: 0x28}\n      - {at: app!main+0x40, pushes: [rbx], frameSize: 0x20}\n")
        .contains("different frame shape"))
    #expect(failure("      - app!main+0x10\n", registers: "    registers: {rip: app!main}\n").contains("either registers.rip or frames"))
    #expect(failure("      - app!main+0x10\n", registers: "    registers: {rsp: 0x10}\n").contains("outside the committed stack"))
  }

  @Test func stackWordsMayNotOverwriteTheChain() {
    let text = Self.modules + "    frames: [app!helper+0x10]\n    stackWords: [{offset: 0x28, value: 1}]\n"
    do {
      _ = try ProcessBuilder.build(try ScenarioLoader.parse(text: text, fileName: "f.yaml"))
      Issue.record("no error")
    } catch {
      #expect("\(error)".contains("overwrites a return address"))
    }
  }
}
