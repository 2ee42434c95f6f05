import Foundation

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
