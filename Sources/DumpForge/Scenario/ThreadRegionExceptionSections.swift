import Foundation

/// `threads:` — the first thread is the main thread.
enum ThreadSection {
  static let keys = ["id", "stack", "registers", "stackWords", "suspendCount", "priority", "lastError"]

  static func parseList(_ node: ScenarioNode?) throws -> [ThreadSpec] {
    guard let node else {
      return [
        ThreadSpec(
          id: 0x1A2C, stack: StackSpec(base: nil, size: 0x10_0000, committed: 0x8000), registers: [],
          stackWords: [], suspendCount: 0, priority: 0, lastError: 0, location: "<default>")
      ]
    }
    var threads: [ThreadSpec] = []
    for element in try node.elements() {
      let thread = try parse(element)
      if threads.contains(where: { $0.id == thread.id }) {
        throw element.error("thread id \(hex(UInt64(thread.id))) is used twice")
      }
      threads.append(thread)
    }
    guard !threads.isEmpty else { throw node.error("a process needs at least one thread") }
    return threads
  }

  static func parse(_ node: ScenarioNode) throws -> ThreadSpec {
    try node.rejectUnknownKeys(keys)
    var thread = ThreadSpec(
      id: try node.required("id").integer32(), stack: StackSpec(base: nil, size: 0x10_0000, committed: 0x8000),
      registers: [], stackWords: [], suspendCount: 0, priority: 0, lastError: 0, location: node.location)
    if let stack = node.child("stack") {
      try stack.rejectUnknownKeys(["base", "size", "committed"])
      if let value = stack.child("base") {
        let base = try value.integer()
        guard base % AddressSpaceLimits.allocationGranularity == 0 else {
          throw value.error("stack.base is NT_TIB.StackBase (the high end) and must be 64K aligned, got \(hex(base))")
        }
        thread.stack.base = base
      }
      if let value = stack.child("size") { thread.stack.size = alignUp(try value.size(), 0x10000) }
      if let value = stack.child("committed") { thread.stack.committed = alignUp(try value.size(), 0x1000) }
      guard thread.stack.committed + 0x1000 <= thread.stack.size else {
        throw stack.error(
          "committed (\(hex(thread.stack.committed))) plus a guard page must fit in size (\(hex(thread.stack.size)))")
      }
    }
    if let registers = node.child("registers") {
      thread.registers = try parseRegisters(registers)
    }
    if let words = node.child("stackWords") {
      thread.stackWords = try words.elements().map { element in
        try element.rejectUnknownKeys(["offset", "value"])
        let offset = try element.required("offset").integer()
        guard offset % 8 == 0 else { throw element.error("stack word offsets are multiples of 8, got \(hex(offset))") }
        return StackWord(offset: offset, value: try element.required("value").value())
      }
    }
    if let value = node.child("suspendCount") { thread.suspendCount = try value.integer32() }
    if let value = node.child("priority") { thread.priority = try value.integer32() }
    if let value = node.child("lastError") { thread.lastError = try value.integer32() }
    return thread
  }

  static func parseRegisters(_ node: ScenarioNode) throws -> [(String, ValueExpression)] {
    try node.expectMapping()
    return try node.keys.map { key in
      let name = key.lowercased()
      guard X64Context.registerOffsets[name] != nil else {
        throw node.error(
          "unknown register '\(key)' (expected one of: \(X64Context.registerNames.joined(separator: ", ")))")
      }
      guard let value = node.child(key) else { throw node.error("register '\(key)' has no value") }
      return (name, try value.value())
    }
  }
}

/// `regions:` — bare VirtualAlloc/MapViewOfFile allocations.
enum RegionSection {
  static let keys = ["name", "base", "size", "reserve", "commit", "committed", "protect", "protection", "type", "fill"]

  static func parseList(_ node: ScenarioNode?) throws -> [RegionSpec] {
    guard let node else { return [] }
    return try node.elements().enumerated().map { index, element in try parse(element, index: index) }
  }

