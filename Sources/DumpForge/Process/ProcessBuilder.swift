/// Turns a scenario into a `ForgedProcess`: chooses addresses (from the seed where the scenario
/// leaves them open), maps every allocation and writes every structure.
public struct ProcessBuilder {
  let scenario: Scenario
  var memory = ProcessMemory()

  public init(scenario: Scenario) {
    self.scenario = scenario
    memory = ProcessMemory(userLimit: scenario.os.userLimit)
  }

  public static func build(_ scenario: Scenario) throws -> ForgedProcess {
    var builder = ProcessBuilder(scenario: scenario)
    return try builder.build()
  }

  mutating func build() throws -> ForgedProcess {
    let os = scenario.os
    var placement = SeededRandom(seed: scenario.seed, purpose: "placement")
    let pebAddress = os.pebAddress(random: &placement)
    var lowHint = os.lowAllocationHint(pebAddress: pebAddress, random: &placement)

    // Fixed-address items first, so automatic placement cannot take their space.
    try memory.add(
      .simple(
        base: AddressSpaceLimits.sharedUserData, reserve: 0x1000, committed: 0x1000, protect: PageProtection.readOnly,
        type: .privateMemory, label: "KUSER_SHARED_DATA"))
    try memory.add(
      .simple(
        base: pebAddress, reserve: 0x1000, committed: 0x1000, protect: PageProtection.readWrite, type: .privateMemory,
        label: "PEB"))
    var tebAddresses: [UInt64] = []
    for (index, thread) in scenario.threads.enumerated() {
      let teb = pebAddress - UInt64(index + 1) * os.tebAllocationSize
      try memory.add(
        .simple(
          base: teb, reserve: os.tebAllocationSize, committed: os.tebAllocationSize, protect: PageProtection.readWrite,
          type: .privateMemory, label: "TEB of thread \(hex(UInt64(thread.id)))"))
      tebAddresses.append(teb)
    }
    let (modules, callChains) = try mapModules(random: &placement)
    for region in scenario.regions where region.base != nil { try mapRegion(region, hint: &lowHint) }
    let stacks = try mapStacks(hint: &lowHint)
    for region in scenario.regions where region.base == nil { try mapRegion(region, hint: &lowHint) }

    // Process parameters and loader data, each in its own private allocation.
    func parameters(_ address: UInt64) -> ByteBuffer {
      os.isX86
        ? ProcessParameters32Layout(os: os, address: address, process: scenario.process).build()
        : ProcessParametersLayout(os: os, address: address, process: scenario.process).build()
    }
    let parametersAddress = try mapPrivateBlock(size: parameters(0).count, label: "process parameters", hint: &lowHint)
    try memory.write(parameters(parametersAddress), at: parametersAddress, what: "process parameters")
    func loaderData(_ address: UInt64) -> ByteBuffer {
      os.isX86
        ? LoaderData32Layout(os: os, address: address, modules: modules).build()
        : LoaderDataLayout(os: os, address: address, modules: modules).build()
    }
    let loaderAddress = try mapPrivateBlock(size: loaderData(0).count, label: "loader data", hint: &lowHint)
    try memory.write(loaderData(loaderAddress), at: loaderAddress, what: "loader data")

    let imageBase = modules.first(where: { $0.spec.isExecutable })?.base ?? modules.first?.base ?? 0
    let peb = PebLayout(
      os: os, address: pebAddress, imageBase: imageBase, loaderDataAddress: loaderAddress,
      processParametersAddress: parametersAddress, globalFlags: scenario.globalFlags,
      processors: scenario.system.processors)
    if os.isX86 {
      let peb32 = Peb32Layout(
        os: os, address: pebAddress, imageBase: imageBase, loaderDataAddress: loaderAddress,
        processParametersAddress: parametersAddress, globalFlags: scenario.globalFlags,
        processors: scenario.system.processors)
      try memory.write(peb32.build(), at: pebAddress, what: "PEB")
    } else {
      try memory.write(peb.build(), at: pebAddress, what: "PEB")
    }
    var cookieRandom = SeededRandom(seed: scenario.seed, purpose: "cookie")
    let cookie = UInt32(truncatingIfNeeded: cookieRandom.next())
    try memory.write(
      SharedUserDataLayout(os: os, system: scenario.system, cookie: cookie).build(),
      at: AddressSpaceLimits.sharedUserData, what: "KUSER_SHARED_DATA")

    let resolver = SymbolResolver(modules: modules)
    var threads: [PlacedThread] = []
    for (index, thread) in scenario.threads.enumerated() {
      let stack = stacks[index]
      let teb = TebLayout(
        os: os, address: tebAddresses[index], stackBaseAddress: stack.base, stackLimitAddress: stack.limit,
        processId: scenario.process.pid, threadId: thread.id, pebAddress: pebAddress, lastError: thread.lastError)
      let tebBytes =
        os.isX86
        ? Teb32Layout(
          address: tebAddresses[index], stackBaseAddress: stack.base, stackLimitAddress: stack.limit,
          processId: scenario.process.pid, threadId: thread.id, pebAddress: pebAddress, lastError: thread.lastError
        ).build() : teb.build()
      try memory.write(tebBytes, at: tebAddresses[index], what: "TEB of thread \(hex(UInt64(thread.id)))")
      var context = try threadContext(thread, stackBase: stack.base, resolver: resolver)
      var chainSlots: Set<UInt64> = []
      var forgedFrames: [ForgedFrame] = []
      let chain = CallStackLayout(frames: callChains.threadFrames[index])
      if !chain.frames.isEmpty {
        let given = Set(thread.registers.map(\.0))
        if !given.contains("rsp") { context["rsp"] = chain.defaultStackPointer(stackBase: stack.base) }
        var random = SeededRandom(seed: scenario.seed, purpose: "frames of thread \(thread.id)")
        (chainSlots, forgedFrames) = try chain.place(
          context: &context, userRegisters: given, stack: (stack.base, stack.limit), random: &random,
          memory: &memory, what: "call chain of thread \(hex(UInt64(thread.id)))")
      }
      if os.isX86, !thread.frames.isEmpty {
        let x86Chain = try X86FrameChain(thread: thread, resolver: resolver)
        try x86Chain.writeCode(into: &memory)
        (chainSlots, forgedFrames) = try x86Chain.place(
          context: &context, userRegisters: Set(thread.registers.map(\.0)), stack: (stack.base, stack.limit),
          memory: &memory, what: "call chain of thread \(hex(UInt64(thread.id)))")
      }
      for word in thread.stackWords {
        if !os.isX86, word.offset % 8 != 0 {
          throw ForgeError.scenario(
            location: thread.location, message: "stack word offsets are multiples of 8 on x64, got \(hex(word.offset))")
        }
        let address = context["rsp"] &+ word.offset
        if chainSlots.contains(address) {
          throw ForgeError.scenario(
            location: thread.location,
            message: "stackWords offset \(hex(word.offset)) overwrites a return address or saved register of the frames")
        }
        let value = try resolver.resolve(word.value, location: thread.location)
        var bytes = ByteBuffer()
        if os.isX86 { bytes.appendU32(UInt32(truncatingIfNeeded: value)) } else { bytes.appendU64(value) }
        try memory.write(bytes, at: address, what: "stack word rsp+\(hex(word.offset)) of thread \(hex(UInt64(thread.id)))")
      }
      threads.append(
        PlacedThread(
          spec: thread, teb: tebAddresses[index], stackBase: stack.base, stackLimit: stack.limit,
          stackAllocationBase: stack.allocationBase, context: context, frames: forgedFrames))
    }
    if os.isX86, scenario.threads.contains(where: { !$0.frames.isEmpty }) {
      // `module.code` patches win over the prologs and call sites the x86 chains wrote.
      for module in modules {
        for patch in module.spec.code {
          try memory.write(patch.bytes, at: module.base + UInt64(patch.rva), what: "\(module.spec.name) code patch")
        }
      }
    }
    let exception = try scenario.exception.map { try placeException($0, threads: threads, resolver: resolver) }
    let heaps = try HeapsBuilder(
      scenario: scenario, pebAddress: pebAddress, processHeapsAddress: peb.processHeapsAddress, resolver: resolver
    ).build(memory: &memory, hint: &lowHint)
    var resolvedScenario = scenario
    let heapLines = HeapsBuilder.commentLines(heaps)
    if !heapLines.isEmpty {
      resolvedScenario.comment = ([scenario.comment].compactMap { $0 } + heapLines).joined(separator: "\n")
    }
    return ForgedProcess(
      scenario: resolvedScenario, memory: memory, pebAddress: pebAddress, processParametersAddress: parametersAddress,
      loaderDataAddress: loaderAddress, modules: modules, threads: threads, exception: exception,
      processCookie: cookie, heaps: heaps.plans, stackTraces: heaps.traces,
      stackTraceDatabase: heaps.databaseAddress, lfhKey: heaps.lfhKey)
  }

