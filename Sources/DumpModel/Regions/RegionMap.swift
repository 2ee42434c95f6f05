/// One region of the user address space: a run of pages with the same state, protection and type
/// (`MEMORY_BASIC_INFORMATION`), as `!address` lists it.
public struct Region: Sendable, Equatable {
  public var base: UInt64
  public var size: UInt64
  public var allocationBase: UInt64
  public var allocationProtect: UInt32
  /// `MEM_COMMIT` 0x1000, `MEM_RESERVE` 0x2000, `MEM_FREE` 0x10000.
  public var state: UInt32
  /// `PAGE_*`; 0 for reserved regions, `PAGE_NOACCESS` for free ones.
  public var protect: UInt32
  /// `MEM_PRIVATE` 0x20000, `MEM_MAPPED` 0x40000, `MEM_IMAGE` 0x1000000; 0 for free regions.
  public var type: UInt32

  public init(
    base: UInt64, size: UInt64, allocationBase: UInt64, allocationProtect: UInt32, state: UInt32,
    protect: UInt32, type: UInt32
  ) {
    self.base = base
    self.size = size
    self.allocationBase = allocationBase
    self.allocationProtect = allocationProtect
    self.state = state
    self.protect = protect
    self.type = type
  }

  /// A free region `[base, base+size)` as VirtualQuery reports one (AllocationBase 0, PAGE_NOACCESS).
  public static func free(_ base: UInt64, _ size: UInt64) -> Region {
    Region(base: base, size: size, allocationBase: 0, allocationProtect: 0, state: MemoryConstants.memFree,
      protect: MemoryConstants.pageNoAccess, type: 0)
  }

  /// Exclusive end, saturated at `UInt64.max`.
  public var end: UInt64 {
    let (e, o) = base.addingReportingOverflow(size)
    return o ? UInt64.max : e
  }

  public var isFree: Bool { state == MemoryConstants.memFree }
}

/// `winnt.h` values for regions (nt-layouts.md §1.6).
public enum MemoryConstants {
  public static let memCommit: UInt32 = 0x1000
  public static let memReserve: UInt32 = 0x2000
  public static let memFree: UInt32 = 0x10000
  public static let memPrivate: UInt32 = 0x20000
  public static let memMapped: UInt32 = 0x40000
  public static let memImage: UInt32 = 0x100_0000
  public static let pageNoAccess: UInt32 = 0x01
  public static let pageReadOnly: UInt32 = 0x02
  public static let pageReadWrite: UInt32 = 0x04
  public static let pageExecuteRead: UInt32 = 0x20
}

/// The whole user address space `[0, limit)` as a sorted list of regions with no gaps and no
/// overlaps: what `!address` walks.
///
/// Built from MemoryInfoListStream when the dump has one; hostile input rules: zero-size entries
/// are dropped, entries are sorted by base, an entry that overlaps the previous one is cut to
/// start at its end (dropped when nothing is left), entries are cut at `limit`, and every gap is
/// filled with a free region. Without MemoryInfoList (Wine writes none) the regions are
/// synthesized from the memory ranges (committed, private, read/write) and the module list
/// (committed image, read-only), and `isPartial` is set.
///
/// The user VA limit (`userLimit(...)`) is the exclusive top WinDbg measures %ofTotal against:
/// the two `!address -summary` samples in windbg-output-and-peers.md §1.2 and the seed add up to
/// exactly 0x7FFF'FFFF0000 (x64, Windows 8.1 and later: 128 TB − 64 KB, "128 TB" in %) and
/// 0x7FF'FFFF0000 (Windows 7 x64: 8 TB − 64 KB); every byte from address 0 counts, the first
/// 64 KB free region included. x86 uses 0x7FFF0000 (2 GB), 0xBFFF0000 (3 GB, /LARGEADDRESSAWARE
/// with /3GB) or 0xFFFF0000 (4 GB, large-address-aware under WOW64): the smallest one that holds
/// every region of the dump.
public struct RegionMap: Sendable {
  /// Sorted, contiguous from 0 to `limit`.
  public let regions: [Region]
  /// Exclusive end of the user address space.
  public let limit: UInt64
  /// True when the dump has no MemoryInfoList and regions were synthesized.
  public let isPartial: Bool
  /// Soft problems found while building (overlaps cut, regions past the limit).
  public let warnings: [String]
  /// False when `stop` ended the build early: the regions are then a prefix, not to be used.
  public let isComplete: Bool

  /// Candidate user VA limits, smallest first (see the type's comment).
  public static func limitCandidates(pointerSize: Int) -> [UInt64] {
    pointerSize == 4 ? [0x7FFF_0000, 0xBFFF_0000, 0xFFFF_0000] : [0x7FF_FFFF_0000, 0x7FFF_FFFF_0000]
  }

  /// The user VA limit: at least `minimum`, and the smallest candidate that holds `highestEnd`.
  public static func userLimit(pointerSize: Int, minimum: UInt64, highestEnd: UInt64) -> UInt64 {
    let candidates = limitCandidates(pointerSize: pointerSize)
    let need = max(minimum, highestEnd)
    return candidates.first { $0 >= need } ?? candidates[candidates.count - 1]
  }

