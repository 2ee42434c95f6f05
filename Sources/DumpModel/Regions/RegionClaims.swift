/// What the classifier needs of a region list: the region holding an address and the region at an
/// index. `RegionMap` answers from its array; `MemoryInfoTable` from the mapped stream.
protocol RegionLookup {
  func index(containing address: UInt64) -> Int?
  func region(_ i: Int) -> Region
}

extension RegionMap: RegionLookup {
  func region(_ i: Int) -> Region { regions[i] }
}

/// The claims of `RegionClassifier`'s rules (windbg-output-and-peers.md §1.4 and §6), made once
/// from the modules, threads, PEB and heaps, then asked per region.
///
/// Image, Stack, Heap and Other claim whole allocations (every region with the same
/// AllocationBase); PEB and TEB claim the region holding their address (by index in the lookup
/// the claims were made with). The claims are tens, not millions: sorted arrays searched by
/// bisection, so asking costs no hashing per region.
final class RegionClaims {
  private(set) var tags: [RegionTag] = []
  private(set) var peb: UInt64?
  private var allocationKeys: [UInt64] = []
  private var allocationClaims: [(RegionUsage, Int32)] = []
  private var regionKeys: [Int] = []
  private var regionClaims: [(RegionUsage, Int32)] = []
  /// Module images sorted by base: bases, ends and the modules' indices in the module list.
  private var moduleBases: [UInt64] = []
  private var moduleEnds: [UInt64] = []
  private var moduleIndices: [Int] = []
  /// Bounds of the claimed keys and of the module images: most regions of a big dump fall outside
  /// them and are `<unknown>` after two compares.
  /// (Empty until set: lowest above highest.)
  private var allocationSpan: (low: UInt64, high: UInt64) = (1, 0)
  private var regionSpan: (low: Int, high: Int) = (1, 0)
  private var moduleSpan: (low: UInt64, high: UInt64) = (1, 0)

  init<L: RegionLookup>(lookup: L, space: AddressSpace, modules: [DumpModule], threads: [DumpThread], heaps: [HeapRegionHit]) {
    var byAllocation: [UInt64: (RegionUsage, Int32)] = [:]
    var byRegion: [Int: (RegionUsage, Int32)] = [:]
    var tags: [RegionTag] = []
    let ptr = space.pointerSize == 4 ? 4 : 8

    func addTag(_ t: RegionTag) -> Int32 {
      tags.append(t)
      return Int32(tags.count - 1)
    }
    func better(_ new: RegionUsage, than old: (RegionUsage, Int32)?) -> Bool {
      guard let old else { return true }
      return RegionClassifier.rank(new) < RegionClassifier.rank(old.0)
    }
    /// The allocation holding `address`: its AllocationBase (the region base for synthesized maps).
    func allocation(of address: UInt64) -> UInt64? {
      guard let i = lookup.index(containing: address) else { return nil }
      let r = lookup.region(i)
      guard !r.isFree else { return nil }
      return r.allocationBase != 0 ? r.allocationBase : r.base
    }
    func claimAllocation(of address: UInt64, _ usage: RegionUsage, _ tag: RegionTag) {
      guard let a = allocation(of: address), better(usage, than: byAllocation[a]) else { return }
      byAllocation[a] = (usage, addTag(tag))
    }
    func claimRegion(at address: UInt64, _ usage: RegionUsage, _ tag: RegionTag) {
      guard let i = lookup.index(containing: address), !lookup.region(i).isFree, better(usage, than: byRegion[i]) else { return }
      byRegion[i] = (usage, addTag(tag))
    }

    // 1. Modules.
    let sortedModules = modules.enumerated().filter { $0.element.size > 0 }.sorted { $0.element.base < $1.element.base }
    moduleBases = sortedModules.map(\.element.base)
    moduleEnds = sortedModules.map(\.element.end)
    moduleIndices = sortedModules.map(\.offset)
    if let first = moduleBases.first, let top = moduleEnds.max(), first < top { moduleSpan = (first, top - 1) }
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
    self.tags = tags
    self.peb = peb
    allocationKeys = byAllocation.keys.sorted()
    allocationClaims = allocationKeys.map { byAllocation[$0] ?? (.unknown, -1) }
    regionKeys = byRegion.keys.sorted()
    regionClaims = regionKeys.map { byRegion[$0] ?? (.unknown, -1) }
    if let lo = allocationKeys.first, let hi = allocationKeys.last { allocationSpan = (lo, hi) }
    if let lo = regionKeys.first, let hi = regionKeys.last { regionSpan = (lo, hi) }
  }

