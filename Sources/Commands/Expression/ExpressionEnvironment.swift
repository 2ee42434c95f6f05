/// What the MASM expression evaluator needs from the debugger: registers, symbols and memory.
///
/// Deliberately free of DumpModel types; the command layer adapts a dump to it.
public protocol ExpressionEnvironment {
  /// 4 or 8: the dump's pointer size (affects sign extension of 32-bit targets and `poi`).
  var pointerSize: Int { get }
  /// Register or pseudo-register value by lower-case name without '@' ("rax", "eax", "rip", "$peb", "$teb",
  /// "$ip", "$csp", "$exentry", "$t0".."$t19", "$ptrsize", "$pagesize"); nil if unknown.
  func register(_ name: String) -> UInt64?
  /// Symbol value: a module name ("ntdll" → its base) or "module!export"; nil if unknown.
  func symbol(_ name: String) -> UInt64?
  /// Reads `size` (1, 2, 4, 8) bytes little-endian at `address`; nil if unreadable.
  func readMemory(_ address: UInt64, size: Int) -> UInt64?
}
