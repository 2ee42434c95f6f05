/// Regions counted together: how many, their bytes, and the largest one (the first of equal size).
public struct RegionTotal: Sendable, Equatable {
  public var count = 0
  public var bytes: UInt64 = 0
  public var largestBase: UInt64 = 0
  public var largestSize: UInt64 = 0

  public init() {}

  /// Adds a total counted over later regions (the earlier largest wins a tie).
  mutating func merge(_ later: RegionTotal) {
    count &+= later.count
    bytes &+= later.bytes
    if later.largestSize > largestSize {
      largestBase = later.largestBase
      largestSize = later.largestSize
    }
  }

  @inline(__always)
  mutating func add(_ r: Region) {
    count &+= 1
    bytes &+= r.size
    if r.size > largestSize {
      largestBase = r.base
      largestSize = r.size
    }
  }
}

/// What `!address -summary` prints, counted in one pass over the regions (`Dump.regionSummary`):
/// totals by usage, by State, by Type (busy regions only) and by Protect (committed regions only),
/// the busy (reserved + committed) bytes and the user limit the percentages are taken against
/// (windbg-output-and-peers.md §1.2). Only values that occurred are listed, in ascending order.
public struct RegionSummary: Sendable, Equatable {
  /// Indexed by `RegionUsage.rawValue`.
  public var byUsage: [RegionTotal]
  public var byState: [(key: UInt32, total: RegionTotal)]
  public var byType: [(key: UInt32, total: RegionTotal)]
  public var byProtect: [(key: UInt32, total: RegionTotal)]
  /// Reserved + committed bytes.
  public var busyBytes: UInt64
  /// Exclusive end of the user address space (`RegionMap.userLimit`).
  public var limit: UInt64
  /// True when the dump has no MemoryInfoList and regions were synthesized (`RegionMap.isPartial`).
  public var isPartial: Bool

  public static func == (a: RegionSummary, b: RegionSummary) -> Bool {
    func same(_ x: [(key: UInt32, total: RegionTotal)], _ y: [(key: UInt32, total: RegionTotal)]) -> Bool {
      x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && $0.total == $1.total }
    }
    return a.byUsage == b.byUsage && same(a.byState, b.byState) && same(a.byType, b.byType)
      && same(a.byProtect, b.byProtect) && a.busyBytes == b.busyBytes && a.limit == b.limit && a.isPartial == b.isPartial
  }
}

/// The counting side of `RegionSummary`. A million regions go through `add`, so the totals live in
/// one flat buffer written in place (no copy-on-write checks per region): usages, the three
/// States, the three Types, Protect values below 0x800 (every PAGE_* combination), and
/// dictionaries for any other value a damaged dump holds.
final class RegionTally {
  private static let stateSlot = RegionUsage.allCases.count
  private static let typeSlot = stateSlot + 3
  private static let protectSlot = typeSlot + 3
  private static let protectSlots = 0x800
  private static let states = [MemoryConstants.memCommit, MemoryConstants.memReserve, MemoryConstants.memFree]
  private static let types = [MemoryConstants.memImage, MemoryConstants.memMapped, MemoryConstants.memPrivate]

  private let slots: UnsafeMutableBufferPointer<RegionTotal>
  private var oddStates: [UInt32: RegionTotal] = [:]
  private var oddTypes: [UInt32: RegionTotal] = [:]
  private var oddProtects: [UInt32: RegionTotal] = [:]
  private var busy: UInt64 = 0

  init() {
    slots = .allocate(capacity: Self.protectSlot + Self.protectSlots)
    slots.initialize(repeating: RegionTotal())
  }

  deinit { slots.deallocate() }

  @inline(__always)
  func add(_ r: Region, _ usage: RegionUsage) {
    slots[Int(usage.rawValue)].add(r)
    switch r.state {
    case MemoryConstants.memCommit: slots[Self.stateSlot].add(r)
    case MemoryConstants.memReserve: slots[Self.stateSlot + 1].add(r)
    case MemoryConstants.memFree: slots[Self.stateSlot + 2].add(r)
    default: addOdd(&oddStates, r.state, r)
    }
    guard !r.isFree else { return }
    busy &+= r.size
    switch r.type {
    case MemoryConstants.memImage: slots[Self.typeSlot].add(r)
    case MemoryConstants.memMapped: slots[Self.typeSlot + 1].add(r)
    case MemoryConstants.memPrivate: slots[Self.typeSlot + 2].add(r)
    default: addOdd(&oddTypes, r.type, r)
    }
    guard r.state == MemoryConstants.memCommit else { return }
    if r.protect < Self.protectSlots {
      slots[Self.protectSlot + Int(r.protect)].add(r)
    } else {
      addOdd(&oddProtects, r.protect, r)
    }
  }

  /// A value outside the fixed slots (damaged dumps only); kept out of line so the common path
  /// stays small.
  @inline(never)
  private func addOdd(_ table: inout [UInt32: RegionTotal], _ key: UInt32, _ r: Region) {
    table[key, default: RegionTotal()].add(r)
  }

  /// Adds the totals of `later`, which counted the regions after this tally's: sums add, and the
  /// largest region stays the first of equal size.
  func append(_ later: RegionTally) {
    for i in slots.indices {
      let t = later.slots[i]
      slots[i].merge(t)
    }
    for (k, t) in later.oddStates { oddStates[k, default: RegionTotal()].merge(t) }
    for (k, t) in later.oddTypes { oddTypes[k, default: RegionTotal()].merge(t) }
    for (k, t) in later.oddProtects { oddProtects[k, default: RegionTotal()].merge(t) }
    busy &+= later.busy
  }

  func summary(limit: UInt64, isPartial: Bool) -> RegionSummary {
    func listed(_ keys: [UInt32], _ first: Int, _ odd: [UInt32: RegionTotal]) -> [(key: UInt32, total: RegionTotal)] {
      let fixed = keys.enumerated().map { (key: $0.element, total: slots[first + $0.offset]) }
      return (fixed + odd.map { (key: $0.key, total: $0.value) }).filter { $0.total.count > 0 }.sorted { $0.key < $1.key }
    }
    let protects = (0..<Self.protectSlots).map { UInt32($0) }
    return RegionSummary(
      byUsage: Array(slots[0..<RegionUsage.allCases.count]),
      byState: listed(Self.states, Self.stateSlot, oddStates),
      byType: listed(Self.types, Self.typeSlot, oddTypes),
      byProtect: listed(protects, Self.protectSlot, oddProtects),
      busyBytes: busy, limit: limit, isPartial: isPartial)
  }
}
