/// One step of x64 virtual unwinding, as `RtlVirtualUnwind` does it, from unwind data read out of
/// the module images in dump memory (PE/COFF specification, "x64 exception handling").
///
/// Rules: the RUNTIME_FUNCTION holding RIP is found by binary search in the exception directory
/// (data directory 3, entries sorted by BeginAddress). Inside the prolog only the codes whose
/// CodeOffset is at or below RIP's offset are undone; chained parents (flag 4, at most
/// `maxChain` deep) are undone whole. A frame stopped in an epilogue (`add rsp`/`lea rsp`, `pop`s,
/// then `ret` or a `jmp` out) is finished by emulating those instructions instead. A function
/// with no entry is a leaf: its return address is at RSP.
public struct X64Unwinder {
  public let space: AddressSpace
  public static let maxChain = 32
  /// Exception directories larger than this many entries are treated as damaged.
  public static let maxFunctions = 1 << 20

  public init(space: AddressSpace) { self.space = space }

  public enum StepError: Error, Equatable, CustomStringConvertible {
    case unreadable(UInt64)
    case badUnwindData(String)
    public var description: String {
      switch self {
      case .unreadable(let a): return "memory at \(hex16(a)) is not in the dump"
      case .badUnwindData(let s): return s
      }
    }
  }

  /// The RUNTIME_FUNCTION of `image` that holds `address`, or nil (leaf or no directory).
  public func function(in image: PEImage, containing address: UInt64) -> RuntimeFunction? {
    guard address >= image.base, let dir = image.directory(3) else { return nil }
    let rva64 = address - image.base
    guard rva64 < UInt64(UInt32.max) else { return nil }
    let rva = UInt32(rva64)
    let count = min(Int(dir.size) / RuntimeFunction.size, Self.maxFunctions)
    let table = image.base &+ UInt64(dir.rva)
    var lo = 0
    var hi = count
    while lo < hi {
      let mid = (lo + hi) / 2
      guard let f = entry(table, mid) else { return nil }
      if f.end <= rva { lo = mid + 1 } else if f.begin > rva { hi = mid } else { return resolveIndirect(image, f) }
    }
    return nil
  }

  func entry(_ table: UInt64, _ i: Int) -> RuntimeFunction? {
    let at = table &+ UInt64(i) &* 12
    guard let b = space.load(UInt32.self, at: at), let e = space.load(UInt32.self, at: at &+ 4),
      let u = space.load(UInt32.self, at: at &+ 8)
    else { return nil }
    return RuntimeFunction(begin: b, end: e, unwindData: u)
  }

  /// An entry whose UnwindData has bit 0 set points at another RUNTIME_FUNCTION (one hop).
  func resolveIndirect(_ image: PEImage, _ f: RuntimeFunction) -> RuntimeFunction? {
    guard f.unwindData & 1 == 1 else { return f }
    let at = image.base &+ UInt64(f.unwindData & ~1)
    guard let b = space.load(UInt32.self, at: at), let e = space.load(UInt32.self, at: at &+ 4),
      let u = space.load(UInt32.self, at: at &+ 8), u & 1 == 0
    else { return nil }
    return RuntimeFunction(begin: b, end: e, unwindData: u)
  }

  /// The start of the function `f` belongs to: `f`'s own begin, or that of the primary entry its
  /// chained unwind info leads to (split hot/cold functions), at most `maxChain` hops.
  public func primaryBegin(_ image: PEImage, _ f: RuntimeFunction) -> UInt32 {
    var current = f
    for _ in 0..<Self.maxChain {
      guard let info = try? unwindInfo(image, rva: current.unwindData), let parent = info.chained else { break }
      current = parent
    }
    return current.begin
  }

  /// Reads and parses the UNWIND_INFO at `rva` of `image`.
  public func unwindInfo(_ image: PEImage, rva: UInt32) throws(StepError) -> UnwindInfo {
    guard rva < image.sizeOfImage else {
      throw .badUnwindData("unwind data RVA 0x\(String(rva, radix: 16)) is outside the image")
    }
    let at = image.base &+ UInt64(rva)
    guard let head = space.bytes(at: at, count: 4) else { throw .unreadable(at) }
    let total = UnwindInfo.byteCount(countOfCodes: Int(head[2]))
    let raw = space.readPrefix(at: at, count: total)
    do {
      return try UnwindInfo(bytes: raw)
    } catch {
      throw .badUnwindData("unwind data at \(hex16(at)): \(error.description)")
    }
  }

