import DumpForge
import Testing

@Suite struct ScenarioErrorTests {
  func failure(_ text: String) -> String {
    do {
      let scenario = try ScenarioLoader.parse(text: text, fileName: "test.yaml")
      _ = try ProcessBuilder.build(scenario)
      return "no error"
    } catch let error as ForgeError {
      return error.description
    } catch {
      return "unexpected \(error)"
    }
  }

  @Test func missingRequiredFieldIsNamed() {
    let message = failure("seed: 3\n")
    #expect(message.contains("test.yaml"))
    #expect(message.contains("missing required field 'os'"))
  }

  @Test func missingThreadIdNamesThePathAndLine() {
    let message = failure("os: win10-x64\nthreads:\n  - stack: {size: 1M}\n")
    #expect(message.contains("test.yaml:3"))
    #expect(message.contains("threads[0]"))
    #expect(message.contains("missing required field 'id'"))
  }

  @Test func badSizeStringSaysWhatWasExpected() {
    let message = failure("os: win10-x64\nregions:\n  - {reserve: 12Q}\n")
    #expect(message.contains("regions[0].reserve"))
    #expect(message.contains("expected a size like"))
    #expect(message.contains("12Q"))
  }

  @Test func unknownFieldAndUnknownOsAreRejected() {
    #expect(failure("os: win10-x64\nthreds: []\n").contains("unknown field 'threds'"))
    #expect(failure("os: win95\n").contains("unknown os \"win95\""))
  }

  @Test func overlappingRegionsNameBoth() {
    let message = failure(
      """
      os: win10-x64
      regions:
        - {name: first, base: 0x10000000, reserve: 128K}
        - {name: second, base: 0x10010000, reserve: 64K}
      """)
    #expect(message.contains("overlap"))
    #expect(message.contains("region 'first'"))
    #expect(message.contains("region 'second'"))
  }

  @Test func unknownSymbolIsReported() {
    let message = failure(
      "os: win10-x64\nthreads:\n  - id: 4\n    registers: {rip: 'ntdll!NoSuchExport'}\n")
    #expect(message.contains("ntdll.dll has no export NoSuchExport"))
  }

  @Test func sizeUnitsParse() throws {
    let scenario = try ScenarioLoader.parse(
      text: "os: win11-x64\nregions:\n  - {reserve: 2M, commit: '0x3000'}\n  - {reserve: 1G, commit: 64K}\n")
    #expect(scenario.regions.map(\.reserve) == [0x20_0000, 0x4000_0000])
    #expect(scenario.regions.map(\.commit) == [0x3000, 0x1_0000])
  }

  @Test func gflagsAcceptNamesAndNumbers() throws {
    #expect(try ScenarioLoader.parse(text: "os: win10-x64\ngflags: [ust, htc]\n").globalFlags == 0x1010)
    #expect(try ScenarioLoader.parse(text: "os: win10-x64\ngflags: 0x02000000\n").globalFlags == 0x0200_0000)
  }

  @Test func jsonScenariosAreAccepted() throws {
    let scenario = try ScenarioLoader.parse(text: #"{"os": "win10-x64", "threads": [{"id": 7}]}"#)
    #expect(scenario.threads.map(\.id) == [7])
  }
}

@Suite struct HeapScenarioErrorTests {
  func failure(_ text: String) -> String {
    do {
      _ = try ProcessBuilder.build(try ScenarioLoader.parse(text: "os: win10-x64\n" + text, fileName: "heap.yaml"))
      return "no error"
    } catch let error as ForgeError {
      return error.description
    } catch {
      return "unexpected \(error)"
    }
  }

  @Test func heapFieldErrorsNameThePath() {
    #expect(failure("heaps:\n  - {lfh: yes-please}\n").contains("heaps[0].lfh"))
    #expect(failure("heaps:\n  - {allocations: [{count: 2}]}\n").contains("heaps[0].allocations[0]"))
    #expect(failure("heaps:\n  - {allocations: [{count: 2, size: 16, sizes: [16]}]}\n").contains("either size or sizes"))
    #expect(failure("heaps:\n  - {allocations: [{count: 2, size: 16, freed: 3}]}\n").contains("more than count"))
    #expect(failure("heaps:\n  - {allocations: [{size: {min: 64, max: 16}}]}\n").contains("above size.max"))
    #expect(failure("heaps:\n  - {base: 0x1234}\n").contains("64K aligned"))
    #expect(failure("heaps:\n  - {allocations: [{size: 16}], corrupt: [{block: 0, how: smash}]}\n").contains("checksum, size or prevsize"))
    #expect(failure("heaps:\n  - {allocations: [{size: 16}], corrupt: [{block: 7, how: size}]}\n").contains("past the last block"))
    #expect(failure("heaps:\n  - {allocations: [{size: 16, stack: ['ntdll!Nope']}]}\n").contains("has no export Nope"))
    #expect(failure("heaps:\n  - {reserv: 1M}\n").contains("unknown field 'reserv'"))
  }

  @Test func repeatErrors() {
    #expect(failure("regions:\n  - {reserve: 128K, stride: 64K, repeat: 3}\n").contains("at least the reservation"))
    #expect(failure("regions:\n  - {reserve: 64K, repeat: 0}\n").contains("repeat must be 1"))
    #expect(failure("regions:\n  - {reserve: 64K, stride: 128K}\n").contains("stride needs repeat"))
  }

  @Test func lfhErrorsSayWhatIsNotForged() throws {
    #expect(failure("gflags: [ust]\nheaps:\n  - {lfh: true, allocations: [{size: 16}]}\n").contains("with gflags ust is not forged"))
    // win7sp1-x64 and win7sp1-x86 are forged (Windows 7 structures); win10-x86 is not (X86SampleTests).
    let win7 = try ProcessBuilder.build(try ScenarioLoader.parse(text: "os: win7sp1-x64\nheaps:\n  - {lfh: true, allocations: [{size: 16}]}\n"))
    #expect(win7.heaps.first?.lfh?.windows7 == true && win7.heaps.first?.lfh?.x86 == false)
    let win7x86 = try ProcessBuilder.build(try ScenarioLoader.parse(text: "os: win7sp1-x86\nheaps:\n  - {lfh: true, allocations: [{size: 16}]}\n"))
    #expect(win7x86.heaps.first?.lfh?.windows7 == true && win7x86.heaps.first?.lfh?.x86 == true)
    #expect(win7x86.heaps.first?.lfh?.subsegments.map(\.blockGranules) == [3])
  }

  @Test func nonGrowableHeapThatOverflowsIsAnError() {
    #expect(failure("heaps:\n  - {flags: 0, reserve: 64K, allocations: [{count: 100, size: 0x1000}]}\n").contains("do not fit"))
  }
}
