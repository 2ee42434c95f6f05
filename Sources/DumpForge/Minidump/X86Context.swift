/// The x86 `CONTEXT` record (0x2CC bytes) as stored in the thread and exception streams of a dump
/// of a native 32-bit process. Offsets: nt-layouts.md §1.10 "x86 CONTEXT" (winnt.h `CONTEXT` for
/// i386, offsets computed with ctypes): ContextFlags 0x00, Dr0–Dr3/Dr6/Dr7 0x04–0x18, FloatSave
/// (FLOATING_SAVE_AREA, 0x70) 0x1C, SegGs 0x8C, SegFs 0x90, SegEs 0x94, SegDs 0x98, Edi 0x9C,
/// Esi 0xA0, Ebx 0xA4, Edx 0xA8, Ecx 0xAC, Eax 0xB0, Ebp 0xB4, Eip 0xB8, SegCs 0xBC, EFlags 0xC0,
/// Esp 0xC4, SegSs 0xC8, ExtendedRegisters[512] (FXSAVE image) 0xCC.
enum X86Context {
  static let size = 0x2CC
  /// CONTEXT_i386 | CONTROL | INTEGER | SEGMENTS | FLOATING_POINT | DEBUG_REGISTERS | EXTENDED_REGISTERS
  /// (CONTEXT_ALL, §1.10).
  static let contextAll: UInt32 = 0x0001_003F

  /// x86 register → (CONTEXT offset, the `X64Context` name that stores it). The register file keeps
  /// one canonical name per register, so `esp` and `rsp` are the same slot.
  static let registerSlots: [(name: String, offset: Int, stored: String)] = [
    ("dr0", 0x04, "dr0"), ("dr1", 0x08, "dr1"), ("dr2", 0x0C, "dr2"), ("dr3", 0x10, "dr3"), ("dr6", 0x14, "dr6"),
    ("dr7", 0x18, "dr7"), ("gs", 0x8C, "gs"), ("fs", 0x90, "fs"), ("es", 0x94, "es"), ("ds", 0x98, "ds"),
    ("edi", 0x9C, "rdi"), ("esi", 0xA0, "rsi"), ("ebx", 0xA4, "rbx"), ("edx", 0xA8, "rdx"), ("ecx", 0xAC, "rcx"),
    ("eax", 0xB0, "rax"), ("ebp", 0xB4, "rbp"), ("eip", 0xB8, "rip"), ("cs", 0xBC, "cs"), ("eflags", 0xC0, "eflags"),
    ("esp", 0xC4, "rsp"), ("ss", 0xC8, "ss"),
  ]

  /// Segment defaults of a thread of a native 32-bit Windows: cs 0x1B, ds/es/ss 0x23, fs 0x3B (the
  /// TEB selector), gs 0 (user-mode selectors of the x86 GDT).
  static let defaultSegments: [String: UInt64] = ["cs": 0x1B, "ds": 0x23, "es": 0x23, "ss": 0x23, "fs": 0x3B, "gs": 0]

  static func encode(_ context: X64Context) -> [UInt8] {
    var buffer = ByteBuffer(count: size)
    buffer.setU32(contextAll, at: 0x00)
    for slot in registerSlots {
      buffer.setU32(UInt32(truncatingIfNeeded: context[slot.stored]), at: slot.offset)
    }
    buffer.setU32(0xFFFF_027F, at: 0x1C)  // FloatSave.ControlWord: the default x87 control word
    buffer.setU32(0xFFFF_0000, at: 0x1C + 4)  // StatusWord
    buffer.setU32(0xFFFF_FFFF, at: 0x1C + 8)  // TagWord: all empty
    // ExtendedRegisters = FXSAVE image: FCW +0, MXCSR +0x18, MXCSR_MASK +0x1C.
    buffer.setU16(0x027F, at: 0xCC)
    buffer.setU32(UInt32(truncatingIfNeeded: context["mxcsr"]), at: 0xCC + 0x18)
    buffer.setU32(0xFFFF, at: 0xCC + 0x1C)
    return buffer.bytes
  }
}
