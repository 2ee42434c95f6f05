/// Gives every region of a `RegionMap` its `!address` usage, in WinDbg's order (its "Mapping ..."
/// progress lines, windbg-output-and-peers.md §1.4 and §6): modules (Image), PEB, TEBs and their
/// stacks, heaps, page heap, well-known regions (Other), then `<unknown>`. The first rule that
/// claims a region wins.
///
/// Image, Stack, Heap and Other claim whole allocations (every region with the same
/// AllocationBase); PEB and TEB claim the region holding their address. The work is a hash lookup
/// per region, so a million regions classify in a few tens of milliseconds.
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
    var tags: [RegionTag] = []
    var byAllocation: [UInt64: (RegionUsage, Int32)] = [:]
    var byRegion: [Int: (RegionUsage, Int32)] = [:]
    let ptr = space.pointerSize == 4 ? 4 : 8

    func addTag(_ t: RegionTag) -> Int32 {
      tags.append(t)
      return Int32(tags.count - 1)
    }
    func better(_ new: RegionUsage, than old: (RegionUsage, Int32)?) -> Bool {
      guard let old else { return true }
      return rank(new) < rank(old.0)
    }
    /// The allocation holding `address`: its AllocationBase (the region base for synthesized maps).
    func allocation(of address: UInt64) -> UInt64? {
      guard let i = map.index(containing: address), !map.regions[i].isFree else { return nil }
      let r = map.regions[i]
      return r.allocationBase != 0 ? r.allocationBase : r.base
    }
    func claimAllocation(of address: UInt64, _ usage: RegionUsage, _ tag: RegionTag) {
      guard let a = allocation(of: address), better(usage, than: byAllocation[a]) else { return }
      byAllocation[a] = (usage, addTag(tag))
    }
    func claimRegion(at address: UInt64, _ usage: RegionUsage, _ tag: RegionTag) {
      guard let i = map.index(containing: address), !map.regions[i].isFree, better(usage, than: byRegion[i]) else { return }
      byRegion[i] = (usage, addTag(tag))
    }

    // 1. Modules.
    let sortedModules = modules.enumerated().filter { $0.element.size > 0 }.sorted { $0.element.base < $1.element.base }
    for (index, m) in sortedModules { byAllocation[m.base] = (.image, addTag(.image(module: index))) }
    // 2. PEB (from the first thread's TEB).
    let pebOffset: UInt64 = ptr == 8 ? 0x60 : 0x30
    let peb = threads.lazy.compactMap { space.pointer(at: $0.teb &+ pebOffset) }.first { $0 != 0 }
    if let peb { claimRegion(at: peb, .peb, .peb) }
    // 3. TEBs and stacks (NT_TIB.StackBase +8/+4, StackLimit +0x10/+8).
    for (i, t) in threads.enumerated() where t.teb != 0 {
      claimRegion(at: t.teb, .teb, .teb(thread: i))
      let limit = space.pointer(at: t.teb &+ UInt64(ptr) &* 2) ?? t.stack.start
      let stackBase = space.pointer(at: t.teb &+ UInt64(ptr)) ?? 0
      if limit != 0 {
        claimAllocation(of: limit, .stack, .stack(thread: i))
      } else if stackBase > 0 {
        claimAllocation(of: stackBase &- 1, .stack, .stack(thread: i))
      } else if t.stack.start != 0 {
        claimAllocation(of: t.stack.start, .stack, .stack(thread: i))
      }
    }
    // 4. Heaps: the heap walker's heaps, segments and large blocks (`HeapSet.regionHits`).
    for hit in heaps {
      claimAllocation(of: hit.address, .heap, .heap(id: hit.id, handle: hit.handle, kind: hit.kind))
    }
    // 6. Well-known regions: KUSER_SHARED_DATA and what the PEB points at (public _PEB layouts:
    // x64 ReadOnlySharedMemoryBase +0x88, AnsiCodePageData +0xA0, ApiSetMap +0x68,
    // GdiSharedHandleTable +0xF8, ActivationContextData +0x2F8, SystemDefaultActivationContextData
    // +0x308; x86 +0x4C, +0x58, +0x38, +0x94, +0x1F8, +0x200).
    claimAllocation(of: 0x7FFE_0000, .other, .other("User Shared Data"))
    if let peb {
      let fields: [(UInt64, UInt64, String)] = [
        (0x68, 0x38, "API Set Map"), (0xA0, 0x58, "NLS Tables"), (0x88, 0x4C, "Read Only Shared Memory"),
        (0xF8, 0x94, "GDI Shared Handle Table"), (0x308, 0x200, "System Default Activation Context Data"),
        (0x2F8, 0x1F8, "Activation Context Data"),
      ]
      for (o64, o32, name) in fields {
        if let p = space.pointer(at: peb &+ (ptr == 8 ? o64 : o32)), p != 0 { claimAllocation(of: p, .other, .other(name)) }
      }
    }

    // Apply: region rules, then allocation rules, then modules by range for image regions whose
    // AllocationBase is not a module base. The claims (tens, not millions) become sorted arrays
    // searched by bisection: no hashing per region, which matters at a million regions.
    let allocationKeys = byAllocation.keys.sorted()
    let allocationClaims = allocationKeys.map { byAllocation[$0] ?? (.unknown, -1) }
    let regionKeys = byRegion.keys.sorted()
    let regionClaims = regionKeys.map { byRegion[$0] ?? (.unknown, -1) }
    for i in 0..<count {
      if i & 0xFFFF == 0xFFFF, stop() { throw Cancelled() }
      let r = map.regions[i]
      if r.isFree {
        usages[i] = .free
        continue
      }
      var best = find(i, in: regionKeys).map { regionClaims[$0] }
      let a = r.allocationBase != 0 ? r.allocationBase : r.base
      if let k = find(a, in: allocationKeys), better(allocationClaims[k].0, than: best) { best = allocationClaims[k] }
      if best == nil || best?.0 != .image, let m = moduleIndex(sortedModules, containing: r.base) {
        best = (.image, addTag(.image(module: m)))
      }
      if let best {
        usages[i] = best.0
        tagIndex[i] = best.1
      }
    }
    return ClassifiedRegions(map: map, usages: usages, tagIndex: tagIndex, tags: tags, peb: peb)
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

  /// The module (original index) whose image holds `address`, by binary search.
  static func moduleIndex(_ sorted: [(offset: Int, element: DumpModule)], containing address: UInt64) -> Int? {
    var lo = 0
    var hi = sorted.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if sorted[mid].element.end <= address { lo = mid + 1 } else { hi = mid }
    }
    guard lo < sorted.count, sorted[lo].element.base <= address else { return nil }
    return sorted[lo].offset
  }
}
