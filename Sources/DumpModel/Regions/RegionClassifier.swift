/// Gives every region of a `RegionMap` its `!address` usage, in WinDbg's order (its "Mapping ..."
/// progress lines, windbg-output-and-peers.md §1.4 and §6): modules (Image), PEB, TEBs and their
/// stacks, heaps, page heap, well-known regions (Other), then `<unknown>`. The first rule that
/// claims a region wins.
///
/// The rules themselves are `RegionClaims`; `Dump.regionSummary` asks the same claims in one pass
/// over the mapped MemoryInfoList without building this map.
public enum RegionClassifier {
  /// Priority of each usage: lower wins.
  static func rank(_ u: RegionUsage) -> Int {
    switch u {
    case .image: return 0
    case .peb: return 1
    case .teb: return 2
    case .stack: return 3
    case .heap: return 4
    case .pageHeap: return 5
    case .other: return 6
    case .unknown: return 7
    case .free: return 8
    }
  }

  /// `stop` is polled every 64K regions (Ctrl-C); when it returns true, `Cancelled` is thrown.
  public static func classify(
    map: RegionMap, space: AddressSpace, modules: [DumpModule], threads: [DumpThread],
    heaps: [HeapRegionHit], stop: () -> Bool = { false }
  ) throws(Cancelled) -> ClassifiedRegions {
    let count = map.regions.count
    var usages = [RegionUsage](repeating: .unknown, count: count)
    var tagIndex = [Int32](repeating: -1, count: count)
    let claims = RegionClaims(lookup: map, space: space, modules: modules, threads: threads, heaps: heaps)
    for i in 0..<count {
      if i & 0xFFFF == 0xFFFF, stop() { throw Cancelled() }
      let (usage, tag) = claims.taggedUsage(i, map.regions[i])
      usages[i] = usage
      tagIndex[i] = tag
    }
    return ClassifiedRegions(map: map, usages: usages, tagIndex: tagIndex, tags: claims.tags, peb: claims.peb)
  }

  /// Position of `key` in the sorted `keys`, by bisection.
  @inline(__always)
  static func find<K: Comparable>(_ key: K, in keys: [K]) -> Int? {
    var lo = 0
    var hi = keys.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if keys[mid] < key { lo = mid + 1 } else { hi = mid }
    }
    return lo < keys.count && keys[lo] == key ? lo : nil
  }
}
