/// A thread's `frames:` in a native x86 process, laid out as an EBP chain: every function starts
/// with `push ebp; mov ebp,esp` (then `sub esp,N` for `frameSize` N), every return address follows
/// a `call rel32` (E8) to the callee's start, and on the stack [EBP] holds the caller's EBP and
/// [EBP+4] the return address (Intel SDM "Procedure calls": the standard stack frame). The
/// outermost frame's [EBP] and [EBP+4] are 0. No arguments are modelled between frames, so
/// EBP(i+1) = EBP(i) + 8 + frameSize(i+1); the innermost ESP = EBP(0) − frameSize(0).
///
/// Our choices: default frameSize 0x10; `pushes`/`fpreg` are x64 prolog features and are errors
/// here; a chain not ending in ntdll!RtlUserThreadStart gets kernel32!BaseThreadInitThunk+0x12
/// and ntdll!RtlUserThreadStart+0x70 appended when both are exported (the offsets Win7 x86 stacks
/// show for BaseThreadInitThunk and __RtlUserThreadStart).
struct X86FrameChain {
  struct Frame {
    var address: UInt64
    var functionStart: UInt64
    var locals: UInt64
    var name: String
    var location: String
  }

  static let defaultLocals: UInt64 = 0x10
  static let threadStart: [(module: String, export: String, offset: UInt64)] = [
    ("kernel32", "BaseThreadInitThunk", 0x12), ("ntdll", "RtlUserThreadStart", 0x70),
  ]

  let frames: [Frame]

  init(thread: ThreadSpec, resolver: SymbolResolver) throws {
    var specs = thread.frames
    if let last = specs.last, last.at.export != "RtlUserThreadStart",
      Self.threadStart.allSatisfy({ resolver.module(named: $0.module)?.exportAddress($0.export) != nil })
    {
      let tail = last.at.export == "BaseThreadInitThunk" ? Self.threadStart.suffix(1) : Self.threadStart[...]
      for item in tail {
        guard let reference = SymbolReference(parsing: "\(item.module)!\(item.export)+\(hex(item.offset))") else { continue }
        specs.append(FrameSpec(at: reference, frameSize: nil, pushes: [], frameRegister: nil, location: thread.location))
      }
    }
    frames = try specs.map { spec in
      guard spec.pushes.isEmpty, spec.frameRegister == nil else {
        throw ForgeError.scenario(
          location: spec.location, message: "x86 frames take `at` and `frameSize` only (pushes/fpreg are x64 prologs)")
      }
      let address = try resolver.resolve(.symbol(spec.at), location: spec.location)
      return Frame(
        address: address, functionStart: address - spec.at.offset, locals: spec.frameSize ?? Self.defaultLocals,
        name: "\(spec.at)", location: spec.location)
    }
  }

  /// The prolog bytes of a function with `locals` bytes of locals.
  static func prolog(locals: UInt64) -> [UInt8] {
    var bytes: [UInt8] = [0x55, 0x8B, 0xEC]  // push ebp; mov ebp,esp
    if locals > 0 && locals < 0x80 {
      bytes += [0x83, 0xEC, UInt8(locals)]  // sub esp,imm8
    } else if locals > 0 {
      bytes += [0x81, 0xEC] + (0..<4).map { UInt8(truncatingIfNeeded: locals >> (8 * UInt64($0))) }  // sub esp,imm32
    }
    return bytes
  }

  /// Writes each function's prolog, a `call rel32` ending at each return address, and a `nop` at
  /// each return / stop address.
  func writeCode(into memory: inout ProcessMemory) throws {
    for (index, frame) in frames.enumerated() {
      let prolog = Self.prolog(locals: frame.locals)
      try memory.write(prolog, at: frame.functionStart, what: "prolog of \(frame.name)")
      if frame.address >= frame.functionStart + UInt64(prolog.count) {
        try memory.write([0x90], at: frame.address, what: "\(frame.name)")  // a nop where execution resumes
      }
      guard index > 0 else { continue }
      guard frame.address >= frame.functionStart + UInt64(prolog.count) + 5 else {
        throw ForgeError.scenario(
          location: frame.location, message: "\(frame.name): a return address needs the prolog and a 5-byte call before it")
      }
      let relative = UInt32(truncatingIfNeeded: frames[index - 1].functionStart &- frame.address)
      let call: [UInt8] = [0xE8] + (0..<4).map { UInt8(truncatingIfNeeded: relative >> (8 * UInt32($0))) }
      try memory.write(call, at: frame.address - 5, what: "call site of \(frame.name)")
    }
  }

  /// Lays the chain out below `stack.base`; sets eip, esp and ebp. Returns the stack addresses
  /// written and each frame (Child-SP = the frame's ESP, `nonvolatile["ebp"]` = its EBP).
  func place(
    context: inout X64Context, userRegisters: Set<String>, stack: (base: UInt64, limit: UInt64),
    memory: inout ProcessMemory, what: String
  ) throws -> (written: Set<UInt64>, frames: [ForgedFrame]) {
    guard let first = frames.first else { return ([], []) }
    if userRegisters.contains("eip") || userRegisters.contains("rip") {
      throw ForgeError.scenario(location: first.location, message: "give either registers.eip or frames (frames[0].at is the thread's eip)")
    }
    let outer = frames.dropFirst().reduce(UInt64(0)) { $0 + 8 + $1.locals }
    let givenEsp = userRegisters.contains("esp") || userRegisters.contains("rsp")
    let ebp0 = givenEsp ? context["esp"] + first.locals : ((stack.base - 0x28) & ~UInt64(3)) - outer
    var pointers = [ebp0]
    for frame in frames.dropFirst() { pointers.append((pointers.last ?? ebp0) + 8 + frame.locals) }
    guard let top = pointers.last, ebp0 - first.locals >= stack.limit, top + 8 <= stack.base else {
      throw ForgeError.scenario(
        location: first.location, message: "\(what): the EBP chain does not fit in the committed stack [\(hex(stack.limit)), \(hex(stack.base)))")
    }
    if userRegisters.contains("ebp") || userRegisters.contains("rbp"), context["ebp"] != ebp0 {
      throw ForgeError.scenario(
        location: first.location, message: "\(what): registers.ebp is \(hex(context["ebp"])) but the chain puts EBP at \(hex(ebp0))")
    }
    context["eip"] = first.address
    context["esp"] = ebp0 - first.locals
    context["ebp"] = ebp0
    var written: Set<UInt64> = []
    var records: [ForgedFrame] = []
    for (index, frame) in frames.enumerated() {
      let next = index + 1 < frames.count
      var words = ByteBuffer()
      words.appendU32(next ? UInt32(truncatingIfNeeded: pointers[index + 1]) : 0)  // caller's EBP
      words.appendU32(next ? UInt32(truncatingIfNeeded: frames[index + 1].address) : 0)  // return address
      try memory.write(words, at: pointers[index], what: what)
      written.formUnion([pointers[index], pointers[index] + 4])
      records.append(
        ForgedFrame(
          name: frame.name, instructionPointer: frame.address, stackPointer: pointers[index] - frame.locals,
          returnAddress: next ? frames[index + 1].address : 0, nonvolatile: ["ebp": pointers[index]]))
    }
    return (written, records)
  }
}
