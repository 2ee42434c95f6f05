/// The names WinDbg gives exception codes in the banner, `.lastevent` and `.exr`
/// (ntstatus.h values; wording as WinDbg prints it).
public enum ExceptionNames {
  public static func name(_ code: UInt32) -> String {
    switch code {
    case 0xC000_0005: return "Access violation"
    case 0xC000_0006: return "In-page I/O error"
    case 0xC000_0008: return "Invalid handle"
    case 0xC000_001D: return "Illegal instruction"
    case 0xC000_008C: return "Array bounds exceeded"
    case 0xC000_008D: return "Floating-point denormal operand"
    case 0xC000_008E: return "Floating-point division-by-zero"
    case 0xC000_008F: return "Floating-point inexact result"
    case 0xC000_0090: return "Floating-point invalid operation"
    case 0xC000_0091: return "Floating-point overflow"
    case 0xC000_0092: return "Floating-point stack check"
    case 0xC000_0093: return "Floating-point underflow"
    case 0xC000_0094: return "Integer divide-by-zero"
    case 0xC000_0095: return "Integer overflow"
    case 0xC000_0096: return "Privileged instruction"
    case 0xC000_00FD: return "Stack overflow"
    case 0xC000_0374: return "Heap corruption"
    case 0xC000_0409: return "Security check failure or stack buffer overrun"
    case 0xC000_0420: return "Assertion failure"
    case 0x8000_0001: return "Guard page violation"
    case 0x8000_0002: return "Data misaligned"
    case 0x8000_0003: return "Break instruction exception"
    case 0x8000_0004: return "Single step exception"
    case 0x4001_0005: return "Control-C exception"
    case 0xE06D_7363: return "C++ EH exception"
    case 0xE043_4352, 0xE043_4F4D: return "CLR exception"
    default: return "Unknown exception"
    }
  }
}
