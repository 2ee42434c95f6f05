/// `heaps:` as parsed from a scenario (Docs/scenario-format.md, "heaps[]"). The first heap is the
/// process heap (PEB.ProcessHeap = ProcessHeaps[0]).
public struct HeapSpec: Sendable {
  public var name: String
  /// Heap base (= segment 0), 64K aligned; nil: placed automatically.
  public var base: UInt64?
  /// `_HEAP.Flags` before +ust is applied (process heap default 0x2 HEAP_GROWABLE, other heaps
  /// 0x1002 = HEAP_CLASS_1 | HEAP_GROWABLE as HeapCreate makes them).
  public var flags: UInt32
  /// Segment 0 reservation and minimum commit (bytes; the commit grows to hold the blocks).
  public var reserve: UInt64
  public var commit: UInt64
  public var lfh: Bool
  /// Extra segments, in SegmentList order after segment 0.
  public var segments: [HeapSegmentSpec]
  public var allocations: [HeapAllocationGroup]
  public var corruptions: [HeapCorruptionSpec]
  public var location: String
}

public struct HeapSegmentSpec: Sendable {
  public var base: UInt64?
  public var reserve: UInt64
  public var commit: UInt64
}

/// Requested sizes of one allocation group.
public enum HeapSizeRule: Sendable, Equatable {
  case fixed(UInt64)
  /// Cycled through in order.
  case list([UInt64])
  /// Seeded uniform choice in [min, max].
  case range(min: UInt64, max: UInt64)
}

/// How many blocks of a group end up freed (seeded choice of which ones).
public enum HeapFreedRule: Sendable, Equatable {
  case count(Int)
  case fraction(Double)

  func count(of total: Int) -> Int {
    switch self {
    case .count(let value): return min(value, total)
    case .fraction(let value): return min(total, Int((Double(total) * value).rounded()))
    }
  }
}

public struct HeapAllocationGroup: Sendable {
  public var count: Int
  public var size: HeapSizeRule
  public var freed: HeapFreedRule
  /// Allocation stack (innermost first) stored in the +ust database.
  public var stack: [ValueExpression]
  public var fill: RegionFill?
  public var location: String
}

/// `corrupt: [{block: N, how: checksum|size|prevsize}]`: block N of the heap's back-end blocks
/// (0-based, in address order over all segments, heap/segment header blocks not counted).
public struct HeapCorruptionSpec: Sendable, Equatable {
  public enum Kind: String, Sendable, CaseIterable { case checksum, size, prevsize }
  public var block: Int
  public var kind: Kind
}
