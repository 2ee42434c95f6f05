/// Every block of every heap as compact sorted columns (struct of arrays), 11 bytes a block
/// (about 110 MB for 10 million):
/// - the entry address as its low 32 bits (4) under a table of 4 GB windows (the high 32 bits and
///   the first position holding them; a few per dump, one per 4 GB of address space touched);
/// - size in granules (2): `_HEAP_ENTRY.Size` is a USHORT (nt-layouts.md §1), so only large
///   blocks overflow it;
/// - unused bytes = size − requested (1): `_HEAP_ENTRY.UnusedBytes` is a UCHAR (§1); 255 marks
///   requested 0 (free blocks), whatever the size;
/// - header flags (1), owning heap (1), +ust trace index (2): `_HEAP_ENTRY_EXTRA`'s
///   AllocatorBackTraceIndex is a USHORT (§1).
/// A block whose values do not fit (large blocks, a 256th heap, a size that is not a whole number
/// of granules, a wider trace index) keeps its exact values in a side table, marked by
/// `granules == UInt16.max`. Built once per dump (`HeapSet.index`), so `!heap -x` and
/// `!heap -p -a` are binary searches.
public struct HeapIndex: Sendable {
  /// Low 32 bits of each entry address.
  var low: [UInt32] = []
  /// The windows: high 32 bits of the entries at positions `windowStart[k] ..< windowStart[k+1]`.
  /// Ascending (and distinct) once sorted; in append order before.
  var windowHigh: [UInt32] = []
  var windowStart: [Int] = []
  var granules: [UInt16] = []
  var unused: [UInt8] = []
  public internal(set) var flags: [UInt8] = []
  var heapColumn: [UInt8] = []
  var traceColumn: [UInt16] = []
  /// Exact values of the blocks whose values do not fit the columns, by position.
  var wide: [Int: Wide] = [:]
  /// Bytes per granule (`_HEAP_ENTRY` size: 16 on x64, 8 on x86).
  public let granularity: UInt64

  struct Wide: Sendable, Equatable {
    var size: UInt64
    var requested: UInt64
    var heap: Int
    var trace: UInt32
  }

  public var count: Int { low.count }

  public init(granularity: UInt64 = 16) { self.granularity = max(granularity, 1) }

  /// The window holding position `i` (last window starting at or before it).
  @inline(__always)
  func window(of i: Int) -> Int {
    var lo = 0
    var hi = windowStart.count
    if hi == 1 { return 0 }
    while lo < hi {
      let mid = (lo + hi) / 2
      if windowStart[mid] <= i { lo = mid + 1 } else { hi = mid }
    }
    return lo - 1
  }

  /// End position of window `k`.
  @inline(__always)
  func windowEnd(_ k: Int) -> Int { k + 1 < windowStart.count ? windowStart[k + 1] : low.count }

  /// Entry address of block `i`.
  @inline(__always)
  public func entry(_ i: Int) -> UInt64 { UInt64(windowHigh[window(of: i)]) << 32 | UInt64(low[i]) }

  /// Index into `HeapSet.heaps` of the heap owning block `i`.
  @inline(__always)
  public func heap(_ i: Int) -> Int {
    if granules[i] == UInt16.max, let w = wide[i] { return w.heap }
    return Int(heapColumn[i])
  }

  /// +ust trace index of block `i`.
  public func trace(_ i: Int) -> UInt32 {
    if granules[i] == UInt16.max, let w = wide[i] { return w.trace }
    return UInt32(traceColumn[i])
  }

  /// Block size in bytes of block `i`.
  public func size(_ i: Int) -> UInt64 {
    if granules[i] == UInt16.max, let w = wide[i] { return w.size }
    return UInt64(granules[i]) &* granularity
  }

  /// Requested (user) size of block `i`.
  public func requested(_ i: Int) -> UInt64 {
    if granules[i] == UInt16.max, let w = wide[i] { return w.requested }
    return unused[i] == Self.wholeBlock ? 0 : size(i) &- UInt64(unused[i])
  }

  /// `unused` value of a block with requested size 0 (every free block): the whole block.
  static let wholeBlock = UInt8.max

  /// Calls `body` with every position and entry address in order (no window search per block).
  func forEachEntry(_ body: (Int, UInt64) -> Void) {
    for k in windowStart.indices {
      let high = UInt64(windowHigh[k]) << 32
      for i in windowStart[k]..<windowEnd(k) { body(i, high | UInt64(low[i])) }
    }
  }

  mutating func reserve(_ n: Int) {
    low.reserveCapacity(n)
    granules.reserveCapacity(n)
    unused.reserveCapacity(n)
    flags.reserveCapacity(n)
    heapColumn.reserveCapacity(n)
    traceColumn.reserveCapacity(n)
  }

