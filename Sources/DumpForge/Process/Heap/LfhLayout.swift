/// Win10 2004 x64 LFH front-end field offsets and constants (Win11 assumed identical, as for `_HEAP`).
/// Source: nt-layouts.md §3.7 (ntdiff/headers `Win10_2004_20H1/x64/System32/ntdll.dll/ALL_SORTED.h`
/// for the struct offsets; S7 syringe heaptypes.py, S8 dlg_help_utils and S9 decompiled ntdll for the
/// encodings, marked [T] there), §3.1 for the `_HEAP` front-end fields, §3.2 for the signature.
/// Written independently of DumpModel on purpose.
enum LfhLayout {
  // _HEAP front-end fields, Win10 2004 x64 (§3.1; FrontEndHeap/FrontEndHeapType are in HeapOffsets).
  static let heapRequestedFrontEndHeapType = 0x1A3
  /// FrontEndHeapType 2 = LFH (§3.1 row "FrontEndHeapType").
  static let frontEndTypeLfh: UInt8 = 2

  // _LFH_HEAP (0xCF0), §3.7.
  static let lfhHeapSize = 0xCF0
  static let lfhSubSegmentZones = 0x008
  static let lfhHeap = 0x018
  static let lfhSegmentCreate = 0x038
  static let lfhSegmentDelete = 0x03C
  /// Buckets[129], `_HEAP_BUCKET` (4 bytes: BlockUnits u16, SizeIndex u8, flag bits u8).
  static let lfhBuckets = 0x2A4
  static let bucketCount = 129
  /// SegmentInfoArrays[129] → `_HEAP_LOCAL_SEGMENT_INFO`.
  static let lfhSegmentInfoArrays = 0x4A8
  /// LocalData[1] (`_HEAP_LOCAL_DATA`); its fields are not in §3.7 and stay zero.
  static let lfhLocalData = 0xCC0

  // _LFH_BLOCK_ZONE (0x18): ListEntry +0, NextIndex i32 +0x10; subsegments from zone+0x20 (§3.7 [T: S8]).
  static let zoneNextIndex = 0x10
  static let zoneFirstSubsegment = 0x20

  // _HEAP_LOCAL_SEGMENT_INFO (0xC0 per §3.7's Win7 size; Win10 field offsets from the same row).
  static let segmentInfoSize = 0xC0
  static let segmentInfoLocalData = 0x00
  static let segmentInfoActiveSubsegment = 0x08
  static let segmentInfoBucketIndex = 0xAC

  // _HEAP_SUBSEGMENT (0x40), §3.7.
  static let subsegmentSize = 0x40
  static let subsegmentLocalInfo = 0x00
  static let subsegmentUserBlocks = 0x08
  /// AggregateExchg (_INTERLOCK_SEQ, 4 bytes): Depth u16 (free blocks — INFERRED), Hint:15/Lock:1 u16.
  static let subsegmentDepth = 0x20
  static let subsegmentBlockSize = 0x24
  static let subsegmentFlags = 0x26
  static let subsegmentBlockCount = 0x28
  static let subsegmentSizeIndex = 0x2A

  // _HEAP_USERDATA_HEADER (0x38 + BitmapData), §3.7.
  static let userDataSubSegment = 0x00
  static let userDataSizeIndex = 0x10
  static let userDataSignature = 0x14
  static let userDataEncodedOffsets = 0x18
  /// BusyBitmap (_RTL_BITMAP_EX): SizeOfBitMap u64 +0x20, Buffer ptr +0x28.
  static let userDataBitmapSize = 0x20
  static let userDataBitmapBuffer = 0x28
  static let userDataBitmapData = 0x30
  /// §3.2: `_HEAP_USERDATA_HEADER.Signature` (Win8+).
  static let userDataSignatureValue: UInt32 = 0xF0E0_D0C0

  // LFH block header (16 bytes like `_HEAP_ENTRY`), §3.7 "LFH block addressing and decoding" [T].
  /// dword at +0x08 = RtlpLFHKey ^ (u32)Heap ^ (u32)(Block >> 4) ^ ((Block − UserBlocks) << 12).
  static let blockCode = 0x08
  /// Block index u16 at +0x0D..+0x0E.
  static let blockIndex = 0x0D
  /// UnusedBytes +0x0F: 0x80 marks an LFH block (§3.5); busy ⇔ low 6 bits != 0 (the unused-byte
  /// count, INFERRED to be counted as for the back end: block bytes − requested); free = 0x80.
  static let blockUnusedBytes = 0x0F
  static let lfhBlockFlag: UInt8 = 0x80

  /// The dword a Win8+ x64 LFH block header holds at +0x08 (§3.7 inverse of the decode formula).
  static func blockCode(key: UInt64, heap: UInt64, block: UInt64, userBlocks: UInt64) -> UInt32 {
    UInt32(truncatingIfNeeded: key) ^ UInt32(truncatingIfNeeded: heap) ^ UInt32(truncatingIfNeeded: block >> 4)
      ^ UInt32(truncatingIfNeeded: (block - userBlocks) << 12)
  }

  /// EncodedOffsets = (FirstAllocationOffset | BlockStride << 16) ^ (u32)UserBlocks ^ (u32)LFH_HEAP ^
  /// RtlpLFHKey (§3.7 [T: S8, S7, S9]).
  static func encodedOffsets(key: UInt64, lfh: UInt64, userBlocks: UInt64, first: UInt64, stride: UInt64) -> UInt32 {
    UInt32(truncatingIfNeeded: first | stride << 16) ^ UInt32(truncatingIfNeeded: userBlocks)
      ^ UInt32(truncatingIfNeeded: lfh) ^ UInt32(truncatingIfNeeded: key)
  }
}
