/// x64 unwind data, parsed from bytes (PE/COFF specification, "x64 exception handling"; the
/// `.pdata` section is the exception directory, data directory 3).
///
/// `RUNTIME_FUNCTION` is 12 bytes: BeginAddress, EndAddress, UnwindData (RVAs). When UnwindData
/// has its low bit set it is the RVA of another RUNTIME_FUNCTION (an indirect entry).
///
/// `UNWIND_INFO`: byte 0 = Version (bits 0-2) | Flags (bits 3-7: 1 EHANDLER, 2 UHANDLER,
/// 4 CHAININFO); byte 1 = SizeOfProlog; byte 2 = CountOfCodes (16-bit slots); byte 3 =
/// FrameRegister (bits 0-3) | FrameOffset (bits 4-7, scaled by 16); then the slots, each
/// CodeOffset (byte) and UnwindOp (bits 0-3) | OpInfo (bits 4-7), padded to an even count;
/// then, with CHAININFO, the parent RUNTIME_FUNCTION.
public struct RuntimeFunction: Sendable, Equatable {
  public var begin: UInt32
  public var end: UInt32
  public var unwindData: UInt32
  public init(begin: UInt32, end: UInt32, unwindData: UInt32) {
    self.begin = begin
    self.end = end
    self.unwindData = unwindData
  }
  public static let size = 12
}

/// One unwind operation (one to three slots).
public enum UnwindOperation: Sendable, Equatable {
  /// UWOP_PUSH_NONVOL (0): `push reg`; 1 slot.
  case pushNonvolatile(register: Int)
  /// UWOP_ALLOC_LARGE (1, 2 or 3 slots) and UWOP_ALLOC_SMALL (2, 1 slot): `sub rsp, size`.
  case allocate(size: UInt32)
  /// UWOP_SET_FPREG (3): `lea fpreg, [rsp+FrameOffset*16]`; 1 slot.
  case setFramePointer
  /// UWOP_SAVE_NONVOL (4, offset*8, 2 slots) and UWOP_SAVE_NONVOL_FAR (5, 3 slots):
  /// `mov [rsp+offset], reg`.
  case saveNonvolatile(register: Int, offset: UInt32)
  /// UWOP_EPILOG (6, version 2 only; 2 slots): epilogue descriptions, nothing to undo.
  case epilog
  /// UWOP_SAVE_XMM128 (8, offset*16, 2 slots) and UWOP_SAVE_XMM128_FAR (9, 3 slots).
  case saveXMM128(register: Int, offset: UInt32)
  /// UWOP_PUSH_MACHFRAME (10): a hardware frame (RIP, CS, EFLAGS, RSP, SS), after an error code
  /// when OpInfo is 1; 1 slot.
  case pushMachineFrame(withErrorCode: Bool)
}

public struct UnwindCode: Sendable, Equatable {
  /// Offset of the end of the prolog instruction this code undoes, from the function start.
  public var codeOffset: UInt8
  public var operation: UnwindOperation
}

public struct UnwindInfo: Sendable, Equatable {
  public var version: UInt8
  public var flags: UInt8
  public var sizeOfProlog: UInt8
  /// 0 when no frame register; else the register number (0 RAX .. 15 R15).
  public var frameRegister: Int
  /// Scaled offset (FrameOffset*16).
  public var frameOffset: UInt32
  public var codes: [UnwindCode]
  /// The parent RUNTIME_FUNCTION when flag CHAININFO (4) is set.
  public var chained: RuntimeFunction?

  public static let chainFlag: UInt8 = 4

  /// Bytes `UNWIND_INFO` occupies for `countOfCodes` slots, with the chained entry.
  public static func byteCount(countOfCodes: Int) -> Int { 4 + ((countOfCodes + 1) & ~1) * 2 + 12 }

