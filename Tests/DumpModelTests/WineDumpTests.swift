import DumpModel
import Foundation
import Testing

/// Real minidumps written by Wine 8.0's dbghelp (../shared/fixtures/wine/README.md).
@Suite(.enabled(if: WineFixtures.enabled, WineFixtures.skipReason))
struct WineDumpTests {
  static let all: [(String, Result<String, FixtureError>)] = [
    ("sample-crash-mini", WineFixtures.crashMini), ("sample-crash-full", WineFixtures.crashFull),
    ("leak-full", WineFixtures.leakFull),
  ]
  static let names = all.map(\.0)

  func open(_ name: String) throws -> Dump? {
    guard let fixture = Self.all.first(where: { $0.0 == name })?.1, let path = WineFixtures.path(fixture) else { return nil }
    return try Dump.open(path: path)
  }

  @Test(arguments: names) func systemAndMiscInfo(name: String) throws {
    guard let dump = try open(name) else { return }
    let s = try dump.systemInfo.get()
    #expect(s.architecture == .amd64 && s.pointerSize == 8)
    #expect(s.majorVersion == 6 && s.minorVersion == 1 && s.buildNumber == 7601 && s.platformId == 2)
    #expect(s.csdVersion == "Service Pack 1")
    #expect(s.vendorId == nil, "Wine leaves no CPUID vendor in the CPU union")
    let m = try dump.miscInfo.get()
    #expect(m.sizeOfInfo == 24 && m.flags1 == 1 && m.processId != nil)
    #expect(m.processCreateTime == nil && m.processorMaxMhz == nil)
  }

  @Test(arguments: names) func threadsContextsAndTebs(name: String) throws {
    guard let dump = try open(name) else { return }
    let threads = try dump.threads.get()
    #expect(threads.count == 1)
    for t in threads {
      #expect(t.teb != 0)
      if name == "leak-full" {
        // The thread that called MiniDumpWriteDump: Wine writes no context and no stack for it.
        #expect(t.context == LocationDescriptor(dataSize: 0, rva: 0))
        #expect(t.stack.location.dataSize == 0)
        #expect(failure(dump.context(at: t.context))?.description.isEmpty == false)
      } else {
        let c = try dump.context(at: t.context).get()
        #expect(c.instructionPointer != 0 && c.stackPointer != 0)
        #expect(t.stack.start <= c.stackPointer && c.stackPointer < t.stack.start + UInt64(t.stack.location.dataSize))
        // The stack bytes are in the dump by address (full dumps: Stack.Rva is 0, bytes in Memory64).
        #expect(dump.addressSpace.bytes(at: t.stack.start, count: Int(t.stack.location.dataSize)) != nil)
      }
      if name != "sample-crash-mini" {
        // NT_TIB.Self at TEB+0x30 points back at the TEB.
        #expect(dump.addressSpace.load(UInt64.self, at: t.teb + 0x30) == t.teb)
      }
    }
  }

  @Test func fullDumpStackRvaIsZero() throws {
    guard let dump = try open("sample-crash-full") else { return }
    let t = try #require(try dump.threads.get().first)
    #expect(t.stack.location.rva == 0 && t.stack.location.dataSize > 0)
  }

  @Test(arguments: names) func modulesIncludeNtdll(name: String) throws {
    guard let dump = try open(name) else { return }
    let modules = try dump.modules.get()
    #expect(modules.count == 8)
    let ntdll = try #require(modules.first { $0.fileName.lowercased() == "ntdll.dll" })
    #expect(ntdll.path.lowercased() == "c:\\windows\\system32\\ntdll.dll")
    #expect(ntdll.versionInfo?.fileVersion == "6.1.7601.24059")
    #expect(modules.allSatisfy { $0.codeView == nil }, "Wine writes no CodeView records")
    guard name != "sample-crash-mini" else { return }  // no module images in the mini dump
    let space = dump.addressSpace
    #expect(space.bytes(at: ntdll.base, count: 2) == Array("MZ".utf8))
    let lfanew = try #require(space.load(UInt32.self, at: ntdll.base + 0x3C))
    let pe = ntdll.base + UInt64(lfanew)
    #expect(space.load(UInt32.self, at: pe) == 0x0000_4550)  // "PE\0\0"
    #expect(space.load(UInt16.self, at: pe + 0x18) == 0x20B)  // PE32+
    #expect(space.load(UInt32.self, at: pe + 0x18 + 0x38) == ntdll.size)  // SizeOfImage
    #expect(space.load(UInt64.self, at: pe + 0x18 + 0x18) == ntdll.base)  // ImageBase
  }

  @Test(arguments: ["sample-crash-full", "leak-full"]) func memory64ListFillsTheFileTail(name: String) throws {
    guard let dump = try open(name) else { return }
    let ranges = try dump.memory64List.get()
    #expect(ranges.count == (name == "leak-full" ? 131 : 129))
    let first = try #require(ranges.first)
    let total = ranges.reduce(UInt64(0)) { $0 + $1.size }
    // The raw-memory blob starts at BaseRva and runs exactly to the end of the file.
    #expect(first.fileOffset + total == dump.file.size)
    for (a, b) in zip(ranges, ranges.dropFirst()) {
      #expect(b.fileOffset == a.fileOffset + a.size)
      #expect(b.address >= a.end)
    }
    #expect(dump.addressSpace.totalBytes == total && dump.warnings.isEmpty)
  }

  @Test func miniDumpMemoryList() throws {
    guard let dump = try open("sample-crash-mini") else { return }
    let ranges = try dump.memoryList.get()
    #expect(ranges.count == 7174)
    let t = try #require(try dump.threads.get().first)
    // In the mini dump the thread's Stack descriptor points at the first MemoryList range.
    #expect(ranges.first == MemoryRange(address: t.stack.start, size: UInt64(t.stack.location.dataSize), fileOffset: UInt64(t.stack.location.rva)))
  }

  @Test(arguments: ["sample-crash-mini", "sample-crash-full"]) func integerDivideByZero(name: String) throws {
    guard let dump = try open(name) else { return }
    let e = try dump.exception.get()
    #expect(e.record.code == 0xC000_0094 && e.record.flags == 0 && e.record.parameters.isEmpty)
    let thread = try #require(try dump.threads.get().first { $0.threadId == e.threadId })
    let ctx = try dump.context(at: e.context).get()
    #expect(ctx.instructionPointer == e.record.address)
    #expect(try dump.context(at: thread.context).get().instructionPointer == e.record.address)
    // ComputeRatio in the exe image.
    let exe = try #require(try dump.modules.get().first)
    #expect(exe.base <= e.record.address && e.record.address < exe.end)
  }

  @Test func leakDumpHasNoException() throws {
    guard let dump = try open("leak-full") else { return }
    #expect(failure(dump.exception) == .missingStream(.exception))
    #expect(dump.header.flags.contains(.withFullMemory) && dump.header.flags.contains(.withThreadInfo))
    // Wine sets MiniDumpWithThreadInfo but writes no ThreadInfoList.
    #expect(failure(dump.threadInfos) == .missingStream(.threadInfoList))
  }
}
