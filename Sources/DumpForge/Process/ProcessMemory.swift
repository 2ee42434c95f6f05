/// The forged process's user address space: a sorted, non-overlapping set of allocations with
/// sparse committed contents (only pages that were written are stored; others read as zero or
/// as their allocation's fill pattern). Free gaps are derived, never stored.
///
/// Later builders (heaps, stack traces) use the same three calls as the process builder:
/// `findFree` to choose a place, `add` to map it, `write` to place bytes.
public struct ProcessMemory: Sendable {
  public let userLimit: UInt64
  /// Sorted by base; never overlapping.
  public private(set) var allocations: [Allocation] = []
  /// Page address → 4 KB of explicitly written contents.
  private var writtenPages: [UInt64: [UInt8]] = [:]

  public init(userLimit: UInt64 = AddressSpaceLimits.x64UserLimit) { self.userLimit = userLimit }

  // MARK: Mapping

  /// Maps an allocation; fails with an error naming both owners when it overlaps another one.
  public mutating func add(_ allocation: Allocation) throws {
    let page = AddressSpaceLimits.pageSize
    guard allocation.size > 0, allocation.base % page == 0, allocation.size % page == 0 else {
      throw ForgeError.internalInconsistency("\(allocation.summary) is empty or not page aligned")
    }
    guard allocation.end <= userLimit, allocation.base >= AddressSpaceLimits.allocationGranularity else {
      throw ForgeError.scenario(
        location: "", message: "\(allocation.summary) lies outside the user address space [0x10000, \(hex(userLimit)))")
    }
    var expectedOffset: UInt64 = 0
    for part in allocation.parts {
      guard part.offset == expectedOffset, part.size > 0, part.size % page == 0 else {
        throw ForgeError.internalInconsistency("\(allocation.summary): parts are not contiguous pages")
      }
      expectedOffset += part.size
    }
    guard expectedOffset == allocation.size else {
      throw ForgeError.internalInconsistency("\(allocation.summary): parts do not cover the allocation")
    }
    let index = insertionIndex(for: allocation.base)
    if index > 0, allocations[index - 1].end > allocation.base {
      throw ForgeError.overlap(first: allocations[index - 1].summary, second: allocation.summary)
    }
    if index < allocations.count, allocations[index].base < allocation.end {
      throw ForgeError.overlap(first: allocation.summary, second: allocations[index].summary)
    }
    allocations.insert(allocation, at: index)
  }

  /// Lowest `alignment`-aligned address ≥ `hint` where `size` bytes are free (nil: none below the limit).
  public func findFree(size: UInt64, alignment: UInt64 = AddressSpaceLimits.allocationGranularity, from hint: UInt64)
    -> UInt64?
  {
    var candidate = alignUp(max(hint, AddressSpaceLimits.allocationGranularity), alignment)
    for allocation in allocations where allocation.end > candidate {
      if allocation.base >= candidate + size { break }
      candidate = alignUp(allocation.end, alignment)
    }
    return candidate + size <= userLimit ? candidate : nil
  }

  /// The allocation containing `address`, if any.
  public func allocation(containing address: UInt64) -> Allocation? {
    guard address < userLimit else { return nil }
    let index = insertionIndex(for: address + 1)
    guard index > 0 else { return nil }
    let candidate = allocations[index - 1]
    return address < candidate.end ? candidate : nil
  }

  // MARK: Contents

  /// Writes bytes; every byte must fall in a committed part.
  public mutating func write(_ bytes: [UInt8], at address: UInt64, what: String) throws {
    guard !bytes.isEmpty else { return }
    guard isCommitted(address, count: UInt64(bytes.count)) else {
      throw ForgeError.unmappedWrite(address: address, size: bytes.count, what: what)
    }
    let page = AddressSpaceLimits.pageSize
    var written = 0
    while written < bytes.count {
      let current = address + UInt64(written)
      let pageAddress = alignDown(current, page)
      let offsetInPage = Int(current - pageAddress)
      let chunk = min(bytes.count - written, Int(page) - offsetInPage)
      var pageBytes = writtenPages[pageAddress] ?? pageContents(at: pageAddress) ?? [UInt8](repeating: 0, count: Int(page))
      pageBytes.replaceSubrange(offsetInPage..<(offsetInPage + chunk), with: bytes[written..<(written + chunk)])
      writtenPages[pageAddress] = pageBytes
      written += chunk
    }
  }

  public mutating func write(_ buffer: ByteBuffer, at address: UInt64, what: String) throws {
    try write(buffer.bytes, at: address, what: what)
  }

