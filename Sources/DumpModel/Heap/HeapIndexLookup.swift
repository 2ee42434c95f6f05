/// A coarse table over a `HeapIndex` for scans that look up hundreds of millions of values
/// (`!heap -l`): the address span of the blocks is cut into 2^shift-byte buckets, and for each
/// bucket start s the table holds U(s), the first position whose entry address is > s. For any
/// value v in a bucket, U(v) lies between that bucket's and the next bucket's table values, so
/// the binary search runs over a few hundred positions (a few cache lines) instead of all
/// 10 million. At most 4M + 1 buckets (16 MB of Int32), whatever the span.
public struct HeapIndexLookup: Sendable {
  public let index: HeapIndex
  public let virtualPrefix: UInt64
  /// Lowest address any block covers (large blocks from their `_HEAP_VIRTUAL_ALLOC_ENTRY`).
  public let lowest: UInt64
  /// One past the highest address any block covers.
  public let highest: UInt64
  let shift: UInt64
  let table: [Int32]

  public init(_ index: HeapIndex, virtualPrefix: UInt64) {
    self.index = index
    self.virtualPrefix = virtualPrefix
    var lo = UInt64.max, hi: UInt64 = 0
    index.forEachEntry { i, e in
      let virtual = index.flags[i] & HeapConstants.virtualAlloc != 0
      let start = virtual && e >= virtualPrefix ? e - virtualPrefix : e
      let (end, o) = start.addingReportingOverflow(index.size(i))
      lo = min(lo, start)
      hi = max(hi, o ? UInt64.max : end)
    }
    lowest = index.count == 0 ? 0 : lo
    highest = index.count == 0 ? 0 : hi
    let span = highest &- lowest
    var s: UInt64 = 12
    while s < 63, span >> s >= 1 << 22 { s += 1 }
    shift = s
    let buckets = index.count == 0 || index.count > Int(Int32.max) ? 0 : Int(span >> s) + 1
    var t = [Int32](repeating: 0, count: buckets + 1)
    var u = 0
    for b in 0...buckets {
      let (off, o1) = UInt64(b).multipliedReportingOverflow(by: UInt64(1) << s)
      let (start, o2) = lowest.addingReportingOverflow(off)
      if o1 || o2 {
        u = index.count
      } else {
        u = index.upperBound(start, from: u, to: index.count)
      }
      t[b] = Int32(u)
    }
    table = buckets == 0 ? [] : t
  }

  /// Same answer as `index.position(containing:virtualPrefix:)`, searching one bucket only.
  @inline(__always)
  public func position(containing address: UInt64) -> Int? {
    guard address >= lowest, address < highest else { return nil }
    let b = Int((address &- lowest) >> shift)
    guard b + 1 < table.count else { return index.position(containing: address, virtualPrefix: virtualPrefix) }
    let lo = index.upperBound(address, from: Int(table[b]), to: Int(table[b + 1]))
    return index.candidate(after: lo, address: address, virtualPrefix: virtualPrefix)
  }
}
