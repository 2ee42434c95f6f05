/// The prolog of a forged x64 function and the UNWIND_INFO that describes it.
///
/// Layouts (Microsoft, "x64 exception handling"): UNWIND_INFO = Version:3 (1) | Flags:5,
/// SizeOfProlog (u8), CountOfCodes (u8, slots), FrameRegister:4 | FrameOffset:4 (scaled by 16),
/// then UNWIND_CODE slots in reverse prolog order, padded to an even count. An UNWIND_CODE is
/// CodeOffset (u8: offset of the end of the prolog instruction) and UnwindOp:4 | OpInfo:4.
/// Ops used: UWOP_PUSH_NONVOL (0, OpInfo = register), UWOP_ALLOC_LARGE (1; OpInfo 0: next slot is
/// size/8, OpInfo 1: next two slots are the size), UWOP_ALLOC_SMALL (2, OpInfo = size/8 − 1, for
/// 8..128 bytes), UWOP_SET_FPREG (3). Register numbers: RAX 0 … RBX 3, RSP 4, RBP 5, RSI 6, RDI 7,
/// R8–R15 8–15. Instruction encodings: Intel SDM vol. 2 (PUSH 50+rd, SUB/ADD r/m64 imm8 `48 83 /5`
/// `/0`, imm32 `48 81`, MOV r64, r/m64 `REX.W 8B /r`, POP 58+rd, RET C3).
struct FunctionShape: Sendable, Equatable {
  /// Pushed registers (numbers), in push order.
  var pushes: [Int]
  /// `sub rsp, frameSize` after the pushes (0: none).
  var frameSize: UInt64
  /// SET_FPREG with FrameOffset 0: `mov <reg>, rsp` after the allocation.
  var frameRegister: Int?

  static let leaf = FunctionShape(pushes: [], frameSize: 0, frameRegister: nil)

  static let registerNumbers: [String: Int] = [
    "rax": 0, "rcx": 1, "rdx": 2, "rbx": 3, "rsp": 4, "rbp": 5, "rsi": 6, "rdi": 7, "r8": 8, "r9": 9, "r10": 10,
    "r11": 11, "r12": 12, "r13": 13, "r14": 14, "r15": 15,
  ]
  static func registerName(_ number: Int) -> String {
    registerNumbers.first(where: { $0.value == number })?.key ?? "r\(number)"
  }

  /// Bytes of the stack frame between the function's rsp (Child-SP) and its return address.
  var bytesBelowReturnAddress: UInt64 { frameSize + 8 * UInt64(pushes.count) }
  /// Child-SP of the caller minus Child-SP of this frame.
  var stackSpan: UInt64 { bytesBelowReturnAddress + 8 }

  /// The prolog: pushes, `sub rsp`, `mov fp, rsp`; with the end offset of each step.
  var prolog: (bytes: [UInt8], pushEnds: [Int], allocEnd: Int, frameEnd: Int) {
    var bytes: [UInt8] = []
    var pushEnds: [Int] = []
    for register in pushes {
      if register >= 8 { bytes.append(0x41) }
      bytes.append(0x50 + UInt8(register & 7))
      pushEnds.append(bytes.count)
    }
    if frameSize > 0 {
      if frameSize <= 0x7F {
        bytes += [0x48, 0x83, 0xEC, UInt8(frameSize)]
      } else {
        bytes += [0x48, 0x81, 0xEC] + le32(UInt32(frameSize))
      }
    }
    let allocEnd = bytes.count
    if let register = frameRegister {
      bytes += [register >= 8 ? 0x4C : 0x48, 0x8B, 0xC4 | UInt8((register & 7) << 3)]
    }
    return (bytes, pushEnds, allocEnd, bytes.count)
  }

  /// `add rsp, frameSize`, the pops in reverse order, `ret`.
  var epilogue: [UInt8] {
    var bytes: [UInt8] = []
    if frameSize > 0 {
      bytes += frameSize <= 0x7F ? [0x48, 0x83, 0xC4, UInt8(frameSize)] : [0x48, 0x81, 0xC4] + le32(UInt32(frameSize))
    }
    for register in pushes.reversed() {
      if register >= 8 { bytes.append(0x41) }
      bytes.append(0x58 + UInt8(register & 7))
    }
    return bytes + [0xC3]
  }

  /// The UNWIND_INFO bytes (padded to a 4-byte multiple).
  var unwindInfo: [UInt8] {
    let prolog = self.prolog
    var slots: [UInt16] = []
    func code(_ offset: Int, _ op: UInt8, _ info: UInt8) -> UInt16 {
      UInt16(UInt8(offset)) | UInt16(op | info << 4) << 8
    }
    if frameRegister != nil { slots.append(code(prolog.frameEnd, 3, 0)) }
    if frameSize > 0 {
      if frameSize <= 128 {
        slots.append(code(prolog.allocEnd, 2, UInt8(frameSize / 8 - 1)))
      } else if frameSize <= 0x7FFF8 {
        slots += [code(prolog.allocEnd, 1, 0), UInt16(frameSize / 8)]
      } else {
        slots += [code(prolog.allocEnd, 1, 1), UInt16(frameSize & 0xFFFF), UInt16(frameSize >> 16)]
      }
    }
    for (register, end) in zip(pushes, prolog.pushEnds).reversed() { slots.append(code(end, 0, UInt8(register))) }
    var bytes: [UInt8] = [0x01, UInt8(prolog.bytes.count), UInt8(slots.count), UInt8(frameRegister ?? 0)]
    if slots.count % 2 == 1 { slots.append(0) }
    for slot in slots { bytes += [UInt8(slot & 0xFF), UInt8(slot >> 8)] }
    return bytes
  }

  /// Upper bound of `unwindInfo.count` (for sizing `.rdata` before shapes are final).
  static let maximumUnwindInfoSize = 4 + 2 * 14
}

func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }
