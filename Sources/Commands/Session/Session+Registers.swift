import DumpModel

/// Registers and pseudo-registers for expressions (`@rax`, `rip`, `$peb`, `$t0`).
extension Session: ExpressionEnvironment {
  /// The context that register names refer to: the `.frame` scope's, else the `.ecxr` context,
  /// else the current thread's.
  public var currentContext: ThreadContext? { scope?.context ?? baseContext }

  /// The context stacks are walked from: the `.ecxr` context, else the current thread's.
  public var baseContext: ThreadContext? { contextOverride ?? context(ofThread: currentThread) }

  public func register(_ name: String) -> UInt64? {
    let n = name.lowercased()
    if n.hasPrefix("$") { return pseudoRegister(n) }
    guard let ctx = currentContext else { return nil }
    return Self.registerValue(n, in: ctx)
  }

  public func symbol(_ name: String) -> UInt64? { resolveSymbol(name) }

  public func readMemory(_ address: UInt64, size: Int) -> UInt64? {
    let space = dump.addressSpace
    switch size {
    case 1: return space.load(UInt8.self, at: address).map(UInt64.init)
    case 2: return space.load(UInt16.self, at: address).map(UInt64.init)
    case 4: return space.load(UInt32.self, at: address).map(UInt64.init)
    default: return space.load(UInt64.self, at: address)
    }
  }

  /// `$ip`, `$csp`, `$peb`, `$teb`, `$exentry`, `$ptrsize`, `$pagesize`, `$tid`, `$tpid`, `$t0`..`$t19`.
  func pseudoRegister(_ n: String) -> UInt64? {
    switch n {
    case "$ip": return currentContext?.instructionPointer
    case "$csp": return currentContext?.stackPointer
    case "$ptrsize": return UInt64(pointerSize)
    case "$pagesize": return 0x1000
    case "$teb":
      guard let threads = try? dump.threads.get(), threads.indices.contains(currentThread) else { return nil }
      return threads[currentThread].teb
    case "$tid":
      guard let threads = try? dump.threads.get(), threads.indices.contains(currentThread) else { return nil }
      return UInt64(threads[currentThread].threadId)
    case "$tpid": return processId.map(UInt64.init)
    case "$peb":
      guard let teb = pseudoRegister("$teb") else { return nil }
      // TEB.ProcessEnvironmentBlock: +0x60 on x64, +0x30 on x86 (nt-layouts.md §2.2).
      return dump.addressSpace.pointer(at: teb &+ (pointerSize == 8 ? 0x60 : 0x30))
    case "$exentry":
      guard let exe = modules.first, let image = dump.image(of: exe) else { return nil }
      return exe.base &+ UInt64(image.addressOfEntryPoint)
    default:
      return Self.isUserPseudoRegister(n) ? pseudoRegisters[n] ?? 0 : pseudoRegisters[n]
    }
  }

  /// A register by WinDbg name: 64-bit, 32-bit, 16-bit and 8-bit views, flags, segments.
  static func registerValue(_ n: String, in ctx: ThreadContext) -> UInt64? {
    switch ctx {
    case .amd64(let c):
      let full: [String: UInt64] = [
        "rax": c.rax, "rbx": c.rbx, "rcx": c.rcx, "rdx": c.rdx, "rsi": c.rsi, "rdi": c.rdi,
        "rbp": c.rbp, "rsp": c.rsp, "r8": c.r8, "r9": c.r9, "r10": c.r10, "r11": c.r11,
        "r12": c.r12, "r13": c.r13, "r14": c.r14, "r15": c.r15, "rip": c.rip,
      ]
      if let v = full[n] { return v }
      switch n {
      case "efl": return UInt64(c.eflags)
      case "cs": return UInt64(c.segCs)
      case "ds": return UInt64(c.segDs)
      case "es": return UInt64(c.segEs)
      case "fs": return UInt64(c.segFs)
      case "gs": return UInt64(c.segGs)
      case "ss": return UInt64(c.segSs)
      case "mxcsr": return UInt64(c.mxCsr)
      case "dr0": return c.dr0
      case "dr1": return c.dr1
      case "dr2": return c.dr2
      case "dr3": return c.dr3
      case "dr6": return c.dr6
      case "dr7": return c.dr7
      default: break
      }
      // Sub-registers: eax/ax/al/ah, r8d/r8w/r8b, esi/si/sil ...
      let legacy = ["ax": "rax", "bx": "rbx", "cx": "rcx", "dx": "rdx", "si": "rsi", "di": "rdi", "bp": "rbp", "sp": "rsp", "ip": "rip"]
      if n.count == 3, n.hasPrefix("e"), let r = legacy[String(n.dropFirst())], let v = full[r] { return v & 0xFFFF_FFFF }
      if let r = legacy[n], let v = full[r] { return v & 0xFFFF }
      if n.count == 2, n.hasSuffix("l"), let r = legacy[String(n.prefix(1)) + "x"], let v = full[r] { return v & 0xFF }
      if n.count == 2, n.hasSuffix("h"), let r = legacy[String(n.prefix(1)) + "x"], let v = full[r] { return (v >> 8) & 0xFF }
      if n.count == 3, n.hasSuffix("l"), let r = legacy[String(n.dropLast())], let v = full[r] { return v & 0xFF }
      if n.hasPrefix("r"), let last = n.last, "dwb".contains(last), let v = full[String(n.dropLast())] {
        return last == "d" ? v & 0xFFFF_FFFF : last == "w" ? v & 0xFFFF : v & 0xFF
      }
      return nil
    case .x86(let c):
      let full: [String: UInt32] = [
        "eax": c.eax, "ebx": c.ebx, "ecx": c.ecx, "edx": c.edx, "esi": c.esi, "edi": c.edi,
        "ebp": c.ebp, "esp": c.esp, "eip": c.eip, "efl": c.eflags, "cs": c.segCs, "ds": c.segDs,
        "es": c.segEs, "fs": c.segFs, "gs": c.segGs, "ss": c.segSs,
      ]
      if let v = full[n] { return UInt64(v) }
      if n.count == 2, let v = full["e" + n] { return UInt64(v & 0xFFFF) }
      if n.count == 2, n.hasSuffix("l"), let v = full["e" + String(n.prefix(1)) + "x"] { return UInt64(v & 0xFF) }
      if n.count == 2, n.hasSuffix("h"), let v = full["e" + String(n.prefix(1)) + "x"] { return UInt64((v >> 8) & 0xFF) }
      return nil
    }
  }
}
