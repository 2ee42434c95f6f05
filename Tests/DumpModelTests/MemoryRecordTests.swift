import DumpModel
import Testing

/// `Dump.context(inMemoryAt:)` and `Dump.exceptionRecord(inMemoryAt:)` (`.cxr ADDR`, `.exr ADDR`)
/// on hand-made x86 and x64 dumps: CONTEXT offsets from nt-layouts.md §1.10, EXCEPTION_RECORD64
/// from §1.7, EXCEPTION_RECORD32 from winnt.h.
@Suite("Records in memory")
struct MemoryRecordTests {
  /// A dump with SystemInfo of `arch` and one MemoryList range at 0x10000 holding `bytes`.
  static func writer(arch: UInt16, memory bytes: [UInt8]) -> MiniWriter {
    var w = MiniWriter()
    w.stream(.systemInfo, systemInfoBody(arch: arch))
    let rva = w.append(bytes)
    w.stream(.memoryList, LE().u32(1).u64(0x10000).u32(UInt32(bytes.count)).u32(rva).bytes)
    return w
  }

  @Test func x86ContextAndRecord() throws {
    let ctx = LE().u32(0x1_003F).zeros(0x9C - 4)
    ctx.u32(0xED1).u32(0xE51).u32(0xEB1).u32(0xED0).u32(0xEC1).u32(0xEA1).u32(0x12_FF40).u32(0x40_1234)
    ctx.u32(0x23).u32(0x246).u32(0x12_FF00).u32(0x2B).pad(to: 0x2CC).pad(to: 0x300)
    // EXCEPTION_RECORD32 at 0x10300: code, flags, record, address, count, info[15].
    ctx.u32(0xC000_0005).u32(1).u32(0).u32(0x40_1234).u32(2).u32(1).u32(0xDEAD_BEEF).zeros(13 * 4)
    try withDump(Self.writer(arch: 0, memory: ctx.bytes)) { dump in
      guard case .x86(let c) = try #require(dump.context(inMemoryAt: 0x10000)) else {
        Issue.record("not an x86 context")
        return
      }
      #expect(c.contextFlags == 0x1_003F && c.eip == 0x40_1234 && c.esp == 0x12_FF00 && c.ebp == 0x12_FF40)
      #expect(c.eax == 0xEA1 && c.edi == 0xED1 && c.eflags == 0x246)
      let r = try #require(dump.exceptionRecord(inMemoryAt: 0x10300))
      #expect(r.code == 0xC000_0005 && r.flags == 1 && r.recordAddress == 0 && r.address == 0x40_1234)
      #expect(r.parameters == [1, 0xDEAD_BEEF])
      // The general registers end at 0xCC: a CONTEXT starting 0xCB bytes before the end is cut.
      #expect(dump.context(inMemoryAt: 0x10000 + UInt64(ctx.bytes.count) - 0xCB) == nil)
      #expect(dump.context(inMemoryAt: 0x10000 + UInt64(ctx.bytes.count) - 0xCC) != nil)
      #expect(dump.exceptionRecord(inMemoryAt: 0x20000) == nil)
    }
  }

  @Test func x64ContextAndRecord() throws {
    let ctx = LE().zeros(0x30).u32(0x10_005F).u32(0x1F80).u16(0x33).pad(to: 0x78)
    for i in 0..<16 { ctx.u64(0x1000 + UInt64(i)) }  // rax rcx rdx rbx rsp rbp rsi rdi r8..r15
    ctx.u64(0x1_4000_1709).pad(to: 0x4D0)
    // EXCEPTION_RECORD64 at 0x104D0, with NumberParameters 20 (only 15 are read).
    ctx.u32(0xC000_0094).u32(0).u64(0x2_0000).u64(0x1_4000_1709).u32(20).u32(0)
    for i in 0..<15 { ctx.u64(UInt64(i)) }
    try withDump(Self.writer(arch: 9, memory: ctx.bytes)) { dump in
      guard case .amd64(let c) = try #require(dump.context(inMemoryAt: 0x10000)) else {
        Issue.record("not an x64 context")
        return
      }
      #expect(c.contextFlags == 0x10_005F && c.segCs == 0x33 && c.rip == 0x1_4000_1709)
      #expect(c.rax == 0x1000 && c.rsp == 0x1004 && c.rbp == 0x1005 && c.r15 == 0x100F)
      let r = try #require(dump.exceptionRecord(inMemoryAt: 0x104D0))
      #expect(r.code == 0xC000_0094 && r.recordAddress == 0x2_0000 && r.address == 0x1_4000_1709)
      #expect(r.parameters == Array(0..<15))
    }
  }
}