  /// The usage of region `i` (`r`) and, when no claim tagged it, the module whose range holds it
  /// (an image region whose AllocationBase is not a module base). Region rules first, then
  /// allocation rules, then modules by range; the lower `RegionClassifier.rank` wins.
  @inline(__always)
  func claim(_ i: Int, _ r: Region) -> (usage: RegionUsage, tag: Int32, module: Int?) {
    claim(i, r, allocation: allocationClaim(allocationBase(of: r)))
  }

  /// The allocation a region belongs to: its AllocationBase (its own base for synthesized maps).
  @inline(__always)
  func allocationBase(of r: Region) -> UInt64 { r.allocationBase != 0 ? r.allocationBase : r.base }

  /// The claim on allocation `a`, if any.
  @inline(__always)
  func allocationClaim(_ a: UInt64) -> (RegionUsage, Int32)? {
    guard a >= allocationSpan.low, a <= allocationSpan.high, let k = RegionClassifier.find(a, in: allocationKeys) else {
      return nil
    }
    return allocationClaims[k]
  }

  /// `claim(i, r)` with the claim on r's allocation already looked up (`allocationClaim`).
  @inline(__always)
  func claim(_ i: Int, _ r: Region, allocation: (RegionUsage, Int32)?) -> (usage: RegionUsage, tag: Int32, module: Int?) {
    if r.isFree { return (.free, -1, nil) }
    var best: (RegionUsage, Int32)?
    if i >= regionSpan.low, i <= regionSpan.high, let k = RegionClassifier.find(i, in: regionKeys) { best = regionClaims[k] }
    if let allocation, best.map({ RegionClassifier.rank(allocation.0) < RegionClassifier.rank($0.0) }) ?? true {
      best = allocation
    }
    if best == nil || best?.0 != .image, r.base >= moduleSpan.low, r.base <= moduleSpan.high, let m = module(containing: r.base) {
      return (.image, -1, m)
    }
    return best.map { ($0.0, $0.1, nil) } ?? (.unknown, -1, nil)
  }

  /// The module (index in the module list) whose image holds `address`, by bisection.
  private func module(containing address: UInt64) -> Int? {
    var lo = 0
    var hi = moduleEnds.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if moduleEnds[mid] <= address { lo = mid + 1 } else { hi = mid }
    }
    guard lo < moduleBases.count, moduleBases[lo] <= address else { return nil }
    return moduleIndices[lo]
  }

  /// Usages for regions asked in address order, for one-pass reports that print no tags: the
  /// allocation claim is looked up once per run of regions with the same AllocationBase.
  struct Cursor {
    let claims: RegionClaims
    private var lastAllocation: UInt64?
    private var lastClaim: (RegionUsage, Int32)?
    /// Index of the first allocation key at or above `lastAllocation`: allocation bases rise with
    /// the regions in a well-formed list, so the search mostly steps forward instead of bisecting.
    private var keyPosition = 0

    init(_ claims: RegionClaims) { self.claims = claims }

    @inline(__always)
    mutating func usage(_ i: Int, _ r: Region) -> RegionUsage {
      let a = claims.allocationBase(of: r)
      if a != lastAllocation {
        lastClaim = claims.allocationClaim(a, rising: (lastAllocation ?? 0) <= a, position: &keyPosition)
        lastAllocation = a
      }
      return claims.claim(i, r, allocation: lastClaim).usage
    }
  }

  /// `allocationClaim(a)` for a caller that asks in rising order: `position` (the first key at or
  /// above the previous value) steps forward while `rising`, and is found by bisection otherwise.
  @inline(__always)
  func allocationClaim(_ a: UInt64, rising: Bool, position: inout Int) -> (RegionUsage, Int32)? {
    guard a >= allocationSpan.low, a <= allocationSpan.high else { return nil }
    if rising {
      while position < allocationKeys.count, allocationKeys[position] < a { position += 1 }
    } else {
      var lo = 0
      var hi = allocationKeys.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if allocationKeys[mid] < a { lo = mid + 1 } else { hi = mid }
      }
      position = lo
    }
    return position < allocationKeys.count && allocationKeys[position] == a ? allocationClaims[position] : nil
  }

  /// The usage and tag index of region `i`; a module found by range gets a new tag.
  func taggedUsage(_ i: Int, _ r: Region) -> (RegionUsage, Int32) {
    let c = claim(i, r)
    guard let m = c.module else { return (c.usage, c.tag) }
    tags.append(.image(module: m))
    return (.image, Int32(tags.count - 1))
  }
}
