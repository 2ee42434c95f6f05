import Foundation

/// `regions:` — bare VirtualAlloc/MapViewOfFile allocations.
enum RegionSection {
  static let keys = ["name", "base", "size", "reserve", "commit", "committed", "protect", "protection", "type", "fill", "repeat", "stride"]

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
    if let value = node.child("repeat") {
      let count = try value.integer()
      guard count >= 1, count <= 10_000_000 else { throw value.error("repeat must be 1 to 10000000, got \(count)") }
      region.repeatCount = Int(count)
      region.stride = reserve
    }
    if let value = node.child("stride") {
      guard region.repeatCount > 1 || node.child("repeat") != nil else { throw value.error("stride needs repeat") }
      let stride = try value.size()
      guard stride % AddressSpaceLimits.allocationGranularity == 0, stride >= reserve else {
        throw value.error("stride must be 64K aligned and at least the reservation \(hex(reserve)), got \(hex(stride))")
      }
      region.stride = stride
    }
    let (_, overflow) = region.stride.multipliedReportingOverflow(by: UInt64(region.repeatCount))
    guard !overflow else { throw node.error("repeat × stride overflows the address space") }
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
