/// Every block of every heap as compact sorted columns (struct of arrays): entry address (8
/// bytes), size in granules (4), unused bytes = size − requested (4), header flags (1), owning
/// heap (2) and +ust trace index (4): 23 bytes a block, about 230 MB for 10 million. A size or
/// unused count that does not fit (a block over 64 GB, a size that is not a whole number of
/// granules) goes to a small side table. Built once per dump (`HeapSet.index`), so `!heap -x`
/// and `!heap -p -a` are binary searches.
public struct HeapIndex: Sendable {
  public private(set) var entries: [UInt64] = []
  private(set) var granules: [UInt32] = []
  private(set) var unused: [UInt32] = []
  public private(set) var flags: [UInt8] = []
  public private(set) var heaps: [UInt16] = []
  public private(set) var traces: [UInt32] = []
  /// Exact (size, requested) of the blocks whose values do not fit the columns, by position.
  private var wide: [Int: (size: UInt64, requested: UInt64)] = [:]
  /// Bytes per granule (`_HEAP_ENTRY` size: 16 on x64, 8 on x86).
  public let granularity: UInt64

  public var count: Int { entries.count }

  public init(granularity: UInt64 = 16) { self.granularity = max(granularity, 1) }

  /// Block size in bytes of block `i`.
  public func size(_ i: Int) -> UInt64 {
    if granules[i] == UInt32.max, let w = wide[i] { return w.size }
    return UInt64(granules[i]) &* granularity
  }

  /// Requested (user) size of block `i`.
  public func requested(_ i: Int) -> UInt64 {
    if granules[i] == UInt32.max, let w = wide[i] { return w.requested }
    return size(i) &- UInt64(unused[i])
  }

  mutating func reserve(_ n: Int) {
    entries.reserveCapacity(n)
    granules.reserveCapacity(n)
    unused.reserveCapacity(n)
    flags.reserveCapacity(n)
    heaps.reserveCapacity(n)
    traces.reserveCapacity(n)
  }

  /// LFH containers are left out: their LFH blocks are indexed instead (they follow it, inside it).
  mutating func append(_ b: HeapBlock, heap: Int) {
    if b.isLfhContainer { return }
    let g = b.size / granularity
    let spare = b.size >= b.requested ? b.size - b.requested : UInt64.max
    if b.size % granularity == 0, g < UInt64(UInt32.max), spare <= UInt64(UInt32.max) {
      granules.append(UInt32(g))
      unused.append(UInt32(spare))
    } else {
      wide[entries.count] = (b.size, b.requested)
      granules.append(UInt32.max)
      unused.append(0)
    }
    entries.append(b.entry)
    flags.append(b.header.flags)
    heaps.append(UInt16(truncatingIfNeeded: heap))
    traces.append(b.traceIndex)
  }

  /// Sorts all columns by entry address. Blocks come in walk order: each segment ascending, then
  /// the large blocks; when those ascending runs do not overlap, they are put in order by their
  /// first address (linear), else the runs are merged pairwise (natural merge sort, n log runs).
  mutating func sort() {
    var runs: [Range<Int>] = []
    var start = 0
    for i in entries.indices.dropFirst() where entries[i - 1] > entries[i] {
      runs.append(start..<i)
      start = i
    }
    if runs.isEmpty { return }
    runs.append(start..<entries.count)
    runs.sort { entries[$0.lowerBound] < entries[$1.lowerBound] }
    var disjoint = true
    for k in runs.indices.dropFirst() where entries[runs[k - 1].upperBound - 1] >= entries[runs[k].lowerBound] {
      disjoint = false
      break
    }
    if disjoint {
      // Each column is rebuilt run by run: no position array (8 bytes a block), one column's copy
      // at a time on top of the index.
      if !wide.isEmpty {
        var moved: [Int: (size: UInt64, requested: UInt64)] = [:]
        var to = 0
        for r in runs {
          for from in r {
            if let w = wide[from] { moved[to] = w }
            to += 1
          }
        }
        wide = moved
      }
      func gather<T>(_ column: [T]) -> [T] {
        var out: [T] = []
        out.reserveCapacity(column.count)
        for r in runs { out.append(contentsOf: column[r]) }
        return out
      }
      entries = gather(entries)
      granules = gather(granules)
      unused = gather(unused)
      flags = gather(flags)
      heaps = gather(heaps)
      traces = gather(traces)
      return
    }
    let order = Self.merge(runs, by: entries)
    var moved: [Int: (size: UInt64, requested: UInt64)] = [:]
    for (to, from) in order.enumerated() { if let w = wide[from] { moved[to] = w } }
    wide = moved
    entries = order.map { entries[$0] }
    granules = order.map { granules[$0] }
    unused = order.map { unused[$0] }
    flags = order.map { flags[$0] }
    heaps = order.map { heaps[$0] }
    traces = order.map { traces[$0] }
  }