  public enum ParseError: Error, Equatable, CustomStringConvertible {
    case truncated
    case badVersion(UInt8)
    case badCode(op: UInt8, slot: Int)
    case slotsOverrun(slot: Int)
    public var description: String {
      switch self {
      case .truncated: return "unwind info is truncated"
      case .badVersion(let v): return "unwind info has version \(v) (1 or 2 expected)"
      case .badCode(let op, let slot): return "unwind code \(op) at slot \(slot) is not defined"
      case .slotsOverrun(let slot): return "unwind code at slot \(slot) runs past CountOfCodes"
      }
    }
  }

  /// Parses `bytes` (at least the header, the slots and, when chained, 12 more bytes).
  public init(bytes: [UInt8]) throws(ParseError) {
    guard bytes.count >= 4 else { throw .truncated }
    version = bytes[0] & 7
    flags = bytes[0] >> 3
    guard version == 1 || version == 2 else { throw .badVersion(version) }
    sizeOfProlog = bytes[1]
    let count = Int(bytes[2])
    frameRegister = Int(bytes[3] & 0x0F)
    frameOffset = UInt32(bytes[3] >> 4) * 16
    let slotsEnd = 4 + count * 2
    guard bytes.count >= slotsEnd else { throw .truncated }
    func slot16(_ i: Int) -> UInt32 { UInt32(bytes[4 + i * 2]) | UInt32(bytes[5 + i * 2]) << 8 }
    var codes: [UnwindCode] = []
    var i = 0
    while i < count {
      let offset = bytes[4 + i * 2]
      let opByte = bytes[5 + i * 2]
      let op = opByte & 0x0F
      let info = Int(opByte >> 4)
      let needed: Int
      let operation: UnwindOperation
      switch op {
      case 0: needed = 1; operation = .pushNonvolatile(register: info)
      case 1:
        guard info <= 1 else { throw .badCode(op: op, slot: i) }
        needed = info == 0 ? 2 : 3
        guard i + needed <= count else { throw .slotsOverrun(slot: i) }
        operation = .allocate(size: info == 0 ? slot16(i + 1) &* 8 : slot16(i + 1) | slot16(i + 2) << 16)
      case 2: needed = 1; operation = .allocate(size: UInt32(info) * 8 + 8)
      case 3: needed = 1; operation = .setFramePointer
      case 4:
        needed = 2
        guard i + needed <= count else { throw .slotsOverrun(slot: i) }
        operation = .saveNonvolatile(register: info, offset: slot16(i + 1) &* 8)
      case 5:
        needed = 3
        guard i + needed <= count else { throw .slotsOverrun(slot: i) }
        operation = .saveNonvolatile(register: info, offset: slot16(i + 1) | slot16(i + 2) << 16)
      case 6:
        guard version == 2 else { throw .badCode(op: op, slot: i) }
        needed = 2; operation = .epilog
      case 8:
        needed = 2
        guard i + needed <= count else { throw .slotsOverrun(slot: i) }
        operation = .saveXMM128(register: info, offset: slot16(i + 1) &* 16)
      case 9:
        needed = 3
        guard i + needed <= count else { throw .slotsOverrun(slot: i) }
        operation = .saveXMM128(register: info, offset: slot16(i + 1) | slot16(i + 2) << 16)
      case 10:
        guard info <= 1 else { throw .badCode(op: op, slot: i) }
        needed = 1; operation = .pushMachineFrame(withErrorCode: info == 1)
      default: throw .badCode(op: op, slot: i)
      }
      guard i + needed <= count else { throw .slotsOverrun(slot: i) }
      codes.append(UnwindCode(codeOffset: offset, operation: operation))
      i += needed
    }
    self.codes = codes
    if flags & Self.chainFlag != 0 {
      let at = 4 + ((count + 1) & ~1) * 2
      guard bytes.count >= at + 12 else { throw .truncated }
      func u32(_ o: Int) -> UInt32 {
        UInt32(bytes[o]) | UInt32(bytes[o + 1]) << 8 | UInt32(bytes[o + 2]) << 16 | UInt32(bytes[o + 3]) << 24
      }
      chained = RuntimeFunction(begin: u32(at), end: u32(at + 4), unwindData: u32(at + 8))
    } else {
      chained = nil
    }
  }
}
