import Foundation

/// `heaps:` — NT heaps (back end, +ust traces, VirtualAlloc'd blocks). Format: Docs/scenario-format.md.
enum HeapSection {
  static let keys = ["name", "base", "flags", "reserve", "commit", "lfh", "segments", "allocations", "corrupt"]
  static let groupKeys = ["count", "size", "sizes", "freed", "stack", "fill"]
  /// Windows creates 16 ProcessHeaps slots (PebLayout.initialHeapCapacity).
  static let maximumHeaps = 16
  /// Default heap reservation / commit: PEB.HeapSegmentReserve 0x100000 and one page more than
  /// PEB.HeapSegmentCommit 0x2000 (nt-layouts.md §3.1 example values).
  static let defaultReserve: UInt64 = 0x10_0000
  static let defaultCommit: UInt64 = 0x2000

  static func parseList(_ node: ScenarioNode?) throws -> [HeapSpec] {
    guard let node else { return [] }
    let elements = try node.elements()
    guard elements.count <= maximumHeaps else {
      throw node.error("at most \(maximumHeaps) heaps fit in PEB.ProcessHeaps, got \(elements.count)")
    }
    return try elements.enumerated().map { index, element in try parse(element, index: index) }
  }

  static func parse(_ node: ScenarioNode, index: Int) throws -> HeapSpec {
    try node.rejectUnknownKeys(keys)
    var heap = HeapSpec(
      name: try node.child("name")?.string() ?? (index == 0 ? "process heap" : "heap \(index)"), base: nil,
      flags: index == 0 ? 0x2 : 0x1002, reserve: defaultReserve, commit: defaultCommit, lfh: false, segments: [],
      allocations: [], corruptions: [], location: node.location)
    if let value = node.child("base") { heap.base = try aligned(value) }
    if let value = node.child("flags") { heap.flags = try value.integer32() }
    if let value = node.child("reserve") {
      heap.reserve = alignUp(try value.size(), AddressSpaceLimits.allocationGranularity)
    }
    if let value = node.child("commit") {
      heap.commit = try commit(value, reserve: heap.reserve)
    }
    if let value = node.child("lfh") {
      heap.lfh = try value.bool()
    }
    if let value = node.child("segments") { heap.segments = try parseSegments(value) }
    if let value = node.child("allocations") {
      heap.allocations = try value.elements().map(parseGroup)
    }
    if let value = node.child("corrupt") {
      heap.corruptions = try value.elements().map(parseCorruption)
    }
    return heap
  }

  static func aligned(_ node: ScenarioNode) throws -> UInt64 {
    let base = try node.integer()
    guard base % AddressSpaceLimits.allocationGranularity == 0 else {
      throw node.error("heap and segment bases are 64K aligned, got \(hex(base))")
    }
    return base
  }

  static func commit(_ node: ScenarioNode, reserve: UInt64) throws -> UInt64 {
    let commit = alignUp(try node.size(), AddressSpaceLimits.pageSize)
    guard commit <= reserve else { throw node.error("commit \(hex(commit)) exceeds the reservation \(hex(reserve))") }
    return max(commit, AddressSpaceLimits.pageSize)
  }

  /// `segments: 2` (two extra default segments) or a list of `{base, reserve, commit}`.
  static func parseSegments(_ node: ScenarioNode) throws -> [HeapSegmentSpec] {
    if case .scalar = node.node {
      let count = try node.integer()
      guard count <= 64 else { throw node.error("at most 64 extra segments, got \(count)") }
      return Array(repeating: HeapSegmentSpec(base: nil, reserve: defaultReserve, commit: defaultCommit), count: Int(count))
    }
    return try node.elements().map { element in
      try element.rejectUnknownKeys(["base", "reserve", "commit"])
      var segment = HeapSegmentSpec(base: nil, reserve: defaultReserve, commit: defaultCommit)
      if let value = element.child("base") { segment.base = try aligned(value) }
      if let value = element.child("reserve") {
        segment.reserve = alignUp(try value.size(), AddressSpaceLimits.allocationGranularity)
      }
      if let value = element.child("commit") { segment.commit = try commit(value, reserve: segment.reserve) }
      return segment
    }
  }

  static func parseGroup(_ node: ScenarioNode) throws -> HeapAllocationGroup {
    try node.rejectUnknownKeys(groupKeys)
    let count = try node.child("count")?.integer() ?? 1
    guard count >= 1, count <= 10_000_000 else { throw node.error("count must be 1 to 10000000, got \(count)") }
    var group = HeapAllocationGroup(
      count: Int(count), size: .fixed(0x20), freed: .count(0), stack: [], fill: nil, location: node.location)
    switch (node.child("size"), node.child("sizes")) {
    case (.some, .some): throw node.error("give either size or sizes, not both")
    case (.none, .none): throw node.error("missing required field 'size' (or 'sizes')")
    case (.some(let value), .none): group.size = try parseSize(value)
    case (.none, .some(let value)):
      let sizes = try value.elements().map { try nonZeroSize($0) }
      guard !sizes.isEmpty else { throw value.error("sizes is empty") }
      group.size = .list(sizes)
    }
    if let value = node.child("freed") { group.freed = try parseFreed(value, count: group.count) }
    if let value = node.child("stack") {
      group.stack = try value.elements().map { try $0.value() }
      guard group.stack.count <= 32 else { throw value.error("a stack trace holds at most 32 frames (BackTrace[32])") }
    }
    if let value = node.child("fill") { group.fill = try RegionSection.parseFill(value) }
    return group
  }

  static func nonZeroSize(_ node: ScenarioNode) throws -> UInt64 {
    let size = try node.size()
    guard size >= 1, size <= 0x10_0000_0000 else { throw node.error("an allocation size is 1 byte to 64G, got \(hex(size))") }
    return size
  }

  static func parseSize(_ node: ScenarioNode) throws -> HeapSizeRule {
    if case .scalar = node.node { return .fixed(try nonZeroSize(node)) }
    try node.rejectUnknownKeys(["min", "max"])
    let low = try nonZeroSize(node.required("min"))
    let high = try nonZeroSize(node.required("max"))
    guard low <= high else { throw node.error("size.min \(hex(low)) is above size.max \(hex(high))") }
    return .range(min: low, max: high)
  }

  /// `freed: 3` or `freed: 0.25` (a fraction of count).
  static func parseFreed(_ node: ScenarioNode, count: Int) throws -> HeapFreedRule {
    let text = try node.string()
    if text.contains("."), let fraction = Double(text) {
      guard fraction >= 0, fraction <= 1 else { throw node.error("a freed fraction is 0.0 to 1.0, got \(text)") }
      return .fraction(fraction)
    }
    let value = try node.integer()
    guard value <= UInt64(count) else { throw node.error("freed \(value) is more than count \(count)") }
    return .count(Int(value))
  }

  static func parseCorruption(_ node: ScenarioNode) throws -> HeapCorruptionSpec {
    try node.rejectUnknownKeys(["block", "how"])
    let block = try node.required("block").integer()
    let howNode = try node.required("how")
    let how = try howNode.string().lowercased()
    guard let kind = HeapCorruptionSpec.Kind(rawValue: how) else {
      throw howNode.error("expected how: checksum, size or prevsize, got \"\(how)\"")
    }
    return HeapCorruptionSpec(block: Int(block), kind: kind)
  }
}
