/// The LFH expectation of one heap for `--describe-json`, computed from the `LfhPlan` (scenario and
/// seed), never from written bytes: Tests/crosscheck/heapcheck.py decodes the front end with the key
/// (`lfhKey` at the top level) and compares it with these numbers. `layout` says which structures
/// were written: `win10-2004-x64` (EncodedOffsets, BusyBitmap), `win7sp1-x64` (first block at
/// UserBlocks + 0x20, no bitmap) or `win7sp1-x86` (8-byte granules, first block at UserBlocks +
/// 0x10, no bitmap; nt-layouts.md §3.7).
public struct LfhDescription: Codable, Sendable {
  public struct Subsegment: Codable, Sendable {
    public var address: UInt64
    /// `_HEAP_USERDATA_HEADER` address (the back-end block's user pointer).
    public var userBlocks: UInt64
    public var sizeIndex: Int
    /// BlockSize in granules; BlockStride = blockSize × 16 (win7sp1-x86: × 8).
    public var blockSize: UInt64
    public var blockCount: Int
    /// Win10: from EncodedOffsets (0x40 here); Win7: sizeof(_HEAP_USERDATA_HEADER) = 0x20 (x86 0x10).
    public var firstAllocationOffset: UInt64
    public var busyBlocks: Int
    public var freeBlocks: Int
    /// Indexes of the busy blocks (BusyBitmap bits set on Win10; UnusedBytes low bits on Win7).
    public var busyIndexes: [Int]
    /// Σ requested bytes of the busy blocks.
    public var requestedBytes: UInt64
  }

  /// `win10-2004-x64`, `win7sp1-x64` or `win7sp1-x86`: the structures written.
  public var layout: String
  /// Whether the user blocks carry a BusyBitmap (Win10 yes, Win7 no).
  public var busyBitmap: Bool
  /// `_LFH_HEAP` (= `_HEAP.FrontEndHeap`) and its `_LFH_BLOCK_ZONE`.
  public var address: UInt64
  public var zone: UInt64
  public var subsegments: [Subsegment]
  public var busyBlocks: Int
  public var freeBlocks: Int
  public var requestedBytes: UInt64

  init(_ plan: LfhPlan) {
    layout = plan.x86 ? "win7sp1-x86" : plan.windows7 ? "win7sp1-x64" : "win10-2004-x64"
    busyBitmap = !plan.windows7
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
