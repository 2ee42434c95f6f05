/// One frame of a walked stack.
public struct StackFrame: Sendable, Equatable {
  /// How the frame was found (rust-minidump calls this "trust").
  public enum Source: Sendable, Equatable {
    /// Frame 0: the thread's (or the exception's) context.
    case context
    /// x64: unwound with the caller's UNWIND_INFO (`.pdata`/`.xdata` in dump memory).
    case unwindInfo
    /// x64: the callee had no unwind data (a leaf); the return address was at RSP.
    case leaf
    /// x86: the EBP chain.
    case framePointer
    /// A return address found by scanning stack memory; may be wrong.
    case scan
  }

  /// Registers in this frame; only the instruction, stack and frame pointers (and on x64 the
  /// nonvolatile registers restored by unwind codes) are meaningful above frame 0.
  public var context: ThreadContext
  public var source: Source
  public var instructionPointer: UInt64 { context.instructionPointer }
  /// WinDbg's Child-SP (x64) or the stack pointer of this frame (x86).
  public var stackPointer: UInt64 { context.stackPointer }
  public var framePointer: UInt64 { context.framePointer }
}

/// A walked stack: the frames, and why the walk stopped early (nil when it reached the end or the
/// frame limit).
public struct StackWalk: Sendable {
  public var frames: [StackFrame]
  public var stopReason: String?
  /// The return address of frame `i`: the next frame's instruction pointer, 0 for the last one.
  public func returnAddress(of i: Int) -> UInt64 {
    i + 1 < frames.count ? frames[i + 1].instructionPointer : 0
  }
}

/// Walks a thread's stack from a register context, without symbol files.
///
/// x64: UNWIND_INFO from the module images in the dump (`X64Unwinder`); a frame whose module
/// image is not in the dump (or that lies in no module) continues by a bounded scan of stack
/// memory for a value pointing into a known module, into a code section when the module's headers
/// are readable, right after a call instruction when the module's code is readable. x86: the EBP chain, then the same scan. Every walk stops at
/// `maxFrames`, when the stack pointer does not increase (a loop), or when stack memory is not in
/// the dump; the reason is kept.
public struct StackWalker {
  public let dump: Dump
  /// Slots examined by one scan (8 KiB of x86 stack, 16 KiB of x64 stack).
  public static let scanSlots = 0x800

  public init(dump: Dump) { self.dump = dump }

  public func walk(from start: ThreadContext, maxFrames: Int) -> StackWalk {
    var frames = [StackFrame(context: start, source: .context)]
    let limit = max(1, min(maxFrames, 0x10000))
    while frames.count < limit {
      guard let last = frames.last else { break }
      let next: StackFrame?
      do {
        next = try step(last)
      } catch {
        return StackWalk(frames: frames, stopReason: error.message)
      }
      guard let n = next else { break }
      if n.instructionPointer == 0 { break }
      if n.stackPointer <= last.stackPointer {
        return StackWalk(
          frames: frames,
          stopReason: "Stack unwind stopped: Child-SP \(hex16(n.stackPointer)) does not increase (unwind loop)")
      }
      frames.append(n)
    }
    return StackWalk(frames: frames, stopReason: nil)
  }

  public struct WalkError: Error {
    public var message: String
  }

  var modules: [DumpModule] { (try? dump.modules.get()) ?? [] }

  func module(containing a: UInt64) -> DumpModule? { modules.first { $0.base <= a && a < $0.end } }

  /// The caller's frame of `f`, or nil at the end of the stack.
  func step(_ f: StackFrame) throws(WalkError) -> StackFrame? {
    switch f.context {
    case .amd64(let regs):
      if let m = module(containing: regs.rip), let image = dump.image(of: m), image.isPE32Plus {
        let unwinder = X64Unwinder(space: dump.addressSpace)
        do {
          if let fn = unwinder.function(in: image, containing: regs.rip) {
            return StackFrame(context: .amd64(try unwinder.unwind(regs, image: image, function: fn)), source: .unwindInfo)
          }
          return StackFrame(context: .amd64(try unwinder.unwindLeaf(regs)), source: .leaf)
        } catch {
          throw WalkError(message: "Stack unwind stopped at \(hex16(regs.rip)): \(error.description)")
        }
      }
      return try scan(f)
    case .x86(let regs):
      let space = dump.addressSpace
      let ebp = UInt64(regs.ebp)
      if ebp >= UInt64(regs.esp), ebp & 3 == 0, let saved = space.load(UInt32.self, at: ebp),
        let ret = space.load(UInt32.self, at: ebp &+ 4), ret != 0, module(containing: UInt64(ret)) != nil
      {
        var c = regs
        c.eip = ret
        c.ebp = saved
        c.esp = UInt32(truncatingIfNeeded: ebp &+ 8)
        return StackFrame(context: .x86(c), source: .framePointer)
      }
      return try scan(f)
    }
  }

