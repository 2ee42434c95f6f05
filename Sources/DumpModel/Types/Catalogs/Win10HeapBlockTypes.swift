/// NT heap block types shared by the Windows 10 x64 catalogs (1507 and 2004+): offsets from
/// ../shared/reference/nt-layouts.md §3.3 (PDB-derived ntdiff/headers dumps, S1), which lists
/// one x64 layout for _HEAP_ENTRY, _HEAP_FREE_ENTRY, _HEAP_ENTRY_EXTRA, _HEAP_SEGMENT,
/// _HEAP_UCR_DESCRIPTOR, _HEAP_VIRTUAL_ALLOC_ENTRY and _HEAP_LIST_LOOKUP. Only the fields that
/// section names are listed; the rest of each type is marked `partial`.
enum Win10HeapBlockTypes {
  static let text = #"""
# --- Windows 10 x64 heap block types (Win10HeapBlockTypes.swift) ---
struct _HEAP_ENTRY 0x10 partial
+0x000 PreviousBlockPrivateData : Ptr64 Void
+0x008 Size : Uint2B
+0x00a Flags : UChar
+0x00b SmallTagIndex : UChar
+0x008 SubSegmentCode : Uint4B
+0x00c PreviousSize : Uint2B
+0x00e SegmentOffset : UChar
+0x00e LFHFlags : UChar
+0x00f UnusedBytes : UChar
+0x008 InterceptorValue : Uint4B
+0x00c UnusedBytesLength : Uint2B
+0x00e EntryOffset : UChar
+0x00f ExtendedBlockSignature : UChar

struct _HEAP_FREE_ENTRY 0x20 partial
+0x000 PreviousBlockPrivateData : Ptr64 Void
+0x008 Size : Uint2B
+0x00a Flags : UChar
+0x00b SmallTagIndex : UChar
+0x00c PreviousSize : Uint2B
+0x00e SegmentOffset : UChar
+0x00f UnusedBytes : UChar
+0x010 FreeList : _LIST_ENTRY

struct _HEAP_ENTRY_EXTRA 0x10 partial
+0x000 AllocatorBackTraceIndex : Uint2B
+0x002 TagIndex : Uint2B
+0x008 Settable : Uint8B

struct _HEAP_VIRTUAL_ALLOC_ENTRY 0x40
+0x000 Entry : _LIST_ENTRY
+0x010 ExtraStuff : _HEAP_ENTRY_EXTRA
+0x020 CommitSize : Uint8B
+0x028 ReserveSize : Uint8B
+0x030 BusyBlock : _HEAP_ENTRY

struct _HEAP_SEGMENT 0x70
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

struct _HEAP_UCR_DESCRIPTOR 0x30
+0x000 ListEntry : _LIST_ENTRY
+0x010 SegmentEntry : _LIST_ENTRY
+0x020 Address : Ptr64 Void
+0x028 Size : Uint8B

struct _HEAP_LIST_LOOKUP 0x38 partial
+0x000 ExtendedLookup : Ptr64 _HEAP_LIST_LOOKUP
+0x008 ArraySize : Uint4B
+0x00c ExtraItem : Uint4B
+0x010 ItemCount : Uint4B
+0x014 OutOfRangeItems : Uint4B
+0x018 BaseIndex : Uint4B

struct _HEAP_COUNTERS 0x78
+0x000 TotalMemoryReserved : Uint8B
+0x008 TotalMemoryCommitted : Uint8B
+0x010 TotalMemoryLargeUCR : Uint8B
+0x018 TotalSizeInVirtualBlocks : Uint8B
+0x020 TotalSegments : Uint4B
+0x024 TotalUCRs : Uint4B
+0x028 CommittOps : Uint4B
+0x02c DeCommitOps : Uint4B
+0x030 LockAcquires : Uint4B
+0x034 LockCollisions : Uint4B
+0x038 CommitRate : Uint4B
+0x03c DecommittRate : Uint4B
+0x040 CommitFailures : Uint4B
+0x044 InBlockCommitFailures : Uint4B
+0x048 PollIntervalCounter : Uint4B
+0x04c DecommitsSinceLastCheck : Uint4B
+0x050 HeapPollInterval : Uint4B
+0x054 AllocAndFreeOps : Uint4B
+0x058 AllocationIndicesActive : Uint4B
+0x05c InBlockDeccommits : Uint4B
+0x060 InBlockDeccomitSize : Uint8B
+0x068 HighWatermarkSize : Uint8B
+0x070 LastPolledSize : Uint8B

struct _PEB 0x7c8 partial
+0x002 BeingDebugged : UChar
+0x010 ImageBaseAddress : Ptr64 Void
+0x018 Ldr : Ptr64 _PEB_LDR_DATA
+0x020 ProcessParameters : Ptr64 _RTL_USER_PROCESS_PARAMETERS
+0x030 ProcessHeap : Ptr64 Void
+0x0b8 NumberOfProcessors : Uint4B
+0x0bc NtGlobalFlag : Uint4B
+0x0c8 HeapSegmentReserve : Uint8B
+0x0d0 HeapSegmentCommit : Uint8B
+0x0d8 HeapDeCommitTotalFreeThreshold : Uint8B
+0x0e0 HeapDeCommitFreeBlockThreshold : Uint8B
+0x0e8 NumberOfHeaps : Uint4B
+0x0ec MaximumNumberOfHeaps : Uint4B
+0x0f0 ProcessHeaps : Ptr64 Ptr64 Void
+0x118 OSMajorVersion : Uint4B
+0x11c OSMinorVersion : Uint4B
+0x120 OSBuildNumber : Uint2B

struct _TEB 0x1838 partial
+0x000 NtTib : _NT_TIB
+0x040 ClientId : _CLIENT_ID
+0x058 ThreadLocalStoragePointer : Ptr64 Void
+0x060 ProcessEnvironmentBlock : Ptr64 _PEB
+0x068 LastErrorValue : Uint4B
+0x1480 TlsSlots : [64] Ptr64 Void

struct _PEB_LDR_DATA 0x58 partial
+0x000 Length : Uint4B
+0x004 Initialized : UChar
+0x010 InLoadOrderModuleList : _LIST_ENTRY
+0x020 InMemoryOrderModuleList : _LIST_ENTRY
+0x030 InInitializationOrderModuleList : _LIST_ENTRY
"""#
}
