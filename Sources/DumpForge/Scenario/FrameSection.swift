/// `threads[].frames:` — a call chain, innermost first. Each element is either a plain address
/// (`tiny!main+0x10`) or `{at, frameSize, pushes, fpreg}`.
enum FrameSection {
  static let keys = ["at", "frameSize", "pushes", "fpreg"]
  /// Registers the x64 calling convention makes callee-saved (Microsoft "x64 calling convention",
  /// "Callee/caller saved registers"); only these may be pushed in a forged prolog.
  static let nonvolatile = ["rbx", "rbp", "rsi", "rdi", "r12", "r13", "r14", "r15"]

  static func parseList(_ node: ScenarioNode) throws -> [FrameSpec] {
    let frames = try node.elements().map(parse)
    guard !frames.isEmpty else { throw node.error("frames needs at least one frame") }
    return frames
  }

  static func parse(_ node: ScenarioNode) throws -> FrameSpec {
    if case .scalar = node.node {
      return FrameSpec(at: try symbol(node), frameSize: nil, pushes: [], frameRegister: nil, location: node.location)
    }
    try node.rejectUnknownKeys(keys)
    var frame = FrameSpec(
      at: try symbol(node.required("at")), frameSize: nil, pushes: [], frameRegister: nil, location: node.location)
    if let value = node.child("frameSize") {
      let size = try value.integer()
      guard size % 8 == 0, size <= 0xFFFF8 else {
        throw value.error("frameSize is a multiple of 8 up to 0xffff8 (the stack bytes `sub rsp` allocates), got \(hex(size))")
      }
      frame.frameSize = size
    }
    if let value = node.child("pushes") {
      for element in try value.elements() {
        let name = try element.string().lowercased()
        guard nonvolatile.contains(name) else {
          throw element.error("pushes lists nonvolatile registers (\(nonvolatile.joined(separator: ", "))), got \"\(name)\"")
        }
        guard !frame.pushes.contains(name) else { throw element.error("register \(name) is pushed twice") }
        frame.pushes.append(name)
      }
    }
    if let value = node.child("fpreg") {
      let name = try value.string().lowercased()
      guard nonvolatile.contains(name) else {
        throw value.error("fpreg is a nonvolatile register (\(nonvolatile.joined(separator: ", "))), got \"\(name)\"")
      }
      guard frame.pushes.contains(name) else {
        throw value.error("fpreg \(name) must also be in pushes: the prolog saves the caller's \(name) before setting it")
      }
      frame.frameRegister = name
    }
    return frame
  }

  /// Frames name functions by export: `module!Export+offset`.
  static func symbol(_ node: ScenarioNode) throws -> SymbolReference {
    guard case .symbol(let symbol) = try node.value(), symbol.export != nil else {
      throw node.error("a frame is module!Export+offset (the function must be an export), got \"\(try node.string())\"")
    }
    return symbol
  }
}
