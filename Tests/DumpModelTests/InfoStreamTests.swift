import DumpModel
import Testing

@Suite struct InfoStreamTests {
  @Test func systemInfo() throws {
    var w = MiniWriter()
    let csd = w.string("Service Pack 1")
    w.stream(.systemInfo, systemInfoBody(arch: 9, csdRva: csd))
    try withDump(w) { dump in
      let s = try dump.systemInfo.get()
      #expect(s.architecture == .amd64 && s.pointerSize == 8)
      #expect(s.processorLevel == 6 && s.processorRevision == 0x4501 && s.numberOfProcessors == 4 && s.productType == 1)
      #expect(s.majorVersion == 10 && s.minorVersion == 0 && s.buildNumber == 19045 && s.platformId == 2)
      #expect(s.csdVersion == "Service Pack 1" && s.suiteMask == 0x100 && s.vendorId == "GenuineIntel")
    }
  }

  @Test func systemInfoWithDanglingCsdAndArm64() throws {
    var w = MiniWriter()
    w.stream(.systemInfo, systemInfoBody(arch: 12, csdRva: 0x7FFF_FFF0))
    try withDump(w) { dump in
      let s = try dump.systemInfo.get()
      #expect(s.architecture == .arm64 && s.csdVersion == "" && s.vendorId == nil)
    }
  }

  @Test func systemInfoTooShortFails() throws {
    var w = MiniWriter()
    w.stream(.systemInfo, Array(systemInfoBody().prefix(0x10)))
    try withDump(w) { dump in
      guard case .badStreamSize = failure(dump.systemInfo) else { Issue.record("expected badStreamSize"); return }
    }
  }

  /// A MINIDUMP_MISC_INFO_5 image (1364 bytes) with every field filled, cut to `size`.
  func miscInfo(size: UInt32, flags: UInt32) -> [UInt8] {
    let b = LE()
    b.u32(size).u32(flags).u32(4242).u32(1_700_000_000).u32(12).u32(3)  // v1: 24 bytes
    b.u32(3000).u32(2400).u32(2400).u32(0).u32(0)  // v2: 44 bytes
    b.u32(0x2000).u32(0).u32(0).u32(2)  // integrity, execute flags, protected, TimeZoneId
    b.u32(UInt32(bitPattern: -60)).wchars("W. Europe Standard Time", count: 32).zeros(16).u32(0)
    b.wchars("W. Europe Daylight Time", count: 32).zeros(16).u32(UInt32(bitPattern: -60))  // v3: 232
    b.wchars("19041.1.amd64fre.vb_release.191206-1406", count: 260).wchars("dbgcore.amd64fre", count: 40)  // v4: 832
    b.zeros(0x210).u32(0xC0FFEE)  // XStateData, ProcessCookie: 1364
    #expect(b.bytes.count == 1364)
    return Array(b.bytes.prefix(Int(size)))
  }

  @Test(arguments: [UInt32(24), 44, 232, 832, 1364])
  func miscInfoEverySize(size: UInt32) throws {
    var w = MiniWriter()
    w.stream(.miscInfo, miscInfo(size: size, flags: 0x1 | 0x2 | 0x4 | 0x40 | 0x100 | 0x200))
    try withDump(w) { dump in
      let m = try dump.miscInfo.get()
      #expect(m.sizeOfInfo == size)
      #expect(m.processId == 4242 && m.processCreateTime == 1_700_000_000 && m.processUserTime == 12 && m.processKernelTime == 3)
      #expect(m.processorMaxMhz == (size >= 44 ? 3000 : nil))
      #expect(m.processorCurrentMhz == (size >= 44 ? 2400 : nil))
      #expect(m.timeZoneId == (size >= 232 ? 2 : nil) && m.timeZoneBias == (size >= 232 ? -60 : nil))
      #expect(m.timeZoneStandardName == (size >= 232 ? "W. Europe Standard Time" : nil))
      #expect(m.timeZoneDaylightName == (size >= 232 ? "W. Europe Daylight Time" : nil))
      #expect(m.buildString == (size >= 832 ? "19041.1.amd64fre.vb_release.191206-1406" : nil))
      #expect(m.dbgBuildString == (size >= 832 ? "dbgcore.amd64fre" : nil))
      #expect(m.processCookie == (size >= 1364 ? 0xC0FFEE : nil))
    }
  }

  @Test func miscInfoClearFlagsGiveNil() throws {
    var w = MiniWriter()
    w.stream(.miscInfo, miscInfo(size: 1364, flags: 0x1))
    try withDump(w) { dump in
      let m = try dump.miscInfo.get()
      #expect(m.processId == 4242 && m.flags1 == 1)
      #expect(m.processCreateTime == nil && m.processorMaxMhz == nil && m.timeZoneBias == nil)
      #expect(m.timeZoneStandardName == nil && m.buildString == nil && m.processCookie == nil)
    }
  }