  /// Unwinds `regs` (the frame of the function `function` of `image`) to its caller's registers.
  public func unwind(_ regs: AMD64Context, image: PEImage, function: RuntimeFunction) throws(StepError) -> AMD64Context {
    var r = regs
    let offsetInFunction = r.rip &- (image.base &+ UInt64(function.begin))
    let first = try unwindInfo(image, rva: function.unwindData)
    if offsetInFunction >= UInt64(first.sizeOfProlog),
      let done = try epilogue(r, info: first, image: image, function: function)
    {
      return done
    }
    var info = first
    var prologOffset: UInt64? = offsetInFunction
    var machineFrame = false
    var depth = 0
    while true {
      var frame = r.rsp
      if info.frameRegister != 0 {
        let established = info.codes.contains { code in
          if case .setFramePointer = code.operation { return prologOffset.map { UInt64(code.codeOffset) <= $0 } ?? true }
          return false
        }
        if established { frame = Self.get(r, info.frameRegister) &- UInt64(info.frameOffset) }
      }
      for code in info.codes {
        if let p = prologOffset, p < UInt64(info.sizeOfProlog), UInt64(code.codeOffset) > p { continue }
        switch code.operation {
        case .pushNonvolatile(let reg):
          Self.set(&r, reg, try read(r.rsp))
          r.rsp = r.rsp &+ 8
        case .allocate(let size):
          r.rsp = r.rsp &+ UInt64(size)
        case .setFramePointer:
          r.rsp = frame
        case .saveNonvolatile(let reg, let offset):
          Self.set(&r, reg, try read(frame &+ UInt64(offset)))
        case .epilog, .saveXMM128:
          break
        case .pushMachineFrame(let withErrorCode):
          let base = r.rsp &+ (withErrorCode ? 8 : 0)
          r.rip = try read(base)
          r.rsp = try read(base &+ 24)
          machineFrame = true
        }
      }
      guard let parent = info.chained else { break }
      depth += 1
      guard depth <= Self.maxChain else { throw .badUnwindData("chained unwind info is more than \(Self.maxChain) deep") }
      info = try unwindInfo(image, rva: parent.unwindData)
      prologOffset = nil
    }
    if !machineFrame {
      r.rip = try read(r.rsp)
      r.rsp = r.rsp &+ 8
    }
    return r
  }

  /// A leaf function (no unwind data): the return address is at RSP.
  public func unwindLeaf(_ regs: AMD64Context) throws(StepError) -> AMD64Context {
    var r = regs
    r.rip = try read(r.rsp)
    r.rsp = r.rsp &+ 8
    return r
  }

  func read(_ address: UInt64) throws(StepError) -> UInt64 {
    guard let v = space.load(UInt64.self, at: address) else { throw .unreadable(address) }
    return v
  }

