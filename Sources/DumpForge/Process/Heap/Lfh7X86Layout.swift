/// Win7 SP1 x86 LFH front-end field offsets and constants.
/// Sources: nt-layouts.md §3.7 (Win7 x86 `_HEAP_SUBSEGMENT` [C] and `_HEAP_USERDATA_HEADER`
/// paragraph, the `_LFH_BLOCK_ZONE` row's "x86 zone hdr 0x10", the "Block header → subsegment" x86
/// formula), §3.1 Win7 x86 column (FrontEndHeap 0xD4 / FrontEndHeapType 0xDA, in
/// HeapOffsets.win7SP1X86), §3.3 x86 column (8-byte `_HEAP_ENTRY`, UnusedBytes +0x07), §3.5; the
/// `_LFH_HEAP`, `_LFH_BLOCK_ZONE`, `_HEAP_LOCAL_DATA` and `_HEAP_LOCAL_SEGMENT_INFO` x86 offsets
/// are read from ntdiff/headers `Win7_SP1/x86/System32/ntdll.dll/ALL_SORTED.h` (the reference
/// has no x86 column for them). Written independently of DumpModel and of Lfh7Layout (x64).
enum Lfh7X86Layout {
  /// FrontEndHeapType 2 = LFH (§3.1 row "FrontEndHeapType").
  static let frontEndTypeLfh: UInt8 = 2
  // _LFH_HEAP (0x3728): Lock +0 (critical section, 0x18), SubSegmentZones +0x18, ZoneBlockSize
  // u32 +0x20, Heap +0x24, SegmentCreate +0x2C, SegmentDelete +0x34, Buckets[128] +0x110,
  // LocalData[1] +0x310.
  static let lfhHeapSize = 0x3728
  static let lfhSubSegmentZones = 0x18
  static let lfhZoneBlockSize = 0x20
  static let lfhHeap = 0x24
  static let lfhSegmentCreate = 0x2C
  static let lfhSegmentDelete = 0x34
  /// Buckets[128], `_HEAP_BUCKET` (4 bytes: BlockUnits u16, SizeIndex u8, flag bits u8).
  static let lfhBuckets = 0x110
  /// LocalData[1] (`_HEAP_LOCAL_DATA`, 0x3418), which embeds SegmentInfo[128] (0x68 each) at +0x18.
  static let lfhLocalData = 0x310
  static let localDataSegmentInfo = 0x18

  // _LFH_BLOCK_ZONE (0x10): ListEntry +0, FreePointer +0x08, Limit +0x0C; subsegments from
  // zone + 0x10 ("x86 zone hdr 0x10", §3.7) up to FreePointer.
  static let zoneFreePointer = 0x08
  static let zoneLimit = 0x0C
  static let zoneFirstSubsegment = 0x10

  // _HEAP_LOCAL_SEGMENT_INFO (0x68): Hint +0, ActiveSubsegment +0x04, LocalData +0x58, BucketIndex +0x60.
  static let segmentInfoSize = 0x68
  static let segmentInfoActiveSubsegment = 0x04
  static let segmentInfoLocalData = 0x58
  static let segmentInfoBucketIndex = 0x60

  // _HEAP_SUBSEGMENT (0x20), §3.7 Win7 x86 paragraph [C].
  static let subsegmentSize = 0x20
  static let subsegmentLocalInfo = 0x00
  static let subsegmentUserBlocks = 0x04
  /// AggregateExchg (_INTERLOCK_SEQ, 8 bytes): Depth u16 +0x08 (free blocks), FreeEntryOffset u16
  /// +0x0A (first free block), Sequence u32 +0x0C.
  static let subsegmentDepth = 0x08
  static let subsegmentFreeEntryOffset = 0x0A
  static let subsegmentBlockSize = 0x10
  static let subsegmentFlags = 0x12
  static let subsegmentBlockCount = 0x14
  static let subsegmentSizeIndex = 0x16

  // _HEAP_USERDATA_HEADER (0x10), §3.7: SubSegment +0, Reserved +4, SizeIndex u32 +8, Signature
  // u32 +0xC (its Win7 value is unverified, §7.3: left 0).
  static let userDataSubSegment = 0x00
  static let userDataSizeIndex = 0x08
  static let userDataHeaderSize: UInt64 = 0x10

  // LFH block header (8 bytes, §3.3 x86 column).
  /// SubSegmentCode u32 at +0x00 (the union over Size/Flags/SmallTagIndex).
  static let blockCode = 0x00
  /// UnusedBytes +0x07: 0x80 | unused count when busy, 0x80 when free (§3.5, §3.7).
  static let blockUnusedBytes = 0x07
  /// User data follows the 8-byte header.
  static let blockHeaderSize: UInt64 = 0x08
  static let lfhBlockFlag: UInt8 = 0x80
  /// A free block's FreeEntryOffset u16 in its first user bytes (§3.7 "Busy/free" row); unit and
  /// end marker are ours, as on x64: 8-byte granules from UserBlocks, 0xFFFF ends the chain.
  static let freeEntryOffsetEnd: UInt16 = 0xFFFF

  /// SubSegmentCode, inverting §3.7's Win7 x86 decode (per S7 syringe, a third-party source;
  /// UNVERIFIED on a real dump, §7.3): SubSegment = SubSegmentCode ^ RtlpLFHKey ^ Heap ^
  /// (Block >> 3), all 32-bit, so SubSegmentCode = SubSegment ^ RtlpLFHKey ^ Heap ^ (Block >> 3).
  static func blockCode(key: UInt64, heap: UInt64, block: UInt64, subsegment: UInt64) -> UInt32 {
    UInt32(truncatingIfNeeded: subsegment ^ key ^ heap ^ (block >> 3))
  }
}
