/// A thread's register file, encoded as the x64 `CONTEXT` record (0x4D0 bytes, 16-byte aligned) as
/// stored in minidump thread and exception streams — or, for a native x86 process (`isX86`), as the
/// x86 `CONTEXT` (`X86Context`). x86 names (`eax`, `esp`, `eip`, …) are aliases of the x64 slots
/// (`rax`, `rsp`, `rip`, …), so code that reads `rsp`/`rip` works for both. Offsets: nt-layouts.md §1.10 (winnt.h `CONTEXT` for AMD64; field order from
/// rust-minidump format.rs, offsets computed and re-checked with ctypes).
public struct X64Context: Sendable, Equatable {
  public static let size = 0x4D0
  /// CONTEXT_AMD64 | CONTROL | INTEGER | SEGMENTS | FLOATING_POINT | DEBUG_REGISTERS (CONTEXT_ALL).
  public static let contextAll: UInt32 = 0x0010_001F

  /// Register name → (offset, width in bytes).
  static let registerOffsets: [String: (offset: Int, width: Int)] = {
    var table: [String: (offset: Int, width: Int)] = [
      "mxcsr": (0x34, 4), "cs": (0x38, 2), "ds": (0x3A, 2), "es": (0x3C, 2), "fs": (0x3E, 2), "gs": (0x40, 2),
      "ss": (0x42, 2), "eflags": (0x44, 4), "dr0": (0x48, 8), "dr1": (0x50, 8), "dr2": (0x58, 8), "dr3": (0x60, 8),
      "dr6": (0x68, 8), "dr7": (0x70, 8), "rip": (0xF8, 8),
    ]
    let generalPurpose = ["rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi"] + (8...15).map { "r\($0)" }
    for (index, name) in generalPurpose.enumerated() { table[name] = (0x78 + index * 8, 8) }
    return table
  }()

  /// Register names in CONTEXT order (for error messages).
  static let registerNames: [String] = registerOffsets.sorted { $0.value.offset < $1.value.offset }.map(\.key)

  /// x86 register name → the x64 name that stores it.
  static let x86Aliases: [String: String] = [
    "eax": "rax", "ecx": "rcx", "edx": "rdx", "ebx": "rbx", "esp": "rsp", "ebp": "rbp", "esi": "rsi", "edi": "rdi",
    "eip": "rip",
  ]

  /// Register values by name; unspecified registers are 0 except the defaults below.
  public private(set) var values: [String: UInt64]
  /// Encode as the x86 CONTEXT.
  public private(set) var isX86 = false

  /// A native x86 thread: the x86 user-mode segment selectors (`X86Context.defaultSegments`),
  /// eflags 0x246, mxcsr 0x1F80.
  public init(x86: Bool) {
    self.init()
    guard x86 else { return }
    isX86 = true
    for (name, value) in X86Context.defaultSegments { values[name] = value }
  }

  /// Defaults a user-mode x64 thread has: cs 0x33, ds/es/gs/ss 0x2B, fs 0x53, eflags 0x246 (IF, ZF, PF),
  /// mxcsr 0x1F80 (all exceptions masked).
  public init() {
    values = ["cs": 0x33, "ds": 0x2B, "es": 0x2B, "fs": 0x53, "gs": 0x2B, "ss": 0x2B, "eflags": 0x246, "mxcsr": 0x1F80]
  }

  public subscript(name: String) -> UInt64 {
    get { values[Self.x86Aliases[name] ?? name] ?? 0 }
    set { values[Self.x86Aliases[name] ?? name] = isX86 ? newValue & 0xFFFF_FFFF : newValue }
  }

  /// The 0x4D0-byte record.
  public func encoded() -> [UInt8] {
    if isX86 { return X86Context.encode(self) }
    var buffer = ByteBuffer(count: Self.size)
    buffer.setU32(Self.contextAll, at: 0x30)
    // Sorted so the write order never depends on dictionary order (the bytes would not, but keep it obvious).
    for (name, value) in values.sorted(by: { $0.key < $1.key }) {
      guard let slot = Self.registerOffsets[name] else { continue }
      switch slot.width {
      case 2: buffer.setU16(UInt16(truncatingIfNeeded: value), at: slot.offset)
      case 4: buffer.setU32(UInt32(truncatingIfNeeded: value), at: slot.offset)
      default: buffer.setU64(value, at: slot.offset)
      }
    }
    // FltSave (XMM_SAVE_AREA32 at 0x100): ControlWord 0x27F (default x87), MxCsr at +0x18, MxCsr_Mask at +0x1C.
    buffer.setU16(0x027F, at: 0x100)
    buffer.setU32(UInt32(truncatingIfNeeded: self["mxcsr"]), at: 0x118)
    buffer.setU32(0xFFFF, at: 0x11C)
    return buffer.bytes
  }
}