  /// Appends the address column only: a new window when the high half changes.
  mutating func appendEntry(_ e: UInt64) {
    let high = UInt32(truncatingIfNeeded: e >> 32)
    if windowHigh.last != high {
      windowHigh.append(high)
      windowStart.append(low.count)
    }
    low.append(UInt32(truncatingIfNeeded: e))
  }

  /// LFH containers are left out: their LFH blocks are indexed instead (they follow it, inside it).
  mutating func append(_ b: HeapBlock, heap: Int) {
    if b.isLfhContainer { return }
    let g = b.size / granularity
    // A free block has requested 0: its whole size is unused, marked `wholeBlock`.
    let spare = b.requested == 0 ? UInt64(Self.wholeBlock) : b.size >= b.requested ? b.size - b.requested : UInt64.max
    if b.size % granularity == 0, g < UInt64(UInt16.max), spare <= UInt64(UInt8.max), heap >= 0, heap < Int(UInt8.max),
      b.traceIndex <= UInt32(UInt16.max)
    {
      granules.append(UInt16(g))
      unused.append(UInt8(spare))
      heapColumn.append(UInt8(heap))
      traceColumn.append(UInt16(b.traceIndex))
    } else {
      wide[count] = Wide(size: b.size, requested: b.requested, heap: heap, trace: b.traceIndex)
      granules.append(UInt16.max)
      unused.append(0)
      heapColumn.append(UInt8.max)
      traceColumn.append(UInt16.max)
    }
    appendEntry(b.entry)
    flags.append(b.header.flags)
  }

  /// Appends block `j` of `other` (columns and side table as they are).
  mutating func append(from other: HeapIndex, _ j: Int) {
    if let w = other.wide[j] { wide[count] = w }
    appendEntry(other.entry(j))
    granules.append(other.granules[j])
    unused.append(other.unused[j])
    flags.append(other.flags[j])
    heapColumn.append(other.heapColumn[j])
    traceColumn.append(other.traceColumn[j])
  }

  /// The first position in `lo..<hi` whose entry is > `address` (`hi` if none); the index must be
  /// sorted. The window of `address` is found first, then its low halves are searched.
  @inline(__always)
  public func upperBound(_ address: UInt64, from lo: Int, to hi: Int) -> Int {
    var lo = lo
    var hi = hi
    if windowStart.count != 1 {
      let high = UInt32(truncatingIfNeeded: address >> 32)
      var a = 0
      var b = windowHigh.count
      while a < b {
        let mid = (a + b) / 2
        if windowHigh[mid] < high { a = mid + 1 } else { b = mid }
      }
      // Positions before window a are ≤ address; from window a on, > address unless high matches.
      let s = a < windowStart.count ? windowStart[a] : low.count
      let e = a < windowHigh.count && windowHigh[a] == high ? windowEnd(a) : s
      if hi <= s { return hi }
      if lo >= e { return lo }
      lo = max(lo, s)
      hi = min(hi, e)
      if lo >= hi { return lo }
    } else if UInt32(truncatingIfNeeded: address >> 32) != windowHigh[0] {
      return address >> 32 < UInt64(windowHigh[0]) ? lo : hi
    }
    let key = UInt32(truncatingIfNeeded: address)
    return low.withUnsafeBufferPointer { p in
      while lo < hi {
        let mid = (lo + hi) / 2
        if p[mid] <= key { lo = mid + 1 } else { hi = mid }
      }
      return lo
    }
  }

  /// Position of the block whose [entry, entry+size) holds `address`, or nil.
  /// Large blocks count from their `_HEAP_VIRTUAL_ALLOC_ENTRY` (`virtualPrefix` bytes before the
  /// BusyBlock) so an address in the entry header is found too.
  public func position(containing address: UInt64, virtualPrefix: UInt64 = 0) -> Int? {
    guard count > 0 else { return nil }
    return candidate(after: upperBound(address, from: 0, to: count), address: address, virtualPrefix: virtualPrefix)
  }

  /// Given lo = the first position whose entry is > `address`: the block holding `address`,
  /// which can only be lo − 1 or, for a large block counted from its VA entry, lo.
  @inline(__always)
  func candidate(after lo: Int, address: UInt64, virtualPrefix: UInt64) -> Int? {
    if lo < count, flags[lo] & HeapConstants.virtualAlloc != 0, entry(lo) &- virtualPrefix <= address {
      return lo
    }
    guard lo > 0 else { return nil }
    let i = lo - 1
    let start = entry(i)
    let end = flags[i] & HeapConstants.virtualAlloc != 0 ? start &- virtualPrefix &+ size(i) : start &+ size(i)
    return address < end ? i : nil
  }
}
