/// The LFH expectation of one heap for `--describe-json`, computed from the `LfhPlan` (scenario and
/// seed), never from written bytes: Tests/crosscheck/heapcheck.py decodes the front end with the key
/// (`lfhKey` at the top level) and compares it with these numbers.
public struct LfhDescription: Codable, Sendable {
  public struct Subsegment: Codable, Sendable {
    public var address: UInt64
    /// `_HEAP_USERDATA_HEADER` address (the back-end block's user pointer).
    public var userBlocks: UInt64
    public var sizeIndex: Int
    /// BlockSize in 16-byte granules; BlockStride = blockSize × 16.
    public var blockSize: UInt64
    public var blockCount: Int
    public var firstAllocationOffset: UInt64
    public var busyBlocks: Int
    public var freeBlocks: Int
    /// Indexes of the busy blocks (BusyBitmap bits set).
    public var busyIndexes: [Int]
    /// Σ requested bytes of the busy blocks.
    public var requestedBytes: UInt64
  }

  /// `_LFH_HEAP` (= `_HEAP.FrontEndHeap`) and its `_LFH_BLOCK_ZONE`.
  public var address: UInt64
  public var zone: UInt64
  public var subsegments: [Subsegment]
  public var busyBlocks: Int
  public var freeBlocks: Int
  public var requestedBytes: UInt64

  init(_ plan: LfhPlan) {
    address = plan.address
    zone = plan.zone
    subsegments = plan.subsegments.map { subsegment in
      let busy = subsegment.slots.indices.filter { subsegment.slots[$0].busy }
      return Subsegment(
        address: subsegment.address, userBlocks: subsegment.userBlocks, sizeIndex: subsegment.sizeIndex,
        blockSize: subsegment.blockGranules, blockCount: subsegment.slots.count,
        firstAllocationOffset: subsegment.firstAllocationOffset, busyBlocks: busy.count,
        freeBlocks: subsegment.slots.count - busy.count, busyIndexes: busy,
        requestedBytes: subsegment.slots.reduce(0) { $0 + $1.requested })
    }
    busyBlocks = subsegments.reduce(0) { $0 + $1.busyBlocks }
    freeBlocks = subsegments.reduce(0) { $0 + $1.freeBlocks }
    requestedBytes = subsegments.reduce(0) { $0 + $1.requestedBytes }
  }
}
