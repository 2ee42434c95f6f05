/// Lays a resolved call chain out on a thread's stack so that x64 virtual unwinding (Microsoft,
/// "x64 exception handling": undo the unwind codes, then pop the return address) goes from each
/// frame to the next one exactly.
///
/// Frame i has Child-SP `rsp[i]`; its prolog pushed `pushes` (in order) then allocated
/// `frameSize`, so push j of k sits at `rsp[i] + frameSize + 8·(k−1−j)`, the return address at
/// `rsp[i] + frameSize + 8·k`, and `rsp[i+1] = rsp[i] + frameSize + 8·k + 8`. The values of the
/// nonvolatile registers are chosen from the outermost frame inward: what a prolog pushes is the
/// caller's value; after the push the register gets a new (seeded) value, and a SET_FPREG frame
/// sets its frame register to its own Child-SP. Registers the scenario gives (`registers:`) are
/// the innermost frame's values. The outermost frame returns to 0.
struct CallStackLayout {
  static let nonvolatile = FrameSection.nonvolatile

  let frames: [CallChainPlan.ResolvedFrame]

  /// Child-SP of each frame, plus the stack pointer after the outermost return.
  func stackPointers(innermost: UInt64) -> [UInt64] {
    var pointers = [innermost]
    for frame in frames { pointers.append((pointers.last ?? innermost) + frame.shape.stackSpan) }
    return pointers
  }

  /// Default innermost rsp: the chain ends 0x30 below the stack base, calls 16-byte aligned.
  func defaultStackPointer(stackBase: UInt64) -> UInt64 {
    let outer = frames.dropFirst().reduce(UInt64(0)) { $0 + $1.shape.stackSpan }
    let caller = (stackBase - 0x30 - outer) & ~UInt64(0xF)
    return caller - (frames.first?.shape.stackSpan ?? 0)
  }

  /// Writes the return addresses and saved registers; sets rsp, rip and the nonvolatile
  /// registers of `context`. Returns the stack addresses written and each frame's expected state.
  func place(
    context: inout X64Context, userRegisters: Set<String>, stack: (base: UInt64, limit: UInt64),
    random: inout SeededRandom, memory: inout ProcessMemory, what: String
  ) throws -> (written: Set<UInt64>, frames: [ForgedFrame]) {
    guard let first = frames.first else { return ([], []) }
    let pointers = stackPointers(innermost: context["rsp"])
    guard let top = pointers.last, pointers[0] >= stack.limit, top <= stack.base else {
      throw ForgeError.scenario(
        location: first.location,
        message: "\(what): the call chain needs \(hex((pointers.last ?? 0) - pointers[0])) bytes from rsp \(hex(pointers[0])), "
          + "outside the committed stack [\(hex(stack.limit)), \(hex(stack.base)))")
    }
    context["rip"] = first.address
    // The innermost frame that pushes each register (its value there is the scenario's, if given).
    var innermostPusher: [Int: Int] = [:]
    for (index, frame) in frames.enumerated().reversed() {
      for register in frame.shape.pushes { innermostPusher[register] = index }
    }
    func given(_ register: Int) -> Bool { userRegisters.contains(FunctionShape.registerName(register)) }
    func seeded() -> UInt64 {
      // Half small integers (counters, handles), half heap-like pointers.
      random.below(2) == 0 ? random.below(0x400) : 0x0000_01F0_0000_0000 + (random.below(0x1000_0000) << 4)
    }
    var current: [Int: UInt64] = [:]
    for name in Self.nonvolatile {
      guard let register = FunctionShape.registerNumbers[name] else { continue }
      current[register] = given(register) && innermostPusher[register] == nil ? context[name] : seeded()
    }
    var written: Set<UInt64> = []
    var records: [ForgedFrame] = []
    func store(_ value: UInt64, at address: UInt64) throws {
      try memory.writeU64(value, at: address, what: what)
      written.insert(address)
    }
    for index in frames.indices.reversed() {
      let frame = frames[index]
      let rsp = pointers[index]
      let pushes = frame.shape.pushes
      for (position, register) in pushes.enumerated() {
        try store(current[register] ?? 0, at: rsp + frame.shape.frameSize + 8 * UInt64(pushes.count - 1 - position))
      }
      try store(index + 1 < frames.count ? frames[index + 1].address : 0, at: rsp + frame.shape.bytesBelowReturnAddress)
      for register in pushes {
        current[register] = given(register) && innermostPusher[register] == index ? context[FunctionShape.registerName(register)] : seeded()
      }
      if let register = frame.shape.frameRegister {
        let name = FunctionShape.registerName(register)
        if given(register) && innermostPusher[register] == index && context[name] != rsp {
          throw ForgeError.scenario(
            location: frame.location,
            message: "\(what): registers.\(name) is \(hex(context[name])) but \(frame.name) sets \(name) = its rsp \(hex(rsp))")
        }
        current[register] = rsp
      }
      var registers: [String: UInt64] = [:]
      for (register, value) in current { registers[FunctionShape.registerName(register)] = value }
      records.append(
        ForgedFrame(
          name: frame.name, instructionPointer: frame.address, stackPointer: rsp,
          returnAddress: index + 1 < frames.count ? frames[index + 1].address : 0, nonvolatile: registers))
    }
    for (register, value) in current { context[FunctionShape.registerName(register)] = value }
    return (written, records.reversed())
  }
}
