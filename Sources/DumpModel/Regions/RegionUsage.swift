/// What a region is used for, as `!address` names it (windbg-output-and-peers.md §1.2–1.3).
public enum RegionUsage: UInt8, Sendable, CaseIterable {
  case free
  case image
  case stack
  case teb
  case peb
  case heap
  case pageHeap
  case other
  case unknown

  /// The name in the Usage column and the summary (`<unknown>` for unclassified busy memory).
  public var name: String {
    switch self {
    case .free: return "Free"
    case .image: return "Image"
    case .stack: return "Stack"
    case .teb: return "TEB"
    case .peb: return "PEB"
    case .heap: return "Heap"
    case .pageHeap: return "PageHeap"
    case .other: return "Other"
    case .unknown: return "<unknown>"
    }
  }
}

/// The detail behind a region's usage; `!address` prints it in brackets after the usage.
public enum RegionTag: Sendable, Equatable {
  /// Index into the module list.
  case image(module: Int)
  /// Index into the thread list.
  case stack(thread: Int)
  case teb(thread: Int)
  case peb
  /// `ID` is the index in PEB.ProcessHeaps, `handle` the heap's address.
  case heap(id: Int, handle: UInt64, kind: HeapRegionKind)
  /// `User Shared Data`, `API Set Map`, `NLS Tables`, ...
  case other(String)
}

/// Which part of a heap a region holds.
public enum HeapRegionKind: Sendable, Equatable {
  case segment
  case largeBlock
  case frontEnd

  public var name: String {
    switch self {
    case .segment: return "Segment"
    case .largeBlock: return "Large Block"
    case .frontEnd: return "Front End"
    }
  }
}

/// The region map with a usage for every region, built once per dump (`Dump.classifiedRegions`)
/// and shared by every `!address` call.
public struct ClassifiedRegions: Sendable {
  public let map: RegionMap
  /// One per region of `map`.
  public let usages: [RegionUsage]
  /// One per region: an index into `tags`, or -1.
  public let tagIndex: [Int32]
  public let tags: [RegionTag]
  /// The PEB address, when known.
  public let peb: UInt64?

  public init(map: RegionMap, usages: [RegionUsage], tagIndex: [Int32], tags: [RegionTag], peb: UInt64?) {
    self.map = map
    self.usages = usages
    self.tagIndex = tagIndex
    self.tags = tags
    self.peb = peb
  }

  /// The tag of region `i`, if any.
  public func tag(_ i: Int) -> RegionTag? {
    let t = Int(tagIndex[i])
    return t >= 0 && t < tags.count ? tags[t] : nil
  }
}
