/// Windows 10 1507 x64 (10.0.10240) ntdll types, as far as they were verified.
///
/// Source: ../shared/reference/nt-layouts.md §2, §3.1 (W10 1507 x64 column), §3.3, §4.1, read
/// from ntdiff/headers `Win10_1507_TS1/x64/System32/ntdll.dll/ALL_SORTED.h` (PDB-derived).
/// Also used for 10.0 builds below 19041 (the _HEAP tail moved at an unverified build).
enum Win10v1507x64Catalog {
  static let text = #"""
catalog win10-1507-x64
title Windows 10 1507 x64 (10.0.10240; also used for builds below 19041)
arch x64
source ../shared/reference/nt-layouts.md sections 2, 3.1 (W10 1507 x64), 3.3, 4.1
source ntdiff/headers Win10_1507_TS1/x64/System32/ntdll.dll/ALL_SORTED.h (via nt-layouts.md)
note _PEB, _TEB, _PEB_LDR_DATA, _HEAP_ENTRY list only the fields nt-layouts.md verified (partial)
note the _HEAP layout for builds 10586-18363 is assumed equal to 1507 (unverified)
missing _LDR_DATA_TABLE_ENTRY not transcribed for Windows 10 yet
missing _RTL_USER_PROCESS_PARAMETERS not transcribed for Windows 10 yet
missing _LFH_HEAP Windows 10 1507 LFH layout not verified
missing _HEAP_SUBSEGMENT Windows 10 1507 LFH layout not verified
missing _HEAP_USERDATA_HEADER Windows 10 1507 LFH layout not verified
missing _HEAP_LOCAL_SEGMENT_INFO Windows 10 1507 LFH layout not verified
missing _INTERLOCK_SEQ Windows 10 1507 LFH layout not verified
missing _HEAP_TUNING_PARAMETERS not transcribed for Windows 10 yet
missing _SEGMENT_HEAP 1507 offsets differ from later builds (nt-layouts.md section 5)
missing _KUSER_SHARED_DATA not transcribed for Windows 10 yet

struct _HEAP 0x298
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
+0x170 FrontEndHeap : Ptr64 Void
+0x178 FrontHeapLockCount : Uint2B
+0x17a FrontEndHeapType : UChar
+0x17b RequestedFrontEndHeapType : UChar
+0x180 FrontEndHeapUsageData : Ptr64 Uint2B
+0x188 FrontEndHeapMaximumIndex : Uint2B
+0x18a FrontEndHeapStatusBitmap : [129] UChar
+0x210 Counters : _HEAP_COUNTERS
+0x288 TuningParameters : _HEAP_TUNING_PARAMETERS
"""# + "\n" + Win10HeapBlockTypes.text + "\n" + CommonX64Types.text
}
