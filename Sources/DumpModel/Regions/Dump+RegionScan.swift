extension Dump {
  /// The totals `!address -summary` prints: the same regions and usages as `classifiedRegions`,
  /// counted in one pass.
  ///
  /// When the classified map is not built yet and MemoryInfoListStream's entries are non-empty, in
  /// address order, without overlaps and below the user limit (every writer's output), the
  /// regions come straight from the mapped stream (`MemoryInfoTable`) and nothing per region is
  /// kept: a million regions cost one read of the stream. On the first entry that breaks those
  /// rules the count starts over on the classified map, which repairs them and says so.
  /// `isCancelled` is polled every 64K regions.
  public func regionSummary() throws(Cancelled) -> RegionSummary {
    if classifiedStorage == nil, let summary = try summaryInPlace() { return summary }
    let classified = try classifiedRegions
    let tally = RegionTally()
    let regions = classified.map.regions
    for i in regions.indices {
      if i & 0xFFFF == 0xFFFF, isCancelled() { throw Cancelled() }
      tally.add(regions[i], classified.usages[i])
    }
    return tally.summary(limit: classified.map.limit, isPartial: classified.map.isPartial)
  }

  /// The in-place pass of `regionSummary`; nil when the stream is missing, unreadable, or breaks
  /// the rules.
  private func summaryInPlace() throws(Cancelled) -> RegionSummary? {
    guard entry(for: .memoryInfoList) != nil, let table = try? MemoryInfoTable(reader(for: .memoryInfoList)) else {
      return nil
    }
    let limit = RegionMap.userLimit(pointerSize: pointerSize, minimum: defaultUserLimit, highestEnd: table.lastBusyEnd)
    let space = addressSpace
    if isCancelled() { throw Cancelled() }
    let hits = heaps.regionHits
    if isCancelled() { throw Cancelled() }
    let claims = RegionClaims(
      lookup: table, space: space, modules: (try? modules.get()) ?? [], threads: (try? threads.get()) ?? [],
      heaps: hits)
    switch RegionSummaryPass(table: table, claims: claims, limit: limit, stop: isCancelled).run() {
    case .counted(let tally): return tally.summary(limit: limit, isPartial: false)
    case .irregular: return nil
    case .cancelled: throw Cancelled()
    }
  }
}
