/// Resolves every thread's `frames:` against the modules (before they are mapped) and decides
/// the code and unwind data of every function that appears: one `FunctionShape` per function
/// (explicit in a frame, or a default), call sites at return addresses, stop addresses, and the
/// system call stubs of ntdll. Windows threads start in ntdll!RtlUserThreadStart, which calls
/// kernel32!BaseThreadInitThunk, which calls the thread procedure; a chain that does not end in
/// RtlUserThreadStart gets those two frames (`+0x14` / `+0x21`, the offsets WinDbg shows on
/// Windows 10 x64) appended when both modules export them.
struct CallChainPlan {
  /// Per module (scenario order): function RVA → code.
  var functions: [[UInt32: FunctionCode]]
  /// Per thread (scenario order): frames innermost first; empty without `frames:`.
  var threadFrames: [[ResolvedFrame]]

  struct ResolvedFrame: Sendable {
    var address: UInt64
    var shape: FunctionShape
    var name: String
    var location: String
  }

  static let threadInitThunk = (module: "kernel32", export: "BaseThreadInitThunk", offset: UInt64(0x14))
  static let userThreadStart = (module: "ntdll", export: "RtlUserThreadStart", offset: UInt64(0x21))

  init(os: OperatingSystemProfile, modules: [ModuleSpec], bases: [UInt64], threads: [ThreadSpec]) throws {
    functions = Array(repeating: [:], count: modules.count)
    threadFrames = Array(repeating: [], count: threads.count)
    // No x64 syscall stubs or unwind data in a 32-bit process: x86 frames are EBP chains (X86FrameChain).
    if os.isX86 { return }
    threadFrames = []
    // System call stubs for every ntdll Nt*/Zw* export, whether or not a thread stops in it.
    for (index, module) in modules.enumerated() {
      for export in module.exports where SyscallStub.isStub(module: module.name, export: export.name) {
        functions[index][export.rva] = FunctionCode(
          shape: .leaf, syscallStub: SyscallStub.bytes(export.name, legacy: os.isWin7))
      }
    }
    func find(_ reference: SymbolReference, location: String) throws -> (module: Int, rva: UInt32, export: String) {
      let wanted = reference.module.lowercased()
      guard
        let index = modules.firstIndex(where: {
          $0.name.lowercased() == wanted || $0.name.lowercased().split(separator: ".").first.map(String.init) == wanted
        })
      else {
        throw ForgeError.scenario(location: location, message: "\(reference): no module named \(reference.module)")
      }
      let name = reference.export ?? ""
      guard let export = modules[index].exports.first(where: { $0.name == name }) else {
        throw ForgeError.scenario(location: location, message: "\(reference): \(modules[index].name) has no export \(name)")
      }
      return (index, export.rva, name)
    }

    // Chains with the thread-start frames appended, resolved to (module, rva, offset).
    typealias Entry = (module: Int, rva: UInt32, export: String, offset: UInt64, spec: FrameSpec)
    var chains: [[Entry]] = []
    for thread in threads {
      var chain: [Entry] = []
      for frame in thread.frames {
        let found = try find(frame.at, location: frame.location)
        chain.append((found.module, found.rva, found.export, frame.at.offset, frame))
      }
      if let last = chain.last, let appended = try Self.threadStartFrames(after: last.export, modules: modules) {
        for reference in appended {
          let found = try find(reference, location: thread.location)
          let spec = FrameSpec(at: reference, frameSize: nil, pushes: [], frameRegister: nil, location: thread.location)
          chain.append((found.module, found.rva, found.export, reference.offset, spec))
        }
      }
      chains.append(chain)
    }

    // One shape per function: explicit ones must agree; the rest take the default.
    struct Key: Hashable { var module: Int; var rva: UInt32 }
    var explicit: [Key: (FunctionShape, String)] = [:]
    for entry in chains.joined() {
      let spec = entry.spec
      guard spec.frameSize != nil || !spec.pushes.isEmpty || spec.frameRegister != nil else { continue }
      let name = "\(modules[entry.module].name)!\(entry.export)"
      if functions[entry.module][entry.rva]?.syscallStub != nil {
        throw ForgeError.scenario(
          location: spec.location, message: "\(name) is a system call stub: it has no prolog (no frameSize/pushes/fpreg)")
      }
      let shape = FunctionShape(
        pushes: spec.pushes.compactMap { FunctionShape.registerNumbers[$0] }, frameSize: spec.frameSize ?? 0x28,
        frameRegister: spec.frameRegister.flatMap { FunctionShape.registerNumbers[$0] })
      let key = Key(module: entry.module, rva: entry.rva)
      if let (other, where_) = explicit[key], other != shape {
        throw ForgeError.scenario(
          location: spec.location, message: "\(name) is given a different frame shape at \(where_); one function has one prolog")
      }
      explicit[key] = (shape, spec.location)
    }

    for chain in chains {
      var resolved: [ResolvedFrame] = []
      for (position, entry) in chain.enumerated() {
        let module = modules[entry.module]
        let name = "\(module.name.split(separator: ".").first.map(String.init) ?? module.name)!\(entry.export)"
        var code =
          functions[entry.module][entry.rva]
          ?? FunctionCode(
            shape: explicit[Key(module: entry.module, rva: entry.rva)]?.0
              ?? Self.defaultShape(export: entry.export))
        let address = bases[entry.module] + UInt64(entry.rva) + entry.offset
        guard entry.offset < 0x1_0000 else {
          throw ForgeError.scenario(location: entry.spec.location, message: "\(name)+\(hex(entry.offset)): offsets stop at 0xffff")
        }
        let offset = UInt32(entry.offset)
        if position == 0 {
          code.stops.insert(offset)
        } else {
          if code.syscallStub != nil {
            throw ForgeError.scenario(
              location: entry.spec.location, message: "\(name) is a system call stub: it can only be the innermost frame")
          }
          guard code.shape.stackSpan % 16 == 0 else {
            throw ForgeError.scenario(
              location: entry.spec.location,
              message: "\(name): frameSize + 8 × pushes + 8 is \(hex(code.shape.stackSpan)), not a multiple of 16 "
                + "(x64 code keeps rsp 16-byte aligned at calls)")
          }
          let calleeStart = bases[chain[position - 1].module] + UInt64(chain[position - 1].rva)
          // A return address reached from two different callees is a call through a pointer.
          if let existing = code.callSites[offset], existing != calleeStart {
            code.callSites[offset] = FunctionCode.indirectTarget
          } else {
            code.callSites[offset] = calleeStart
          }
        }
        if code.locations[offset] == nil { code.locations[offset] = entry.spec.location }
        functions[entry.module][entry.rva] = code
        resolved.append(ResolvedFrame(address: address, shape: code.shape, name: "\(name)+\(hex(entry.offset))", location: entry.spec.location))
      }
      threadFrames.append(resolved)
    }

    // Check every function's code now that all its call sites are known.
    for (index, module) in modules.enumerated() {
      let base = bases[index]
      for (rva, code) in functions[index] {
        let name = module.exports.first(where: { $0.rva == rva }).map { "\(module.name)!\($0.name)" } ?? module.name
        try code.validate(name: name) { $0 >= base && $0 < base + module.size }
      }
    }
  }