  public mutating func writeU64(_ value: UInt64, at address: UInt64, what: String) throws {
    var buffer = ByteBuffer()
    buffer.appendU64(value)
    try write(buffer, at: address, what: what)
  }

  /// Reads committed bytes (zeros where nothing was written).
  public func read(_ address: UInt64, count: Int) -> [UInt8]? {
    guard isCommitted(address, count: UInt64(count)) else { return nil }
    let page = AddressSpaceLimits.pageSize
    var result: [UInt8] = []
    result.reserveCapacity(count)
    var current = address
    while result.count < count {
      let pageAddress = alignDown(current, page)
      let offsetInPage = Int(current - pageAddress)
      let chunk = min(count - result.count, Int(page) - offsetInPage)
      if let bytes = pageContents(at: pageAddress) {
        result.append(contentsOf: bytes[offsetInPage..<(offsetInPage + chunk)])
      } else {
        result.append(contentsOf: repeatElement(0, count: chunk))
      }
      current += UInt64(chunk)
    }
    return result
  }

  /// Contents of one committed page, or nil when it is all zeros (written as a hole).
  public func pageContents(at pageAddress: UInt64) -> [UInt8]? {
    if let bytes = writtenPages[pageAddress] { return bytes }
    guard let allocation = allocation(containing: pageAddress), let pattern = allocation.fillPattern,
      !pattern.isEmpty
    else { return nil }
    let page = Int(AddressSpaceLimits.pageSize)
    let start = Int((pageAddress - allocation.base) % UInt64(pattern.count))
    return (0..<page).map { pattern[(start + $0) % pattern.count] }
  }

  /// True when [address, address+count) lies entirely in committed parts.
  public func isCommitted(_ address: UInt64, count: UInt64) -> Bool {
    let (end, overflow) = address.addingReportingOverflow(count)
    guard !overflow, end <= userLimit else { return false }
    var current = address
    while current < end {
      guard let allocation = allocation(containing: current),
        let part = allocation.parts.first(where: {
          current >= allocation.base + $0.offset && current < allocation.base + $0.offset + $0.size
        }), part.state == .commit
      else { return false }
      current = allocation.base + part.offset + part.size
    }
    return true
  }

  // MARK: Region view (what VirtualQuery / MINIDUMP_MEMORY_INFO report)

  /// Every region from 0 to the user limit in address order, including MEM_FREE gaps.
  public func regions() -> [MemoryRegionInfo] {
    var result: [MemoryRegionInfo] = []
    var cursor: UInt64 = 0
    for allocation in allocations {
      if allocation.base > cursor { result.append(.free(base: cursor, size: allocation.base - cursor)) }
      for part in allocation.parts {
        result.append(
          MemoryRegionInfo(
            base: allocation.base + part.offset, allocationBase: allocation.base,
            allocationProtect: allocation.allocationProtect, size: part.size, state: part.state,
            protect: part.state == .commit ? part.protect : 0, type: allocation.type, label: allocation.label))
      }
      cursor = allocation.end
    }
    if cursor < userLimit { result.append(.free(base: cursor, size: userLimit - cursor)) }
    return result
  }

  /// Committed regions in address order (what the Memory64 list carries).
  public func committedRegions() -> [MemoryRegionInfo] { regions().filter { $0.state == .commit } }

  private func insertionIndex(for base: UInt64) -> Int {
    var low = 0
    var high = allocations.count
    while low < high {
      let middle = (low + high) / 2
      if allocations[middle].base < base { low = middle + 1 } else { high = middle }
    }
    return low
  }
}

/// One MEMORY_BASIC_INFORMATION-style region (nt-layouts.md §1.6 MINIDUMP_MEMORY_INFO).
public struct MemoryRegionInfo: Sendable, Equatable {
  public var base: UInt64
  public var allocationBase: UInt64
  public var allocationProtect: UInt32
  public var size: UInt64
  public var state: MemoryState
  public var protect: UInt32
  /// nil for MEM_FREE (written as 0).
  public var type: MemoryType?
  public var label: String

  /// Free regions: AllocationBase 0, AllocationProtect 0, Protect PAGE_NOACCESS, Type 0 — what
  /// VirtualQuery (and therefore dbghelp) reports for MEM_FREE.
  static func free(base: UInt64, size: UInt64) -> MemoryRegionInfo {
    MemoryRegionInfo(
      base: base, allocationBase: 0, allocationProtect: 0, size: size, state: .free,
      protect: PageProtection.noAccess, type: nil, label: "free")
  }
}