  /// When RIP is in an epilogue (`add rsp,imm` / `lea rsp,[fp+d]`, `pop`s, then `ret`, `rep ret`
  /// or a `jmp` out of the function), the registers after emulating it; else nil.
  func epilogue(_ regs: AMD64Context, info: UnwindInfo, image: PEImage, function: RuntimeFunction) throws(StepError) -> AMD64Context? {
    let code = space.readPrefix(at: regs.rip, count: 64)
    var r = regs
    var i = 0
    func at(_ k: Int) -> UInt8? { k < code.count ? code[k] : nil }
    // add rsp, imm8 / imm32
    if at(0) == 0x48, at(1) == 0x83, at(2) == 0xC4, let imm = at(3) {
      r.rsp = r.rsp &+ UInt64(imm); i = 4
    } else if at(0) == 0x48, at(1) == 0x81, at(2) == 0xC4, code.count >= 7 {
      let imm = UInt32(code[3]) | UInt32(code[4]) << 8 | UInt32(code[5]) << 16 | UInt32(code[6]) << 24
      r.rsp = r.rsp &+ UInt64(imm); i = 7
    } else if info.frameRegister != 0, let rex = at(0), rex & 0xF8 == 0x48, at(1) == 0x8D, let modrm = at(2),
      (modrm >> 3) & 7 == 4, modrm & 7 != 4
    {
      // lea rsp, [fp + disp8/disp32]
      let reg = Int(modrm & 7) | (rex & 1 == 1 ? 8 : 0)
      guard reg == info.frameRegister else { return nil }
      switch modrm >> 6 {
      case 1:
        guard let d = at(3) else { return nil }
        r.rsp = Self.get(r, reg) &+ UInt64(bitPattern: Int64(Int8(bitPattern: d))); i = 4
      case 2:
        guard code.count >= 7 else { return nil }
        let d = UInt32(code[3]) | UInt32(code[4]) << 8 | UInt32(code[5]) << 16 | UInt32(code[6]) << 24
        r.rsp = Self.get(r, reg) &+ UInt64(bitPattern: Int64(Int32(bitPattern: d))); i = 7
      default: return nil
      }
    }
    var pops: [Int] = []
    while let b = at(i) {
      if b >= 0x58 && b <= 0x5F { pops.append(Int(b - 0x58)); i += 1; continue }
      if b == 0x41, let n = at(i + 1), n >= 0x58 && n <= 0x5F { pops.append(Int(n - 0x58) + 8); i += 2; continue }
      break
    }
    let isRet = at(i) == 0xC3 || (at(i) == 0xF3 && at(i + 1) == 0xC3) || at(i) == 0xC2
    var isJumpOut = false
    if at(i) == 0xE9, code.count >= i + 5 {
      let d = Int32(bitPattern: UInt32(code[i + 1]) | UInt32(code[i + 2]) << 8 | UInt32(code[i + 3]) << 16 | UInt32(code[i + 4]) << 24)
      let target = regs.rip &+ UInt64(i + 5) &+ UInt64(bitPattern: Int64(d))
      let begin = image.base &+ UInt64(function.begin), end = image.base &+ UInt64(function.end)
      isJumpOut = target < begin || target >= end
    } else if at(i) == 0xFF, at(i + 1) == 0x25 {
      isJumpOut = true
    } else if at(i) == 0x48, at(i + 1) == 0xFF, at(i + 2) == 0x25 {
      isJumpOut = true
    }
    guard isRet || isJumpOut else { return nil }
    // A bare `ret` at the very start of a function with a prolog is not an epilogue of this frame.
    if i == 0 && pops.isEmpty && !isRet { return nil }
    for reg in pops {
      Self.set(&r, reg, try read(r.rsp))
      r.rsp = r.rsp &+ 8
    }
    r.rip = try read(r.rsp)
    r.rsp = r.rsp &+ 8
    return r
  }

  /// Register number (0 RAX, 1 RCX, 2 RDX, 3 RBX, 4 RSP, 5 RBP, 6 RSI, 7 RDI, 8-15 R8-R15).
  public static func get(_ c: AMD64Context, _ n: Int) -> UInt64 {
    switch n {
    case 0: return c.rax
    case 1: return c.rcx
    case 2: return c.rdx
    case 3: return c.rbx
    case 4: return c.rsp
    case 5: return c.rbp
    case 6: return c.rsi
    case 7: return c.rdi
    case 8: return c.r8
    case 9: return c.r9
    case 10: return c.r10
    case 11: return c.r11
    case 12: return c.r12
    case 13: return c.r13
    case 14: return c.r14
    default: return c.r15
    }
  }

  public static func set(_ c: inout AMD64Context, _ n: Int, _ v: UInt64) {
    switch n {
    case 0: c.rax = v
    case 1: c.rcx = v
    case 2: c.rdx = v
    case 3: c.rbx = v
    case 4: c.rsp = v
    case 5: c.rbp = v
    case 6: c.rsi = v
    case 7: c.rdi = v
    case 8: c.r8 = v
    case 9: c.r9 = v
    case 10: c.r10 = v
    case 11: c.r11 = v
    case 12: c.r12 = v
    case 13: c.r13 = v
    case 14: c.r14 = v
    default: c.r15 = v
    }
  }
}

/// `00000000`0021fca0` style (for messages in the model, which has no formatting module).
func hex16(_ v: UInt64) -> String {
  func pad(_ x: UInt64) -> String {
    let s = String(x, radix: 16)
    return String(repeating: "0", count: max(0, 8 - s.count)) + s
  }
  return pad(v >> 32) + "`" + pad(v & 0xFFFF_FFFF)
}
