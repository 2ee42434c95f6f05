/// Every block of every heap as compact sorted columns (struct of arrays): entry address, size in
/// bytes, requested size, flags, owning heap and trace index. 8+8+8+1+2+4 = 31 bytes a block
/// (about 310 MB for 10 million); built once per dump (`HeapSet.index`), so `!heap -x` and
/// `!heap -p -a` are binary searches.
public struct HeapIndex: Sendable {
  public private(set) var entries: [UInt64] = []
  public private(set) var sizes: [UInt64] = []
  public private(set) var requested: [UInt64] = []
  public private(set) var flags: [UInt8] = []
  public private(set) var heaps: [UInt16] = []
  public private(set) var traces: [UInt32] = []

  public var count: Int { entries.count }

  public init() {}

  mutating func append(_ b: HeapBlock, heap: Int) {
    entries.append(b.entry)
    sizes.append(b.size)
    requested.append(b.requested)
    flags.append(b.header.flags)
    heaps.append(UInt16(truncatingIfNeeded: heap))
    traces.append(b.traceIndex)
  }

  /// Sorts all columns by entry address (blocks come in walk order).
  mutating func sort() {
    var sorted = true
    for i in entries.indices.dropFirst() where entries[i - 1] > entries[i] {
      sorted = false
      break
    }
    if sorted { return }
    let order = entries.indices.sorted { entries[$0] < entries[$1] }
    entries = order.map { entries[$0] }
    sizes = order.map { sizes[$0] }
    requested = order.map { requested[$0] }
    flags = order.map { flags[$0] }
    heaps = order.map { heaps[$0] }
    traces = order.map { traces[$0] }
  }

  /// Position of the block whose [entry, entry+size) holds `address`, or nil.
  /// Large blocks count from their `_HEAP_VIRTUAL_ALLOC_ENTRY` (`virtualPrefix` bytes before the
  /// BusyBlock) so an address in the entry header is found too.
  public func position(containing address: UInt64, virtualPrefix: UInt64 = 0) -> Int? {
    var lo = 0
    var hi = entries.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if entries[mid] <= address { lo = mid + 1 } else { hi = mid }
    }
    // lo = first entry > address; candidates lo-1 and (for large blocks) lo.
    if lo < entries.count, flags[lo] & HeapConstants.virtualAlloc != 0, entries[lo] &- virtualPrefix <= address {
      return lo
    }
    guard lo > 0 else { return nil }
    let i = lo - 1
    let start = entries[i]
    let end = flags[i] & HeapConstants.virtualAlloc != 0 ? start &- virtualPrefix &+ sizes[i] : start &+ sizes[i]
    return address < end ? i : nil
  }
}
