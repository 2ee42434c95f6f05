/// Windows 7 SP1 x86 (6.1.7601) ntdll types.
///
/// Source: ntdiff/headers `Win7_SP1/x86/System32/ntdll.dll/ALL_SORTED.h` (C dumps generated from
/// the x86 ntdll's public PDB), read field by field; cross-checked against the x86 columns of
/// ../shared/reference/nt-layouts.md §2-§4. A few SDK-stable types that were not re-read in the
/// Windows 7 dump (_CLIENT_ID, _NT_TIB, _UNICODE_STRING, _RTL_CRITICAL_SECTION,
/// _RTL_DRIVE_LETTER_CURDIR) are spelled as read in the Windows 10 2004 x86 dump;
/// _HEAP_VIRTUAL_ALLOC_ENTRY (absent from the Windows 7 x86 dump) comes from nt-layouts.md §3.3.
enum Win7SP1x86Catalog {
  static let text = #"""
catalog win7sp1-x86
title Windows 7 SP1 x86 (6.1.7601)
arch x86
source ntdiff/headers Win7_SP1/x86/System32/ntdll.dll/ALL_SORTED.h (PDB-derived)
source ntdiff/headers Win10_2004_20H1/x86/System32/ntdll.dll/ALL_SORTED.h (SDK-stable types not re-read for Windows 7)
source ../shared/reference/nt-layouts.md sections 2-4 (x86 columns)
note partial types without fields are member types whose size is known from their parent but whose fields were not transcribed
missing _SEGMENT_HEAP Windows 7 has no segment heap

struct _HEAP 0x138
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
+0x036 Reserved : Uint2B
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
+0x08c TagEntries : Ptr32 _HEAP_TAG_ENTRY
+0x090 UCRList : _LIST_ENTRY
+0x098 AlignRound : Uint4B
+0x09c AlignMask : Uint4B
+0x0a0 VirtualAllocdBlocks : _LIST_ENTRY
+0x0a8 SegmentList : _LIST_ENTRY
+0x0b0 AllocatorBackTraceIndex : Uint2B
+0x0b4 NonDedicatedListLength : Uint4B
+0x0b8 BlocksIndex : Ptr32 Void
+0x0bc UCRIndex : Ptr32 Void
+0x0c0 PseudoTagEntries : Ptr32 _HEAP_PSEUDO_TAG_ENTRY
+0x0c4 FreeLists : _LIST_ENTRY
+0x0cc LockVariable : Ptr32 _HEAP_LOCK
+0x0d0 CommitRoutine : Ptr32 void
+0x0d4 FrontEndHeap : Ptr32 Void
+0x0d8 FrontHeapLockCount : Uint2B
+0x0da FrontEndHeapType : UChar
+0x0dc Counters : _HEAP_COUNTERS
+0x130 TuningParameters : _HEAP_TUNING_PARAMETERS

struct _HEAP_ENTRY 0x8
+0x000 Size : Uint2B
+0x002 Flags : UChar
+0x003 SmallTagIndex : UChar
+0x000 SubSegmentCode : Ptr32 Void
+0x004 PreviousSize : Uint2B
+0x006 SegmentOffset : UChar
+0x006 LFHFlags : UChar
+0x007 UnusedBytes : UChar
+0x000 FunctionIndex : Uint2B
+0x002 ContextValue : Uint2B
+0x000 InterceptorValue : Uint4B
+0x004 UnusedBytesLength : Uint2B
+0x006 EntryOffset : UChar
+0x007 ExtendedBlockSignature : UChar
+0x000 Code1 : Uint4B
+0x004 Code2 : Uint2B
+0x006 Code3 : UChar
+0x007 Code4 : UChar
+0x000 AgregateCode : Uint8B

struct _HEAP_FREE_ENTRY 0x10
+0x000 Size : Uint2B
+0x002 Flags : UChar
+0x003 SmallTagIndex : UChar
+0x000 SubSegmentCode : Ptr32 Void
+0x004 PreviousSize : Uint2B
+0x006 SegmentOffset : UChar
+0x006 LFHFlags : UChar
+0x007 UnusedBytes : UChar
+0x000 FunctionIndex : Uint2B
+0x002 ContextValue : Uint2B
+0x000 InterceptorValue : Uint4B
+0x004 UnusedBytesLength : Uint2B
+0x006 EntryOffset : UChar
+0x007 ExtendedBlockSignature : UChar
+0x000 Code1 : Uint4B
+0x004 Code2 : Uint2B
+0x006 Code3 : UChar
+0x007 Code4 : UChar
+0x000 AgregateCode : Uint8B
+0x008 FreeList : _LIST_ENTRY

struct _HEAP_ENTRY_EXTRA 0x8
+0x000 AllocatorBackTraceIndex : Uint2B
+0x002 TagIndex : Uint2B
+0x004 Settable : Uint4B
+0x000 ZeroInit : Uint8B

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

struct _HEAP_BUCKET 0x4
+0x000 BlockUnits : Uint2B
+0x002 SizeIndex : UChar
+0x003 UseAffinity : Pos 0, 1 Bit
+0x003 DebugFlags : Pos 1, 2 Bits

union _HEAP_BUCKET_COUNTERS 0x8
+0x000 TotalBlocks : Uint4B
+0x004 SubSegmentCounts : Uint4B
+0x000 Aggregate64 : Int8B

union _HEAP_BUCKET_RUN_INFO 0x8
+0x000 Bucket : Uint4B
+0x004 RunLength : Uint4B
+0x000 Aggregate64 : Int8B

struct _HEAP_LIST_LOOKUP 0x24
+0x000 ExtendedLookup : Ptr32 _HEAP_LIST_LOOKUP
+0x004 ArraySize : Uint4B
+0x008 ExtraItem : Uint4B
+0x00c ItemCount : Uint4B
+0x010 OutOfRangeItems : Uint4B
+0x014 BaseIndex : Uint4B
+0x018 ListHead : Ptr32 _LIST_ENTRY
+0x01c ListsInUseUlong : Ptr32 Uint4B
+0x020 ListHints : Ptr32 Ptr32 _LIST_ENTRY

struct _HEAP_LOCAL_DATA 0x3418
+0x000 DeletedSubSegments : _SLIST_HEADER
+0x008 CrtZone : Ptr32 _LFH_BLOCK_ZONE
+0x00c LowFragHeap : Ptr32 _LFH_HEAP
+0x010 Sequence : Uint4B
+0x018 SegmentInfo : [128] _HEAP_LOCAL_SEGMENT_INFO

struct _HEAP_LOCAL_SEGMENT_INFO 0x68
+0x000 Hint : Ptr32 _HEAP_SUBSEGMENT
+0x004 ActiveSubsegment : Ptr32 _HEAP_SUBSEGMENT
+0x008 CachedItems : [16] Ptr32 _HEAP_SUBSEGMENT
+0x048 SListHeader : _SLIST_HEADER
+0x050 Counters : _HEAP_BUCKET_COUNTERS
+0x058 LocalData : Ptr32 _HEAP_LOCAL_DATA
+0x05c LastOpSequence : Uint4B
+0x060 BucketIndex : Uint2B
+0x062 LastUsed : Uint2B

struct _HEAP_LOCK 0x18
+0x000 Lock : <unnamed-tag> 0x18

struct _HEAP_PSEUDO_TAG_ENTRY 0xc
+0x000 Allocs : Uint4B
+0x004 Frees : Uint4B
+0x008 Size : Uint4B

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
+0x036 Reserved : Uint2B
+0x038 UCRSegmentList : _LIST_ENTRY

struct _HEAP_SUBSEGMENT 0x20
+0x000 LocalInfo : Ptr32 _HEAP_LOCAL_SEGMENT_INFO
+0x004 UserBlocks : Ptr32 _HEAP_USERDATA_HEADER
+0x008 AggregateExchg : _INTERLOCK_SEQ
+0x010 BlockSize : Uint2B
+0x012 Flags : Uint2B
+0x014 BlockCount : Uint2B
+0x016 SizeIndex : UChar
+0x017 AffinityIndex : UChar
+0x010 Alignment : [2] Uint4B
+0x018 SFreeListEntry : _SINGLE_LIST_ENTRY
+0x01c Lock : Uint4B

struct _HEAP_TAG_ENTRY 0x40
+0x000 Allocs : Uint4B
+0x004 Frees : Uint4B
+0x008 Size : Uint4B
+0x00c TagIndex : Uint2B
+0x00e CreatorBackTraceIndex : Uint2B
+0x010 TagName : [24] Wchar

struct _HEAP_TUNING_PARAMETERS 0x8
+0x000 CommittThresholdShift : Uint4B
+0x004 MaxPreCommittThreshold : Uint4B

struct _HEAP_UCR_DESCRIPTOR 0x18
+0x000 ListEntry : _LIST_ENTRY
+0x008 SegmentEntry : _LIST_ENTRY
+0x010 Address : Ptr32 Void
+0x014 Size : Uint4B

struct _HEAP_USERDATA_HEADER 0x10
+0x000 SFreeListEntry : _SINGLE_LIST_ENTRY
+0x000 SubSegment : Ptr32 _HEAP_SUBSEGMENT
+0x004 Reserved : Ptr32 Void
+0x008 SizeIndex : Uint4B
+0x00c Signature : Uint4B

struct _INTERLOCK_SEQ 0x8
+0x000 Depth : Uint2B
+0x002 FreeEntryOffset : Uint2B
+0x000 OffsetAndDepth : Uint4B
+0x004 Sequence : Uint4B
+0x000 Exchg : Int8B

struct _PEB 0x248
+0x000 InheritedAddressSpace : UChar
+0x001 ReadImageFileExecOptions : UChar
+0x002 BeingDebugged : UChar
+0x003 BitField : UChar
+0x003 ImageUsesLargePages : Pos 0, 1 Bit
+0x003 IsProtectedProcess : Pos 1, 1 Bit
+0x003 IsLegacyProcess : Pos 2, 1 Bit
+0x003 IsImageDynamicallyRelocated : Pos 3, 1 Bit
+0x003 SkipPatchingUser32Forwarders : Pos 4, 1 Bit
+0x003 SpareBits : Pos 5, 3 Bits
+0x004 Mutant : Ptr32 Void
+0x008 ImageBaseAddress : Ptr32 Void
+0x00c Ldr : Ptr32 _PEB_LDR_DATA
+0x010 ProcessParameters : Ptr32 _RTL_USER_PROCESS_PARAMETERS
+0x014 SubSystemData : Ptr32 Void
+0x018 ProcessHeap : Ptr32 Void
+0x01c FastPebLock : Ptr32 _RTL_CRITICAL_SECTION
+0x020 AtlThunkSListPtr : Ptr32 Void
+0x024 IFEOKey : Ptr32 Void
+0x028 CrossProcessFlags : Uint4B
+0x028 ProcessInJob : Pos 0, 1 Bit
+0x028 ProcessInitializing : Pos 1, 1 Bit
+0x028 ProcessUsingVEH : Pos 2, 1 Bit
+0x028 ProcessUsingVCH : Pos 3, 1 Bit
+0x028 ProcessUsingFTH : Pos 4, 1 Bit
+0x028 ReservedBits0 : Pos 5, 27 Bits
+0x02c KernelCallbackTable : Ptr32 Void
+0x02c UserSharedInfoPtr : Ptr32 Void
+0x030 SystemReserved : [1] Uint4B
+0x034 AtlThunkSListPtr32 : Uint4B
+0x038 ApiSetMap : Ptr32 Void
+0x03c TlsExpansionCounter : Uint4B
+0x040 TlsBitmap : Ptr32 Void
+0x044 TlsBitmapBits : [2] Uint4B
+0x04c ReadOnlySharedMemoryBase : Ptr32 Void
+0x050 HotpatchInformation : Ptr32 Void
+0x054 ReadOnlyStaticServerData : Ptr32 Ptr32 Void
+0x058 AnsiCodePageData : Ptr32 Void
+0x05c OemCodePageData : Ptr32 Void
+0x060 UnicodeCaseTableData : Ptr32 Void
+0x064 NumberOfProcessors : Uint4B
+0x068 NtGlobalFlag : Uint4B
+0x070 CriticalSectionTimeout : _LARGE_INTEGER
+0x078 HeapSegmentReserve : Uint4B
+0x07c HeapSegmentCommit : Uint4B
+0x080 HeapDeCommitTotalFreeThreshold : Uint4B
+0x084 HeapDeCommitFreeBlockThreshold : Uint4B
+0x088 NumberOfHeaps : Uint4B
+0x08c MaximumNumberOfHeaps : Uint4B
+0x090 ProcessHeaps : Ptr32 Ptr32 Void
+0x094 GdiSharedHandleTable : Ptr32 Void
+0x098 ProcessStarterHelper : Ptr32 Void
+0x09c GdiDCAttributeList : Uint4B
+0x0a0 LoaderLock : Ptr32 _RTL_CRITICAL_SECTION
+0x0a4 OSMajorVersion : Uint4B
+0x0a8 OSMinorVersion : Uint4B
+0x0ac OSBuildNumber : Uint2B
+0x0ae OSCSDVersion : Uint2B
+0x0b0 OSPlatformId : Uint4B
+0x0b4 ImageSubsystem : Uint4B
+0x0b8 ImageSubsystemMajorVersion : Uint4B
+0x0bc ImageSubsystemMinorVersion : Uint4B
+0x0c0 ActiveProcessAffinityMask : Uint4B
+0x0c4 GdiHandleBuffer : [34] Uint4B
+0x14c PostProcessInitRoutine : Ptr32 void
+0x150 TlsExpansionBitmap : Ptr32 Void
+0x154 TlsExpansionBitmapBits : [32] Uint4B
+0x1d4 SessionId : Uint4B
+0x1d8 AppCompatFlags : _ULARGE_INTEGER
+0x1e0 AppCompatFlagsUser : _ULARGE_INTEGER
+0x1e8 pShimData : Ptr32 Void
+0x1ec AppCompatInfo : Ptr32 Void
+0x1f0 CSDVersion : _UNICODE_STRING
+0x1f8 ActivationContextData : Ptr32 _ACTIVATION_CONTEXT_DATA
+0x1fc ProcessAssemblyStorageMap : Ptr32 _ASSEMBLY_STORAGE_MAP
+0x200 SystemDefaultActivationContextData : Ptr32 _ACTIVATION_CONTEXT_DATA
+0x204 SystemAssemblyStorageMap : Ptr32 _ASSEMBLY_STORAGE_MAP
+0x208 MinimumStackCommit : Uint4B
+0x20c FlsCallback : Ptr32 _FLS_CALLBACK_INFO
+0x210 FlsListHead : _LIST_ENTRY
+0x218 FlsBitmap : Ptr32 Void
+0x21c FlsBitmapBits : [4] Uint4B
+0x22c FlsHighIndex : Uint4B
+0x230 WerRegistrationData : Ptr32 Void
+0x234 WerShipAssertPtr : Ptr32 Void
+0x238 pContextData : Ptr32 Void
+0x23c pImageHeaderHash : Ptr32 Void
+0x240 TracingFlags : Uint4B
+0x240 HeapTracingEnabled : Pos 0, 1 Bit
+0x240 CritSecTracingEnabled : Pos 1, 1 Bit
+0x240 SpareTracingBits : Pos 2, 30 Bits

struct _PEB_LDR_DATA 0x30
+0x000 Length : Uint4B
+0x004 Initialized : UChar
+0x008 SsHandle : Ptr32 Void
+0x00c InLoadOrderModuleList : _LIST_ENTRY
+0x014 InMemoryOrderModuleList : _LIST_ENTRY
+0x01c InInitializationOrderModuleList : _LIST_ENTRY
+0x024 EntryInProgress : Ptr32 Void
+0x028 ShutdownInProgress : UChar
+0x02c ShutdownThreadId : Ptr32 Void

struct _PROCESSOR_NUMBER 0x4
+0x000 Group : Uint2B
+0x002 Number : UChar
+0x003 Reserved : UChar

struct _RTL_SRWLOCK 0x4
+0x000 Locked : Pos 0, 1 Bit
+0x000 Waiting : Pos 1, 1 Bit
+0x000 Waking : Pos 2, 1 Bit
+0x000 MultipleShared : Pos 3, 1 Bit
+0x000 Shared : Pos 4, 28 Bits
+0x000 Value : Uint4B
+0x000 Ptr : Ptr32 Void

struct _RTL_STACK_DATABASE_LOCK 0x4
+0x000 Lock : _RTL_SRWLOCK

struct _RTL_STACK_TRACE_ENTRY 0x8c
+0x000 HashChain : _RTL_STD_LIST_ENTRY
+0x004 TraceCount : Pos 0, 11 Bits
+0x004 BlockDepth : Pos 11, 5 Bits
+0x006 IndexHigh : Uint2B
+0x008 Index : Uint2B
+0x00a Depth : Uint2B
+0x00c BackTrace : [32] Ptr32 Void
+0x00c FreeChain : _SINGLE_LIST_ENTRY

struct _RTL_STD_LIST_ENTRY 0x4
+0x000 Next : Ptr32 _RTL_STD_LIST_ENTRY

struct _RTL_STD_LIST_HEAD 0x8
+0x000 Next : Ptr32 _RTL_STD_LIST_ENTRY
+0x004 Lock : _RTL_STACK_DATABASE_LOCK

struct _RTL_USER_PROCESS_PARAMETERS 0x298
+0x000 MaximumLength : Uint4B
+0x004 Length : Uint4B
+0x008 Flags : Uint4B
+0x00c DebugFlags : Uint4B
+0x010 ConsoleHandle : Ptr32 Void
+0x014 ConsoleFlags : Uint4B
+0x018 StandardInput : Ptr32 Void
+0x01c StandardOutput : Ptr32 Void
+0x020 StandardError : Ptr32 Void
+0x024 CurrentDirectory : _CURDIR
+0x030 DllPath : _UNICODE_STRING
+0x038 ImagePathName : _UNICODE_STRING
+0x040 CommandLine : _UNICODE_STRING
+0x048 Environment : Ptr32 Void
+0x04c StartingX : Uint4B
+0x050 StartingY : Uint4B
+0x054 CountX : Uint4B
+0x058 CountY : Uint4B
+0x05c CountCharsX : Uint4B
+0x060 CountCharsY : Uint4B
+0x064 FillAttribute : Uint4B
+0x068 WindowFlags : Uint4B
+0x06c ShowWindowFlags : Uint4B
+0x070 WindowTitle : _UNICODE_STRING
+0x078 DesktopInfo : _UNICODE_STRING
+0x080 ShellInfo : _UNICODE_STRING
+0x088 RuntimeData : _UNICODE_STRING
+0x090 CurrentDirectores : [32] _RTL_DRIVE_LETTER_CURDIR
+0x290 EnvironmentSize : Uint4B
+0x294 EnvironmentVersion : Uint4B

struct _SINGLE_LIST_ENTRY 0x4
+0x000 Next : Ptr32 _SINGLE_LIST_ENTRY

union _SLIST_HEADER 0x8
+0x000 Alignment : Uint8B
+0x000 Next : _SINGLE_LIST_ENTRY
+0x004 Depth : Uint2B
+0x006 Sequence : Uint2B

struct _STACK_TRACE_DATABASE 0x188
+0x000 Reserved : [56] Char
+0x000 Lock : _RTL_STACK_DATABASE_LOCK
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
+0x078 FreeLists : [32] _SLIST_HEADER
+0x178 NumberOfBuckets : Uint4B
+0x17c Buckets : [1] _RTL_STD_LIST_HEAD

struct _STRING 0x8
+0x000 Length : Uint2B
+0x002 MaximumLength : Uint2B
+0x004 Buffer : Ptr32 Char

struct _TEB 0xfe4
+0x000 NtTib : _NT_TIB
+0x01c EnvironmentPointer : Ptr32 Void
+0x020 ClientId : _CLIENT_ID
+0x028 ActiveRpcHandle : Ptr32 Void
+0x02c ThreadLocalStoragePointer : Ptr32 Void
+0x030 ProcessEnvironmentBlock : Ptr32 _PEB
+0x034 LastErrorValue : Uint4B
+0x038 CountOfOwnedCriticalSections : Uint4B
+0x03c CsrClientThread : Ptr32 Void
+0x040 Win32ThreadInfo : Ptr32 Void
+0x044 User32Reserved : [26] Uint4B
+0x0ac UserReserved : [5] Uint4B
+0x0c0 WOW32Reserved : Ptr32 Void
+0x0c4 CurrentLocale : Uint4B
+0x0c8 FpSoftwareStatusRegister : Uint4B
+0x0cc SystemReserved1 : [54] Ptr32 Void
+0x1a4 ExceptionCode : Int4B
+0x1a8 ActivationContextStackPointer : Ptr32 _ACTIVATION_CONTEXT_STACK
+0x1ac SpareBytes : [36] UChar
+0x1d0 TxFsContext : Uint4B
+0x1d4 GdiTebBatch : _GDI_TEB_BATCH
+0x6b4 RealClientId : _CLIENT_ID
+0x6bc GdiCachedProcessHandle : Ptr32 Void
+0x6c0 GdiClientPID : Uint4B
+0x6c4 GdiClientTID : Uint4B
+0x6c8 GdiThreadLocalInfo : Ptr32 Void
+0x6cc Win32ClientInfo : [62] Uint4B
+0x7c4 glDispatchTable : [233] Ptr32 Void
+0xb68 glReserved1 : [29] Uint4B
+0xbdc glReserved2 : Ptr32 Void
+0xbe0 glSectionInfo : Ptr32 Void
+0xbe4 glSection : Ptr32 Void
+0xbe8 glTable : Ptr32 Void
+0xbec glCurrentRC : Ptr32 Void
+0xbf0 glContext : Ptr32 Void
+0xbf4 LastStatusValue : Uint4B
+0xbf8 StaticUnicodeString : _UNICODE_STRING
+0xc00 StaticUnicodeBuffer : [261] Wchar
+0xe0c DeallocationStack : Ptr32 Void
+0xe10 TlsSlots : [64] Ptr32 Void
+0xf10 TlsLinks : _LIST_ENTRY
+0xf18 Vdm : Ptr32 Void
+0xf1c ReservedForNtRpc : Ptr32 Void
+0xf20 DbgSsReserved : [2] Ptr32 Void
+0xf28 HardErrorMode : Uint4B
+0xf2c Instrumentation : [9] Ptr32 Void
+0xf50 ActivityId : _GUID
+0xf60 SubProcessTag : Ptr32 Void
+0xf64 EtwLocalData : Ptr32 Void
+0xf68 EtwTraceData : Ptr32 Void
+0xf6c WinSockData : Ptr32 Void
+0xf70 GdiBatchCount : Uint4B
+0xf74 CurrentIdealProcessor : _PROCESSOR_NUMBER
+0xf74 IdealProcessorValue : Uint4B
+0xf74 ReservedPad0 : UChar
+0xf75 ReservedPad1 : UChar
+0xf76 ReservedPad2 : UChar
+0xf77 IdealProcessor : UChar
+0xf78 GuaranteedStackBytes : Uint4B
+0xf7c ReservedForPerf : Ptr32 Void
+0xf80 ReservedForOle : Ptr32 Void
+0xf84 WaitingOnLoaderLock : Uint4B
+0xf88 SavedPriorityState : Ptr32 Void
+0xf8c SoftPatchPtr1 : Uint4B
+0xf90 ThreadPoolData : Ptr32 Void
+0xf94 TlsExpansionSlots : Ptr32 Ptr32 Void
+0xf98 MuiGeneration : Uint4B
+0xf9c IsImpersonating : Uint4B
+0xfa0 NlsCache : Ptr32 Void
+0xfa4 pShimData : Ptr32 Void
+0xfa8 HeapVirtualAffinity : Uint4B
+0xfac CurrentTransactionHandle : Ptr32 Void
+0xfb0 ActiveFrame : Ptr32 _TEB_ACTIVE_FRAME
+0xfb4 FlsData : Ptr32 Void
+0xfb8 PreferredLanguages : Ptr32 Void
+0xfbc UserPrefLanguages : Ptr32 Void
+0xfc0 MergedPrefLanguages : Ptr32 Void
+0xfc4 MuiImpersonation : Uint4B
+0xfc8 CrossTebFlags : Uint2B
+0xfc8 SpareCrossTebBits : Pos 0, 16 Bits
+0xfca SameTebFlags : Uint2B
+0xfca SafeThunkCall : Pos 0, 1 Bit
+0xfca InDebugPrint : Pos 1, 1 Bit
+0xfca HasFiberData : Pos 2, 1 Bit
+0xfca SkipThreadAttach : Pos 3, 1 Bit
+0xfca WerInShipAssertCode : Pos 4, 1 Bit
+0xfca RanProcessInit : Pos 5, 1 Bit
+0xfca ClonedThread : Pos 6, 1 Bit
+0xfca SuppressDebugMsg : Pos 7, 1 Bit
+0xfca DisableUserStackWalk : Pos 8, 1 Bit
+0xfca RtlExceptionAttached : Pos 9, 1 Bit
+0xfca InitialThread : Pos 10, 1 Bit
+0xfca SpareSameTebBits : Pos 11, 5 Bits
+0xfcc TxnScopeEnterCallback : Ptr32 Void
+0xfd0 TxnScopeExitCallback : Ptr32 Void
+0xfd4 TxnScopeContext : Ptr32 Void
+0xfd8 LockCount : Uint4B
+0xfdc SpareUlong0 : Uint4B
+0xfe0 ResourceRetValue : Ptr32 Void

struct _GDI_TEB_BATCH 0x4e0
+0x000 Offset : Uint4B
+0x004 HDC : Uint4B
+0x008 Buffer : [310] Uint4B

struct _GUID 0x10
+0x000 Data1 : Uint4B
+0x004 Data2 : Uint2B
+0x006 Data3 : Uint2B
+0x008 Data4 : [8] UChar

struct _KUSER_SHARED_DATA 0x5f0
+0x000 TickCountLowDeprecated : Uint4B
+0x004 TickCountMultiplier : Uint4B
+0x008 InterruptTime : _KSYSTEM_TIME
+0x014 SystemTime : _KSYSTEM_TIME
+0x020 TimeZoneBias : _KSYSTEM_TIME
+0x02c ImageNumberLow : Uint2B
+0x02e ImageNumberHigh : Uint2B
+0x030 NtSystemRoot : [260] Wchar
+0x238 MaxStackTraceDepth : Uint4B
+0x23c CryptoExponent : Uint4B
+0x240 TimeZoneId : Uint4B
+0x244 LargePageMinimum : Uint4B
+0x248 Reserved2 : [7] Uint4B
+0x264 NtProductType : _NT_PRODUCT_TYPE
+0x268 ProductTypeIsValid : UChar
+0x26c NtMajorVersion : Uint4B
+0x270 NtMinorVersion : Uint4B
+0x274 ProcessorFeatures : [64] UChar
+0x2b4 Reserved1 : Uint4B
+0x2b8 Reserved3 : Uint4B
+0x2bc TimeSlip : Uint4B
+0x2c0 AlternativeArchitecture : _ALTERNATIVE_ARCHITECTURE_TYPE
+0x2c4 AltArchitecturePad : [1] Uint4B
+0x2c8 SystemExpirationDate : _LARGE_INTEGER
+0x2d0 SuiteMask : Uint4B
+0x2d4 KdDebuggerEnabled : UChar
+0x2d5 NXSupportPolicy : UChar
+0x2d8 ActiveConsoleId : Uint4B
+0x2dc DismountCount : Uint4B
+0x2e0 ComPlusPackage : Uint4B
+0x2e4 LastSystemRITEventTickCount : Uint4B
+0x2e8 NumberOfPhysicalPages : Uint4B
+0x2ec SafeBootMode : UChar
+0x2ed TscQpcData : UChar
+0x2ed TscQpcEnabled : Pos 0, 1 Bit
+0x2ed TscQpcSpareFlag : Pos 1, 1 Bit
+0x2ed TscQpcShift : Pos 2, 6 Bits
+0x2ee TscQpcPad : [2] UChar
+0x2f0 SharedDataFlags : Uint4B
+0x2f0 DbgErrorPortPresent : Pos 0, 1 Bit
+0x2f0 DbgElevationEnabled : Pos 1, 1 Bit
+0x2f0 DbgVirtEnabled : Pos 2, 1 Bit
+0x2f0 DbgInstallerDetectEnabled : Pos 3, 1 Bit
+0x2f0 DbgSystemDllRelocated : Pos 4, 1 Bit
+0x2f0 DbgDynProcessorEnabled : Pos 5, 1 Bit
+0x2f0 DbgSEHValidationEnabled : Pos 6, 1 Bit
+0x2f0 SpareBits : Pos 7, 25 Bits
+0x2f4 DataFlagsPad : [1] Uint4B
+0x2f8 TestRetInstruction : Uint8B
+0x300 SystemCall : Uint4B
+0x304 SystemCallReturn : Uint4B
+0x308 SystemCallPad : [3] Uint8B
+0x320 TickCount : _KSYSTEM_TIME
+0x320 TickCountQuad : Uint8B
+0x320 ReservedTickCountOverlay : [3] Uint4B
+0x32c TickCountPad : [1] Uint4B
+0x330 Cookie : Uint4B
+0x334 CookiePad : [1] Uint4B
+0x338 ConsoleSessionForegroundProcessId : Int8B
+0x340 Wow64SharedInformation : [16] Uint4B
+0x380 UserModeGlobalLogger : [16] Uint2B
+0x3a0 ImageFileExecutionOptions : Uint4B
+0x3a4 LangGenerationCount : Uint4B
+0x3a8 Reserved5 : Uint8B
+0x3b0 InterruptTimeBias : Uint8B
+0x3b8 TscQpcBias : Uint8B
+0x3c0 ActiveProcessorCount : Uint4B
+0x3c4 ActiveGroupCount : Uint2B
+0x3c6 Reserved4 : Uint2B
+0x3c8 AitSamplingValue : Uint4B
+0x3cc AppCompatFlag : Uint4B
+0x3d0 SystemDllNativeRelocation : Uint8B
+0x3d8 SystemDllWowRelocation : Uint4B
+0x3dc XStatePad : [1] Uint4B
+0x3e0 XState : _XSTATE_CONFIGURATION

# size from the _KUSER_SHARED_DATA offsets (0x5f0 - 0x3e0); fields not transcribed
struct _XSTATE_CONFIGURATION 0x210 partial

# enumerators as in the Windows 10 2004 x86 dump (not re-read for Windows 7)
enum _NT_PRODUCT_TYPE 0x4
= 1 NtProductWinNt
= 2 NtProductLanManNt
= 3 NtProductServer

enum _ALTERNATIVE_ARCHITECTURE_TYPE 0x4
= 0 StandardDesign
= 1 NEC98x86
= 2 EndAlternatives

struct _KSYSTEM_TIME 0xc
+0x000 LowPart : Uint4B
+0x004 High1Time : Int4B
+0x008 High2Time : Int4B

union _LARGE_INTEGER 0x8
+0x000 LowPart : Uint4B
+0x004 HighPart : Int4B
+0x000 u : <unnamed-tag> 0x8
+0x000 QuadPart : Int8B

union _ULARGE_INTEGER 0x8
+0x000 LowPart : Uint4B
+0x004 HighPart : Uint4B
+0x000 u : <unnamed-tag> 0x8
+0x000 QuadPart : Uint8B

struct _LDR_DATA_TABLE_ENTRY 0x78
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
+0x03c SectionPointer : Ptr32 Void
+0x040 CheckSum : Uint4B
+0x044 TimeDateStamp : Uint4B
+0x044 LoadedImports : Ptr32 Void
+0x048 EntryPointActivationContext : Ptr32 _ACTIVATION_CONTEXT
+0x04c PatchInformation : Ptr32 Void
+0x050 ForwarderLinks : _LIST_ENTRY
+0x058 ServiceTagLinks : _LIST_ENTRY
+0x060 StaticLinks : _LIST_ENTRY
+0x068 ContextInformation : Ptr32 Void
+0x06c OriginalBase : Uint4B
+0x070 LoadTime : _LARGE_INTEGER

struct _LFH_BLOCK_ZONE 0x10
+0x000 ListEntry : _LIST_ENTRY
+0x008 FreePointer : Ptr32 Void
+0x00c Limit : Ptr32 Void

struct _LFH_HEAP 0x3728
+0x000 Lock : _RTL_CRITICAL_SECTION
+0x018 SubSegmentZones : _LIST_ENTRY
+0x020 ZoneBlockSize : Uint4B
+0x024 Heap : Ptr32 Void
+0x028 SegmentChange : Uint4B
+0x02c SegmentCreate : Uint4B
+0x030 SegmentInsertInFree : Uint4B
+0x034 SegmentDelete : Uint4B
+0x038 CacheAllocs : Uint4B
+0x03c CacheFrees : Uint4B
+0x040 SizeInCache : Uint4B
+0x048 RunInfo : _HEAP_BUCKET_RUN_INFO
+0x050 UserBlockCache : [12] _USER_MEMORY_CACHE_ENTRY
+0x110 Buckets : [128] _HEAP_BUCKET
+0x310 LocalData : [1] _HEAP_LOCAL_DATA

# size from the _LFH_HEAP.UserBlockCache array (0xc0 / 12); fields not transcribed
struct _USER_MEMORY_CACHE_ENTRY 0x10 partial

struct _LIST_ENTRY 0x8
+0x000 Flink : Ptr32 _LIST_ENTRY
+0x004 Blink : Ptr32 _LIST_ENTRY

struct _CONTEXT 0x2cc
+0x000 ContextFlags : Uint4B
+0x004 Dr0 : Uint4B
+0x008 Dr1 : Uint4B
+0x00c Dr2 : Uint4B
+0x010 Dr3 : Uint4B
+0x014 Dr6 : Uint4B
+0x018 Dr7 : Uint4B
+0x01c FloatSave : _FLOATING_SAVE_AREA
+0x08c SegGs : Uint4B
+0x090 SegFs : Uint4B
+0x094 SegEs : Uint4B
+0x098 SegDs : Uint4B
+0x09c Edi : Uint4B
+0x0a0 Esi : Uint4B
+0x0a4 Ebx : Uint4B
+0x0a8 Edx : Uint4B
+0x0ac Ecx : Uint4B
+0x0b0 Eax : Uint4B
+0x0b4 Ebp : Uint4B
+0x0b8 Eip : Uint4B
+0x0bc SegCs : Uint4B
+0x0c0 EFlags : Uint4B
+0x0c4 Esp : Uint4B
+0x0c8 SegSs : Uint4B
+0x0cc ExtendedRegisters : [512] UChar

struct _FLOATING_SAVE_AREA 0x70
+0x000 ControlWord : Uint4B
+0x004 StatusWord : Uint4B
+0x008 TagWord : Uint4B
+0x00c ErrorOffset : Uint4B
+0x010 ErrorSelector : Uint4B
+0x014 DataOffset : Uint4B
+0x018 DataSelector : Uint4B
+0x01c RegisterArea : [80] UChar
+0x06c Cr0NpxState : Uint4B

struct _CURDIR 0xc
+0x000 DosPath : _UNICODE_STRING
+0x008 Handle : Ptr32 Void

struct _DPH_BLOCK_INFORMATION 0x20
+0x000 StartStamp : Uint4B
+0x004 Heap : Ptr32 Void
+0x008 RequestedSize : Uint4B
+0x00c ActualSize : Uint4B
+0x010 FreeQueue : _LIST_ENTRY
+0x010 FreePushList : _SINGLE_LIST_ENTRY
+0x010 TraceIndex : Uint2B
+0x018 StackTrace : Ptr32 Void
+0x01c EndStamp : Uint4B

struct _EXCEPTION_RECORD 0x50
+0x000 ExceptionCode : Int4B
+0x004 ExceptionFlags : Uint4B
+0x008 ExceptionRecord : Ptr32 _EXCEPTION_RECORD
+0x00c ExceptionAddress : Ptr32 Void
+0x010 NumberParameters : Uint4B
+0x014 ExceptionInformation : [15] Uint4B

struct _EXCEPTION_REGISTRATION_RECORD 0x8
+0x000 Next : Ptr32 _EXCEPTION_REGISTRATION_RECORD
+0x004 Handler : Ptr32 void

# SDK-stable types not re-read in the Windows 7 dump: spelled as read in the Windows 10 2004 x86 dump
struct _CLIENT_ID 0x8
+0x000 UniqueProcess : Ptr32 Void
+0x004 UniqueThread : Ptr32 Void

struct _NT_TIB 0x1c
+0x000 ExceptionList : Ptr32 _EXCEPTION_REGISTRATION_RECORD
+0x004 StackBase : Ptr32 Void
+0x008 StackLimit : Ptr32 Void
+0x00c SubSystemTib : Ptr32 Void
+0x010 FiberData : Ptr32 Void
+0x010 Version : Uint4B
+0x014 ArbitraryUserPointer : Ptr32 Void
+0x018 Self : Ptr32 _NT_TIB

struct _UNICODE_STRING 0x8
+0x000 Length : Uint2B
+0x002 MaximumLength : Uint2B
+0x004 Buffer : Ptr32 Wchar

struct _RTL_CRITICAL_SECTION 0x18
+0x000 DebugInfo : Ptr32 _RTL_CRITICAL_SECTION_DEBUG
+0x004 LockCount : Int4B
+0x008 RecursionCount : Int4B
+0x00c OwningThread : Ptr32 Void
+0x010 LockSemaphore : Ptr32 Void
+0x014 SpinCount : Uint4B

struct _RTL_DRIVE_LETTER_CURDIR 0x10
+0x000 Flags : Uint2B
+0x002 Length : Uint2B
+0x004 TimeStamp : Uint4B
+0x008 DosPath : _STRING

# from ../shared/reference/nt-layouts.md section 3.3 x86 column (the Windows 7 x86 dump lists no _HEAP_VIRTUAL_ALLOC_ENTRY)
struct _HEAP_VIRTUAL_ALLOC_ENTRY 0x20
+0x000 Entry : _LIST_ENTRY
+0x008 ExtraStuff : _HEAP_ENTRY_EXTRA
+0x010 CommitSize : Uint4B
+0x014 ReserveSize : Uint4B
+0x018 BusyBlock : _HEAP_ENTRY
"""#
}
