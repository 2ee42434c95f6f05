/// Windows 10 x64 ntdll types whose layout is the same in 1507 (10.0.10240) and 2004 (10.0.19041):
/// the NT heap block types, the LFH front-end types, _PEB_LDR_DATA and a few RTL helpers. Each was
/// read in both PDB-derived dumps, ntdiff/headers `Win10_1507_TS1/x64/System32/ntdll.dll/ALL_SORTED.h`
/// and `Win10_2004_20H1/x64/System32/ntdll.dll/ALL_SORTED.h`, and found identical; the heap
/// offsets agree with ../shared/reference/nt-layouts.md §3.3 and §3.7. _GUID and _KSYSTEM_TIME are
/// SDK-fixed and spelled as in the Windows 7 SP1 x64 dump. Appended to both Windows 10 x64 catalogs.
enum Win10CommonX64Types {
  static let text = #"""
# --- Windows 10 x64 types shared by 1507 and 2004+ (Win10CommonX64Types.swift) ---
struct _HEAP_ENTRY 0x10
+0x000 UnpackedEntry : _HEAP_UNPACKED_ENTRY
+0x000 PreviousBlockPrivateData : Ptr64 Void
+0x008 Size : Uint2B
+0x00a Flags : UChar
+0x00b SmallTagIndex : UChar
+0x008 SubSegmentCode : Uint4B
+0x00c PreviousSize : Uint2B
+0x00e SegmentOffset : UChar
+0x00e LFHFlags : UChar
+0x00f UnusedBytes : UChar
+0x008 CompactHeader : Uint8B
+0x000 ExtendedEntry : _HEAP_EXTENDED_ENTRY
+0x000 Reserved : Ptr64 Void
+0x008 FunctionIndex : Uint2B
+0x00a ContextValue : Uint2B
+0x008 InterceptorValue : Uint4B
+0x00c UnusedBytesLength : Uint2B
+0x00e EntryOffset : UChar
+0x00f ExtendedBlockSignature : UChar
+0x000 ReservedForAlignment : Ptr64 Void
+0x008 Code1 : Uint4B
+0x00c Code2 : Uint2B
+0x00e Code3 : UChar
+0x00f Code4 : UChar
+0x00c Code234 : Uint4B
+0x008 AgregateCode : Uint8B

struct _HEAP_UNPACKED_ENTRY 0x10
+0x000 PreviousBlockPrivateData : Ptr64 Void
+0x008 Size : Uint2B
+0x00a Flags : UChar
+0x00b SmallTagIndex : UChar
+0x008 SubSegmentCode : Uint4B
+0x00c PreviousSize : Uint2B
+0x00e SegmentOffset : UChar
+0x00e LFHFlags : UChar
+0x00f UnusedBytes : UChar
+0x008 CompactHeader : Uint8B

struct _HEAP_EXTENDED_ENTRY 0x10
+0x000 Reserved : Ptr64 Void
+0x008 FunctionIndex : Uint2B
+0x00a ContextValue : Uint2B
+0x008 InterceptorValue : Uint4B
+0x00c UnusedBytesLength : Uint2B
+0x00e EntryOffset : UChar
+0x00f ExtendedBlockSignature : UChar

struct _HEAP_FREE_ENTRY 0x20
+0x000 HeapEntry : _HEAP_ENTRY
+0x000 UnpackedEntry : _HEAP_UNPACKED_ENTRY
+0x000 PreviousBlockPrivateData : Ptr64 Void
+0x008 Size : Uint2B
+0x00a Flags : UChar
+0x00b SmallTagIndex : UChar
+0x008 SubSegmentCode : Uint4B
+0x00c PreviousSize : Uint2B
+0x00e SegmentOffset : UChar
+0x00e LFHFlags : UChar
+0x00f UnusedBytes : UChar
+0x008 CompactHeader : Uint8B
+0x000 ExtendedEntry : _HEAP_EXTENDED_ENTRY
+0x000 Reserved : Ptr64 Void
+0x008 FunctionIndex : Uint2B
+0x00a ContextValue : Uint2B
+0x008 InterceptorValue : Uint4B
+0x00c UnusedBytesLength : Uint2B
+0x00e EntryOffset : UChar
+0x00f ExtendedBlockSignature : UChar
+0x000 ReservedForAlignment : Ptr64 Void
+0x008 Code1 : Uint4B
+0x00c Code2 : Uint2B
+0x00e Code3 : UChar
+0x00f Code4 : UChar
+0x00c Code234 : Uint4B
+0x008 AgregateCode : Uint8B
+0x010 FreeList : _LIST_ENTRY

struct _HEAP_ENTRY_EXTRA 0x10
+0x000 AllocatorBackTraceIndex : Uint2B
+0x002 TagIndex : Uint2B
+0x008 Settable : Uint8B
+0x000 ZeroInit : Uint8B
+0x008 ZeroInit1 : Uint8B

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
+0x05a Reserved : Uint2B
+0x060 UCRSegmentList : _LIST_ENTRY

struct _HEAP_UCR_DESCRIPTOR 0x30
+0x000 ListEntry : _LIST_ENTRY
+0x010 SegmentEntry : _LIST_ENTRY
+0x020 Address : Ptr64 Void
+0x028 Size : Uint8B

struct _HEAP_LIST_LOOKUP 0x38
+0x000 ExtendedLookup : Ptr64 _HEAP_LIST_LOOKUP
+0x008 ArraySize : Uint4B
+0x00c ExtraItem : Uint4B
+0x010 ItemCount : Uint4B
+0x014 OutOfRangeItems : Uint4B
+0x018 BaseIndex : Uint4B
+0x020 ListHead : Ptr64 _LIST_ENTRY
+0x028 ListsInUseUlong : Ptr64 Uint4B
+0x030 ListHints : Ptr64 Ptr64 _LIST_ENTRY

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

struct _HEAP_TUNING_PARAMETERS 0x10
+0x000 CommittThresholdShift : Uint4B
+0x008 MaxPreCommittThreshold : Uint8B

struct _HEAP_TAG_ENTRY 0x48
+0x000 Allocs : Uint4B
+0x004 Frees : Uint4B
+0x008 Size : Uint8B
+0x010 TagIndex : Uint2B
+0x012 CreatorBackTraceIndex : Uint2B
+0x014 TagName : [24] Wchar

struct _HEAP_PSEUDO_TAG_ENTRY 0x10
+0x000 Allocs : Uint4B
+0x004 Frees : Uint4B
+0x008 Size : Uint8B

struct _HEAP_LOCK 0x28
+0x000 Lock : <unnamed-tag> 0x28

struct _PEB_LDR_DATA 0x58
+0x000 Length : Uint4B
+0x004 Initialized : UChar
+0x008 SsHandle : Ptr64 Void
+0x010 InLoadOrderModuleList : _LIST_ENTRY
+0x020 InMemoryOrderModuleList : _LIST_ENTRY
+0x030 InInitializationOrderModuleList : _LIST_ENTRY
+0x040 EntryInProgress : Ptr64 Void
+0x048 ShutdownInProgress : UChar
+0x050 ShutdownThreadId : Ptr64 Void

struct _LDR_DDAG_NODE 0x50
+0x000 Modules : _LIST_ENTRY
+0x010 ServiceTagList : Ptr64 _LDR_SERVICE_TAG_RECORD
+0x018 LoadCount : Uint4B
+0x01c LoadWhileUnloadingCount : Uint4B
+0x020 LowestLink : Uint4B
+0x028 Dependencies : _LDRP_CSLIST
+0x030 IncomingDependencies : _LDRP_CSLIST
+0x038 State : _LDR_DDAG_STATE
+0x040 CondenseLink : _SINGLE_LIST_ENTRY
+0x048 PreorderNumber : Uint4B

struct _LDRP_CSLIST 0x8
+0x000 Tail : Ptr64 _SINGLE_LIST_ENTRY

enum _LDR_DDAG_STATE 0x4
= -5 LdrModulesMerged
= -4 LdrModulesInitError
= -3 LdrModulesSnapError
= -2 LdrModulesUnloaded
= -1 LdrModulesUnloading
= 0 LdrModulesPlaceHolder
= 1 LdrModulesMapping
= 2 LdrModulesMapped
= 3 LdrModulesWaitingForDependencies
= 4 LdrModulesSnapping
= 5 LdrModulesSnapped
= 6 LdrModulesCondensed
= 7 LdrModulesReadyToInit
= 8 LdrModulesInitializing
= 9 LdrModulesReadyToRun

struct _PROCESSOR_NUMBER 0x4
+0x000 Group : Uint2B
+0x002 Number : UChar
+0x003 Reserved : UChar

struct _RTL_DRIVE_LETTER_CURDIR 0x18
+0x000 Flags : Uint2B
+0x002 Length : Uint2B
+0x004 TimeStamp : Uint4B
+0x008 DosPath : _STRING

struct _RTL_CRITICAL_SECTION 0x28
+0x000 DebugInfo : Ptr64 _RTL_CRITICAL_SECTION_DEBUG
+0x008 LockCount : Int4B
+0x00c RecursionCount : Int4B
+0x010 OwningThread : Ptr64 Void
+0x018 LockSemaphore : Ptr64 Void
+0x020 SpinCount : Uint8B

struct _RTL_CRITICAL_SECTION_DEBUG 0x30
+0x000 Type : Uint2B
+0x002 CreatorBackTraceIndex : Uint2B
+0x008 CriticalSection : Ptr64 _RTL_CRITICAL_SECTION
+0x010 ProcessLocksList : _LIST_ENTRY
+0x020 EntryCount : Uint4B
+0x024 ContentionCount : Uint4B
+0x028 Flags : Uint4B
+0x02c CreatorBackTraceIndexHigh : Uint2B
+0x02e SpareUSHORT : Uint2B

struct _RTL_BALANCED_NODE 0x18
+0x000 Children : [2] Ptr64 _RTL_BALANCED_NODE
+0x000 Left : Ptr64 _RTL_BALANCED_NODE
+0x008 Right : Ptr64 _RTL_BALANCED_NODE
+0x010 Red : Pos 0, 1 Bit
+0x010 Balance : Pos 0, 2 Bits
+0x010 ParentValue : Uint8B

struct _RTL_BITMAP_EX 0x10
+0x000 SizeOfBitMap : Uint8B
+0x008 Buffer : Ptr64 Uint8B

struct _LFH_HEAP 0xcf0
+0x000 Lock : _RTL_SRWLOCK
+0x008 SubSegmentZones : _LIST_ENTRY
+0x018 Heap : Ptr64 Void
+0x020 NextSegmentInfoArrayAddress : Ptr64 Void
+0x028 FirstUncommittedAddress : Ptr64 Void
+0x030 ReservedAddressLimit : Ptr64 Void
+0x038 SegmentCreate : Uint4B
+0x03c SegmentDelete : Uint4B
+0x040 MinimumCacheDepth : Uint4B
+0x044 CacheShiftThreshold : Uint4B
+0x048 SizeInCache : Uint8B
+0x050 RunInfo : _HEAP_BUCKET_RUN_INFO
+0x060 UserBlockCache : [12] _USER_MEMORY_CACHE_ENTRY
+0x2a0 MemoryPolicies : _HEAP_LFH_MEM_POLICIES
+0x2a4 Buckets : [129] _HEAP_BUCKET
+0x4a8 SegmentInfoArrays : [129] Ptr64 _HEAP_LOCAL_SEGMENT_INFO
+0x8b0 AffinitizedInfoArrays : [129] Ptr64 _HEAP_LOCAL_SEGMENT_INFO
+0xcb8 SegmentAllocator : Ptr64 _SEGMENT_HEAP
+0xcc0 LocalData : [1] _HEAP_LOCAL_DATA

struct _LFH_BLOCK_ZONE 0x18
+0x000 ListEntry : _LIST_ENTRY
+0x010 NextIndex : Int4B

union _HEAP_BUCKET_RUN_INFO 0x8
+0x000 Bucket : Uint4B
+0x004 RunLength : Uint4B
+0x000 Aggregate64 : Int8B

union _HEAP_BUCKET_COUNTERS 0x8
+0x000 TotalBlocks : Uint4B
+0x004 SubSegmentCounts : Uint4B
+0x000 Aggregate64 : Int8B

struct _HEAP_LFH_MEM_POLICIES 0x4
+0x000 DisableAffinity : Pos 0, 1 Bit
+0x000 SlowSubsegmentGrowth : Pos 1, 1 Bit
+0x000 Spare : Pos 2, 30 Bits
+0x000 AllPolicies : Uint4B

struct _HEAP_BUCKET 0x4
+0x000 BlockUnits : Uint2B
+0x002 SizeIndex : UChar
+0x003 UseAffinity : Pos 0, 1 Bit
+0x003 DebugFlags : Pos 1, 2 Bits
+0x003 Flags : UChar

struct _HEAP_LOCAL_DATA 0x30
+0x000 DeletedSubSegments : _SLIST_HEADER
+0x010 CrtZone : Ptr64 _LFH_BLOCK_ZONE
+0x018 LowFragHeap : Ptr64 _LFH_HEAP
+0x020 Sequence : Uint4B
+0x024 DeleteRateThreshold : Uint4B

struct _HEAP_LOCAL_SEGMENT_INFO 0xc0
+0x000 LocalData : Ptr64 _HEAP_LOCAL_DATA
+0x008 ActiveSubsegment : Ptr64 _HEAP_SUBSEGMENT
+0x010 CachedItems : [16] Ptr64 _HEAP_SUBSEGMENT
+0x090 SListHeader : _SLIST_HEADER
+0x0a0 Counters : _HEAP_BUCKET_COUNTERS
+0x0a8 LastOpSequence : Uint4B
+0x0ac BucketIndex : Uint2B
+0x0ae LastUsed : Uint2B
+0x0b0 NoThrashCount : Uint2B

struct _HEAP_SUBSEGMENT 0x40
+0x000 LocalInfo : Ptr64 _HEAP_LOCAL_SEGMENT_INFO
+0x008 UserBlocks : Ptr64 _HEAP_USERDATA_HEADER
+0x010 DelayFreeList : _SLIST_HEADER
+0x020 AggregateExchg : _INTERLOCK_SEQ
+0x024 BlockSize : Uint2B
+0x026 Flags : Uint2B
+0x028 BlockCount : Uint2B
+0x02a SizeIndex : UChar
+0x02b AffinityIndex : UChar
+0x024 Alignment : [2] Uint4B
+0x02c Lock : Uint4B
+0x030 SFreeListEntry : _SINGLE_LIST_ENTRY

struct _HEAP_USERDATA_HEADER 0x38
+0x000 SFreeListEntry : _SINGLE_LIST_ENTRY
+0x000 SubSegment : Ptr64 _HEAP_SUBSEGMENT
+0x008 Reserved : Ptr64 Void
+0x010 SizeIndexAndPadding : Uint4B
+0x010 SizeIndex : UChar
+0x011 GuardPagePresent : UChar
+0x012 PaddingBytes : Uint2B
+0x014 Signature : Uint4B
+0x018 EncodedOffsets : _HEAP_USERDATA_OFFSETS
+0x020 BusyBitmap : _RTL_BITMAP_EX
+0x030 BitmapData : [1] Uint8B

struct _HEAP_USERDATA_OFFSETS 0x4
+0x000 FirstAllocationOffset : Uint2B
+0x002 BlockStride : Uint2B
+0x000 StrideAndOffset : Uint4B

struct _INTERLOCK_SEQ 0x4
+0x000 Depth : Uint2B
+0x002 Hint : Pos 0, 15 Bits
+0x002 Lock : Pos 15, 1 Bit
+0x002 Hint16 : Uint2B
+0x000 Exchg : Int4B

struct _GUID 0x10
+0x000 Data1 : Uint4B
+0x004 Data2 : Uint2B
+0x006 Data3 : Uint2B
+0x008 Data4 : [8] UChar

struct _KSYSTEM_TIME 0xc
+0x000 LowPart : Uint4B
+0x004 High1Time : Int4B
+0x008 High2Time : Int4B
"""#
}
