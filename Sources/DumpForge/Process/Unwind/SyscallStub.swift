/// The code of an `ntdll!Nt*` / `Zw*` system call stub, so that a thread waiting in the kernel
/// stops on plausible bytes (the `ret` after `syscall`).
///
/// Shapes (as disassembled from ntdll; the Windows 10 form is also in the Windows Internals, 7th
/// ed., part 1, ch. 8 "System service dispatching"):
/// - Windows 7 SP1 x64: `mov r10,rcx; mov eax,N; syscall; ret` = `4c 8b d1 b8 N 0f 05 c3`; a
///   waiting thread's rip is +0xa.
/// - Windows 10/11 x64: `mov r10,rcx; mov eax,N; test byte ptr [7FFE0308h],1; jne +3; syscall;
///   ret; int 2Eh; ret`; a waiting thread's rip is +0x14. (0x7FFE0308 is
///   KUSER_SHARED_DATA.SystemCall.)
/// Service numbers: the few below are the published Windows 7 SP1 / Windows 10 22H2 numbers
/// (j00ru's "Windows X86-64 System Call Table"); any other name gets a number derived from its
/// text (INFERRED: not the real number).
enum SyscallStub {
  static let win10Numbers: [String: UInt32] = [
    "WaitForSingleObject": 0x04, "ReadFile": 0x06, "WriteFile": 0x08, "Close": 0x0F,
    "AllocateVirtualMemory": 0x18, "QueryInformationProcess": 0x19, "FreeVirtualMemory": 0x1E,
    "TerminateProcess": 0x2C, "DelayExecution": 0x34, "CreateFile": 0x55, "WaitForMultipleObjects": 0x5B,
  ]
  static let win7Numbers: [String: UInt32] = [
    "WaitForSingleObject": 0x01, "ReadFile": 0x03, "WriteFile": 0x05, "Close": 0x0C,
    "AllocateVirtualMemory": 0x15, "QueryInformationProcess": 0x16, "FreeVirtualMemory": 0x1B,
    "TerminateProcess": 0x29, "DelayExecution": 0x31, "CreateFile": 0x52, "WaitForMultipleObjects": 0x58,
  ]

  /// Whether `export` of `module` is a system call stub.
  static func isStub(module: String, export: String) -> Bool {
    let name = module.lowercased()
    guard name == "ntdll.dll" || name == "ntdll" else { return false }
    guard export.count > 2, export.hasPrefix("Nt") || export.hasPrefix("Zw") else { return false }
    return export.dropFirst(2).first?.isUppercase == true
  }

  static func number(_ export: String, legacy: Bool) -> UInt32 {
    let service = String(export.dropFirst(2))
    if let known = (legacy ? win7Numbers : win10Numbers)[service] { return known }
    var hash: UInt32 = 0x811C_9DC5  // FNV-1a 32
    for byte in service.utf8 { hash = (hash ^ UInt32(byte)) &* 0x0100_0193 }
    return 0x60 + hash % 0x140
  }

  /// The stub bytes; `legacy` selects the Windows 7 form.
  static func bytes(_ export: String, legacy: Bool) -> [UInt8] {
    let number = le32(number(export, legacy: legacy))
    if legacy { return [0x4C, 0x8B, 0xD1, 0xB8] + number + [0x0F, 0x05, 0xC3] }
    return [0x4C, 0x8B, 0xD1, 0xB8] + number + [0xF6, 0x04, 0x25, 0x08, 0x03, 0xFE, 0x7F, 0x01, 0x75, 0x03, 0x0F, 0x05, 0xC3, 0xCD, 0x2E, 0xC3]
  }
}