  static func parse(_ node: ScenarioNode, index: Int) throws -> RegionSpec {
    try node.rejectUnknownKeys(keys)
    guard let reserveNode = node.child("reserve") ?? node.child("size") else {
      throw node.error("missing required field 'reserve' (the reservation size, e.g. 64K)")
    }
    let reserve = alignUp(try reserveNode.size(), AddressSpaceLimits.allocationGranularity)
    var region = RegionSpec(
      name: try node.child("name")?.string() ?? "region \(index)", base: nil, reserve: reserve, commit: reserve,
      protect: PageProtection.readWrite, type: .privateMemory, fill: nil, location: node.location)
    if let value = node.child("base") {
      let base = try value.integer()
      guard base % AddressSpaceLimits.allocationGranularity == 0 else {
        throw value.error("VirtualAlloc bases are 64K aligned, got \(hex(base))")
      }
      region.base = base
    }
    if let value = node.child("commit") ?? node.child("committed") {
      region.commit = alignUp(try value.size(), AddressSpaceLimits.pageSize)
      guard region.commit <= reserve else {
        throw value.error("commit \(hex(region.commit)) exceeds the reservation \(hex(reserve))")
      }
    }
    if let value = node.child("protect") ?? node.child("protection") {
      let text = try value.string()
      guard let protect = PageProtection.parse(text) else {
        throw value.error("expected a protection like PAGE_READWRITE or PAGE_EXECUTE_READ, got \"\(text)\"")
      }
      region.protect = protect
    }
    if let value = node.child("type") {
      switch try value.string().lowercased() {
      case "private", "mem_private": region.type = .privateMemory
      case "mapped", "mem_mapped": region.type = .mapped
      case let other: throw value.error("expected type private or mapped, got \"\(other)\"")
      }
    }
    if let value = node.child("fill") { region.fill = try parseFill(value) }
    return region
  }

  static func parseFill(_ node: ScenarioNode) throws -> RegionFill {
    if case .scalar = node.node { return .byte(UInt8(truncatingIfNeeded: try node.integer())) }
    try node.rejectUnknownKeys(["byte", "pattern", "text"])
    if let value = node.child("byte") {
      let byte = try value.integer()
      guard byte <= 0xFF else { throw value.error("a fill byte is 0 to 0xFF") }
      return .byte(UInt8(byte))
    }
    if let value = node.child("pattern") {
      guard let bytes = parseHexBytes(try value.string()) else { throw value.error("expected hex bytes like \"de ad be ef\"") }
      return .pattern(bytes)
    }
    if let value = node.child("text") {
      let text = try value.string()
      guard !text.isEmpty else { throw value.error("fill text is empty") }
      return .text(text)
    }
    throw node.error("expected one of byte, pattern or text")
  }
}

/// `exception:` — the exception stream.
enum ExceptionSection {
  static let keys = ["code", "flags", "address", "thread", "parameters", "context"]
  static let namedCodes: [(String, UInt32)] = [
    ("EXCEPTION_ACCESS_VIOLATION", 0xC000_0005), ("EXCEPTION_BREAKPOINT", 0x8000_0003),
    ("EXCEPTION_INT_DIVIDE_BY_ZERO", 0xC000_0094), ("EXCEPTION_STACK_OVERFLOW", 0xC000_00FD),
    ("STATUS_HEAP_CORRUPTION", 0xC000_0374), ("STATUS_STACK_BUFFER_OVERRUN", 0xC000_0409),
    ("STATUS_NO_MEMORY", 0xC000_0017), ("CPP_EH_EXCEPTION", 0xE06D_7363),
  ]

  static func parse(_ node: ScenarioNode?) throws -> ExceptionSpec? {
    guard let node else { return nil }
    try node.rejectUnknownKeys(keys)
    let codeNode = try node.required("code")
    let codeText = try codeNode.string()
    let code: UInt32
    if let named = namedCodes.first(where: { $0.0 == codeText.uppercased() }) {
      code = named.1
    } else {
      code = try codeNode.integer32()
    }
    var spec = ExceptionSpec(
      code: code, flags: 0, address: nil, threadId: nil, parameters: [], contextOverride: [],
      location: node.location)
    if let value = node.child("flags") { spec.flags = try value.integer32() }
    if let value = node.child("address") { spec.address = try value.value() }
    if let value = node.child("thread") { spec.threadId = try value.integer32() }
    if let value = node.child("parameters") {
      spec.parameters = try value.elements().map { try $0.value() }
      guard spec.parameters.count <= 15 else { throw value.error("an exception record holds at most 15 parameters") }
    }
    if let value = node.child("context") { spec.contextOverride = try ThreadSection.parseRegisters(value) }
    return spec
  }
}
