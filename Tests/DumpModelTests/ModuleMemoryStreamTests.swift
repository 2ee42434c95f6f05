import DumpModel
import Testing

@Suite struct ModuleMemoryStreamTests {
  /// One MINIDUMP_MODULE (108 bytes).
  func module(base: UInt64, size: UInt32, name: UInt32, version: Bool, cv: (UInt32, UInt32)) -> [UInt8] {
    let b = LE()
    b.u64(base).u32(size).u32(0xABCD).u32(0x5F00_0000).u32(name)
    if version {
      b.u32(0xFEEF_04BD).u32(0x10000).u32(0x0006_0001).u32(0x1DB1_0000).u32(0x0006_0001).u32(0x1DB1_0000)
      b.u32(0x3F).u32(0).u32(0x40004).u32(2).u32(0).u32(0).u32(0)
    } else {
      b.zeros(0x34)
    }
    b.u32(cv.0).u32(cv.1).u32(0).u32(0).u64(0).u64(0)
    #expect(b.bytes.count == 108)
    return b.bytes
  }

  @Test func moduleListWithVersionCodeViewAndBadName() throws {
    var w = MiniWriter()
    let name = w.string("C:\\Windows\\System32\\ntdll.dll")
    let rsds = LE()
    rsds.raw(Array("RSDS".utf8)).raw(Array(1...16)).u32(2).raw(Array("ntdll.pdb\0".utf8))
    let rsdsRva = w.append(rsds.bytes)
    let nb10 = LE()
    nb10.raw(Array("NB10".utf8)).u32(0).u32(0x3A00_0000).u32(7).raw(Array("old.pdb\0".utf8))
    let nb10Rva = w.append(nb10.bytes)
    let b = LE()
    b.u32(3)
    b.raw(module(base: 0x7FFE_0000_0000, size: 0x1F_0000, name: name, version: true, cv: (UInt32(rsds.bytes.count), rsdsRva)))
    b.raw(module(base: 0x40_0000, size: 0x1000, name: 0xFFFF_FFF0, version: false, cv: (UInt32(nb10.bytes.count), nb10Rva)))
    b.raw(module(base: 0x50_0000, size: 0x2000, name: name, version: false, cv: (0x1000, 0xFFFF_0000)))
    w.stream(.moduleList, b.bytes)
    try withDump(w) { dump in
      let m = try dump.modules.get()
      #expect(m.count == 3)
      #expect(m[0].base == 0x7FFE_0000_0000 && m[0].size == 0x1F_0000 && m[0].checkSum == 0xABCD && m[0].timeDateStamp == 0x5F00_0000)
      #expect(m[0].path == "C:\\Windows\\System32\\ntdll.dll" && m[0].moduleName == "ntdll")
      #expect(m[0].versionInfo?.fileVersion == "6.1.7601.0" && m[0].versionInfo?.fileType == 2)
      #expect(m[0].codeView == .pdb70(guid: Array(1...16), age: 2, pdbName: "ntdll.pdb"))
      #expect(m[1].path == "" && m[1].versionInfo == nil)
      #expect(m[1].codeView == .pdb20(signature: 0x3A00_0000, age: 7, pdbName: "old.pdb"))
      #expect(m[2].codeView == nil)
    }
  }

  @Test func unloadedModules() throws {
    var w = MiniWriter()
    let name = w.string("C:\\gone.dll")
    let b = LE()
    b.u32(0x0C).u32(0x18).u32(2)
    b.u64(0x1000_0000).u32(0x5000).u32(1).u32(2).u32(name)
    b.u64(0x2000_0000).u32(0x6000).u32(3).u32(4).u32(0xFFFF_FFFF)
    w.stream(.unloadedModuleList, b.bytes)
    try withDump(w) { dump in
      let u = try dump.unloadedModules.get()
      #expect(u.map(\.base) == [0x1000_0000, 0x2000_0000])
      #expect(u.map(\.path) == ["C:\\gone.dll", ""])
      #expect(u[1].size == 0x6000 && u[1].checkSum == 3 && u[1].timeDateStamp == 4)
    }
  }