  /// Frames to append after a chain ending in `export`: both thread-start frames, one, or none.
  static func threadStartFrames(after export: String, modules: [ModuleSpec]) throws -> [SymbolReference]? {
    func has(_ module: String, _ name: String) -> Bool {
      modules.contains {
        ($0.name.lowercased() == module + ".dll") && $0.exports.contains(where: { $0.name == name })
      }
    }
    func reference(_ item: (module: String, export: String, offset: UInt64)) -> SymbolReference? {
      SymbolReference(parsing: "\(item.module)!\(item.export)+\(hex(item.offset))")
    }
    if export == userThreadStart.export { return nil }
    guard has(userThreadStart.module, userThreadStart.export) else { return nil }
    if export == threadInitThunk.export { return reference(userThreadStart).map { [$0] } }
    guard has(threadInitThunk.module, threadInitThunk.export) else { return nil }
    return [reference(threadInitThunk), reference(userThreadStart)].compactMap { $0 }
  }

  /// Default prologs: BaseThreadInitThunk `push rbx; sub rsp,20h`, RtlUserThreadStart
  /// `sub rsp,78h` (the frame sizes Windows 10 x64 stacks show between those return addresses);
  /// anything else `sub rsp,28h` (home space for four arguments plus alignment).
  static func defaultShape(export: String) -> FunctionShape {
    switch export {
    case threadInitThunk.export: return FunctionShape(pushes: [3], frameSize: 0x20, frameRegister: nil)
    case userThreadStart.export: return FunctionShape(pushes: [], frameSize: 0x78, frameRegister: nil)
    default: return FunctionShape(pushes: [], frameSize: 0x28, frameRegister: nil)
    }
  }
}
