/// Where every block of one NT heap goes, decided from the scenario (and the seed) before any byte
/// is written. The writer (`HeapWriter`) turns a plan into bytes; `--describe-json` reports the plan,
/// so the independent Python check compares the bytes against the scenario's intent.
public struct HeapPlan: Sendable {
  public struct Block: Sendable {
    public var address: UInt64
    /// Size in 16-byte granules (header included).
    public var granules: UInt64
    public var busy: Bool
    /// Bytes the program asked for (busy blocks; 0 for free blocks and header blocks).
    public var requested: UInt64
    /// Heap/segment header block (busy, UnusedBytes 1, not counted as an allocation).
    public var isHeader: Bool = false
    public var lastEntry: Bool = false
    /// 1-based +ust trace index (0: none).
    public var traceIndex: UInt16 = 0
    public var fill: RegionFill? = nil
    /// With `EXTRA_PRESENT`: a _HEAP_ENTRY_EXTRA in the last granule.
    public var hasExtra: Bool = false
    /// Bytes per granule: 16 on x64, 8 on x86 (nt-layouts.md §3.2).
    public var granule: UInt64 = HeapConstants.granularity
    /// Part of the LFH front end (its metadata or a subsegment's user blocks), not a program allocation.
    public var lfhRole: LfhRole = .none

    public var bytes: UInt64 { granules * granule }
    public var end: UInt64 { address + bytes }
  }

  /// What an LFH-owned back-end block holds (`LfhPlan`).
  public enum LfhRole: Sendable, Equatable {
    case none
    case metadata
    /// User blocks of subsegment N (index into `LfhPlan.subsegments`).
    case userBlocks(Int)
  }

  public struct Segment: Sendable {
    public var base: UInt64
    public var reserve: UInt64
    public var committed: UInt64
    /// First block after the header block.
    public var firstEntry: UInt64
    /// The header block first, then the blocks from FirstEntry to the committed end.
    public var blocks: [Block]
    public var end: UInt64 { base + reserve }
    public var uncommittedBytes: UInt64 { reserve - committed }
  }

  public struct VirtualBlock: Sendable {
    public var base: UInt64
    public var requested: UInt64
    public var commitSize: UInt64
    public var reserveSize: UInt64
    public var traceIndex: UInt16
  }

  public var name: String
  public var index: Int
  public var base: UInt64
  /// _HEAP.Flags as written (+ust adds HEAP_CAPTURE_STACK_BACKTRACES).
  public var flags: UInt32
  /// _HEAP.Encoding key bytes for entry +0x08..+0x0F (the last two are zero, §3.4 item 3).
  public var encodingKey: [UInt8]
  public var segments: [Segment]
  public var virtualBlocks: [VirtualBlock]
  /// Byte layout inside the heap header block of segment 0.
  public var headerLayout: HeapHeaderLayout
  /// Corruptions to apply: (index into `allocationBlocks`, kind).
  public var corruptions: [(block: Int, kind: HeapCorruptionSpec.Kind)]
  /// The LFH front end (`lfh: true`), nil for a back-end-only heap.
  public var lfh: LfhPlan? = nil

  /// Back-end blocks that are not header blocks, in address order (what `corrupt.block` counts).
  public var allocationBlocks: [Block] { segments.flatMap { $0.blocks.filter { !$0.isHeader } } }
  /// Free blocks in FreeLists order: by size, then address (§3.6 step 6: the list is size-sorted).
  public var freeBlocksInListOrder: [Block] {
    segments.flatMap { $0.blocks.filter { !$0.busy } }.sorted {
      $0.granules != $1.granules ? $0.granules < $1.granules : $0.address < $1.address
    }
  }
  public var totalFreeGranules: UInt64 { segments.flatMap(\.blocks).filter { !$0.busy }.reduce(0) { $0 + $1.granules } }
  public var capturesStacks: Bool { flags & HeapConstants.captureStackBacktraces != 0 }
}

/// Offsets (from the heap base) of what the forge places inside the heap header block: `_HEAP`,
/// then the first-level `_HEAP_LIST_LOOKUP` with its ListsInUseUlong bitmap and ListHints array,
/// the `_HEAP_UCR_DESCRIPTOR`s and the lock. Windows allocates these from the heap too; keeping
/// them inside the (busy) header block keeps the block walk valid. Our choice, not a Windows layout.
public struct HeapHeaderLayout: Sendable {
  public var listLookup: Int
  public var listsInUse: Int
  public var listHints: Int
  public var ucrDescriptors: Int
  public var lock: Int
  public var size: Int

  /// x86 (`pointerSize` 4): sizeof(_HEAP_LIST_LOOKUP) 0x24, sizeof(_HEAP_UCR_DESCRIPTOR) 0x18 (§3.3).
  init(heapSize: Int, ucrCount: Int, pointerSize: Int = 8) {
    let x86 = pointerSize == 4
    listLookup = (heapSize + 15) / 16 * 16
    listsInUse = listLookup + (x86 ? 0x24 + 4 : HeapConstants.listLookupSize + 8)  // 8-/16-aligned
    listHints = listsInUse + Int(HeapConstants.listLookupArraySize) / 8
    ucrDescriptors = listHints + Int(HeapConstants.listLookupArraySize) * pointerSize
    lock = ucrDescriptors + max(1, ucrCount) * (x86 ? 0x18 : HeapConstants.ucrDescriptorSize)
    size = lock + 0x40
  }
}