  @Test func miscInfoSizeBelow24Fails() throws {
    var w = MiniWriter()
    let b = LE()
    b.u32(16).u32(1).zeros(16)
    w.stream(.miscInfo, b.bytes)
    try withDump(w) { dump in
      guard case .badValue = failure(dump.miscInfo) else { Issue.record("expected badValue"); return }
    }
  }

  @Test func exceptionStream() throws {
    var w = MiniWriter()
    let b = LE()
    b.u32(0x1234).u32(0).u32(0xC000_0005).u32(1).u64(0).u64(0x7FF6_0000_1000).u32(20).u32(0)
    for i in 0..<15 { b.u64(UInt64(i + 1)) }
    b.u32(0x4D0).u32(0x400)
    #expect(b.bytes.count == 0xA8)
    w.stream(.exception, b.bytes)
    try withDump(w) { dump in
      let e = try dump.exception.get()
      #expect(e.threadId == 0x1234 && e.record.code == 0xC000_0005 && e.record.flags == 1)
      #expect(e.record.address == 0x7FF6_0000_1000 && e.record.recordAddress == 0)
      #expect(e.record.parameters == (1...15).map { UInt64($0) })
      #expect(e.context == LocationDescriptor(dataSize: 0x4D0, rva: 0x400))
    }
  }

  @Test func handleDataWithBadNameRva() throws {
    var w = MiniWriter()
    let type = w.string("Event")
    let obj = w.string("\\BaseNamedObjects\\Ready")
    let b = LE()
    b.u32(0x10).u32(0x28).u32(2).u32(0)
    b.u64(0x4).u32(type).u32(obj).u32(0).u32(0x1F0003).u32(2).u32(3).u32(0).u32(0)
    b.u64(0x8).u32(type).u32(0xFFFF_FF00).u32(2).u32(0x1).u32(1).u32(1).u32(0).u32(0)
    w.stream(.handleData, b.bytes)
    try withDump(w) { dump in
      let h = try dump.handles.get()
      #expect(h.count == 2)
      #expect(h[0].handle == 4 && h[0].typeName == "Event" && h[0].objectName == "\\BaseNamedObjects\\Ready")
      #expect(h[0].grantedAccess == 0x1F0003 && h[0].handleCount == 2 && h[0].pointerCount == 3)
      #expect(h[1].handle == 8 && h[1].typeName == "Event" && h[1].objectName == nil && h[1].attributes == 2)
    }
  }

  @Test func comments() throws {
    var w = MiniWriter()
    w.stream(.commentA, Array("crash in ComputeRatio\0garbage".utf8))
    let b = LE()
    for u in "wide ☃ comment".utf16 { b.u16(u) }
    b.u16(0)
    w.stream(.commentW, b.bytes)
    try withDump(w) { dump throws in
      #expect(try dump.commentA.get() == "crash in ComputeRatio")
      #expect(try dump.commentW.get() == "wide ☃ comment")
    }
  }

  @Test func vmCountersRevision1() throws {
    var w = MiniWriter()
    let b = LE()
    b.u16(1).u16(0xFFFF).u32(777)  // rev 1 has no Flags: bytes 2..3 are padding
    for i in 1...9 { b.u64(UInt64(i) * 0x1000) }
    w.stream(.processVmCounters, b.bytes)
    try withDump(w) { dump in
      let v = try dump.vmCounters.get()
      #expect(v.revision == 1 && v.flags == 0 && v.pageFaultCount == 777)
      #expect(v.peakWorkingSetSize == 0x1000 && v.peakPagefileUsage == 0x8000 && v.privateUsage == 0x9000)
      #expect(v.virtualSize == nil && v.privateWorkingSetSize == nil)
    }
  }

  @Test func vmCountersRevision2() throws {
    var w = MiniWriter()
    let b = LE()
    b.u16(2).u16(0x1F).u32(888)
    for i in 1...18 { b.u64(UInt64(i) * 0x100) }
    #expect(b.bytes.count == 0x98)
    w.stream(.processVmCounters, b.bytes)
    try withDump(w) { dump in
      let v = try dump.vmCounters.get()
      #expect(v.revision == 2 && v.flags == 0x1F && v.pageFaultCount == 888)
      #expect(v.workingSetSize == 0x200 && v.peakPagefileUsage == 0x800)
      #expect(v.peakVirtualSize == 0x900 && v.virtualSize == 0xA00 && v.privateUsage == 0xB00)
      #expect(v.privateWorkingSetSize == 0xC00 && v.sharedCommitUsage == 0xD00)
    }
  }
}
