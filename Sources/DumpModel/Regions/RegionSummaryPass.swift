/// The in-place count behind `Dump.regionSummary`: MemoryInfoList entries straight from the
/// mapped stream, gaps counted as free regions, each entry checked as it is read (non-empty, not
/// wrapping, at or after the previous end, below the user limit). Two halves of a big list are
/// counted on two threads (`parallelFor`; one under `taskset -c 0`) and merged in order, so the result is the one-thread result.
struct RegionSummaryPass: @unchecked Sendable {
  // @unchecked: the table points into the read-only mapping; the claims and `stop` are only read.
  let table: MemoryInfoTable
  let claims: RegionClaims
  let limit: UInt64
  let stop: () -> Bool

  /// Lists shorter than this are counted on one thread (a thread costs more than it saves); tests
  /// lower it to split small lists.
  var splitThreshold = 1 << 16

  enum Outcome {
    case counted(RegionTally)
    /// An entry broke the rules: the caller counts from the region map instead.
    case irregular
    case cancelled
  }

  func run() -> Outcome {
    let n = table.count
    guard n >= max(splitThreshold, 2) else { return count(0..<n, from: 0) }
    let mid = n / 2
    let before = table.region(mid - 1)
    let (midCursor, wraps) = before.base.addingReportingOverflow(before.size)
    if wraps { return .irregular }
    let halves = ParallelSlots<Outcome>(2)
    parallelFor(2, threads: walkThreads) { k in
      halves[k] = k == 0 ? count(0..<mid, from: 0) : count(mid..<n, from: midCursor)
    }
    switch (halves[0] ?? .cancelled, halves[1] ?? .cancelled) {
    case (.counted(let first), .counted(let second)):
      first.append(second)
      return .counted(first)
    case (.irregular, _), (_, .irregular): return .irregular
    default: return .cancelled
    }
  }

  /// Counts entries `range`, the previous entry ending at `cursor`; the trailing free gap up to the
  /// limit belongs to the range that ends the list.
  func count(_ range: Range<Int>, from start: UInt64) -> Outcome {
    let tally = RegionTally()
    var usages = RegionClaims.Cursor(claims)
    var cursor = start
    for i in range {
      if i & 0xFFFF == 0xFFFF, stop() { return .cancelled }
      let r = table.region(i)
      let (end, wraps) = r.base.addingReportingOverflow(r.size)
      guard r.size > 0, !wraps, r.base >= cursor, end <= limit else { return .irregular }
      if r.base > cursor { tally.add(.free(cursor, r.base - cursor), .free) }
      tally.add(r, usages.usage(i, r))
      cursor = end
    }
    if range.upperBound == table.count, cursor < limit { tally.add(.free(cursor, limit - cursor), .free) }
    return .counted(tally)
  }
}
