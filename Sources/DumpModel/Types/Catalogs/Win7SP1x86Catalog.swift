/// Windows 7 SP1 x86 (6.1.7601) ntdll types, as far as they were verified: the heap, loader,
/// PEB/TEB and stack-trace offsets of ../shared/reference/nt-layouts.md (x86 columns, read from
/// ntdiff/headers `Win7_SP1/x86/System32/ntdll.dll/ALL_SORTED.h`, PDB-derived). Most types are
/// `partial`; the x86 loader/TEB offsets are marked "well-known, not re-read" in nt-layouts.md §7.8.
enum Win7SP1x86Catalog {
  static let text = #"""
catalog win7sp1-x86
title Windows 7 SP1 x86 (6.1.7601), partial
arch x86
source ../shared/reference/nt-layouts.md sections 2-4 (x86 columns)
source ntdiff/headers Win7_SP1/x86/System32/ntdll.dll/ALL_SORTED.h (via nt-layouts.md)
note most types list only the fields nt-layouts.md verified (partial); x86 TEB/loader offsets are well-known values not re-read
missing _CONTEXT not transcribed for x86 yet
missing _EXCEPTION_RECORD not transcribed for x86 yet
missing _RTL_USER_PROCESS_PARAMETERS not transcribed for x86 yet
missing _LFH_HEAP not transcribed for x86 yet
missing _HEAP_LOCAL_SEGMENT_INFO not transcribed for x86 yet
missing _INTERLOCK_SEQ not transcribed for x86 yet
missing _HEAP_LIST_LOOKUP not transcribed for x86 yet
missing _HEAP_TUNING_PARAMETERS not transcribed for x86 yet
missing _KUSER_SHARED_DATA not transcribed for x86 yet
missing _SEGMENT_HEAP Windows 7 has no segment heap
missing _CURDIR not transcribed for x86 yet
missing _STRING not transcribed for x86 yet

struct _LIST_ENTRY 0x8
+0x000 Flink : Ptr32 _LIST_ENTRY
+0x004 Blink : Ptr32 _LIST_ENTRY

struct _SINGLE_LIST_ENTRY 0x4
+0x000 Next : Ptr32 _SINGLE_LIST_ENTRY

struct _UNICODE_STRING 0x8
+0x000 Length : Uint2B
+0x002 MaximumLength : Uint2B
+0x004 Buffer : Ptr32 Wchar

struct _CLIENT_ID 0x8
+0x000 UniqueProcess : Ptr32 Void
+0x004 UniqueThread : Ptr32 Void

struct _NT_TIB 0x1c
+0x000 ExceptionList : Ptr32 Void
+0x004 StackBase : Ptr32 Void
+0x008 StackLimit : Ptr32 Void
+0x00c SubSystemTib : Ptr32 Void
+0x010 FiberData : Ptr32 Void
+0x014 ArbitraryUserPointer : Ptr32 Void
+0x018 Self : Ptr32 _NT_TIB

struct _TEB 0xfe4 partial
+0x000 NtTib : _NT_TIB
+0x020 ClientId : _CLIENT_ID
+0x02c ThreadLocalStoragePointer : Ptr32 Void
+0x030 ProcessEnvironmentBlock : Ptr32 _PEB
+0x034 LastErrorValue : Uint4B
+0xe10 TlsSlots : [64] Ptr32 Void

struct _PEB 0x248 partial
+0x002 BeingDebugged : UChar
+0x008 ImageBaseAddress : Ptr32 Void
+0x00c Ldr : Ptr32 _PEB_LDR_DATA
+0x010 ProcessParameters : Ptr32 Void
+0x018 ProcessHeap : Ptr32 Void
+0x064 NumberOfProcessors : Uint4B
+0x068 NtGlobalFlag : Uint4B
+0x078 HeapSegmentReserve : Uint4B
+0x07c HeapSegmentCommit : Uint4B
+0x080 HeapDeCommitTotalFreeThreshold : Uint4B
+0x084 HeapDeCommitFreeBlockThreshold : Uint4B
+0x088 NumberOfHeaps : Uint4B
+0x08c MaximumNumberOfHeaps : Uint4B
+0x090 ProcessHeaps : Ptr32 Ptr32 Void
+0x0a4 OSMajorVersion : Uint4B
+0x0a8 OSMinorVersion : Uint4B
+0x0ac OSBuildNumber : Uint2B

struct _PEB_LDR_DATA 0x30 partial
+0x000 Length : Uint4B
+0x004 Initialized : UChar
+0x00c InLoadOrderModuleList : _LIST_ENTRY
+0x014 InMemoryOrderModuleList : _LIST_ENTRY
+0x01c InInitializationOrderModuleList : _LIST_ENTRY

struct _LDR_DATA_TABLE_ENTRY 0x78 partial
+0x000 InLoadOrderLinks : _LIST_ENTRY
+0x008 InMemoryOrderLinks : _LIST_ENTRY
+0x010 InInitializationOrderLinks : _LIST_ENTRY
+0x018 DllBase : Ptr32 Void
+0x01c EntryPoint : Ptr32 Void
+0x020 SizeOfImage : Uint4B
+0x024 FullDllName : _UNICODE_STRING
+0x02c BaseDllName : _UNICODE_STRING
+0x034 Flags : Uint4B
+0x038 LoadCount : Uint2B
+0x03a TlsIndex : Uint2B
+0x03c HashLinks : _LIST_ENTRY
+0x044 TimeDateStamp : Uint4B

struct _HEAP 0x138 partial
+0x000 Entry : _HEAP_ENTRY
+0x008 SegmentSignature : Uint4B
+0x00c SegmentFlags : Uint4B
+0x010 SegmentListEntry : _LIST_ENTRY
+0x018 Heap : Ptr32 _HEAP
+0x01c BaseAddress : Ptr32 Void
+0x020 NumberOfPages : Uint4B
+0x024 FirstEntry : Ptr32 _HEAP_ENTRY
+0x028 LastValidEntry : Ptr32 _HEAP_ENTRY
+0x02c NumberOfUnCommittedPages : Uint4B
+0x030 NumberOfUnCommittedRanges : Uint4B
+0x034 SegmentAllocatorBackTraceIndex : Uint2B
+0x038 UCRSegmentList : _LIST_ENTRY
+0x040 Flags : Uint4B
+0x044 ForceFlags : Uint4B
+0x048 CompatibilityFlags : Uint4B
+0x04c EncodeFlagMask : Uint4B
+0x050 Encoding : _HEAP_ENTRY
+0x058 PointerKey : Uint4B
+0x05c Interceptor : Uint4B
+0x060 VirtualMemoryThreshold : Uint4B
+0x064 Signature : Uint4B
+0x068 SegmentReserve : Uint4B
+0x06c SegmentCommit : Uint4B
+0x070 DeCommitFreeBlockThreshold : Uint4B
+0x074 DeCommitTotalFreeThreshold : Uint4B
+0x078 TotalFreeSize : Uint4B
+0x07c MaximumAllocationSize : Uint4B
+0x080 ProcessHeapsListIndex : Uint2B
+0x082 HeaderValidateLength : Uint2B
+0x084 HeaderValidateCopy : Ptr32 Void
+0x088 NextAvailableTagIndex : Uint2B
+0x08a MaximumTagIndex : Uint2B
+0x08c TagEntries : Ptr32 Void
+0x090 UCRList : _LIST_ENTRY
+0x098 AlignRound : Uint4B
+0x09c AlignMask : Uint4B
+0x0a0 VirtualAllocdBlocks : _LIST_ENTRY
+0x0a8 SegmentList : _LIST_ENTRY
+0x0b0 AllocatorBackTraceIndex : Uint2B
+0x0b4 NonDedicatedListLength : Uint4B
+0x0b8 BlocksIndex : Ptr32 Void
+0x0bc UCRIndex : Ptr32 Void
+0x0c0 PseudoTagEntries : Ptr32 Void
+0x0c4 FreeLists : _LIST_ENTRY
+0x0cc LockVariable : Ptr32 Void
+0x0d0 CommitRoutine : Ptr32 void
+0x0d4 FrontEndHeap : Ptr32 Void
+0x0d8 FrontHeapLockCount : Uint2B
+0x0da FrontEndHeapType : UChar
+0x0dc Counters : _HEAP_COUNTERS
+0x130 TuningParameters : _HEAP_TUNING_PARAMETERS

struct _HEAP_ENTRY 0x8 partial
+0x000 Size : Uint2B
+0x002 Flags : UChar
+0x003 SmallTagIndex : UChar
+0x000 SubSegmentCode : Ptr32 Void
+0x004 PreviousSize : Uint2B
+0x006 SegmentOffset : UChar
+0x006 LFHFlags : UChar
+0x007 UnusedBytes : UChar

struct _HEAP_FREE_ENTRY 0x10 partial
+0x000 Size : Uint2B
+0x002 Flags : UChar
+0x003 SmallTagIndex : UChar
+0x004 PreviousSize : Uint2B
+0x006 SegmentOffset : UChar
+0x007 UnusedBytes : UChar
+0x008 FreeList : _LIST_ENTRY

struct _HEAP_ENTRY_EXTRA 0x8 partial
+0x000 AllocatorBackTraceIndex : Uint2B
+0x002 TagIndex : Uint2B
+0x004 Settable : Uint4B

struct _HEAP_VIRTUAL_ALLOC_ENTRY 0x20
+0x000 Entry : _LIST_ENTRY
+0x008 ExtraStuff : _HEAP_ENTRY_EXTRA
+0x010 CommitSize : Uint4B
+0x014 ReserveSize : Uint4B
+0x018 BusyBlock : _HEAP_ENTRY

struct _HEAP_SEGMENT 0x40
+0x000 Entry : _HEAP_ENTRY
+0x008 SegmentSignature : Uint4B
+0x00c SegmentFlags : Uint4B
+0x010 SegmentListEntry : _LIST_ENTRY
+0x018 Heap : Ptr32 _HEAP
+0x01c BaseAddress : Ptr32 Void
+0x020 NumberOfPages : Uint4B
+0x024 FirstEntry : Ptr32 _HEAP_ENTRY
+0x028 LastValidEntry : Ptr32 _HEAP_ENTRY
+0x02c NumberOfUnCommittedPages : Uint4B
+0x030 NumberOfUnCommittedRanges : Uint4B
+0x034 SegmentAllocatorBackTraceIndex : Uint2B
+0x038 UCRSegmentList : _LIST_ENTRY

struct _HEAP_UCR_DESCRIPTOR 0x18
+0x000 ListEntry : _LIST_ENTRY
+0x008 SegmentEntry : _LIST_ENTRY
+0x010 Address : Ptr32 Void
+0x014 Size : Uint4B

struct _HEAP_COUNTERS 0x54
+0x000 TotalMemoryReserved : Uint4B
+0x004 TotalMemoryCommitted : Uint4B
+0x008 TotalMemoryLargeUCR : Uint4B
+0x00c TotalSizeInVirtualBlocks : Uint4B
+0x010 TotalSegments : Uint4B
+0x014 TotalUCRs : Uint4B
+0x018 CommittOps : Uint4B
+0x01c DeCommitOps : Uint4B
+0x020 LockAcquires : Uint4B
+0x024 LockCollisions : Uint4B
+0x028 CommitRate : Uint4B
+0x02c DecommittRate : Uint4B
+0x030 CommitFailures : Uint4B
+0x034 InBlockCommitFailures : Uint4B
+0x038 CompactHeapCalls : Uint4B
+0x03c CompactedUCRs : Uint4B
+0x040 AllocAndFreeOps : Uint4B
+0x044 InBlockDeccommits : Uint4B
+0x048 InBlockDeccomitSize : Uint4B
+0x04c HighWatermarkSize : Uint4B
+0x050 LastPolledSize : Uint4B

struct _HEAP_SUBSEGMENT 0x20
+0x000 LocalInfo : Ptr32 Void
+0x004 UserBlocks : Ptr32 _HEAP_USERDATA_HEADER
+0x008 AggregateExchg : Uint8B
+0x010 BlockSize : Uint2B
+0x012 Flags : Uint2B
+0x014 BlockCount : Uint2B
+0x016 SizeIndex : UChar
+0x017 AffinityIndex : UChar
+0x018 SFreeListEntry : _SINGLE_LIST_ENTRY
+0x01c Lock : Uint4B

struct _HEAP_USERDATA_HEADER 0x10
+0x000 SubSegment : Ptr32 _HEAP_SUBSEGMENT
+0x004 Reserved : Ptr32 Void
+0x008 SizeIndex : Uint4B
+0x00c Signature : Uint4B

struct _STACK_TRACE_DATABASE 0x188 partial
+0x038 Reserved2 : Ptr32 Void
+0x03c PeakHashCollisionListLength : Uint4B
+0x040 LowerMemoryStart : Ptr32 Void
+0x044 PreCommitted : UChar
+0x045 DumpInProgress : UChar
+0x048 CommitBase : Ptr32 Void
+0x04c CurrentLowerCommitLimit : Ptr32 Void
+0x050 CurrentUpperCommitLimit : Ptr32 Void
+0x054 NextFreeLowerMemory : Ptr32 Char
+0x058 NextFreeUpperMemory : Ptr32 Char
+0x05c NumberOfEntriesLookedUp : Uint4B
+0x060 NumberOfEntriesAdded : Uint4B
+0x064 EntryIndexArray : Ptr32 Ptr32 _RTL_STACK_TRACE_ENTRY
+0x068 NumberOfEntriesAllocated : Uint4B
+0x06c NumberOfEntriesAvailable : Uint4B
+0x070 NumberOfAllocationFailures : Uint4B
+0x178 NumberOfBuckets : Uint4B

struct _RTL_STACK_TRACE_ENTRY 0x8c
+0x000 HashChain : Ptr32 Void
+0x004 TraceCount : Pos 0, 11 Bits
+0x004 BlockDepth : Pos 11, 5 Bits
+0x006 IndexHigh : Uint2B
+0x008 Index : Uint2B
+0x00a Depth : Uint2B
+0x00c BackTrace : [32] Ptr32 Void

struct _DPH_BLOCK_INFORMATION 0x20
+0x000 StartStamp : Uint4B
+0x004 Heap : Ptr32 Void
+0x008 RequestedSize : Uint4B
+0x00c ActualSize : Uint4B
+0x010 FreeQueue : _LIST_ENTRY
+0x010 TraceIndex : Uint2B
+0x018 StackTrace : Ptr32 Void
+0x01c EndStamp : Uint4B
"""#
}
