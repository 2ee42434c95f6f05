/// Putting a `HeapIndex` in address order: `sort` for the blocks as the walk appends them, `merge`
/// for the few large blocks. Every column moves as a whole; the window table and the side table
/// are rebuilt for the new positions.
extension HeapIndex {
  /// Sorts all columns by entry address. Blocks come in walk order: each segment ascending, then
  /// the large blocks; when those ascending runs do not overlap, they are put in order by their
  /// first address (linear), else the runs are merged pairwise (natural merge sort, n log runs).
  mutating func sort() {
    var runs: [Range<Int>] = []
    var start = 0
    var previous: UInt64 = 0
    forEachEntry { i, e in
      if i > 0, previous > e {
        runs.append(start..<i)
        start = i
      }
      previous = e
    }
    if runs.isEmpty {
      normalizeWindows()
      return
    }
    runs.append(start..<count)
    runs.sort { entry($0.lowerBound) < entry($1.lowerBound) }
    var disjoint = true
    for k in runs.indices.dropFirst() where entry(runs[k - 1].upperBound - 1) >= entry(runs[k].lowerBound) {
      disjoint = false
      break
    }
    if disjoint {
      // Each column is rebuilt run by run: no position array (8 bytes a block), one column's copy
      // at a time on top of the index.
      var moved: [Int: Wide] = [:]
      var highs: [UInt32] = []
      var starts: [Int] = []
      var to = 0
      for r in runs {
        var k = window(of: r.lowerBound)
        var p = r.lowerBound
        while p < r.upperBound {
          let stop = min(r.upperBound, windowEnd(k))
          if highs.last != windowHigh[k] {
            highs.append(windowHigh[k])
            starts.append(to + p - r.lowerBound)
          }
          p = stop
          k += 1
        }
        if !wide.isEmpty {
          for from in r { if let w = wide[from] { moved[to + from - r.lowerBound] = w } }
        }
        to += r.count
      }
      wide = moved
      windowHigh = highs
      windowStart = starts
      func gather<T>(_ column: [T]) -> [T] {
        var out: [T] = []
        out.reserveCapacity(column.count)
        for r in runs { out.append(contentsOf: column[r]) }
        return out
      }
      low = gather(low)
      granules = gather(granules)
      unused = gather(unused)
      flags = gather(flags)
      heapColumn = gather(heapColumn)
      traceColumn = gather(traceColumn)
      return
    }
    let order = Self.merge(runs) { entry($0) }
    var sorted = HeapIndex(granularity: granularity)
    sorted.reserve(count)
    for from in order { sorted.append(from: self, from) }
    self = sorted
  }

  /// Joins neighbouring windows with the same high half (sorted input: one window per high half).
  mutating func normalizeWindows() {
    var highs: [UInt32] = []
    var starts: [Int] = []
    for k in windowHigh.indices where highs.last != windowHigh[k] {
      highs.append(windowHigh[k])
      starts.append(windowStart[k])
    }
    windowHigh = highs
    windowStart = starts
  }

  /// Merges `small` into this index, both sorted, in place from the back: each column grows by
  /// `small.count` and its elements move once (memmove between the insertion points), so no
  /// second copy of a column exists (the block index of B2 is 110 MB).
  mutating func merge(_ small: HeapIndex) {
    guard small.count > 0 else { return }
    let n = count
    // Where small's j-th block lands: j plus the blocks here at or below its address.
    var targets: [Int] = []
    targets.reserveCapacity(small.count)
    var from = 0
    small.forEachEntry { j, e in
      from = upperBound(e, from: from, to: n)
      targets.append(j + from)
    }
    // Side table: a block here at p moves by the number of small blocks landing before it.
    var moved: [Int: Wide] = [:]
    for (p, w) in wide {
      var lo = 0
      var hi = targets.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if targets[mid] - mid <= p { lo = mid + 1 } else { hi = mid }
      }
      moved[p + lo] = w
    }
    for (j, w) in small.wide { moved[targets[j]] = w }
    // Windows: for each high half, the blocks below it on both sides.
    var highs: [UInt32] = []
    var starts: [Int] = []
    var a = 0
    var b = 0
    while a < windowHigh.count || b < small.windowHigh.count {
      let h = b >= small.windowHigh.count || (a < windowHigh.count && windowHigh[a] <= small.windowHigh[b]) ? windowHigh[a] : small.windowHigh[b]
      highs.append(h)
      starts.append((a < windowStart.count ? windowStart[a] : n) + (b < small.windowStart.count ? small.windowStart[b] : small.count))
      if a < windowHigh.count, windowHigh[a] == h { a += 1 }
      if b < small.windowHigh.count, small.windowHigh[b] == h { b += 1 }
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
    spread(&low, small.low)
    spread(&granules, small.granules)
    spread(&unused, small.unused)
    spread(&flags, small.flags)
    spread(&heapColumn, small.heapColumn)
    spread(&traceColumn, small.traceColumn)
    wide = moved
    windowHigh = highs
    windowStart = starts
  }

  /// The positions in ascending key order, merging the ascending `runs` pairwise.
  static func merge(_ runs: [Range<Int>], by key: (Int) -> UInt64) -> [Int] {
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
          if key(b[j]) < key(a[i]) {
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
}
