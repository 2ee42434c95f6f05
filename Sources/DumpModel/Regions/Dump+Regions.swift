extension Dump {
  /// The region map: from MemoryInfoListStream, or synthesized from the memory lists and the
  /// module list when the dump has none (`isPartial`). The user VA limit follows
  /// `RegionMap.userLimit`: at least the OS default (x64 Windows 8.1+ 0x7FFF'FFFF0000, earlier
  /// 0x7FF'FFFF0000; x86 0x7FFF0000), raised to the next candidate when a region lies above it.
  public var regionMap: RegionMap {
    get throws(Cancelled) { try classifiedRegions.map }
  }

  /// The OS default user VA limit for this dump.
  var defaultUserLimit: UInt64 {
    let info = try? systemInfo.get()
    if pointerSize == 4 { return 0x7FFF_0000 }
    guard let info else { return 0x7FFF_FFFF_0000 }
    let before81 = info.majorVersion < 6 || (info.majorVersion == 6 && info.minorVersion < 3)
    return before81 ? 0x7FF_FFFF_0000 : 0x7FFF_FFFF_0000
  }

  /// Builds the map, polling `isCancelled` between steps and every 64K regions.
  func buildRegionMap() throws(Cancelled) -> RegionMap {
    if entry(for: .memoryInfoList) != nil {
      switch memoryInfo(stop: isCancelled) {
      case nil:
        throw Cancelled()
      case .success(let infos):
        if isCancelled() { throw Cancelled() }
        var highest: UInt64 = 0
        for i in infos where i.regionSize > 0 && i.state != 0x10000 { highest = max(highest, i.end) }
        let limit = RegionMap.userLimit(pointerSize: pointerSize, minimum: defaultUserLimit, highestEnd: highest)
        let map = RegionMap(infos: infos, limit: limit, stop: isCancelled)
        guard map.isComplete else { throw Cancelled() }
        for w in map.warnings { warn(w) }
        return map
      case .failure(let e):
        warn(e.description)
      }
    }
    let space = addressSpace
    let highest = space.ranges.last?.end ?? 0
    let limit = RegionMap.userLimit(pointerSize: pointerSize, minimum: defaultUserLimit, highestEnd: highest)
    return RegionMap.synthesized(ranges: Array(space.ranges), modules: (try? modules.get()) ?? [], limit: limit)
  }

  func buildClassifiedRegions() throws(Cancelled) -> ClassifiedRegions {
    let map = try buildRegionMap()
    // The address space (Memory64List, a million ranges in B1) is the heap set's first need.
    _ = addressSpace
    if isCancelled() { throw Cancelled() }
    let hits = heaps.regionHits
    if isCancelled() { throw Cancelled() }
    return try RegionClassifier.classify(
      map: map, space: addressSpace, modules: (try? modules.get()) ?? [], threads: (try? threads.get()) ?? [],
      heaps: hits, stop: isCancelled)
  }
}
