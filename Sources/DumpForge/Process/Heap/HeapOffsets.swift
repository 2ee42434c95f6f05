/// x64 `_HEAP` / `_HEAP_SEGMENT` field offsets for the build being imitated.
/// Source: nt-layouts.md §3.1 (ntdiff/headers PDB dumps `Win7_SP1/x64/System32/ntdll.dll/ALL_SORTED.h`
/// and `Win10_2004_20H1/x64/System32/ntdll.dll/ALL_SORTED.h`). Win11 uses the 2004 layout
/// (nt-layouts.md §7.2: assumed identical). Written independently of DumpModel on purpose.
struct HeapOffsets {
  // _HEAP_SEGMENT part (identical Win7 SP1 → Win10 2004 x64; §3.1 rows 1–9, §3.3 _HEAP_SEGMENT).
  static let segmentSignature = 0x010
  static let segmentFlags = 0x014
  static let segmentListEntry = 0x018
  static let segmentHeap = 0x028
  static let segmentBaseAddress = 0x030
  static let segmentNumberOfPages = 0x038
  static let segmentFirstEntry = 0x040
  static let segmentLastValidEntry = 0x048
  static let segmentUncommittedPages = 0x050
  static let segmentUncommittedRanges = 0x054
  static let segmentAllocatorBackTraceIndex = 0x058
  static let segmentUCRSegmentList = 0x060
  /// sizeof(_HEAP_SEGMENT) x64 (§3.3).
  static let segmentHeaderSize = 0x70

  // _HEAP fields stable Win7 → Win11 x64 (§3.1).
  static let flags = 0x070
  static let forceFlags = 0x074
  static let compatibilityFlags = 0x078
  static let encodeFlagMask = 0x07C
  static let encoding = 0x080

  let pointerKey: Int?
  let interceptor: Int
  let virtualMemoryThreshold: Int
  let signature: Int
  let segmentReserve: Int
  let segmentCommit: Int
  let deCommitFreeBlockThreshold: Int
  let deCommitTotalFreeThreshold: Int
  let totalFreeSize: Int
  let maximumAllocationSize: Int
  let processHeapsListIndex: Int
  let headerValidateLength: Int
  let ucrList: Int
  let alignRound: Int
  let alignMask: Int
  let virtualAllocdBlocks: Int
  let segmentList: Int
  let allocatorBackTraceIndex: Int
  let blocksIndex: Int
  let freeLists: Int
  let lockVariable: Int
  let frontEndHeap: Int
  let frontEndHeapType: Int
  let counters: Int
  /// sizeof(_HEAP).
  let size: Int

  /// Win7 SP1 x64 column of §3.1.
  static let win7SP1 = HeapOffsets(
    pointerKey: 0x090, interceptor: 0x098, virtualMemoryThreshold: 0x09C, signature: 0x0A0, segmentReserve: 0x0A8,
    segmentCommit: 0x0B0, deCommitFreeBlockThreshold: 0x0B8, deCommitTotalFreeThreshold: 0x0C0, totalFreeSize: 0x0C8,
    maximumAllocationSize: 0x0D0, processHeapsListIndex: 0x0D8, headerValidateLength: 0x0DA, ucrList: 0x0F8,
    alignRound: 0x108, alignMask: 0x110, virtualAllocdBlocks: 0x118, segmentList: 0x128,
    allocatorBackTraceIndex: 0x138, blocksIndex: 0x140, freeLists: 0x158, lockVariable: 0x168, frontEndHeap: 0x178,
    frontEndHeapType: 0x182, counters: 0x188, size: 0x208)

  /// Win10 2004 x64 column of §3.1 (FrontEndHeap moved to 0x198 after StackTraceInitVar/CommitLimitData).
  static let win10v2004 = HeapOffsets(
    pointerKey: nil, interceptor: 0x090, virtualMemoryThreshold: 0x094, signature: 0x098, segmentReserve: 0x0A0,
    segmentCommit: 0x0A8, deCommitFreeBlockThreshold: 0x0B0, deCommitTotalFreeThreshold: 0x0B8, totalFreeSize: 0x0C0,
    maximumAllocationSize: 0x0C8, processHeapsListIndex: 0x0D0, headerValidateLength: 0x0D2, ucrList: 0x0F0,
    alignRound: 0x100, alignMask: 0x108, virtualAllocdBlocks: 0x110, segmentList: 0x120,
    allocatorBackTraceIndex: 0x130, blocksIndex: 0x138, freeLists: 0x150, lockVariable: 0x160, frontEndHeap: 0x198,
    frontEndHeapType: 0x1A2, counters: 0x238, size: 0x2C0)