  /// Looks upward from the frame's stack pointer for a return address into a known module.
  func scan(_ f: StackFrame) throws(WalkError) -> StackFrame? {
    let space = dump.addressSpace
    let width = UInt64(space.pointerSize)
    // Starts at SP itself: for frame 0 the return address may be there; for a scanned frame SP is
    // already past the return address that was found.
    var slot = f.stackPointer
    guard space.isReadable(slot) else {
      throw WalkError(message: "Stack scan stopped: stack memory at \(hex16(slot)) is not in the dump")
    }
    for _ in 0..<Self.scanSlots {
      guard let v = space.pointer(at: slot) else { return nil }
      if let m = module(containing: v), v > m.base, isInCode(v, of: m), looksLikeReturnAddress(v) {
        let sp = slot &+ width
        switch f.context {
        case .amd64(var c):
          c.rip = v
          c.rsp = sp
          return StackFrame(context: .amd64(c), source: .scan)
        case .x86(var c):
          c.eip = UInt32(truncatingIfNeeded: v)
          c.esp = UInt32(truncatingIfNeeded: sp)
          if let saved = space.load(UInt32.self, at: slot &- 4), UInt64(saved) > sp { c.ebp = saved }
          return StackFrame(context: .x86(c), source: .scan)
        }
      }
      let (n, o) = slot.addingReportingOverflow(width)
      if o { return nil }
      slot = n
    }
    return nil
  }

  /// When the module's headers are readable, `address` must lie in a section marked as code
  /// (IMAGE_SCN_CNT_CODE 0x20 or IMAGE_SCN_MEM_EXECUTE 0x20000000; PE/COFF section flags): a value
  /// pointing into `.data` or `.bss` is not a return address. Without headers, any address qualifies.
  func isInCode(_ address: UInt64, of m: DumpModule) -> Bool {
    guard let image = dump.image(of: m), !image.sections.isEmpty else { return true }
    let rva = address &- m.base
    guard let s = image.sections.first(where: { rva >= UInt64($0.virtualAddress) && rva - UInt64($0.virtualAddress) < UInt64(max($0.virtualSize, 1)) }) else {
      return false
    }
    return s.characteristics & 0x2000_0020 != 0
  }

  /// When the code before `address` is in the dump, it must end in a call (E8 rel32, FF /2 with
  /// the common ModR/M forms); when it is not in the dump, any address into a module qualifies.
  func looksLikeReturnAddress(_ address: UInt64) -> Bool {
    guard address >= 7 else { return false }
    let before = dump.addressSpace.readPrefix(at: address &- 7, count: 7)
    guard before.count == 7 else { return true }
    if before[2] == 0xE8 { return true }  // call rel32
    if before[5] == 0xFF, (before[6] >> 3) & 7 == 2, before[6] >> 6 == 3 { return true }  // call reg
    if before[4] == 0xFF, (before[5] >> 3) & 7 == 2, before[5] >> 6 == 0 || before[5] >> 6 == 1 { return true }  // call [reg] / [reg+d8]
    if before[3] == 0xFF, (before[4] >> 3) & 7 == 2, before[4] >> 6 == 1 { return true }  // call [reg+d8] with SIB
    if before[1] == 0xFF, (before[2] >> 3) & 7 == 2, before[2] >> 6 == 2 || before[2] & 0xC7 == 5 { return true }  // [reg+d32], [rip+d32]
    if before[0] == 0xFF, (before[1] >> 3) & 7 == 2 { return true }  // with SIB and d32
    return false
  }
}
