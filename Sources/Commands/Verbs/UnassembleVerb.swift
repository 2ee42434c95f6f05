import DumpModel

/// `u`, `ub`, `uf`: disassembly in WinDbg's layout (`Session.instructionLine`).
///
/// `u [addr] [L count | end]`: 8 instructions by default from the address (else where the last
/// `u` stopped, else the instruction pointer), a `module!symbol+0xoff:` label before the first
/// line and `module!Export:` at each export; an empty Enter continues. `ub addr [L count]`: the
/// `count` instructions that end right before `addr`, starting from the function's start (from
/// its unwind data) when known, else from the earliest nearby byte whose decoding lands exactly
/// on `addr`. `uf addr`: the whole function, from its RUNTIME_FUNCTION range (or up to the first
/// `ret` past every forward branch when it has none), with a label at each branch target.
enum UnassembleVerb {
  static let defaultCount: UInt64 = 8
  static let maxCount: UInt64 = 0x10000

  static let spec = VerbSpec(
    names: ["u", "ub", "uf"], summary: "disassemble (u forward, ub backward, uf whole function)",
    usage: "u [addr] [L count | end] | ub addr [L count] | uf addr"
  ) { invocation, session throws(CommandError) in
    guard let d = session.makeDisassembler() else {
      throw .message(
        CapstoneLibrary.shared == nil
          ? "Capstone could not be loaded (libcapstone.so.4 or .so.5: Debian's libcapstone4, installed with libcapstone-dev)"
          : "Capstone could not be opened for this architecture")
    }
    var scanner = ArgumentScanner(invocation)
    var start = session.nextUnassembleAddress ?? session.currentContext?.instructionPointer ?? 0
    var count = defaultCount
    var end: UInt64?
    if !scanner.atEnd {
      start = try scanner.expression(in: session)
      if !scanner.atEnd {
        if scanner.consume("l") {
          count = try scanner.expression(in: session)
          guard count > 0, count <= maxCount else { throw scanner.error("Range error in '\(invocation.text)'") }
        } else if invocation.name == "u" {
          let e = try scanner.expression(in: session)
          guard e > start, e - start <= 0x10_0000 else { throw scanner.error("Range error in '\(invocation.text)'") }
          end = e
        }
        guard scanner.atEnd else { throw scanner.syntaxError() }
      }
    } else if invocation.name != "u" {
      start = session.currentContext?.instructionPointer ?? 0
    }
    switch invocation.name {
    case "ub":
      let from = backStart(session, d, before: start, count: Int(count))
      let next = try forward(session, d, from: from, count: count, end: start)
      session.repeatCommand = "ub 0x\(HexFormat.hex(from)) L0x\(HexFormat.hex(count))"
      _ = next
    case "uf":
      try function(session, d, at: start)
      session.repeatCommand = nil
    default:
      let next = try forward(session, d, from: start, count: end == nil ? count : maxCount, end: end)
      session.nextUnassembleAddress = next
      session.repeatCommand = "u"
    }
  }

  /// Prints instructions from `from` (at most `count`, stopping at `end`); returns the next address.
  @discardableResult
  static func forward(_ s: Session, _ d: Disassembler, from: UInt64, count: UInt64, end: UInt64?, labels: Set<UInt64> = [])
    throws(CommandError) -> UInt64
  {
    var addr = from
    var n: UInt64 = 0
    if s.module(containing: addr) != nil { s.print(s.symbolize(addr) + ":") }
    while n < count {
      if let e = end, addr >= e { break }
      try s.checkCancel()
      if n > 0, s.isSymbolStart(addr) || labels.contains(addr) { s.print(s.symbolize(addr) + ":") }
      let (text, length) = s.instructionLine(d, at: addr)
      s.print(text)
      let (next, o) = addr.addingReportingOverflow(UInt64(length ?? 1))
      if o { break }
      addr = next
      n += 1
    }
    return addr
  }

  /// Where `ub` starts so that decoding lands exactly on `before` after `count` instructions.
  static func backStart(_ s: Session, _ d: Disassembler, before: UInt64, count: Int) -> UInt64 {
    let window = UInt64(count * 15 + 15)
    // From the function's start when its unwind data is known and near enough.
    if let m = s.module(containing: before), let image = s.dump.image(of: m), image.isPE32Plus,
      let fn = X64Unwinder(space: s.dump.addressSpace).function(in: image, containing: before &- 1)
    {
      let begin = image.base &+ UInt64(fn.begin)
      if begin < before, before - begin <= 0x10000, let starts = decodeRun(s, d, from: begin, to: before), !starts.isEmpty {
        return starts[max(0, starts.count - count)]
      }
    }
    let lowest = before >= window ? before - window : 0
    var from = lowest
    while from < before {
      if let starts = decodeRun(s, d, from: from, to: before), starts.count >= count {
        return starts[starts.count - count]
      }
      from += 1
    }
    return before &- UInt64(count)
  }

  /// Instruction starts from `from` when decoding lands exactly on `to`, else nil.
  static func decodeRun(_ s: Session, _ d: Disassembler, from: UInt64, to: UInt64) -> [UInt64]? {
    var addr = from
    var starts: [UInt64] = []
    while addr < to {
      let bytes = s.dump.addressSpace.readPrefix(at: addr, count: 16)
      guard let insn = d.decode(bytes, at: addr) else { return nil }
      starts.append(addr)
      addr = addr &+ UInt64(insn.length)
    }
    return addr == to ? starts : nil
  }

  /// `uf`: the function holding `address`.
  static func function(_ s: Session, _ d: Disassembler, at address: UInt64) throws(CommandError) {
    var begin = address
    var end: UInt64?
    if let m = s.module(containing: address), let image = s.dump.image(of: m), image.isPE32Plus,
      let fn = X64Unwinder(space: s.dump.addressSpace).function(in: image, containing: address)
    {
      begin = image.base &+ UInt64(fn.begin)
      end = image.base &+ UInt64(fn.end)
    }
    // Without a range: decode to the first `ret` past every forward branch (bounded).
    var addr = begin
    var targets = Set<UInt64>()
    var furthest = begin
    var n = 0
    while n < 0x4000 {
      if let e = end, addr >= e { break }
      let bytes = s.dump.addressSpace.readPrefix(at: addr, count: 16)
      guard let insn = d.decode(bytes, at: addr) else {
        if end == nil { break }
        addr = addr &+ 1
        n += 1
        continue
      }
      if Disassembler.isBranch(insn.mnemonic), insn.mnemonic != "call", let t = Disassembler.immediate(insn.operands),
        t > begin, end.map({ t < $0 }) ?? true
      {
        targets.insert(t)
        furthest = max(furthest, t)
      }
      addr = addr &+ UInt64(insn.length)
      n += 1
      if end == nil, insn.mnemonic == "ret" || insn.mnemonic == "jmp", addr > furthest { break }
    }
    try forward(s, d, from: begin, count: UInt64(n), end: addr, labels: targets)
  }
}

extension Session {
  /// Where the next `u` without an address starts.
  var nextUnassembleAddress: UInt64? {
    get { pseudoRegisters["$$nextunassemble"] }
    set { pseudoRegisters["$$nextunassemble"] = newValue }
  }

  /// `true` when an export starts at `address`.
  func isSymbolStart(_ address: UInt64) -> Bool {
    guard let m = module(containing: address), let e = dump.exports(of: m)?.nearest(below: address) else { return false }
    return e.address == address
  }
}