  /// Win7 SP1 x86 column of §3.1 (ntdiff Win7_SP1/x86 ntdll ALL_SORTED.h).
  static let win7SP1X86 = HeapOffsets(
    pointerKey: 0x58, interceptor: 0x5C, virtualMemoryThreshold: 0x60, signature: 0x64, segmentReserve: 0x68,
    segmentCommit: 0x6C, deCommitFreeBlockThreshold: 0x70, deCommitTotalFreeThreshold: 0x74, totalFreeSize: 0x78,
    maximumAllocationSize: 0x7C, processHeapsListIndex: 0x80, headerValidateLength: 0x82, ucrList: 0x90,
    alignRound: 0x98, alignMask: 0x9C, virtualAllocdBlocks: 0xA0, segmentList: 0xA8,
    allocatorBackTraceIndex: 0xB0, blocksIndex: 0xB8, freeLists: 0xC4, lockVariable: 0xCC, frontEndHeap: 0xD4,
    frontEndHeapType: 0xDA, counters: 0xDC, size: 0x138)

  /// Win10 x86 column of §3.1 (an ntdiff x86 ntdll dump of a 19H1+-era build, exact build unverified [U]).
  static let win10X86 = HeapOffsets(
    pointerKey: nil, interceptor: 0x58, virtualMemoryThreshold: 0x5C, signature: 0x60, segmentReserve: 0x64,
    segmentCommit: 0x68, deCommitFreeBlockThreshold: 0x6C, deCommitTotalFreeThreshold: 0x70, totalFreeSize: 0x74,
    maximumAllocationSize: 0x78, processHeapsListIndex: 0x7C, headerValidateLength: 0x7E, ucrList: 0x8C,
    alignRound: 0x94, alignMask: 0x98, virtualAllocdBlocks: 0x9C, segmentList: 0xA4,
    allocatorBackTraceIndex: 0xAC, blocksIndex: 0xB4, freeLists: 0xC0, lockVariable: 0xC8, frontEndHeap: 0xE4,
    frontEndHeapType: 0xEA, counters: 0x1F4, size: 0x258)

  static func forOS(_ os: OperatingSystemProfile) -> HeapOffsets {
    switch os {
    case .win7SP1X64: return win7SP1
    case .win7SP1X86: return win7SP1X86
    case .win10X86: return win10X86
    case .win10X64, .win11X64: return win10v2004
    }
  }

  // _HEAP_COUNTERS (first fields identical Win7/Win10 x64, §3.1 "_HEAP_COUNTERS").
  static let countersTotalMemoryReserved = 0x00
  static let countersTotalMemoryCommitted = 0x08
  static let countersTotalMemoryLargeUCR = 0x10
  static let countersTotalSizeInVirtualBlocks = 0x18
  static let countersTotalSegments = 0x20
  static let countersTotalUCRs = 0x24
}

/// Block-level constants (nt-layouts.md §3.2–§3.5, x64).
enum HeapConstants {
  static let granularity: UInt64 = 16
  static let segmentSignature: UInt32 = 0xFFEE_FFEE
  static let heapSignature: UInt32 = 0xEEFF_EEFF
  static let encodeFlagMask: UInt32 = 0x0010_0000
  static let captureStackBacktraces: UInt32 = 0x0800_0000
  static let flagBusy: UInt8 = 0x01
  static let flagExtraPresent: UInt8 = 0x02
  static let flagVirtualAlloc: UInt8 = 0x08
  static let flagLastEntry: UInt8 = 0x10
  /// RtlCreateHeap's default VirtualMemoryThreshold: 0x7F000 bytes (ReactOS heap.c
  /// HEAP_MAX_BLOCK_SIZE-style limit), stored in granules (>> 4 on x64) = 0x7F00. Inferred: nt-layouts.md
  /// §7.7 lists 0xFE00 as the commonly seen value (that is the x86 granule count of the same 0x7F000 bytes).
  static let virtualMemoryThresholdGranules: UInt64 = 0x7F00
  /// sizeof(_HEAP_VIRTUAL_ALLOC_ENTRY) x64 (§3.3): user data follows at +0x40.
  static let virtualAllocEntrySize: UInt64 = 0x40
  /// sizeof(_HEAP_UCR_DESCRIPTOR) x64 (§3.3).
  static let ucrDescriptorSize = 0x30
  /// sizeof(_HEAP_LIST_LOOKUP) x64 (§3.3).
  static let listLookupSize = 0x38
  /// First-level BlocksIndex covers sizes [0, 0x80) granules (Win7+ first lookup; second level omitted).
  static let listLookupArraySize: UInt32 = 0x80
}
