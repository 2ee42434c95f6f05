/// Per-heap expectations for `--describe-json`, computed from the heap plans (which come from the
/// scenario and seed), never from written bytes: Tests/crosscheck/heapcheck.py walks the dump's heaps
/// with its own decoding and compares what it finds with these numbers.
public struct HeapDescription: Codable, Sendable {
  public struct Segment: Codable, Sendable {
    public var base: UInt64
    public var reserve: UInt64
    public var committed: UInt64
    public var firstEntry: UInt64
    public var lastValidEntry: UInt64
    /// Blocks from FirstEntry (the header block is not counted).
    public var blocks: Int
    public var busyBlocks: Int
    public var freeBlocks: Int
    public var uncommittedBytes: UInt64
    /// Size in granules of every block from FirstEntry, in address order (omitted above 20000 blocks).
    public var blockSizes: [UInt64]?
  }
  public struct VirtualBlock: Codable, Sendable {
    public var address: UInt64
    public var requested: UInt64
    public var commitSize: UInt64
    public var reserveSize: UInt64
    public var traceIndex: UInt16
  }
  public struct Corruption: Codable, Sendable {
    public var address: UInt64
    public var how: String
  }

  public var index: Int
  public var name: String
  public var base: UInt64
  public var flags: UInt32
  public var segments: [Segment]
  public var busyBlocks: Int
  public var freeBlocks: Int
  /// _HEAP.TotalFreeSize: Σ free block sizes in granules.
  public var totalFreeGranules: UInt64
  /// Σ requested bytes of busy back-end blocks.
  public var requestedBytes: UInt64
  /// Busy back-end blocks per +ust trace index ("0": none).
  public var busyTraceCounts: [String: Int]
  public var virtualBlocks: [VirtualBlock]
  public var corruptions: [Corruption]
  /// The LFH front end (absent without `lfh: true`). Its metadata and user-block back-end blocks are
  /// counted above as busy back-end blocks.
  public var lfh: LfhDescription?

  init(_ plan: HeapPlan) {
    index = plan.index
    name = plan.name
    base = plan.base
    flags = plan.flags
    segments = plan.segments.map { segment in
      let blocks = segment.blocks.filter { !$0.isHeader }
      return Segment(
        base: segment.base, reserve: segment.reserve, committed: segment.committed, firstEntry: segment.firstEntry,
        lastValidEntry: segment.end, blocks: blocks.count, busyBlocks: blocks.filter(\.busy).count,
        freeBlocks: blocks.filter { !$0.busy }.count, uncommittedBytes: segment.uncommittedBytes,
        blockSizes: blocks.count > 20_000 ? nil : blocks.map(\.granules))
    }
    let all = plan.allocationBlocks
    busyBlocks = all.filter(\.busy).count
    freeBlocks = all.count - busyBlocks
    totalFreeGranules = plan.totalFreeGranules
    requestedBytes = all.reduce(0) { $0 + $1.requested }
    var counts: [String: Int] = [:]
    for block in all where block.busy { counts[String(block.traceIndex), default: 0] += 1 }
    busyTraceCounts = counts
    virtualBlocks = plan.virtualBlocks.map {
      VirtualBlock(
        address: $0.base, requested: $0.requested, commitSize: $0.commitSize, reserveSize: $0.reserveSize,
        traceIndex: $0.traceIndex)
    }
    corruptions = plan.corruptions.map { Corruption(address: all[$0.block].address, how: $0.kind.rawValue) }
    lfh = plan.lfh.map(LfhDescription.init)
  }
}

/// The +ust database expectation: where it is and what each trace holds.
public struct StackTraceDatabaseDescription: Codable, Sendable {
  public struct Trace: Codable, Sendable {
    public var index: UInt16
    public var frames: [UInt64]
    public var count: UInt64
  }
  public var address: UInt64
  public var traces: [Trace]
}