  /// Merges `small` into this index, both sorted, in place from the back: each column grows by
  /// `small.count` and its elements move once (memmove between the insertion points), so no
  /// second copy of a column exists (the block index of B2 is 230 MB). With a side table on either
  /// side the blocks of `small` are appended and the whole index sorted again.
  mutating func merge(_ small: HeapIndex) {
    guard small.count > 0 else { return }
    guard wide.isEmpty, small.wide.isEmpty else {
      for j in 0..<small.count { append(from: small, j) }
      sort()
      return
    }
    let n = count
    // Where small's j-th block lands: j plus the blocks here at or below its address.
    var targets: [Int] = []
    targets.reserveCapacity(small.count)
    for j in 0..<small.count {
      var lo = 0
      var hi = n
      while lo < hi {
        let mid = (lo + hi) / 2
        if entries[mid] <= small.entries[j] { lo = mid + 1 } else { hi = mid }
      }
      targets.append(j + lo)
    }
    func spread<T>(_ column: inout [T], _ add: [T]) {
      column.append(contentsOf: add)
      column.withUnsafeMutableBufferPointer { p in
        guard let base = p.baseAddress else { return }
        var end = n  // elements [0, end) of this index have not moved yet
        for j in stride(from: add.count - 1, through: 0, by: -1) {
          let t = targets[j], from = t - j
          if end > from { (base + t + 1).update(from: base + from, count: end - from) }
          base[t] = add[j]
          end = from
        }
      }
    }
    spread(&entries, small.entries)
    spread(&granules, small.granules)
    spread(&unused, small.unused)
    spread(&flags, small.flags)
    spread(&heaps, small.heaps)
    spread(&traces, small.traces)
  }

  /// Appends block `j` of `other` (columns and side table as they are).
  mutating func append(from other: HeapIndex, _ j: Int) {
    if let w = other.wide[j] { wide[entries.count] = w }
    entries.append(other.entries[j])
    granules.append(other.granules[j])
    unused.append(other.unused[j])
    flags.append(other.flags[j])
    heaps.append(other.heaps[j])
    traces.append(other.traces[j])
  }

  /// The positions of `keys` in ascending key order, merging the ascending `runs` pairwise.
  static func merge(_ runs: [Range<Int>], by keys: [UInt64]) -> [Int] {
    var lists: [[Int]] = runs.map { Array($0) }
    while lists.count > 1 {
      var next: [[Int]] = []
      var k = 0
      while k < lists.count {
        guard k + 1 < lists.count else {
          next.append(lists[k])
          break
        }
        let a = lists[k], b = lists[k + 1]
        var out: [Int] = []
        out.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count, j < b.count {
          if keys[b[j]] < keys[a[i]] {
            out.append(b[j])
            j += 1
          } else {
            out.append(a[i])
            i += 1
          }
        }
        out.append(contentsOf: a[i...])
        out.append(contentsOf: b[j...])
        next.append(out)
        k += 2
      }
      lists = next
    }
    return lists.first ?? []
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
    return candidate(after: lo, address: address, virtualPrefix: virtualPrefix)
  }

  /// Given lo = the first position whose entry is > `address`: the block holding `address`,
  /// which can only be lo − 1 or, for a large block counted from its VA entry, lo.
  @inline(__always)
  func candidate(after lo: Int, address: UInt64, virtualPrefix: UInt64) -> Int? {
    if lo < entries.count, flags[lo] & HeapConstants.virtualAlloc != 0, entries[lo] &- virtualPrefix <= address {
      return lo
    }
    guard lo > 0 else { return nil }
    let i = lo - 1
    let start = entries[i]
    let end = flags[i] & HeapConstants.virtualAlloc != 0 ? start &- virtualPrefix &+ size(i) : start &+ size(i)
    return address < end ? i : nil
  }
}
