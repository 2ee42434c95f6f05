import DumpModel

/// Instruction lines in WinDbg's layout, shared by `u`, `r`, `.ecxr`, `~Ns` and `!analyze`:
/// `00007ffa`fd795080 488bc4          mov     rax,rsp` — the address, the instruction bytes
/// left-aligned in 15 columns, a space, the mnemonic left-aligned in 7 columns, a space, the
/// operands. Bytes that are not in the dump, or that do not decode, print `???` (WinDbg's form).
extension Session {
  /// The Capstone decoder for the target's architecture, or nil when Capstone cannot open.
  func makeDisassembler() -> Disassembler? { Disassembler(is64: pointerSize == 8) }

  /// The instruction at `address`: its text line and length (nil length when it did not decode).
  func instructionLine(_ d: Disassembler, at address: UInt64, effectiveAddress: ThreadContext? = nil)
    -> (text: String, length: Int?)
  {
    let bytes = dump.addressSpace.readPrefix(at: address, count: 16)
    guard let insn = d.decode(bytes, at: address) else {
      return (pointer(address) + " " + HexFormat.left(bytes.isEmpty ? "??" : "", 15) + " ???", nil)
    }
    let hexBytes = insn.bytes.map { HexFormat.hex(UInt64($0), 2) }.joined()
    var operands = insn.operands
    let next = address &+ UInt64(insn.length)
    if Disassembler.isBranch(insn.mnemonic), let target = Disassembler.immediate(operands) {
      operands = symbolWithAddress(target)
    } else if let r = Self.ripOperand(operands), let close = operands[r.upperBound...].firstIndex(of: "]") {
      let disp = String(operands[r.upperBound..<close])
      var target = next
      if disp.hasPrefix("+"), let v = Disassembler.immediate(String(disp.dropFirst())) { target = next &+ v }
      if disp.hasPrefix("-"), let v = Disassembler.immediate(String(disp.dropFirst())) { target = next &- v }
      operands.replaceSubrange(r.lowerBound...close, with: "[" + symbolWithAddress(target) + "]")
    }
    var line = pointer(address) + " " + HexFormat.left(hexBytes, 15) + " " + HexFormat.left(insn.mnemonic, 7) + " " + operands
    if let ctx = effectiveAddress, insn.mnemonic != "lea", insn.mnemonic != "nop", let ea = effectiveAddressNote(operands, ctx) {
      line += " " + ea
    }
    while line.last == " " { line.removeLast() }
    return (line, insn.length)
  }

  /// The range of `[rip` in a MASM operand string.
  static func ripOperand(_ s: String) -> Range<String.Index>? {
    var i = s.startIndex
    while i < s.endIndex {
      if s[i...].hasPrefix("[rip") {
        return i..<s.index(i, offsetBy: 4)
      }
      i = s.index(after: i)
    }
    return nil
  }

  /// `sample_crash!ComputeRatio (00000001`40001645)`, or the bare address outside modules.
  func symbolWithAddress(_ address: UInt64) -> String {
    module(containing: address) == nil ? pointer(address) : symbolize(address) + " (" + pointer(address) + ")"
  }

  /// WinDbg's note after the current instruction's memory operand:
  /// `ss:00000063`2036f808=00000000` (`ss:` for RSP/RBP/ESP/EBP-based operands, else `ds:`),
  /// the value read with the operand's width, `?` for each unreadable digit.
  func effectiveAddressNote(_ operands: String, _ ctx: ThreadContext) -> String? {
    guard let open = operands.firstIndex(of: "["), let close = operands[open...].firstIndex(of: "]") else { return nil }
    let inner = String(operands[operands.index(after: open)..<close])
    guard !inner.contains("(") else { return nil }
    var total: UInt64 = 0
    var sign: UInt64 = 1
    var term = ""
    var stackBased = false
    func flush() -> Bool {
      guard !term.isEmpty else { return true }
      var value: UInt64
      let parts = term.split(separator: "*")
      guard let first = parts.first else { return false }
      if let r = Self.registerValue(String(first), in: ctx) {
        value = r
        if ["rsp", "rbp", "esp", "ebp"].contains(String(first)) { stackBased = true }
      } else if let n = Disassembler.immediate(String(first)) {
        value = n
      } else {
        return false
      }
      if parts.count == 2, let scale = UInt64(parts[1]) { value = value &* scale }
      total = sign == 1 ? total &+ value : total &- value
      term = ""
      return true
    }
    for c in inner {
      if c == "+" || c == "-" {
        guard flush() else { return nil }
        sign = c == "+" ? 1 : 0
      } else {
        term.append(c)
      }
    }
    guard flush() else { return nil }
    if pointerSize == 4 { total &= 0xFFFF_FFFF }
    let width: Int
    if operands.hasPrefix("byte") || operands.contains(",byte") { width = 1 }
    else if operands.hasPrefix("word") || operands.contains(",word") { width = 2 }
    else if operands.hasPrefix("qword") || operands.contains(",qword") { width = 8 }
    else if operands.contains("dword") { width = 4 }
    else { return nil }
    let raw = dump.addressSpace.bytes(at: total, count: width)
    var value = ""
    if let raw {
      var v: UInt64 = 0
      for (k, b) in raw.enumerated() { v |= UInt64(b) << (8 * UInt64(k)) }
      value = HexFormat.hex(v, width * 2)
    } else {
      value = String(repeating: "?", count: width * 2)
    }
    return (stackBased ? "ss:" : "ds:") + pointer(total) + "=" + value
  }

  /// `module!symbol+0x1b:` and the instruction line at the context's instruction pointer (what
  /// `r`, `.ecxr` and `~Ns` print last).
  func printCurrentInstruction(_ ctx: ThreadContext) {
    let ip = ctx.instructionPointer
    print(symbolize(ip) + ":")
    if let d = makeDisassembler() { print(instructionLine(d, at: ip, effectiveAddress: ctx).text) }
  }
}
