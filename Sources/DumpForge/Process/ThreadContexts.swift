/// Resolves `module!Export+offset` against the mapped modules.
struct SymbolResolver {
  let modules: [PlacedModule]

  func module(named name: String) -> PlacedModule? {
    let wanted = name.lowercased()
    return modules.first { module in
      let full = module.spec.name.lowercased()
      let stem = full.split(separator: ".").first.map(String.init) ?? full
      return full == wanted || stem == wanted
    }
  }

  func resolve(_ value: ValueExpression, location: String) throws -> UInt64 {
    switch value {
    case .number(let number):
      return number
    case .symbol(let symbol):
      guard let module = module(named: symbol.module) else {
        throw ForgeError.scenario(
          location: location,
          message: "\(symbol): no module named \(symbol.module) (modules: \(modules.map(\.spec.name).joined(separator: ", ")))")
      }
      guard let export = symbol.export else { return module.base + symbol.offset }
      guard let address = module.exportAddress(export) else {
        throw ForgeError.scenario(location: location, message: "\(symbol): \(module.spec.name) has no export \(export)")
      }
      return address + symbol.offset
    }
  }
}

extension ProcessBuilder {
  /// A thread's registers: scenario values over defaults (rsp a little below the stack base,
  /// rip at the first ntdll export or the first module's code).
  func threadContext(_ thread: ThreadSpec, stackBase: UInt64, resolver: SymbolResolver) throws -> X64Context {
    var context = X64Context(x86: scenario.os.isX86)
    context["rsp"] = stackBase - 0x200
    if let ntdll = resolver.module(named: "ntdll"), let first = ntdll.spec.exports.first {
      context["rip"] = ntdll.base + UInt64(first.rva) + 0x14
    } else if let first = resolver.modules.first {
      context["rip"] = first.entryPoint
    }
    for (name, value) in thread.registers {
      context[name] = try resolver.resolve(value, location: thread.location)
    }
    return context
  }

  /// The exception record and its own CONTEXT: the thread's registers with rip at the exception
  /// address, then the scenario's `context` overrides.
  func placeException(_ spec: ExceptionSpec, threads: [PlacedThread], resolver: SymbolResolver) throws
    -> PlacedException
  {
    let threadId = spec.threadId ?? threads[0].id
    guard let thread = threads.first(where: { $0.id == threadId }) else {
      throw ForgeError.scenario(location: spec.location, message: "no thread \(hex(UInt64(threadId)))")
    }
    var context = thread.context
    let address = try spec.address.map { try resolver.resolve($0, location: spec.location) } ?? context["rip"]
    context["rip"] = address
    for (name, value) in spec.contextOverride {
      context[name] = try resolver.resolve(value, location: spec.location)
    }
    let parameters = try spec.parameters.map { try resolver.resolve($0, location: spec.location) }
    return PlacedException(
      threadId: threadId, code: spec.code, flags: spec.flags, address: address, parameters: parameters,
      context: context)
  }
}
