/// A thread's CPU registers, as stored in a minidump CONTEXT record.
///
/// The layout follows SystemInfo's architecture, never the host's: x64 `CONTEXT` (0x4D0 bytes) or
/// x86 `CONTEXT` (0x2CC bytes) (winnt.h; offsets in nt-layouts.md §1.10).
public enum ThreadContext: Sendable, Equatable {
  case amd64(AMD64Context)
  case x86(X86Context)

  public var instructionPointer: UInt64 {
    switch self {
    case .amd64(let c): return c.rip
    case .x86(let c): return UInt64(c.eip)
    }
  }
  public var stackPointer: UInt64 {
    switch self {
    case .amd64(let c): return c.rsp
    case .x86(let c): return UInt64(c.esp)
    }
  }
  public var framePointer: UInt64 {
    switch self {
    case .amd64(let c): return c.rbp
    case .x86(let c): return UInt64(c.ebp)
    }
  }
}

/// x64 `CONTEXT` registers (offsets: ContextFlags 0x30, MxCsr 0x34, SegCs..SegSs 0x38-0x42,
/// EFlags 0x44, Dr0-Dr7 0x48-0x70, Rax 0x78 .. R15 0xF0, Rip 0xF8).
public struct AMD64Context: Sendable, Equatable {
  public var contextFlags: UInt32 = 0
  public var mxCsr: UInt32 = 0
  public var segCs: UInt16 = 0, segDs: UInt16 = 0, segEs: UInt16 = 0
  public var segFs: UInt16 = 0, segGs: UInt16 = 0, segSs: UInt16 = 0
  public var eflags: UInt32 = 0
  public var dr0: UInt64 = 0, dr1: UInt64 = 0, dr2: UInt64 = 0, dr3: UInt64 = 0
  public var dr6: UInt64 = 0, dr7: UInt64 = 0
  public var rax: UInt64 = 0, rcx: UInt64 = 0, rdx: UInt64 = 0, rbx: UInt64 = 0
  public var rsp: UInt64 = 0, rbp: UInt64 = 0, rsi: UInt64 = 0, rdi: UInt64 = 0
  public var r8: UInt64 = 0, r9: UInt64 = 0, r10: UInt64 = 0, r11: UInt64 = 0
  public var r12: UInt64 = 0, r13: UInt64 = 0, r14: UInt64 = 0, r15: UInt64 = 0
  public var rip: UInt64 = 0
  public init() {}
}

/// x86 `CONTEXT` registers (ContextFlags 0x00, Dr0-Dr7 0x04-0x18, SegGs 0x8C, SegFs 0x90,
/// SegEs 0x94, SegDs 0x98, Edi 0x9C, Esi 0xA0, Ebx 0xA4, Edx 0xA8, Ecx 0xAC, Eax 0xB0,
/// Ebp 0xB4, Eip 0xB8, SegCs 0xBC, EFlags 0xC0, Esp 0xC4, SegSs 0xC8).
public struct X86Context: Sendable, Equatable {
  public var contextFlags: UInt32 = 0
  public var dr0: UInt32 = 0, dr1: UInt32 = 0, dr2: UInt32 = 0, dr3: UInt32 = 0
  public var dr6: UInt32 = 0, dr7: UInt32 = 0
  public var segGs: UInt32 = 0, segFs: UInt32 = 0, segEs: UInt32 = 0, segDs: UInt32 = 0
  public var edi: UInt32 = 0, esi: UInt32 = 0, ebx: UInt32 = 0, edx: UInt32 = 0
  public var ecx: UInt32 = 0, eax: UInt32 = 0, ebp: UInt32 = 0, eip: UInt32 = 0
  public var segCs: UInt32 = 0, eflags: UInt32 = 0, esp: UInt32 = 0, segSs: UInt32 = 0
  public init() {}
}

extension ThreadContext {
  /// Reads a CONTEXT record (winnt.h; nt-layouts.md §1.10) with the layout of `architecture`:
  /// x64 `CONTEXT` (0x4D0 bytes; ContextFlags @0x30 .. Rip @0xF8) or x86 `CONTEXT` (0x2CC bytes;
  /// ContextFlags @0 .. SegSs @0xC8). A record shorter than the full size is accepted as long as it
  /// reaches the last general register (x64 Rip ends at 0x100, x86 SegSs at 0xCC); otherwise, or
  /// for other architectures, this throws.
  init(_ r: StreamReader, architecture: ProcessorArchitecture) throws(DumpError) {
    switch architecture {
    case .amd64:
      try r.require(0, 0x100, "x64 CONTEXT (general registers)")
      var c = AMD64Context()
      c.contextFlags = try r.u32(0x30)
      c.mxCsr = try r.u32(0x34)
      c.segCs = try r.u16(0x38); c.segDs = try r.u16(0x3A); c.segEs = try r.u16(0x3C)
      c.segFs = try r.u16(0x3E); c.segGs = try r.u16(0x40); c.segSs = try r.u16(0x42)
      c.eflags = try r.u32(0x44)
      c.dr0 = try r.u64(0x48); c.dr1 = try r.u64(0x50); c.dr2 = try r.u64(0x58)
      c.dr3 = try r.u64(0x60); c.dr6 = try r.u64(0x68); c.dr7 = try r.u64(0x70)
      c.rax = try r.u64(0x78); c.rcx = try r.u64(0x80); c.rdx = try r.u64(0x88); c.rbx = try r.u64(0x90)
      c.rsp = try r.u64(0x98); c.rbp = try r.u64(0xA0); c.rsi = try r.u64(0xA8); c.rdi = try r.u64(0xB0)
      c.r8 = try r.u64(0xB8); c.r9 = try r.u64(0xC0); c.r10 = try r.u64(0xC8); c.r11 = try r.u64(0xD0)
      c.r12 = try r.u64(0xD8); c.r13 = try r.u64(0xE0); c.r14 = try r.u64(0xE8); c.r15 = try r.u64(0xF0)
      c.rip = try r.u64(0xF8)
      self = .amd64(c)
    case .x86:
      try r.require(0, 0xCC, "x86 CONTEXT (general registers)")
      var c = X86Context()
      c.contextFlags = try r.u32(0x00)
      c.dr0 = try r.u32(0x04); c.dr1 = try r.u32(0x08); c.dr2 = try r.u32(0x0C)
      c.dr3 = try r.u32(0x10); c.dr6 = try r.u32(0x14); c.dr7 = try r.u32(0x18)
      c.segGs = try r.u32(0x8C); c.segFs = try r.u32(0x90); c.segEs = try r.u32(0x94); c.segDs = try r.u32(0x98)
      c.edi = try r.u32(0x9C); c.esi = try r.u32(0xA0); c.ebx = try r.u32(0xA4); c.edx = try r.u32(0xA8)
      c.ecx = try r.u32(0xAC); c.eax = try r.u32(0xB0); c.ebp = try r.u32(0xB4); c.eip = try r.u32(0xB8)
      c.segCs = try r.u32(0xBC); c.eflags = try r.u32(0xC0); c.esp = try r.u32(0xC4); c.segSs = try r.u32(0xC8)
      self = .x86(c)
    default:
      throw .badValue(
        stream: r.stream, offset: r.start,
        detail: "CONTEXT records for \(architecture.name) are not supported (x64 and x86 only)")
    }
  }
}
