/// Windows 10 2004+ x86 (10.0.19041 and later) ntdll types; also used for older 10.0 x86 builds.
///
/// Source: ntdiff/headers `Win10_2004_20H1/x86/System32/ntdll.dll/ALL_SORTED.h` (C dumps generated
/// from the x86 ntdll's public PDB), read field by field; the _HEAP offsets match the "W10 x86"
/// column of ../shared/reference/nt-layouts.md §3.1, so that column is the 2004 (19041) build.
/// _UNICODE_STRING and _PROCESSOR_NUMBER are SDK-fixed and spelled as in the other catalogs.
enum Win10v2004x86Catalog {
  static let text = #"""
catalog win10-2004-x86
title Windows 10 2004+ x86 (10.0.19041 and later; also used for older 10.0 x86 builds)
arch x86
source ntdiff/headers Win10_2004_20H1/x86/System32/ntdll.dll/ALL_SORTED.h (PDB-derived)
source ../shared/reference/nt-layouts.md sections 2, 3.1 (W10 x86), 3.3, 4.1, 5
note x86 builds before 19041 use this catalog unverified
note partial types without fields are member types whose size is known from their parent but whose fields were not transcribed

struct _HEAP 0x258
+0x000 Segment : _HEAP_SEGMENT
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
+0x058 Interceptor : Uint4B
+0x05c VirtualMemoryThreshold : Uint4B
+0x060 Signature : Uint4B
+0x064 SegmentReserve : Uint4B
+0x068 SegmentCommit : Uint4B
+0x06c DeCommitFreeBlockThreshold : Uint4B
+0x070 DeCommitTotalFreeThreshold : Uint4B
+0x074 TotalFreeSize : Uint4B
+0x078 MaximumAllocationSize : Uint4B
+0x07c ProcessHeapsListIndex : Uint2B
+0x07e HeaderValidateLength : Uint2B
+0x080 HeaderValidateCopy : Ptr32 Void
+0x084 NextAvailableTagIndex : Uint2B
+0x086 MaximumTagIndex : Uint2B
+0x088 TagEntries : Ptr32 _HEAP_TAG_ENTRY
+0x08c UCRList : _LIST_ENTRY
+0x094 AlignRound : Uint4B
+0x098 AlignMask : Uint4B
+0x09c VirtualAllocdBlocks : _LIST_ENTRY
+0x0a4 SegmentList : _LIST_ENTRY
+0x0ac AllocatorBackTraceIndex : Uint2B
+0x0b0 NonDedicatedListLength : Uint4B
+0x0b4 BlocksIndex : Ptr32 Void
+0x0b8 UCRIndex : Ptr32 Void
+0x0bc PseudoTagEntries : Ptr32 _HEAP_PSEUDO_TAG_ENTRY
+0x0c0 FreeLists : _LIST_ENTRY
+0x0c8 LockVariable : Ptr32 _HEAP_LOCK
+0x0cc CommitRoutine : Ptr32 void
+0x0d0 StackTraceInitVar : _RTL_RUN_ONCE
+0x0d4 CommitLimitData : _RTL_HEAP_MEMORY_LIMIT_DATA
+0x0e4 FrontEndHeap : Ptr32 Void
+0x0e8 FrontHeapLockCount : Uint2B
+0x0ea FrontEndHeapType : UChar
+0x0eb RequestedFrontEndHeapType : UChar
+0x0ec FrontEndHeapUsageData : Ptr32 Wchar
+0x0f0 FrontEndHeapMaximumIndex : Uint2B
+0x0f2 FrontEndHeapStatusBitmap : [257] UChar
+0x1f4 Counters : _HEAP_COUNTERS
+0x250 TuningParameters : _HEAP_TUNING_PARAMETERS

struct _HEAP_COUNTERS 0x5c
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
+0x038 PollIntervalCounter : Uint4B
+0x03c DecommitsSinceLastCheck : Uint4B
+0x040 HeapPollInterval : Uint4B
+0x044 AllocAndFreeOps : Uint4B
+0x048 AllocationIndicesActive : Uint4B
+0x04c InBlockDeccommits : Uint4B
+0x050 InBlockDeccomitSize : Uint4B
+0x054 HighWatermarkSize : Uint4B
+0x058 LastPolledSize : Uint4B

struct _HEAP_ENTRY 0x8
+0x000 UnpackedEntry : _HEAP_UNPACKED_ENTRY
+0x000 Size : Uint2B
+0x002 Flags : UChar
+0x003 SmallTagIndex : UChar
+0x000 SubSegmentCode : Uint4B
+0x004 PreviousSize : Uint2B
+0x006 SegmentOffset : UChar
+0x006 LFHFlags : UChar
+0x007 UnusedBytes : UChar
+0x000 ExtendedEntry : _HEAP_EXTENDED_ENTRY
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
+0x004 Code234 : Uint4B
+0x000 AgregateCode : Uint8B

struct _HEAP_ENTRY_EXTRA 0x8
+0x000 AllocatorBackTraceIndex : Uint2B
+0x002 TagIndex : Uint2B
+0x004 Settable : Uint4B
+0x000 ZeroInit : Uint8B

struct _HEAP_EXTENDED_ENTRY 0x8
+0x000 FunctionIndex : Uint2B
+0x002 ContextValue : Uint2B
+0x000 InterceptorValue : Uint4B
+0x004 UnusedBytesLength : Uint2B
+0x006 EntryOffset : UChar
+0x007 ExtendedBlockSignature : UChar

struct _HEAP_FREE_ENTRY 0x10
+0x000 HeapEntry : _HEAP_ENTRY
+0x000 UnpackedEntry : _HEAP_UNPACKED_ENTRY
+0x000 Size : Uint2B
+0x002 Flags : UChar
+0x003 SmallTagIndex : UChar
+0x000 SubSegmentCode : Uint4B
+0x004 PreviousSize : Uint2B
+0x006 SegmentOffset : UChar
+0x006 LFHFlags : UChar
+0x007 UnusedBytes : UChar
+0x000 ExtendedEntry : _HEAP_EXTENDED_ENTRY
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
+0x004 Code234 : Uint4B
+0x000 AgregateCode : Uint8B
+0x008 FreeList : _LIST_ENTRY

struct _HEAP_BUCKET 0x4
+0x000 BlockUnits : Uint2B
+0x002 SizeIndex : UChar
+0x003 UseAffinity : Pos 0, 1 Bit
+0x003 DebugFlags : Pos 1, 2 Bits
+0x003 Flags : UChar

union _HEAP_BUCKET_COUNTERS 0x8
+0x000 TotalBlocks : Uint4B
+0x004 SubSegmentCounts : Uint4B
+0x000 Aggregate64 : Int8B

union _HEAP_BUCKET_RUN_INFO 0x8
+0x000 Bucket : Uint4B
+0x004 RunLength : Uint4B
+0x000 Aggregate64 : Int8B

struct _HEAP_LFH_MEM_POLICIES 0x4
+0x000 DisableAffinity : Pos 0, 1 Bit
+0x000 SlowSubsegmentGrowth : Pos 1, 1 Bit
+0x000 Spare : Pos 2, 30 Bits
+0x000 AllPolicies : Uint4B

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

struct _HEAP_LOCAL_DATA 0x18
+0x000 DeletedSubSegments : _SLIST_HEADER
+0x008 CrtZone : Ptr32 _LFH_BLOCK_ZONE
+0x00c LowFragHeap : Ptr32 _LFH_HEAP
+0x010 Sequence : Uint4B
+0x014 DeleteRateThreshold : Uint4B

struct _HEAP_LOCAL_SEGMENT_INFO 0x68
+0x000 LocalData : Ptr32 _HEAP_LOCAL_DATA
+0x004 ActiveSubsegment : Ptr32 _HEAP_SUBSEGMENT
+0x008 CachedItems : [16] Ptr32 _HEAP_SUBSEGMENT
+0x048 SListHeader : _SLIST_HEADER
+0x050 Counters : _HEAP_BUCKET_COUNTERS
+0x058 LastOpSequence : Uint4B
+0x05c BucketIndex : Uint2B
+0x05e LastUsed : Uint2B
+0x060 NoThrashCount : Uint2B

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

struct _HEAP_SUBSEGMENT 0x28
+0x000 LocalInfo : Ptr32 _HEAP_LOCAL_SEGMENT_INFO
+0x004 UserBlocks : Ptr32 _HEAP_USERDATA_HEADER
+0x008 DelayFreeList : _SLIST_HEADER
+0x010 AggregateExchg : _INTERLOCK_SEQ
+0x014 BlockSize : Uint2B
+0x016 Flags : Uint2B
+0x018 BlockCount : Uint2B
+0x01a SizeIndex : UChar
+0x01b AffinityIndex : UChar
+0x014 Alignment : [2] Uint4B
+0x01c Lock : Uint4B
+0x020 SFreeListEntry : _SINGLE_LIST_ENTRY

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

struct _HEAP_UNPACKED_ENTRY 0x8
+0x000 Size : Uint2B
+0x002 Flags : UChar
+0x003 SmallTagIndex : UChar
+0x000 SubSegmentCode : Uint4B
+0x004 PreviousSize : Uint2B
+0x006 SegmentOffset : UChar
+0x006 LFHFlags : UChar
+0x007 UnusedBytes : UChar

struct _HEAP_USERDATA_HEADER 0x20
+0x000 SFreeListEntry : _SINGLE_LIST_ENTRY
+0x000 SubSegment : Ptr32 _HEAP_SUBSEGMENT
+0x004 Reserved : Ptr32 Void
+0x008 SizeIndexAndPadding : Uint4B
+0x008 SizeIndex : UChar
+0x009 GuardPagePresent : UChar
+0x00a PaddingBytes : Uint2B
+0x00c Signature : Uint4B
+0x010 EncodedOffsets : _HEAP_USERDATA_OFFSETS
+0x014 BusyBitmap : _RTL_BITMAP
+0x01c BitmapData : [1] Uint4B

struct _HEAP_USERDATA_OFFSETS 0x4
+0x000 FirstAllocationOffset : Uint2B
+0x002 BlockStride : Uint2B
+0x000 StrideAndOffset : Uint4B

struct _HEAP_VIRTUAL_ALLOC_ENTRY 0x20
+0x000 Entry : _LIST_ENTRY
+0x008 ExtraStuff : _HEAP_ENTRY_EXTRA
+0x010 CommitSize : Uint4B
+0x014 ReserveSize : Uint4B
+0x018 BusyBlock : _HEAP_ENTRY

struct _INTERLOCK_SEQ 0x4
+0x000 Depth : Uint2B
+0x002 Hint : Pos 0, 15 Bits
+0x002 Lock : Pos 15, 1 Bit
+0x002 Hint16 : Uint2B
+0x000 Exchg : Int4B

struct _PEB 0x480
+0x000 InheritedAddressSpace : UChar
+0x001 ReadImageFileExecOptions : UChar
+0x002 BeingDebugged : UChar
+0x003 BitField : UChar
+0x003 ImageUsesLargePages : Pos 0, 1 Bit
+0x003 IsProtectedProcess : Pos 1, 1 Bit
+0x003 IsImageDynamicallyRelocated : Pos 2, 1 Bit
+0x003 SkipPatchingUser32Forwarders : Pos 3, 1 Bit
+0x003 IsPackagedProcess : Pos 4, 1 Bit
+0x003 IsAppContainer : Pos 5, 1 Bit
+0x003 IsProtectedProcessLight : Pos 6, 1 Bit
+0x003 IsLongPathAwareProcess : Pos 7, 1 Bit
+0x004 Mutant : Ptr32 Void
+0x008 ImageBaseAddress : Ptr32 Void
+0x00c Ldr : Ptr32 _PEB_LDR_DATA
+0x010 ProcessParameters : Ptr32 _RTL_USER_PROCESS_PARAMETERS
+0x014 SubSystemData : Ptr32 Void
+0x018 ProcessHeap : Ptr32 Void
+0x01c FastPebLock : Ptr32 _RTL_CRITICAL_SECTION
+0x020 AtlThunkSListPtr : Ptr32 _SLIST_HEADER
+0x024 IFEOKey : Ptr32 Void
+0x028 CrossProcessFlags : Uint4B
+0x028 ProcessInJob : Pos 0, 1 Bit
+0x028 ProcessInitializing : Pos 1, 1 Bit
+0x028 ProcessUsingVEH : Pos 2, 1 Bit
+0x028 ProcessUsingVCH : Pos 3, 1 Bit
+0x028 ProcessUsingFTH : Pos 4, 1 Bit
+0x028 ProcessPreviouslyThrottled : Pos 5, 1 Bit
+0x028 ProcessCurrentlyThrottled : Pos 6, 1 Bit
+0x028 ProcessImagesHotPatched : Pos 7, 1 Bit
+0x028 ReservedBits0 : Pos 8, 24 Bits
+0x02c KernelCallbackTable : Ptr32 Void
+0x02c UserSharedInfoPtr : Ptr32 Void
+0x030 SystemReserved : Uint4B
+0x034 AtlThunkSListPtr32 : Ptr32 _SLIST_HEADER
+0x038 ApiSetMap : Ptr32 Void
+0x03c TlsExpansionCounter : Uint4B
+0x040 TlsBitmap : Ptr32 Void
+0x044 TlsBitmapBits : [2] Uint4B
+0x04c ReadOnlySharedMemoryBase : Ptr32 Void
+0x050 SharedData : Ptr32 Void
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
+0x20c SparePointers : [4] Ptr32 Void
+0x21c SpareUlongs : [5] Uint4B
+0x230 WerRegistrationData : Ptr32 Void
+0x234 WerShipAssertPtr : Ptr32 Void
+0x238 pUnused : Ptr32 Void
+0x23c pImageHeaderHash : Ptr32 Void
+0x240 TracingFlags : Uint4B
+0x240 HeapTracingEnabled : Pos 0, 1 Bit
+0x240 CritSecTracingEnabled : Pos 1, 1 Bit
+0x240 LibLoaderTracingEnabled : Pos 2, 1 Bit
+0x240 SpareTracingBits : Pos 3, 29 Bits
+0x248 CsrServerReadOnlySharedMemoryBase : Uint8B
+0x250 TppWorkerpListLock : Uint4B
+0x254 TppWorkerpList : _LIST_ENTRY
+0x25c WaitOnAddressHashTable : [128] Ptr32 Void
+0x45c TelemetryCoverageHeader : Ptr32 Void
+0x460 CloudFileFlags : Uint4B
+0x464 CloudFileDiagFlags : Uint4B
+0x468 PlaceholderCompatibilityMode : Char
+0x469 PlaceholderCompatibilityModeReserved : [7] Char
+0x470 LeapSecondData : Ptr32 _LEAP_SECOND_DATA
+0x474 LeapSecondFlags : Uint4B
+0x474 SixtySecondEnabled : Pos 0, 1 Bit
+0x474 Reserved : Pos 1, 31 Bits
+0x478 NtGlobalFlag2 : Uint4B

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

union _ULARGE_INTEGER 0x8
+0x000 LowPart : Uint4B
+0x004 HighPart : Uint4B
+0x000 u : <unnamed-tag> 0x8
+0x000 QuadPart : Uint8B

struct _TEB 0x1000
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
+0x0cc ReservedForDebuggerInstrumentation : [16] Ptr32 Void
+0x10c SystemReserved1 : [26] Ptr32 Void
+0x174 PlaceholderCompatibilityMode : Char
+0x175 PlaceholderHydrationAlwaysExplicit : UChar
+0x176 PlaceholderReserved : [10] Char
+0x180 ProxiedProcessId : Uint4B
+0x184 _ActivationStack : _ACTIVATION_CONTEXT_STACK
+0x19c WorkingOnBehalfTicket : [8] UChar
+0x1a4 ExceptionCode : Int4B
+0x1a8 ActivationContextStackPointer : Ptr32 _ACTIVATION_CONTEXT_STACK
+0x1ac InstrumentationCallbackSp : Uint4B
+0x1b0 InstrumentationCallbackPreviousPc : Uint4B
+0x1b4 InstrumentationCallbackPreviousSp : Uint4B
+0x1b8 InstrumentationCallbackDisabled : UChar
+0x1b9 SpareBytes : [23] UChar
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
+0xf64 PerflibData : Ptr32 Void
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
+0xf8c ReservedForCodeCoverage : Uint4B
+0xf90 ThreadPoolData : Ptr32 Void
+0xf94 TlsExpansionSlots : Ptr32 Ptr32 Void
+0xf98 MuiGeneration : Uint4B
+0xf9c IsImpersonating : Uint4B
+0xfa0 NlsCache : Ptr32 Void
+0xfa4 pShimData : Ptr32 Void
+0xfa8 HeapData : Uint4B
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
+0xfca SessionAware : Pos 11, 1 Bit
+0xfca LoadOwner : Pos 12, 1 Bit
+0xfca LoaderWorker : Pos 13, 1 Bit
+0xfca SkipLoaderInit : Pos 14, 1 Bit
+0xfca SpareSameTebBits : Pos 15, 1 Bit
+0xfcc TxnScopeEnterCallback : Ptr32 Void
+0xfd0 TxnScopeExitCallback : Ptr32 Void
+0xfd4 TxnScopeContext : Ptr32 Void
+0xfd8 LockCount : Uint4B
+0xfdc WowTebOffset : Int4B
+0xfe0 ResourceRetValue : Ptr32 Void
+0xfe4 ReservedForWdf : Ptr32 Void
+0xfe8 ReservedForCrt : Uint8B
+0xff0 EffectiveContainerId : _GUID

struct _PROCESSOR_NUMBER 0x4
+0x000 Group : Uint2B
+0x002 Number : UChar
+0x003 Reserved : UChar

struct _LDR_DATA_TABLE_ENTRY 0xa8
+0x000 InLoadOrderLinks : _LIST_ENTRY
+0x008 InMemoryOrderLinks : _LIST_ENTRY
+0x010 InInitializationOrderLinks : _LIST_ENTRY
+0x018 DllBase : Ptr32 Void
+0x01c EntryPoint : Ptr32 Void
+0x020 SizeOfImage : Uint4B
+0x024 FullDllName : _UNICODE_STRING
+0x02c BaseDllName : _UNICODE_STRING
+0x034 FlagGroup : [4] UChar
+0x034 Flags : Uint4B
+0x034 PackagedBinary : Pos 0, 1 Bit
+0x034 MarkedForRemoval : Pos 1, 1 Bit
+0x034 ImageDll : Pos 2, 1 Bit
+0x034 LoadNotificationsSent : Pos 3, 1 Bit
+0x034 TelemetryEntryProcessed : Pos 4, 1 Bit
+0x034 ProcessStaticImport : Pos 5, 1 Bit
+0x034 InLegacyLists : Pos 6, 1 Bit
+0x034 InIndexes : Pos 7, 1 Bit
+0x034 ShimDll : Pos 8, 1 Bit
+0x034 InExceptionTable : Pos 9, 1 Bit
+0x034 ReservedFlags1 : Pos 10, 2 Bits
+0x034 LoadInProgress : Pos 12, 1 Bit
+0x034 LoadConfigProcessed : Pos 13, 1 Bit
+0x034 EntryProcessed : Pos 14, 1 Bit
+0x034 ProtectDelayLoad : Pos 15, 1 Bit
+0x034 ReservedFlags3 : Pos 16, 2 Bits
+0x034 DontCallForThreads : Pos 18, 1 Bit
+0x034 ProcessAttachCalled : Pos 19, 1 Bit
+0x034 ProcessAttachFailed : Pos 20, 1 Bit
+0x034 CorDeferredValidate : Pos 21, 1 Bit
+0x034 CorImage : Pos 22, 1 Bit
+0x034 DontRelocate : Pos 23, 1 Bit
+0x034 CorILOnly : Pos 24, 1 Bit
+0x034 ChpeImage : Pos 25, 1 Bit
+0x034 ReservedFlags5 : Pos 26, 2 Bits
+0x034 Redirected : Pos 28, 1 Bit
+0x034 ReservedFlags6 : Pos 29, 2 Bits
+0x034 CompatDatabaseProcessed : Pos 31, 1 Bit
+0x038 ObsoleteLoadCount : Uint2B
+0x03a TlsIndex : Uint2B
+0x03c HashLinks : _LIST_ENTRY
+0x044 TimeDateStamp : Uint4B
+0x048 EntryPointActivationContext : Ptr32 _ACTIVATION_CONTEXT
+0x04c Lock : Ptr32 Void
+0x050 DdagNode : Ptr32 _LDR_DDAG_NODE
+0x054 NodeModuleLink : _LIST_ENTRY
+0x05c LoadContext : Ptr32 _LDRP_LOAD_CONTEXT
+0x060 ParentDllBase : Ptr32 Void
+0x064 SwitchBackContext : Ptr32 Void
+0x068 BaseAddressIndexNode : _RTL_BALANCED_NODE
+0x074 MappingInfoIndexNode : _RTL_BALANCED_NODE
+0x080 OriginalBase : Uint4B
+0x088 LoadTime : _LARGE_INTEGER
+0x090 BaseNameHashValue : Uint4B
+0x094 LoadReason : _LDR_DLL_LOAD_REASON
+0x098 ImplicitPathOptions : Uint4B
+0x09c ReferenceCount : Uint4B
+0x0a0 DependentLoadFlags : Uint4B
+0x0a4 SigningLevel : UChar

struct _LDR_DDAG_NODE 0x2c
+0x000 Modules : _LIST_ENTRY
+0x008 ServiceTagList : Ptr32 _LDR_SERVICE_TAG_RECORD
+0x00c LoadCount : Uint4B
+0x010 LoadWhileUnloadingCount : Uint4B
+0x014 LowestLink : Uint4B
+0x018 Dependencies : _LDRP_CSLIST
+0x01c IncomingDependencies : _LDRP_CSLIST
+0x020 State : _LDR_DDAG_STATE
+0x024 CondenseLink : _SINGLE_LIST_ENTRY
+0x028 PreorderNumber : Uint4B

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

enum _LDR_DLL_LOAD_REASON 0x4
= 0 LoadReasonStaticDependency
= 1 LoadReasonStaticForwarderDependency
= 2 LoadReasonDynamicForwarderDependency
= 3 LoadReasonDelayloadDependency
= 4 LoadReasonDynamicLoad
= 5 LoadReasonAsImageLoad
= 6 LoadReasonAsDataLoad
= 7 LoadReasonEnclavePrimary
= 8 LoadReasonEnclaveDependency
= -1 LoadReasonUnknown

struct _LEAP_SECOND_DATA 0x10
+0x000 Enabled : UChar
+0x004 Count : Uint4B
+0x008 Data : [1] _LARGE_INTEGER

struct _LFH_BLOCK_ZONE 0xc
+0x000 ListEntry : _LIST_ENTRY
+0x008 NextIndex : Int4B

struct _LFH_HEAP 0x7e8
+0x000 Lock : _RTL_SRWLOCK
+0x004 SubSegmentZones : _LIST_ENTRY
+0x00c Heap : Ptr32 Void
+0x010 NextSegmentInfoArrayAddress : Ptr32 Void
+0x014 FirstUncommittedAddress : Ptr32 Void
+0x018 ReservedAddressLimit : Ptr32 Void
+0x01c SegmentCreate : Uint4B
+0x020 SegmentDelete : Uint4B
+0x024 MinimumCacheDepth : Uint4B
+0x028 CacheShiftThreshold : Uint4B
+0x02c SizeInCache : Uint4B
+0x030 RunInfo : _HEAP_BUCKET_RUN_INFO
+0x038 UserBlockCache : [12] _USER_MEMORY_CACHE_ENTRY
+0x1b8 MemoryPolicies : _HEAP_LFH_MEM_POLICIES
+0x1bc Buckets : [129] _HEAP_BUCKET
+0x3c0 SegmentInfoArrays : [129] Ptr32 _HEAP_LOCAL_SEGMENT_INFO
+0x5c4 AffinitizedInfoArrays : [129] Ptr32 _HEAP_LOCAL_SEGMENT_INFO
+0x7c8 SegmentAllocator : Ptr32 _SEGMENT_HEAP
+0x7d0 LocalData : [1] _HEAP_LOCAL_DATA

# size from the _LFH_HEAP.UserBlockCache array (0x180 / 12); fields not transcribed
struct _USER_MEMORY_CACHE_ENTRY 0x20 partial

struct _LIST_ENTRY 0x8
+0x000 Flink : Ptr32 _LIST_ENTRY
+0x004 Blink : Ptr32 _LIST_ENTRY

struct _M128A 0x10
+0x000 Low : Uint8B
+0x008 High : Int8B

struct _GUID 0x10
+0x000 Data1 : Uint4B
+0x004 Data2 : Uint2B
+0x006 Data3 : Uint2B
+0x008 Data4 : [8] UChar

struct _GDI_TEB_BATCH 0x4e0
+0x000 Offset : Pos 0, 31 Bits
+0x000 HasRenderingCommand : Pos 31, 1 Bit
+0x004 HDC : Uint4B
+0x008 Buffer : [310] Uint4B

struct _FLOATING_SAVE_AREA 0x70
+0x000 ControlWord : Uint4B
+0x004 StatusWord : Uint4B
+0x008 TagWord : Uint4B
+0x00c ErrorOffset : Uint4B
+0x010 ErrorSelector : Uint4B
+0x014 DataOffset : Uint4B
+0x018 DataSelector : Uint4B
+0x01c RegisterArea : [80] UChar
+0x06c Spare0 : Uint4B

struct _RTL_USER_PROCESS_PARAMETERS 0x2c0
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
+0x298 PackageDependencyData : Ptr32 Void
+0x29c ProcessGroupId : Uint4B
+0x2a0 LoaderThreads : Uint4B
+0x2a4 RedirectionDllName : _UNICODE_STRING
+0x2ac HeapPartitionName : _UNICODE_STRING
+0x2b4 DefaultThreadpoolCpuSetMasks : Ptr32 Uint8B
+0x2b8 DefaultThreadpoolCpuSetMaskCount : Uint4B
+0x2bc DefaultThreadpoolThreadMaximum : Uint4B

struct _SEGMENT_HEAP 0x580
+0x000 EnvHandle : RTL_HP_ENV_HANDLE
+0x008 Signature : Uint4B
+0x00c GlobalFlags : Uint4B
+0x010 Interceptor : Uint4B
+0x014 ProcessHeapListIndex : Uint2B
+0x016 AllocatedFromMetadata : Pos 0, 1 Bit
+0x018 CommitLimitData : _RTL_HEAP_MEMORY_LIMIT_DATA
+0x018 ReservedMustBeZero1 : Uint4B
+0x01c UserContext : Ptr32 Void
+0x020 ReservedMustBeZero2 : Uint4B
+0x024 Spare : Ptr32 Void
+0x040 LargeMetadataLock : Uint4B
+0x044 LargeAllocMetadata : _RTL_RB_TREE
+0x04c LargeReservedPages : Uint4B
+0x050 LargeCommittedPages : Uint4B
+0x054 StackTraceInitVar : _RTL_RUN_ONCE
+0x080 MemStats : _HEAP_RUNTIME_MEMORY_STATS
+0x0ac GlobalLockCount : Uint2B
+0x0b0 GlobalLockOwner : Uint4B
+0x0b4 ContextExtendLock : Uint4B
+0x0b8 AllocatedBase : Ptr32 UChar
+0x0bc UncommittedBase : Ptr32 UChar
+0x0c0 ReservedLimit : Ptr32 UChar
+0x100 SegContexts : [2] _HEAP_SEG_CONTEXT
+0x200 VsContext : _HEAP_VS_CONTEXT
+0x2c0 LfhContext : _HEAP_LFH_CONTEXT

# segment-heap member types (the heap walker only detects segment heaps)
# RTL_HP_ENV_HANDLE: { h[2] pointers }, as a string search found it in a PDB-derived dump of the same format
struct RTL_HP_ENV_HANDLE 0x8
+0x000 h : [2] Ptr32 Void

struct _HEAP_RUNTIME_MEMORY_STATS 0x2c
+0x000 TotalReservedPages : Uint4B
+0x004 TotalCommittedPages : Uint4B
+0x008 FreeCommittedPages : Uint4B
+0x00c LfhFreeCommittedPages : Uint4B
+0x010 LargePageStats : [2] _HEAP_OPPORTUNISTIC_LARGE_PAGE_STATS
+0x020 LargePageUtilizationPolicy : _RTL_HP_SEG_ALLOC_POLICY

struct _HEAP_OPPORTUNISTIC_LARGE_PAGE_STATS 0x8
+0x000 SmallPagesInUseWithinLarge : Uint4B
+0x004 OpportunisticLargePageCount : Uint4B

struct _RTL_HP_SEG_ALLOC_POLICY 0xc
+0x000 MinLargePages : Uint4B
+0x004 MaxLargePages : Uint4B
+0x008 MinUtilization : UChar

struct _HEAP_SEG_CONTEXT 0x80
+0x000 SegmentMask : Uint4B
+0x004 UnitShift : UChar
+0x005 PagesPerUnitShift : UChar
+0x006 FirstDescriptorIndex : UChar
+0x007 CachedCommitSoftShift : UChar
+0x008 CachedCommitHighShift : UChar
+0x009 Flags : <unnamed-tag> 0x1
+0x00c MaxAllocationSize : Uint4B
+0x010 OlpStatsOffset : Int2B
+0x012 MemStatsOffset : Int2B
+0x014 LfhContext : Ptr32 Void
+0x018 VsContext : Ptr32 Void
+0x01c EnvHandle : RTL_HP_ENV_HANDLE
+0x024 Heap : Ptr32 Void
+0x040 SegmentLock : Uint4B
+0x044 SegmentListHead : _LIST_ENTRY
+0x04c SegmentCount : Uint4B
+0x050 FreePageRanges : _RTL_RB_TREE
+0x058 FreeSegmentListLock : Uint4B
+0x05c FreeSegmentList : [2] _SINGLE_LIST_ENTRY

struct _HEAP_VS_CONTEXT 0xc0
+0x000 Lock : Uint4B
+0x004 LockType : _RTLP_HP_LOCK_TYPE
+0x008 FreeChunkTree : _RTL_RB_TREE
+0x010 SubsegmentList : _LIST_ENTRY
+0x018 TotalCommittedUnits : Uint4B
+0x01c FreeCommittedUnits : Uint4B
+0x040 DelayFreeContext : _HEAP_VS_DELAY_FREE_CONTEXT
+0x080 BackendCtx : Ptr32 Void
+0x084 Callbacks : _HEAP_SUBALLOCATOR_CALLBACKS
+0x098 Config : _RTL_HP_VS_CONFIG
+0x09c Flags : Uint4B

enum _RTLP_HP_LOCK_TYPE 0x4
= 0 HeapLockPaged
= 1 HeapLockNonPaged
= 2 HeapLockTypeMax

struct _HEAP_VS_DELAY_FREE_CONTEXT 0x8
+0x000 ListHead : _SLIST_HEADER

struct _HEAP_SUBALLOCATOR_CALLBACKS 0x14
+0x000 Allocate : Uint4B
+0x004 Free : Uint4B
+0x008 Commit : Uint4B
+0x00c Decommit : Uint4B
+0x010 ExtendContext : Uint4B

struct _RTL_HP_VS_CONFIG 0x4
+0x000 Flags : <unnamed-tag> 0x4

struct _HEAP_LFH_CONTEXT 0x2c0
+0x000 BackendCtx : Ptr32 Void
+0x004 Callbacks : _HEAP_SUBALLOCATOR_CALLBACKS
+0x018 AffinityModArray : Ptr32 UChar
+0x01c MaxAffinity : UChar
+0x01d LockType : UChar
+0x01e MemStatsOffset : Int2B
+0x020 Config : _RTL_HP_LFH_CONFIG
+0x040 BucketStats : _HEAP_LFH_SUBSEGMENT_STATS
+0x044 SubsegmentCreationLock : Uint4B
+0x080 Buckets : [129] Ptr32 _HEAP_LFH_BUCKET

struct _RTL_HP_LFH_CONFIG 0x4
+0x000 MaxBlockSize : Uint2B
+0x002 WitholdPageCrossingBlocks : Pos 0, 1 Bit
+0x002 DisableRandomization : Pos 1, 1 Bit

union _HEAP_LFH_SUBSEGMENT_STATS 0x4
+0x000 Buckets : [2] _HEAP_LFH_SUBSEGMENT_STAT
+0x000 AllStats : Ptr32 Void

struct _HEAP_LFH_SUBSEGMENT_STAT 0x2
+0x000 Index : UChar
+0x001 Count : UChar

struct _SINGLE_LIST_ENTRY 0x4
+0x000 Next : Ptr32 _SINGLE_LIST_ENTRY

union _SLIST_HEADER 0x8
+0x000 Alignment : Uint8B
+0x000 Next : _SINGLE_LIST_ENTRY
+0x004 Depth : Uint2B
+0x006 CpuId : Uint2B

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

struct _RTL_BALANCED_NODE 0xc
+0x000 Children : [2] Ptr32 _RTL_BALANCED_NODE
+0x000 Left : Ptr32 _RTL_BALANCED_NODE
+0x004 Right : Ptr32 _RTL_BALANCED_NODE
+0x008 Red : Pos 0, 1 Bit
+0x008 Balance : Pos 0, 2 Bits
+0x008 ParentValue : Uint4B

struct _RTL_BITMAP 0x8
+0x000 SizeOfBitMap : Uint4B
+0x004 Buffer : Ptr32 Uint4B

struct _RTL_CRITICAL_SECTION 0x18
+0x000 DebugInfo : Ptr32 _RTL_CRITICAL_SECTION_DEBUG
+0x004 LockCount : Int4B
+0x008 RecursionCount : Int4B
+0x00c OwningThread : Ptr32 Void
+0x010 LockSemaphore : Ptr32 Void
+0x014 SpinCount : Uint4B

struct _RTL_CRITICAL_SECTION_DEBUG 0x20
+0x000 Type : Uint2B
+0x002 CreatorBackTraceIndex : Uint2B
+0x004 CriticalSection : Ptr32 _RTL_CRITICAL_SECTION
+0x008 ProcessLocksList : _LIST_ENTRY
+0x010 EntryCount : Uint4B
+0x014 ContentionCount : Uint4B
+0x018 Flags : Uint4B
+0x01c CreatorBackTraceIndexHigh : Uint2B
+0x01e SpareUSHORT : Uint2B

struct _RTL_DRIVE_LETTER_CURDIR 0x10
+0x000 Flags : Uint2B
+0x002 Length : Uint2B
+0x004 TimeStamp : Uint4B
+0x008 DosPath : _STRING

struct _RTL_HEAP_MEMORY_LIMIT_DATA 0x10
+0x000 CommitLimitBytes : Uint4B
+0x004 CommitLimitFailureCode : Uint4B
+0x008 MaxAllocationSizeBytes : Uint4B
+0x00c AllocationLimitFailureCode : Uint4B

struct _RTL_RB_TREE 0x8
+0x000 Root : Ptr32 _RTL_BALANCED_NODE
+0x004 Encoded : Pos 0, 1 Bit
+0x004 Min : Ptr32 _RTL_BALANCED_NODE

union _RTL_RUN_ONCE 0x4
+0x000 Ptr : Ptr32 Void
+0x000 Value : Uint4B
+0x000 State : Pos 0, 2 Bits

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

struct _KUSER_SHARED_DATA 0x720
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
+0x248 AitSamplingValue : Uint4B
+0x24c AppCompatFlag : Uint4B
+0x250 RNGSeedVersion : Uint8B
+0x258 GlobalValidationRunlevel : Uint4B
+0x25c TimeZoneBiasStamp : Int4B
+0x260 NtBuildNumber : Uint4B
+0x264 NtProductType : _NT_PRODUCT_TYPE
+0x268 ProductTypeIsValid : UChar
+0x269 Reserved0 : [1] UChar
+0x26a NativeProcessorArchitecture : Uint2B
+0x26c NtMajorVersion : Uint4B
+0x270 NtMinorVersion : Uint4B
+0x274 ProcessorFeatures : [64] UChar
+0x2b4 Reserved1 : Uint4B
+0x2b8 Reserved3 : Uint4B
+0x2bc TimeSlip : Uint4B
+0x2c0 AlternativeArchitecture : _ALTERNATIVE_ARCHITECTURE_TYPE
+0x2c4 BootId : Uint4B
+0x2c8 SystemExpirationDate : _LARGE_INTEGER
+0x2d0 SuiteMask : Uint4B
+0x2d4 KdDebuggerEnabled : UChar
+0x2d5 MitigationPolicies : UChar
+0x2d5 NXSupportPolicy : Pos 0, 2 Bits
+0x2d5 SEHValidationPolicy : Pos 2, 2 Bits
+0x2d5 CurDirDevicesSkippedForDlls : Pos 4, 2 Bits
+0x2d5 Reserved : Pos 6, 2 Bits
+0x2d6 CyclesPerYield : Uint2B
+0x2d8 ActiveConsoleId : Uint4B
+0x2dc DismountCount : Uint4B
+0x2e0 ComPlusPackage : Uint4B
+0x2e4 LastSystemRITEventTickCount : Uint4B
+0x2e8 NumberOfPhysicalPages : Uint4B
+0x2ec SafeBootMode : UChar
+0x2ed VirtualizationFlags : UChar
+0x2ee Reserved12 : [2] UChar
+0x2f0 SharedDataFlags : Uint4B
+0x2f0 DbgErrorPortPresent : Pos 0, 1 Bit
+0x2f0 DbgElevationEnabled : Pos 1, 1 Bit
+0x2f0 DbgVirtEnabled : Pos 2, 1 Bit
+0x2f0 DbgInstallerDetectEnabled : Pos 3, 1 Bit
+0x2f0 DbgLkgEnabled : Pos 4, 1 Bit
+0x2f0 DbgDynProcessorEnabled : Pos 5, 1 Bit
+0x2f0 DbgConsoleBrokerEnabled : Pos 6, 1 Bit
+0x2f0 DbgSecureBootEnabled : Pos 7, 1 Bit
+0x2f0 DbgMultiSessionSku : Pos 8, 1 Bit
+0x2f0 DbgMultiUsersInSessionSku : Pos 9, 1 Bit
+0x2f0 DbgStateSeparationEnabled : Pos 10, 1 Bit
+0x2f0 SpareBits : Pos 11, 21 Bits
+0x2f4 DataFlagsPad : [1] Uint4B
+0x2f8 TestRetInstruction : Uint8B
+0x300 QpcFrequency : Int8B
+0x308 SystemCall : Uint4B
+0x30c UserCetAvailableEnvironments : <unnamed-tag> 0x4
+0x310 SystemCallPad : [2] Uint8B
+0x320 TickCount : _KSYSTEM_TIME
+0x320 TickCountQuad : Uint8B
+0x320 ReservedTickCountOverlay : [3] Uint4B
+0x32c TickCountPad : [1] Uint4B
+0x330 Cookie : Uint4B
+0x334 CookiePad : [1] Uint4B
+0x338 ConsoleSessionForegroundProcessId : Int8B
+0x340 TimeUpdateLock : Uint8B
+0x348 BaselineSystemTimeQpc : Uint8B
+0x350 BaselineInterruptTimeQpc : Uint8B
+0x358 QpcSystemTimeIncrement : Uint8B
+0x360 QpcInterruptTimeIncrement : Uint8B
+0x368 QpcSystemTimeIncrementShift : UChar
+0x369 QpcInterruptTimeIncrementShift : UChar
+0x36a UnparkedProcessorCount : Uint2B
+0x36c EnclaveFeatureMask : [4] Uint4B
+0x37c TelemetryCoverageRound : Uint4B
+0x380 UserModeGlobalLogger : [16] Uint2B
+0x3a0 ImageFileExecutionOptions : Uint4B
+0x3a4 LangGenerationCount : Uint4B
+0x3a8 Reserved4 : Uint8B
+0x3b0 InterruptTimeBias : Uint8B
+0x3b8 QpcBias : Uint8B
+0x3c0 ActiveProcessorCount : Uint4B
+0x3c4 ActiveGroupCount : UChar
+0x3c5 Reserved9 : UChar
+0x3c6 QpcData : Uint2B
+0x3c6 QpcBypassEnabled : UChar
+0x3c7 QpcShift : UChar
+0x3c8 TimeZoneBiasEffectiveStart : _LARGE_INTEGER
+0x3d0 TimeZoneBiasEffectiveEnd : _LARGE_INTEGER
+0x3d8 XState : _XSTATE_CONFIGURATION
+0x710 FeatureConfigurationChangeStamp : _KSYSTEM_TIME
+0x71c Spare : Uint4B

# size from the _KUSER_SHARED_DATA offsets (0x710 - 0x3d8); fields not transcribed
struct _XSTATE_CONFIGURATION 0x338 partial

enum _NT_PRODUCT_TYPE 0x4
= 1 NtProductWinNt
= 2 NtProductLanManNt
= 3 NtProductServer
enum _ALTERNATIVE_ARCHITECTURE_TYPE 0x4
= 0 StandardDesign
= 1 NEC98x86
= 2 EndAlternatives

struct _LDRP_CSLIST 0x4
+0x000 Tail : Ptr32 _SINGLE_LIST_ENTRY

union _LARGE_INTEGER 0x8
+0x000 LowPart : Uint4B
+0x004 HighPart : Int4B
+0x000 u : <unnamed-tag> 0x8
+0x000 QuadPart : Int8B

struct _KSYSTEM_TIME 0xc
+0x000 LowPart : Uint4B
+0x004 High1Time : Int4B
+0x008 High2Time : Int4B

struct _ACTIVATION_CONTEXT_STACK 0x18
+0x000 ActiveFrame : Ptr32 _RTL_ACTIVATION_CONTEXT_STACK_FRAME
+0x004 FrameListCache : _LIST_ENTRY
+0x00c Flags : Uint4B
+0x010 NextCookieSequenceNumber : Uint4B
+0x014 StackId : Uint4B

struct _CLIENT_ID 0x8
+0x000 UniqueProcess : Ptr32 Void
+0x004 UniqueThread : Ptr32 Void

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

struct _NT_TIB 0x1c
+0x000 ExceptionList : Ptr32 _EXCEPTION_REGISTRATION_RECORD
+0x004 StackBase : Ptr32 Void
+0x008 StackLimit : Ptr32 Void
+0x00c SubSystemTib : Ptr32 Void
+0x010 FiberData : Ptr32 Void
+0x010 Version : Uint4B
+0x014 ArbitraryUserPointer : Ptr32 Void
+0x018 Self : Ptr32 _NT_TIB

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

struct _UNICODE_STRING 0x8
+0x000 Length : Uint2B
+0x002 MaximumLength : Uint2B
+0x004 Buffer : Ptr32 Wchar
"""#
}
