import DumpModel
import Testing

/// UNWIND_INFO parsing from hand-made bytes (PE/COFF specification, "x64 exception handling":
/// byte 0 version | flags << 3, SizeOfProlog, CountOfCodes, FrameRegister | FrameOffset << 4,
/// then 2-byte slots {CodeOffset, UnwindOp | OpInfo << 4}).
@Suite("UNWIND_INFO")
struct UnwindInfoTests {
  /// Header bytes then slots (each slot as two bytes).
  func info(version: UInt8 = 1, flags: UInt8 = 0, prolog: UInt8, frame: UInt8 = 0, _ slots: [(UInt8, UInt8)], tail: [UInt8] = []) -> [UInt8] {
    var b: [UInt8] = [version | flags << 3, prolog, UInt8(slots.count), frame]
    for (x, y) in slots { b += [x, y] }
    if slots.count % 2 == 1 { b += [0, 0] }
    return b + tail
  }

  @Test func everyCode() throws {
    // Prolog: push rbp (1); sub rsp,0x18 (5); lea rbp,[rsp+0x10] (10); mov [rsp+0x40],rbx (15);
    // movaps [rsp+0x20],xmm6 (20); sub rsp,0x1000 (27); mov [rsp+0x12345],rsi (35);
    // sub rsp,0x123456 (42); movaps [rsp+0x54320],xmm7 (50).
    let bytes = info(
      prolog: 50, frame: 0x15,  // frame register 5 (RBP), offset 1*16
      [
        (50, 0x79), (0x32, 0x54), (0x05, 0x00),  // SAVE_XMM128_FAR xmm7, 0x00055432? (low, high)
        (42, 0x11), (0x56, 0x34), (0x12, 0x00),  // ALLOC_LARGE info 1: 0x00123456
        (35, 0x65), (0x45, 0x23), (0x01, 0x00),  // SAVE_NONVOL_FAR rsi, 0x00012345
        (27, 0x01), (0x00, 0x02),  // ALLOC_LARGE info 0: 0x200*8
        (20, 0x68), (0x02, 0x00),  // SAVE_XMM128 xmm6, 2*16
        (15, 0x34), (0x08, 0x00),  // SAVE_NONVOL rbx, 8*8
        (10, 0x03),  // SET_FPREG
        (5, 0x22),  // ALLOC_SMALL 2*8+8
        (1, 0x50),  // PUSH_NONVOL rbp
      ])
    let u = try UnwindInfo(bytes: bytes)
    #expect(u.version == 1 && u.flags == 0 && u.sizeOfProlog == 50)
    #expect(u.frameRegister == 5 && u.frameOffset == 16)
    #expect(u.codes.map(\.operation) == [
      .saveXMM128(register: 7, offset: 0x0005_5432), .allocate(size: 0x0012_3456),
      .saveNonvolatile(register: 6, offset: 0x0001_2345), .allocate(size: 0x1000),
      .saveXMM128(register: 6, offset: 32), .saveNonvolatile(register: 3, offset: 64),
      .setFramePointer, .allocate(size: 24), .pushNonvolatile(register: 5),
    ])
    #expect(u.codes.map(\.codeOffset) == [50, 42, 35, 27, 20, 15, 10, 5, 1])
    #expect(u.chained == nil)
  }

  @Test func machineFrameAndEpilogCodes() throws {
    let u = try UnwindInfo(bytes: info(version: 2, prolog: 0, [(1, 0x06), (0, 0), (0, 0x1A), (0, 0x0A)]))
    #expect(u.codes.map(\.operation) == [.epilog, .pushMachineFrame(withErrorCode: true), .pushMachineFrame(withErrorCode: false)])
  }

  @Test func chainedInfo() throws {
    let tail: [UInt8] = [0x00, 0x10, 0, 0, 0x40, 0x10, 0, 0, 0x80, 0x20, 0, 0]
    let u = try UnwindInfo(bytes: info(flags: 4, prolog: 4, [(4, 0x32)], tail: tail))
    #expect(u.chained == RuntimeFunction(begin: 0x1000, end: 0x1040, unwindData: 0x2080))
    #expect(UnwindInfo.byteCount(countOfCodes: 1) == 4 + 4 + 12)
  }

  @Test func damagedInfoIsRejected() {
    #expect(throws: UnwindInfo.ParseError.truncated) { try UnwindInfo(bytes: [1, 0, 3, 0, 1, 0x50]) }
    #expect(throws: UnwindInfo.ParseError.truncated) { try UnwindInfo(bytes: info(flags: 4, prolog: 1, [(1, 0x50)])) }
    #expect(throws: UnwindInfo.ParseError.badVersion(3)) { try UnwindInfo(bytes: [3, 0, 0, 0]) }
    #expect(throws: UnwindInfo.ParseError.badCode(op: 7, slot: 0)) { try UnwindInfo(bytes: info(prolog: 1, [(1, 0x07), (0, 0)])) }
    // UWOP_EPILOG is only defined in version 2.
    #expect(throws: UnwindInfo.ParseError.badCode(op: 6, slot: 0)) { try UnwindInfo(bytes: info(prolog: 1, [(1, 0x06), (0, 0)])) }
    #expect(throws: UnwindInfo.ParseError.slotsOverrun(slot: 0)) { try UnwindInfo(bytes: info(prolog: 1, [(1, 0x04)])) }
    #expect(throws: UnwindInfo.ParseError.slotsOverrun(slot: 1)) { try UnwindInfo(bytes: info(prolog: 1, [(1, 0x50), (2, 0x11), (0, 0)])) }
  }
}