  /// Executables go at the seed's executable base; DLLs top-down from the seed's DLL top.
  mutating func mapModules(random: inout SeededRandom) throws -> ([PlacedModule], CallChainPlan) {
    var nextExecutableBase = scenario.os.defaultExecutableBase(random: &random)
    var dllTop = scenario.os.defaultDllTop(random: &random)
    var bases: [UInt64] = []
    for module in scenario.modules {
      let granule = AddressSpaceLimits.allocationGranularity
      if let base = module.base {
        bases.append(base)
      } else if module.isExecutable {
        bases.append(nextExecutableBase)
        nextExecutableBase += alignUp(module.size, granule) + granule
      } else {
        dllTop -= alignUp(module.size, granule)
        bases.append(dllTop)
        dllTop -= granule
      }
    }
    let chains = try CallChainPlan(os: scenario.os, modules: scenario.modules, bases: bases, threads: scenario.threads)
    var placed: [PlacedModule] = []
    for (index, (module, base)) in zip(scenario.modules, bases).enumerated() {
      placed.append(
        try PeImageBuilder(module: module, base: base, functions: chains.functions[index], is32Bit: scenario.os.isX86)
          .map(into: &memory))
    }
    return (placed, chains)
  }

  /// Stacks: a reservation whose top `committed` bytes are committed, with a guard page below.
  mutating func mapStacks(hint: inout UInt64) throws -> [(base: UInt64, limit: UInt64, allocationBase: UInt64)] {
    var stacks: [(base: UInt64, limit: UInt64, allocationBase: UInt64)] = []
    for thread in scenario.threads {
      let spec = thread.stack
      let allocationBase: UInt64
      if let base = spec.base {
        guard base >= spec.size else {
          throw ForgeError.scenario(location: thread.location, message: "stack.base \(hex(base)) is below stack.size")
        }
        allocationBase = base - spec.size
      } else {
        guard let free = memory.findFree(size: spec.size, from: hint) else {
          throw ForgeError.scenario(location: thread.location, message: "no free space for a \(hex(spec.size)) stack")
        }
        allocationBase = free
        hint = free + spec.size
      }
      let guardOffset = spec.size - spec.committed - AddressSpaceLimits.pageSize
      var parts: [Allocation.Part] = []
      if guardOffset > 0 { parts.append(.init(offset: 0, size: guardOffset, state: .reserve, protect: 0)) }
      parts.append(
        .init(
          offset: guardOffset, size: AddressSpaceLimits.pageSize, state: .commit,
          protect: PageProtection.readWrite | PageProtection.guardModifier))
      parts.append(
        .init(
          offset: guardOffset + AddressSpaceLimits.pageSize, size: spec.committed, state: .commit,
          protect: PageProtection.readWrite))
      try memory.add(
        Allocation(
          base: allocationBase, size: spec.size, type: .privateMemory, allocationProtect: PageProtection.readWrite,
          label: "stack of thread \(hex(UInt64(thread.id)))", parts: parts))
      stacks.append((allocationBase + spec.size, allocationBase + spec.size - spec.committed, allocationBase))
    }
    return stacks
  }

