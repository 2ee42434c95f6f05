/// Win7 SP1 x64 LFH front-end field offsets and constants.
/// Source: nt-layouts.md §3.7, Win7 x64 column (ntdiff/headers `Win7_SP1/x64/System32/ntdll.dll/
/// ALL_SORTED.h`), §3.1 for the `_HEAP` front-end fields (FrontEndHeap 0x178 / FrontEndHeapType
/// 0x182, in HeapOffsets.win7SP1), §3.5 for UnusedBytes. Written independently of DumpModel (and of
/// the Win10 table in LfhLayout.swift) on purpose.
enum Lfh7Layout {
  /// FrontEndHeapType 2 = LFH (§3.1 row "FrontEndHeapType").
  static let frontEndTypeLfh: UInt8 = 2
  // _LFH_HEAP (0x6420), §3.7 Win7 x64 column.
  static let lfhHeapSize = 0x6420
  static let lfhSubSegmentZones = 0x028
  static let lfhZoneBlockSize = 0x038
  static let lfhHeap = 0x040
  static let lfhSegmentCreate = 0x04C
  static let lfhSegmentDelete = 0x054
  /// Buckets[128], `_HEAP_BUCKET` (4 bytes: BlockUnits u16, SizeIndex u8, flag bits u8).
  static let lfhBuckets = 0x1F0
  static let bucketCount = 128
  /// LocalData[1] (`_HEAP_LOCAL_DATA`), which embeds SegmentInfo[128] (0xC0 each) at +0x30.
  static let lfhLocalData = 0x3F0
  static let localDataSegmentInfo = 0x30

  // _LFH_BLOCK_ZONE (0x20): ListEntry +0, FreePointer +0x10, Limit +0x18; subsegments from zone+0x20
  // up to FreePointer (§3.7 [T: S8]).
  static let zoneFreePointer = 0x10
  static let zoneLimit = 0x18
  static let zoneFirstSubsegment = 0x20
  /// Free subsegment slots left between FreePointer and Limit (our choice: room for two more).
  static let zoneSpareSlots = 2

  // _HEAP_LOCAL_SEGMENT_INFO (0xC0), Win7 x64 column of §3.7.
  static let segmentInfoSize = 0xC0
  static let segmentInfoActiveSubsegment = 0x08
  static let segmentInfoLocalData = 0xA8
  static let segmentInfoBucketIndex = 0xB4

  // _HEAP_SUBSEGMENT (0x30), §3.7.
  static let subsegmentSize = 0x30
  static let subsegmentLocalInfo = 0x00
  static let subsegmentUserBlocks = 0x08
  /// AggregateExchg (_INTERLOCK_SEQ, 8 bytes): Depth u16 +0x10 (free blocks), FreeEntryOffset u16
  /// +0x12 (first free block), Sequence u32 +0x14.
  static let subsegmentDepth = 0x10
  static let subsegmentFreeEntryOffset = 0x12
  static let subsegmentBlockSize = 0x18
  static let subsegmentFlags = 0x1A
  static let subsegmentBlockCount = 0x1C
  static let subsegmentSizeIndex = 0x1E

  // _HEAP_USERDATA_HEADER (0x20), §3.7: SubSegment +0, Reserved +8, SizeIndex u64 +0x10, Signature
  // u64 +0x18 (its Win7 value is unverified, §7.3: left 0). No EncodedOffsets, no BusyBitmap.
  static let userDataSubSegment = 0x00
  static let userDataSizeIndex = 0x10
  static let userDataHeaderSize: UInt64 = 0x20

  // LFH block header (16 bytes), §3.7 "LFH block addressing and decoding", Win7 column.
  /// The header qword at +0x08 whose low 40 bits encode the subsegment.
  static let blockCode = 0x08
  /// UnusedBytes +0x0F: 0x80 | unused count when busy, 0x80 when free (§3.5, §3.7).
  static let blockUnusedBytes = 0x0F
  static let lfhBlockFlag: UInt8 = 0x80
  /// A free Win7 block keeps a FreeEntryOffset u16 in its first user bytes (§3.7 "Busy/free" row).
  /// Its unit and end marker are not in the reference; ours: 16-byte granules from UserBlocks, 0xFFFF
  /// ends the chain.
  static let freeEntryOffsetEnd: UInt16 = 0xFFFF
  static let mask40: UInt64 = 0xFF_FFFF_FFFF

  /// The low 40 bits of the header qword at +0x08, inverting §3.7's Win7 x64 decode (per S7
  /// syringe; UNVERIFIED on a real dump, §7.3): SubSegment = (((Block ^ Heap) >> 4) ^ low40 ^
  /// RtlpLFHKey) << 4, so low40 = ((Block ^ Heap) >> 4) ^ (SubSegment >> 4) ^ RtlpLFHKey, masked
  /// to 40 bits. The forge's Win7 key has no bits above 40 (as the seed's `0x0000004c4f657ebf`),
  /// so the decode gives the subsegment back exactly.
  static func blockCode(key: UInt64, heap: UInt64, block: UInt64, subsegment: UInt64) -> UInt64 {
    (((block ^ heap) >> 4) ^ (subsegment >> 4) ^ key) & mask40
  }
}