  /// Builds the map from MemoryInfoList entries. `stop` is polled every 64K entries (Ctrl-C);
  /// when it returns true the build ends with `isComplete` false.
  public init(infos: [MemoryInfo], limit: UInt64, stop: () -> Bool = { false }) {
    var input: [Region] = []
    input.reserveCapacity(infos.count)
    for (k, i) in infos.enumerated() where i.regionSize > 0 {
      // Stopped: an empty input, and the other initialiser's first poll marks the map incomplete.
      if k & 0xFFFF == 0xFFFF, stop() {
        input = []
        break
      }
      input.append(
        Region(base: i.baseAddress, size: i.regionSize, allocationBase: i.allocationBase,
          allocationProtect: i.allocationProtect, state: i.state, protect: i.protect, type: i.type))
    }
    self.init(regions: input, limit: limit, isPartial: false, stop: stop)
  }

  /// Builds the map from any region list (sorted or not); gaps become free regions. `stop` as
  /// in `init(infos:limit:stop:)`.
  public init(regions input: [Region], limit: UInt64, isPartial: Bool, stop: () -> Bool = { false }) {
    var sorted = input.contains { $0.size == 0 } ? input.filter { $0.size > 0 } : input
    var isSorted = true
    for i in sorted.indices.dropFirst() where sorted[i - 1].base > sorted[i].base {
      isSorted = false
      break
    }
    if !isSorted { sorted.sort { $0.base < $1.base } }
    var out: [Region] = []
    // At most one free gap before each region plus one at the top: reserved once, since
    // growing a million-region array by doubling copies it again and again.
    out.reserveCapacity(sorted.count * 2 + 1)
    var warnings: [String] = []
    var overlaps = 0
    var beyond = 0
    var cursor: UInt64 = 0
    var complete = !stop()
    for (k, var r) in sorted.enumerated() where complete {
      if k & 0xFFFF == 0xFFFF, stop() {
        complete = false
        break
      }
      if r.base >= limit {
        beyond += 1
        continue
      }
      if r.base < cursor {
        let end = r.end
        guard end > cursor else {
          overlaps += 1
          continue
        }
        overlaps += 1
        r.base = cursor
        r.size = end - cursor
      }
      if r.end > limit {
        beyond += 1
        r.size = limit - r.base
      }
      if r.base > cursor { out.append(.free(cursor, r.base - cursor)) }
      out.append(r)
      cursor = r.end
    }
    if cursor < limit { out.append(.free(cursor, limit - cursor)) }
    if overlaps > 0 { warnings.append("\(overlaps) memory region(s) overlap an earlier one; the overlap was cut") }
    if beyond > 0 {
      warnings.append("\(beyond) memory region(s) reach past the user address limit 0x\(hex(limit)); cut there")
    }
    regions = out
    self.limit = limit
    self.isPartial = isPartial
    self.warnings = warnings
    isComplete = complete
  }

  /// Regions synthesized from memory ranges and modules (no MemoryInfoList): module images as
  /// committed MEM_IMAGE (their ranges win over memory ranges), other memory ranges as committed
  /// MEM_PRIVATE PAGE_READWRITE, each its own allocation.
  public static func synthesized(ranges: [MemoryRange], modules: [DumpModule], limit: UInt64) -> RegionMap {
    var out: [Region] = []
    let images = modules.filter { $0.size > 0 }.sorted { $0.base < $1.base }
    for m in images {
      out.append(
        Region(base: m.base, size: m.end - m.base, allocationBase: m.base,
          allocationProtect: MemoryConstants.pageExecuteRead, state: MemoryConstants.memCommit,
          protect: MemoryConstants.pageReadOnly, type: MemoryConstants.memImage))
    }
    // Memory ranges outside images: merge touching ranges into one region.
    var pieces: [(UInt64, UInt64)] = []
    for r in ranges.filter({ $0.size > 0 }).sorted(by: { $0.address < $1.address }) {
      if let last = pieces.last, r.address <= last.1 {
        pieces[pieces.count - 1].1 = max(last.1, r.end)
      } else {
        pieces.append((r.address, r.end))
      }
    }
    var j = 0
    for (start, end) in pieces {
      // Subtract module images from [start, end).
      var s = start
      while j < images.count, images[j].end <= s { j += 1 }
      var k = j
      while s < end {
        if k < images.count, images[k].base < end {
          if images[k].base > s { out.append(privatePiece(s, images[k].base)) }
          s = max(s, images[k].end)
          k += 1
        } else {
          out.append(privatePiece(s, end))
          s = end
        }
      }
    }
    let highest = out.map(\.end).max() ?? 0
    return RegionMap(regions: out, limit: max(limit, min(highest, limit)), isPartial: true)
  }

  private static func privatePiece(_ s: UInt64, _ e: UInt64) -> Region {
    Region(base: s, size: e - s, allocationBase: s, allocationProtect: MemoryConstants.pageReadWrite,
      state: MemoryConstants.memCommit, protect: MemoryConstants.pageReadWrite, type: MemoryConstants.memPrivate)
  }

  /// Index of the region holding `address`, or nil at or above `limit`.
  public func index(containing address: UInt64) -> Int? {
    var lo = 0
    var hi = regions.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if regions[mid].end <= address { lo = mid + 1 } else { hi = mid }
    }
    guard lo < regions.count, regions[lo].base <= address else { return nil }
    return lo
  }
}
