import Foundation

/// `threads:` — the first thread is the main thread.
enum ThreadSection {
  static let keys = ["id", "stack", "registers", "stackWords", "frames", "suspendCount", "priority", "lastError"]

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
        // Pointer-sized slots: multiples of 8 on x64 (checked by ProcessBuilder, which knows the OS), 4 on x86.
        guard offset % 4 == 0 else { throw element.error("stack word offsets are multiples of 4 (8 on x64), got \(hex(offset))") }
        return StackWord(offset: offset, value: try element.required("value").value())
      }
    }
    if let value = node.child("frames") {
      thread.frames = try FrameSection.parseList(value)
      if thread.registers.contains(where: { $0.0 == "rip" }) {
        throw value.error("give either registers.rip or frames (frames[0].at is the thread's rip)")
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
      guard X64Context.registerOffsets[name] != nil || X64Context.x86Aliases[name] != nil else {
        throw node.error(
          "unknown register '\(key)' (expected one of: \(X64Context.registerNames.joined(separator: ", ")))")
      }
      guard let value = node.child(key) else { throw node.error("register '\(key)' has no value") }
      return (name, try value.value())
    }
  }
}