  @Test func memoryListRangesReadableByAddress() throws {
    var w = MiniWriter()
    let a = w.append([1, 2, 3, 4, 5, 6, 7, 8])
    let b2 = w.append([9, 10, 11, 12])
    let b = LE()
    b.u32(2).u64(0x1000).u32(8).u32(a).u64(0x1008).u32(4).u32(b2)
    w.stream(.memoryList, b.bytes)
    try withDump(w) { dump in
      let r = try dump.memoryList.get()
      #expect(r == [
        MemoryRange(address: 0x1000, size: 8, fileOffset: UInt64(a)),
        MemoryRange(address: 0x1008, size: 4, fileOffset: UInt64(b2)),
      ])
      #expect(dump.addressSpace.bytes(at: 0x1006, count: 4) == [7, 8, 9, 10])
    }
  }

  @Test func memory64ListOffsetsAndOversizedStream() throws {
    var w = MiniWriter()
    let base = w.append(Array(0..<48))
    let b = LE()
    b.u64(3).u64(UInt64(base))
    b.u64(0x10000).u64(16).u64(0x20000).u64(0).u64(0x30000).u64(32)
    b.zeros(24)  // larger than needed: accepted
    w.stream(.memory64List, b.bytes)
    try withDump(w) { dump in
      let r = try dump.memory64List.get()
      #expect(r.map(\.fileOffset) == [UInt64(base), UInt64(base) + 16, UInt64(base) + 16])
      #expect(dump.addressSpace.bytes(at: 0x30000, count: 3) == [16, 17, 18])
      #expect(dump.addressSpace.totalBytes == 48)
    }
  }

  @Test func memory64ListOffsetOverflowFails() throws {
    var w = MiniWriter()
    let b = LE()
    b.u64(2).u64(0x100).u64(0x10000).u64(UInt64.max - 0x10).u64(0x20000).u64(0x100)
    w.stream(.memory64List, b.bytes)
    try withDump(w) { dump in
      guard case .badValue(let s, _, let detail) = failure(dump.memory64List) else {
        Issue.record("expected badValue"); return
      }
      #expect(s.name == "Memory64ListStream" && detail.contains("overflow"))
    }
  }

  @Test func memory64HugeCountFails() throws {
    var w = MiniWriter()
    let b = LE()
    b.u64(UInt64.max / 2).u64(0x100).u64(0x10000).u64(0x10)
    w.stream(.memory64List, b.bytes)
    try withDump(w) { dump in
      guard case .badStreamSize = failure(dump.memory64List) else { Issue.record("expected badStreamSize"); return }
      #expect(dump.addressSpace.ranges.isEmpty && !dump.warnings.isEmpty)
    }
  }

  @Test func memoryInfoList() throws {
    var w = MiniWriter()
    let b = LE()
    b.u32(0x10).u32(0x30).u64(2)
    b.u64(0x10000).u64(0x10000).u32(0x4).u32(0).u64(0x2000).u32(0x1000).u32(0x4).u32(0x20000).u32(0)
    b.u64(0x12000).u64(0).u32(0).u32(0).u64(0xE000).u32(0x10000).u32(0).u32(0).u32(0)
    w.stream(.memoryInfoList, b.bytes)
    try withDump(w) { dump in
      let m = try dump.memoryInfo.get()
      #expect(m.count == 2)
      #expect(m[0] == MemoryInfo(baseAddress: 0x10000, allocationBase: 0x10000, allocationProtect: 4, regionSize: 0x2000, state: 0x1000, protect: 4, type: 0x20000))
      #expect(m[1].state == 0x10000 && m[1].end == 0x20000)
    }
  }

  @Test func memoryInfoEntryTooSmallFails() throws {
    var w = MiniWriter()
    let b = LE()
    b.u32(0x10).u32(0x20).u64(1).zeros(0x20)
    w.stream(.memoryInfoList, b.bytes)
    try withDump(w) { dump in
      guard case .badValue = failure(dump.memoryInfo) else { Issue.record("expected badValue"); return }
    }
  }
}