  mutating func mapRegion(_ region: RegionSpec, hint: inout UInt64) throws {
    let base: UInt64
    if let fixed = region.base {
      base = fixed
    } else {
      guard let free = memory.findFree(size: region.span, from: hint) else {
        throw ForgeError.scenario(location: region.location, message: "no free space for \(hex(region.span)) bytes")
      }
      base = free
      hint = free + region.span
    }
    do {
      for index in 0..<region.repeatCount {
        let label = region.repeatCount == 1 ? "region '\(region.name)'" : "region '\(region.name)' #\(index)"
        try memory.add(
          .simple(
            base: base + UInt64(index) * region.stride, reserve: region.reserve, committed: region.commit,
            protect: region.protect, type: region.type, label: label, fillPattern: region.fill?.patternBytes))
      }
    } catch ForgeError.overlap(let first, let second) {
      throw ForgeError.scenario(
        location: region.location, message: "address ranges overlap: \(first) and \(second)")
    }
  }

  mutating func mapPrivateBlock(size: Int, label: String, hint: inout UInt64) throws -> UInt64 {
    let committed = alignUp(UInt64(size), AddressSpaceLimits.pageSize)
    let reserve = alignUp(committed, AddressSpaceLimits.allocationGranularity)
    guard let base = memory.findFree(size: reserve, from: hint) else {
      throw ForgeError.scenario(location: "", message: "no free space for the \(label)")
    }
    hint = base + reserve
    try memory.add(
      .simple(
        base: base, reserve: reserve, committed: committed, protect: PageProtection.readWrite, type: .privateMemory,
        label: label))
    return base
  }
}
