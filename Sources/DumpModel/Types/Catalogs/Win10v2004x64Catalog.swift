/// Windows 10 2004+ and Windows 11 x64 (10.0.19041 and later) ntdll types, as far as verified.
///
/// Source: ../shared/reference/nt-layouts.md §2, §3.1 (W10 2004 x64 column), §3.3, §3.7, §4.1,
/// §5, read from ntdiff/headers `Win10_2004_20H1/x64/System32/ntdll.dll/ALL_SORTED.h`
/// (PDB-derived). Windows 11 is assumed to match 2004 (nt-layouts.md §7.2, unverified).
enum Win10v2004x64Catalog {
  static let text = #"""
catalog win10-2004-x64
title Windows 10 2004+ / Windows 11 x64 (10.0.19041 and later)
arch x64
source ../shared/reference/nt-layouts.md sections 2, 3.1 (W10 2004 x64), 3.3, 3.7, 4.1, 5
source ntdiff/headers Win10_2004_20H1/x64/System32/ntdll.dll/ALL_SORTED.h (via nt-layouts.md)
note _PEB, _TEB, _PEB_LDR_DATA, _HEAP_ENTRY and the LFH types list only the fields nt-layouts.md verified (partial)
note Windows 11 is assumed to share the 2004 layout (unverified)
missing _LDR_DATA_TABLE_ENTRY not transcribed for Windows 10 yet
missing _RTL_USER_PROCESS_PARAMETERS not transcribed for Windows 10 yet
missing _HEAP_TUNING_PARAMETERS not transcribed for Windows 10 yet
missing _KUSER_SHARED_DATA not transcribed for Windows 10 yet

struct _HEAP 0x2c0
+0x000 Entry : _HEAP_ENTRY
+0x010 SegmentSignature : Uint4B
+0x014 SegmentFlags : Uint4B
+0x018 SegmentListEntry : _LIST_ENTRY
+0x028 Heap : Ptr64 _HEAP
+0x030 BaseAddress : Ptr64 Void
+0x038 NumberOfPages : Uint4B
+0x040 FirstEntry : Ptr64 _HEAP_ENTRY
+0x048 LastValidEntry : Ptr64 _HEAP_ENTRY
+0x050 NumberOfUnCommittedPages : Uint4B
+0x054 NumberOfUnCommittedRanges : Uint4B
+0x058 SegmentAllocatorBackTraceIndex : Uint2B
+0x060 UCRSegmentList : _LIST_ENTRY
+0x070 Flags : Uint4B
+0x074 ForceFlags : Uint4B
+0x078 CompatibilityFlags : Uint4B
+0x07c EncodeFlagMask : Uint4B
+0x080 Encoding : _HEAP_ENTRY
+0x090 Interceptor : Uint4B
+0x094 VirtualMemoryThreshold : Uint4B
+0x098 Signature : Uint4B
+0x0a0 SegmentReserve : Uint8B
+0x0a8 SegmentCommit : Uint8B
+0x0b0 DeCommitFreeBlockThreshold : Uint8B
+0x0b8 DeCommitTotalFreeThreshold : Uint8B
+0x0c0 TotalFreeSize : Uint8B
+0x0c8 MaximumAllocationSize : Uint8B
+0x0d0 ProcessHeapsListIndex : Uint2B
+0x0d2 HeaderValidateLength : Uint2B
+0x0d8 HeaderValidateCopy : Ptr64 Void
+0x0e0 NextAvailableTagIndex : Uint2B
+0x0e2 MaximumTagIndex : Uint2B
+0x0e8 TagEntries : Ptr64 Void
+0x0f0 UCRList : _LIST_ENTRY
+0x100 AlignRound : Uint8B
+0x108 AlignMask : Uint8B
+0x110 VirtualAllocdBlocks : _LIST_ENTRY
+0x120 SegmentList : _LIST_ENTRY
+0x130 AllocatorBackTraceIndex : Uint2B
+0x134 NonDedicatedListLength : Uint4B
+0x138 BlocksIndex : Ptr64 Void
+0x140 UCRIndex : Ptr64 Void
+0x148 PseudoTagEntries : Ptr64 Void
+0x150 FreeLists : _LIST_ENTRY
+0x160 LockVariable : Ptr64 Void
+0x168 CommitRoutine : Ptr64 void
+0x170 StackTraceInitVar : <unnamed-tag> 0x8
+0x178 CommitLimitData : <unnamed-tag> 0x20
+0x198 FrontEndHeap : Ptr64 Void
+0x1a0 FrontHeapLockCount : Uint2B
+0x1a2 FrontEndHeapType : UChar
+0x1a3 RequestedFrontEndHeapType : UChar
+0x1a8 FrontEndHeapUsageData : Ptr64 Uint2B
+0x1b0 FrontEndHeapMaximumIndex : Uint2B
+0x1b2 FrontEndHeapStatusBitmap : [129] UChar
+0x238 Counters : _HEAP_COUNTERS
+0x2b0 TuningParameters : _HEAP_TUNING_PARAMETERS

struct _LFH_HEAP 0xcf0 partial
+0x008 SubSegmentZones : _LIST_ENTRY
+0x018 Heap : Ptr64 Void
+0x038 SegmentCreate : Uint4B
+0x03c SegmentDelete : Uint4B
+0x2a4 Buckets : [129] _HEAP_BUCKET
+0x4a8 SegmentInfoArrays : [129] Ptr64 _HEAP_LOCAL_SEGMENT_INFO
+0x8b0 AffinitizedInfoArrays : [129] Ptr64 _HEAP_LOCAL_SEGMENT_INFO
+0xcb8 SegmentAllocator : Ptr64 _SEGMENT_HEAP

struct _HEAP_BUCKET 0x4 partial
+0x000 BlockUnits : Uint2B
+0x002 SizeIndex : UChar

struct _HEAP_LOCAL_SEGMENT_INFO 0xc0 partial
+0x000 LocalData : Ptr64 Void
+0x008 ActiveSubsegment : Ptr64 _HEAP_SUBSEGMENT
+0x010 CachedItems : [16] Ptr64 _HEAP_SUBSEGMENT
+0x090 SListHeader : _SLIST_HEADER
+0x0a8 LastOpSequence : Uint4B
+0x0ac BucketIndex : Uint2B
+0x0ae LastUsed : Uint2B

struct _HEAP_SUBSEGMENT 0x40 partial
+0x000 LocalInfo : Ptr64 _HEAP_LOCAL_SEGMENT_INFO
+0x008 UserBlocks : Ptr64 _HEAP_USERDATA_HEADER
+0x010 DelayFreeList : _SLIST_HEADER
+0x020 AggregateExchg : _INTERLOCK_SEQ
+0x024 BlockSize : Uint2B
+0x026 Flags : Uint2B
+0x028 BlockCount : Uint2B
+0x02a SizeIndex : UChar
+0x02b AffinityIndex : UChar
+0x02c Lock : Uint4B
+0x030 SFreeListEntry : _SINGLE_LIST_ENTRY

struct _INTERLOCK_SEQ 0x4 partial
+0x000 Depth : Uint2B
+0x002 Hint : Pos 0, 15 Bits
+0x002 Lock : Pos 15, 1 Bit

struct _HEAP_USERDATA_HEADER 0x38 partial
+0x000 SubSegment : Ptr64 _HEAP_SUBSEGMENT
+0x008 Reserved : Ptr64 Void
+0x010 SizeIndex : UChar
+0x011 GuardPagePresent : UChar
+0x012 PaddingBytes : Uint2B
+0x014 Signature : Uint4B
+0x018 EncodedOffsets : Uint4B
+0x020 BusyBitmap : <unnamed-tag> 0x10
+0x030 BitmapData : [1] Uint8B

struct _SEGMENT_HEAP 0x0 partial
+0x010 Signature : Uint4B
+0x014 GlobalFlags : Uint4B
"""# + "\n" + Win10HeapBlockTypes.text + "\n" + CommonX64Types.text
}
