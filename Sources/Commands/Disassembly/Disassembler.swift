import CCapstone

/// x86/x64 instruction decoding with Capstone 4 (Debian `libcapstone-dev`, MASM syntax), turned
/// into WinDbg's text: `mov     rax,qword ptr [rsp+28h]`.
///
/// WinDbg's conventions (samples in windbg-output-and-peers.md §1.6 and MicrosoftDocs'
/// getting-started-with-windbg: `idiv    eax,dword ptr [rsp+28h]`): operands separated by a bare
/// comma, no spaces inside brackets, hex numbers with an `h` suffix, `int 3` for 0xCC, the
/// implicit `eax` operand of `div`/`idiv` written out, branch targets and RIP-relative operands as
/// `symbol (address)`.
final class Disassembler {
  struct Instruction {
    var address: UInt64
    var bytes: [UInt8]
    var mnemonic: String
    var operands: String
    var length: Int { bytes.count }
  }

  private var handle: csh = 0
  private let cs: CapstoneLibrary
  let is64: Bool

  /// Nil when libcapstone cannot be loaded (CapstoneLibrary) or refuses the mode.
  init?(is64: Bool) {
    guard let cs = CapstoneLibrary.shared else { return nil }
    self.cs = cs
    self.is64 = is64
    guard cs.open(CS_ARCH_X86, is64 ? CS_MODE_64 : CS_MODE_32, &handle) == CS_ERR_OK else { return nil }
    _ = cs.option(handle, CS_OPT_SYNTAX, Int(CS_OPT_SYNTAX_MASM.rawValue))
  }

  deinit { _ = cs.close(&handle) }

  /// Decodes one instruction at the start of `bytes`, or nil when they do not hold one.
  func decode(_ bytes: [UInt8], at address: UInt64) -> Instruction? {
    var insn: UnsafeMutablePointer<cs_insn>?
    let n = bytes.withUnsafeBufferPointer { buf -> Int in
      guard let base = buf.baseAddress else { return 0 }
      return cs.disasm(handle, base, buf.count, address, 1, &insn)
    }
    guard n == 1, let i = insn else { return nil }
    defer { cs.free(i, n) }
    let size = Int(i.pointee.size)
    var mnemonic = withUnsafeBytes(of: i.pointee.mnemonic) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
    let ops = withUnsafeBytes(of: i.pointee.op_str) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
    var operands = Self.windbgOperands(ops)
    switch mnemonic {
    case "int3": mnemonic = "int"; operands = "3"
    case "movabs": mnemonic = "mov"
    case "div", "idiv":
      if !operands.contains(",") {
        let acc = operands.hasPrefix("byte") || ["al", "ah", "bl", "bh", "cl", "ch", "dl", "dh"].contains(operands) ? "al" : nil
        let width: String
        if operands.hasPrefix("qword") || (operands.hasPrefix("r") && !operands.hasSuffix("d") && !operands.hasSuffix("w") && !operands.contains("ptr")) {
          width = "rax"
        } else if operands.hasPrefix("word") || ["ax", "bx", "cx", "dx", "si", "di", "bp", "sp"].contains(operands) || operands.hasSuffix("w") {
          width = "ax"
        } else {
          width = "eax"
        }
        operands = (acc ?? width) + "," + operands
      }
    default: break
    }
    return Instruction(address: address, bytes: Array(bytes.prefix(size)), mnemonic: mnemonic, operands: operands)
  }

  /// `qword ptr [rsp + 28h], rax` → `qword ptr [rsp+28h],rax`.
  static func windbgOperands(_ s: String) -> String {
    var out = ""
    var depth = 0
    let chars = Array(s)
    var k = 0
    while k < chars.count {
      let c = chars[k]
      if c == "[" { depth += 1 }
      if c == "]" { depth -= 1 }
      if c == " ", depth > 0 { k += 1; continue }
      if c == ",", k + 1 < chars.count, chars[k + 1] == " " {
        out.append(",")
        k += 2
        continue
      }
      out.append(c)
      k += 1
    }
    return out
  }

  /// The number in a MASM-syntax immediate operand (`140001645h`, `0FFFFh`, `12`), if it is one.
  static func immediate(_ s: String) -> UInt64? {
    if s.hasSuffix("h") { return UInt64(s.dropLast(), radix: 16) }
    return UInt64(s, radix: 10)
  }

  static func isBranch(_ mnemonic: String) -> Bool {
    mnemonic == "call" || mnemonic.hasPrefix("j") || mnemonic.hasPrefix("loop")
  }
}
