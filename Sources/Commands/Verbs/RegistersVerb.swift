import DumpModel

/// `r`: the registers of the current context (the `.frame` scope, the `.ecxr` context or the
/// current thread's); `r rax`, `r @rip`, `r rax, rbx` print single registers.
///
/// Layout (windbg-output-and-peers.md §1.6, fs:22834083358, fs:55322876912): x64 prints flat
/// 16-digit values three per line in the order rax rbx rcx / rdx rsi rdi / rip rsp rbp /
/// r8 r9 r10 / r11 r12 r13 / r14 r15, names right-aligned to three columns (` r8=`), then
/// `iopl=0         nv up ei pl zr na po nc`, then
/// `cs=0033  ss=002b  ds=002b  es=002b  fs=0053  gs=002b             efl=00000246`, then the
/// `module!symbol+0xoff:` line and the current instruction. x86 prints
/// `eax=... ebx=... ecx=... edx=... esi=... edi=...` / `eip=... esp=... ebp=... iopl=0 ... flags`
/// / `cs=001b  ss=0023  ds=0023  es=0023  fs=003b  gs=0000             efl=00000246`.
enum RegistersVerb {
  static let spec = VerbSpec(
    names: ["r"], summary: "registers of the current thread (or .ecxr context / .frame scope)",
    usage: "r | r reg[, reg ...]"
  ) { invocation, session throws(CommandError) in
    // `r $t0 = expr`, `r $t0`: Script/PseudoRegisters.swift.
    if try session.runPseudoRegisterCommand(invocation) { return }
    guard let ctx = session.currentContext else { throw .message(session.noContextMessage) }
    var scanner = ArgumentScanner(invocation)
    if scanner.atEnd {
      for line in lines(ctx) { session.print(line) }
      session.printCurrentInstruction(ctx)
      return
    }
    scanner.skipSpaces()
    let names = scanner.remainder.split(separator: ",").map { String($0.filter { $0 != " " && $0 != "\t" }) }
    for raw in names where !raw.isEmpty {
      let name = raw.hasPrefix("@") ? String(raw.dropFirst()) : raw
      let lower = name.lowercased()
      guard let v = Session.registerValue(lower, in: ctx) else {
        throw .caret(column: scanner.column, message: "Bad register error in '\(invocation.text)'")
      }
      session.print("\(lower)=" + HexFormat.hex(v, digits(lower, ctx)))
    }
    _ = scanner.word()
  }

  /// Width in hex digits WinDbg uses for `r name`.
  static func digits(_ name: String, _ ctx: ThreadContext) -> Int {
    if ["cs", "ds", "es", "fs", "gs", "ss"].contains(name) { return 4 }
    if name == "efl" { return 8 }
    guard let v = Session.registerValue(name, in: ctx) else { return 8 }
    _ = v
    if case .x86 = ctx { return name.count == 3 ? 8 : (name.hasSuffix("l") || name.hasSuffix("h") ? 2 : 4) }
    if name.hasPrefix("r"), name.last.map({ "dwb".contains($0) }) == true, name.count >= 3, name.dropFirst().dropLast().allSatisfy(\.isNumber) {
      return name.hasSuffix("d") ? 8 : name.hasSuffix("w") ? 4 : 2
    }
    if name.hasPrefix("r") || name.hasPrefix("dr") { return 16 }
    if name.count == 3, name.hasPrefix("e") { return 8 }
    if name.count == 2, name.hasSuffix("l") || name.hasSuffix("h") { return 2 }
    if name.count == 3, name.hasSuffix("l") { return 2 }
    return 4
  }

  static func lines(_ ctx: ThreadContext) -> [String] {
    switch ctx {
    case .amd64(let c):
      func f(_ n: String, _ v: UInt64) -> String { HexFormat.right(n, 3) + "=" + HexFormat.hex(v, 16) }
      return [
        [f("rax", c.rax), f("rbx", c.rbx), f("rcx", c.rcx)].joined(separator: " "),
        [f("rdx", c.rdx), f("rsi", c.rsi), f("rdi", c.rdi)].joined(separator: " "),
        [f("rip", c.rip), f("rsp", c.rsp), f("rbp", c.rbp)].joined(separator: " "),
        [f("r8", c.r8), f("r9", c.r9), f("r10", c.r10)].joined(separator: " "),
        [f("r11", c.r11), f("r12", c.r12), f("r13", c.r13)].joined(separator: " "),
        [f("r14", c.r14), f("r15", c.r15)].joined(separator: " "),
        "iopl=\((c.eflags >> 12) & 3)         " + flags(c.eflags),
        segments([c.segCs, c.segSs, c.segDs, c.segEs, c.segFs, c.segGs].map(UInt32.init), efl: c.eflags),
      ]
    case .x86(let c):
      func f(_ n: String, _ v: UInt32) -> String { n + "=" + HexFormat.hex(UInt64(v), 8) }
      return [
        [f("eax", c.eax), f("ebx", c.ebx), f("ecx", c.ecx), f("edx", c.edx), f("esi", c.esi), f("edi", c.edi)].joined(separator: " "),
        [f("eip", c.eip), f("esp", c.esp), f("ebp", c.ebp)].joined(separator: " ") + " iopl=\((c.eflags >> 12) & 3)         "
          + flags(c.eflags),
        segments([c.segCs, c.segSs, c.segDs, c.segEs, c.segFs, c.segGs], efl: c.eflags),
      ]
    }
  }

  /// `cs=0033  ss=002b  ds=002b  es=002b  fs=0053  gs=002b             efl=00000246`.
  static func segments(_ s: [UInt32], efl: UInt32) -> String {
    let names = ["cs", "ss", "ds", "es", "fs", "gs"]
    var out = zip(names, s).map { $0 + "=" + HexFormat.hex(UInt64($1 & 0xFFFF), 4) }.joined(separator: "  ")
    out += "             efl=" + HexFormat.hex(UInt64(efl), 8)
    return out
  }

  /// WinDbg's flag mnemonics, in its order: OF (ov/nv), DF (dn/up), IF (ei/di), SF (ng/pl),
  /// ZF (zr/nz), AF (ac/na), PF (pe/po), CF (cy/nc).
  static func flags(_ e: UInt32) -> String {
    func bit(_ n: UInt32, _ on: String, _ off: String) -> String { e & (1 << n) != 0 ? on : off }
    return [
      bit(11, "ov", "nv"), bit(10, "dn", "up"), bit(9, "ei", "di"), bit(7, "ng", "pl"),
      bit(6, "zr", "nz"), bit(4, "ac", "na"), bit(2, "pe", "po"), bit(0, "cy", "nc"),
    ].joined(separator: " ")
  }
}

extension Session {
  /// WinDbg's line when a thread has no readable context.
  var noContextMessage: String { "Unable to get thread context for thread \(currentThread) (no CONTEXT record in the dump)" }
}
