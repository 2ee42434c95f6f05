/// Every NT heap offset the walker uses, pulled once from the dump's `TypeCatalog`
/// (Sources/DumpModel/Types/Catalogs; nt-layouts.md §3.1, §3.3, §4.1), so `dt` and `!heap`
/// cannot disagree. Nothing here is hard-coded per build: a field missing from the catalog makes
/// `HeapLayout(catalog:)` fail with the field's name.
public struct HeapLayout: Sendable {
  public let catalogId: String
  public let pointerSize: Int
  /// Allocation granularity = sizeof(_HEAP_ENTRY): 16 on x64, 8 on x86 (nt-layouts.md §3.2).
  public let granularity: UInt64
  /// Offset of the 8 encoded header bytes (Size..UnusedBytes) inside `_HEAP_ENTRY`: +8 x64, +0 x86.
  public let headerBytes: UInt64

  // _HEAP (§3.1)
  public let segmentSignature, flags, forceFlags, encodeFlagMask, encoding, signature: UInt64
  public let virtualMemoryThreshold, segmentReserve, segmentCommit: UInt64
  public let deCommitFreeBlockThreshold, deCommitTotalFreeThreshold, totalFreeSize, maximumAllocationSize: UInt64
  public let processHeapsListIndex, nextAvailableTagIndex, maximumTagIndex, tagEntries, pseudoTagEntries: UInt64
  public let ucrList, virtualAllocdBlocks, segmentList, freeLists, lockVariable: UInt64
  public let frontEndHeap, frontEndHeapType, counters: UInt64
  // _HEAP_COUNTERS (§3.1)
  public let cReserved, cCommitted, cVirtualBytes, cSegments, cUCRs, cLockCollisions: UInt64
  // _HEAP_SEGMENT (§3.3)
  public let segListEntry, segBase, segPages, segFirstEntry, segLastValidEntry, segUncommittedPages, segUCRList: UInt64
  // _HEAP_UCR_DESCRIPTOR
  public let ucrSegmentEntry, ucrAddress, ucrSize: UInt64
  // _HEAP_VIRTUAL_ALLOC_ENTRY
  public let vaExtraStuff, vaCommitSize, vaReserveSize, vaBusyBlock, vaSize: UInt64
  // _HEAP_ENTRY_EXTRA, _HEAP_FREE_ENTRY
  public let extraSize, extraTraceIndex, freeListLink: UInt64
  // _PEB
  public let pebNumberOfHeaps, pebMaximumNumberOfHeaps, pebProcessHeaps, pebNtGlobalFlag: UInt64
  /// The LFH front-end offsets (§3.7); nil unless the catalog is an x64 one (Win7 or Win8+).
  public let lfh: LfhLayout?
  /// `_STACK_TRACE_DATABASE` / `_RTL_STACK_TRACE_ENTRY` (§4.1); nil when the catalog lacks them.
  public let traceDatabase: TraceDatabaseLayout?

  public struct TraceDatabaseLayout: Sendable {
    public let size, commitBase, entriesAdded, entryIndexArray, numberOfBuckets, lowerMemoryStart: UInt64
    public let entryIndex, entryDepth, entryBackTrace, entryTraceCount: UInt64
  }

  /// Reads the layout; throws the name of the first missing field.
  public init(catalog c: TypeCatalog) throws(HeapLayoutError) {
    func o(_ t: String, _ f: String) throws(HeapLayoutError) -> UInt64 {
      guard let v = c.offset(of: t, field: f) else { throw HeapLayoutError(catalog: c.id, missing: "\(t).\(f)") }
      return v
    }
    func s(_ t: String) throws(HeapLayoutError) -> UInt64 {
      guard let v = c.size(of: t) else { throw HeapLayoutError(catalog: c.id, missing: t) }
      return v
    }
    catalogId = c.id
    pointerSize = c.pointerSize
    granularity = try s("_HEAP_ENTRY")
    headerBytes = try o("_HEAP_ENTRY", "Size")
    segmentSignature = try o("_HEAP", "SegmentSignature")
    flags = try o("_HEAP", "Flags")
    forceFlags = try o("_HEAP", "ForceFlags")
    encodeFlagMask = try o("_HEAP", "EncodeFlagMask")
    encoding = try o("_HEAP", "Encoding")
    signature = try o("_HEAP", "Signature")
    virtualMemoryThreshold = try o("_HEAP", "VirtualMemoryThreshold")
    segmentReserve = try o("_HEAP", "SegmentReserve")
    segmentCommit = try o("_HEAP", "SegmentCommit")
    deCommitFreeBlockThreshold = try o("_HEAP", "DeCommitFreeBlockThreshold")
    deCommitTotalFreeThreshold = try o("_HEAP", "DeCommitTotalFreeThreshold")
    totalFreeSize = try o("_HEAP", "TotalFreeSize")
    maximumAllocationSize = try o("_HEAP", "MaximumAllocationSize")
    processHeapsListIndex = try o("_HEAP", "ProcessHeapsListIndex")
    nextAvailableTagIndex = try o("_HEAP", "NextAvailableTagIndex")
    maximumTagIndex = try o("_HEAP", "MaximumTagIndex")
    tagEntries = try o("_HEAP", "TagEntries")
    pseudoTagEntries = try o("_HEAP", "PseudoTagEntries")
    ucrList = try o("_HEAP", "UCRList")
    virtualAllocdBlocks = try o("_HEAP", "VirtualAllocdBlocks")
    segmentList = try o("_HEAP", "SegmentList")
    freeLists = try o("_HEAP", "FreeLists")
    lockVariable = try o("_HEAP", "LockVariable")
    frontEndHeap = try o("_HEAP", "FrontEndHeap")
    frontEndHeapType = try o("_HEAP", "FrontEndHeapType")
    counters = try o("_HEAP", "Counters")
    cReserved = try o("_HEAP_COUNTERS", "TotalMemoryReserved")
    cCommitted = try o("_HEAP_COUNTERS", "TotalMemoryCommitted")
    cVirtualBytes = try o("_HEAP_COUNTERS", "TotalSizeInVirtualBlocks")
    cSegments = try o("_HEAP_COUNTERS", "TotalSegments")
    cUCRs = try o("_HEAP_COUNTERS", "TotalUCRs")
    cLockCollisions = try o("_HEAP_COUNTERS", "LockCollisions")
    segListEntry = try o("_HEAP_SEGMENT", "SegmentListEntry")
    segBase = try o("_HEAP_SEGMENT", "BaseAddress")
    segPages = try o("_HEAP_SEGMENT", "NumberOfPages")
    segFirstEntry = try o("_HEAP_SEGMENT", "FirstEntry")
    segLastValidEntry = try o("_HEAP_SEGMENT", "LastValidEntry")
    segUncommittedPages = try o("_HEAP_SEGMENT", "NumberOfUnCommittedPages")
    segUCRList = try o("_HEAP_SEGMENT", "UCRSegmentList")
    ucrSegmentEntry = try o("_HEAP_UCR_DESCRIPTOR", "SegmentEntry")
    ucrAddress = try o("_HEAP_UCR_DESCRIPTOR", "Address")
    ucrSize = try o("_HEAP_UCR_DESCRIPTOR", "Size")
    vaExtraStuff = try o("_HEAP_VIRTUAL_ALLOC_ENTRY", "ExtraStuff")
    vaCommitSize = try o("_HEAP_VIRTUAL_ALLOC_ENTRY", "CommitSize")
    vaReserveSize = try o("_HEAP_VIRTUAL_ALLOC_ENTRY", "ReserveSize")
    vaBusyBlock = try o("_HEAP_VIRTUAL_ALLOC_ENTRY", "BusyBlock")
    vaSize = try s("_HEAP_VIRTUAL_ALLOC_ENTRY")
    extraSize = try s("_HEAP_ENTRY_EXTRA")
    extraTraceIndex = try o("_HEAP_ENTRY_EXTRA", "AllocatorBackTraceIndex")
    freeListLink = try o("_HEAP_FREE_ENTRY", "FreeList")
    pebNumberOfHeaps = try o("_PEB", "NumberOfHeaps")
    pebMaximumNumberOfHeaps = try o("_PEB", "MaximumNumberOfHeaps")
    pebProcessHeaps = try o("_PEB", "ProcessHeaps")
    pebNtGlobalFlag = try o("_PEB", "NtGlobalFlag")
    lfh = LfhLayout(catalog: c)
    if let size = c.size(of: "_STACK_TRACE_DATABASE"),
      let commitBase = c.offset(of: "_STACK_TRACE_DATABASE", field: "CommitBase"),
      let added = c.offset(of: "_STACK_TRACE_DATABASE", field: "NumberOfEntriesAdded"),
      let array = c.offset(of: "_STACK_TRACE_DATABASE", field: "EntryIndexArray"),
      let buckets = c.offset(of: "_STACK_TRACE_DATABASE", field: "NumberOfBuckets"),
      let lower = c.offset(of: "_STACK_TRACE_DATABASE", field: "LowerMemoryStart"),
      let index = c.offset(of: "_RTL_STACK_TRACE_ENTRY", field: "Index"),
      let depth = c.offset(of: "_RTL_STACK_TRACE_ENTRY", field: "Depth"),
      let trace = c.offset(of: "_RTL_STACK_TRACE_ENTRY", field: "BackTrace"),
      let count = c.offset(of: "_RTL_STACK_TRACE_ENTRY", field: "TraceCount")
    {
      traceDatabase = TraceDatabaseLayout(
        size: size, commitBase: commitBase, entriesAdded: added, entryIndexArray: array, numberOfBuckets: buckets,
        lowerMemoryStart: lower, entryIndex: index, entryDepth: depth, entryBackTrace: trace, entryTraceCount: count)
    } else {
      traceDatabase = nil
    }
  }
}

/// A catalog lacks a field the heap walker needs.
public struct HeapLayoutError: Error, Sendable, CustomStringConvertible {
  public let catalog: String
  public let missing: String
  public var description: String { "the type catalog \(catalog) has no \(missing); heaps cannot be walked" }
}

/// NT heap constants (nt-layouts.md §3.2, §3.4).
public enum HeapConstants {
  public static let segmentSignature: UInt32 = 0xFFEE_FFEE
  public static let heapSignature: UInt32 = 0xEEFF_EEFF
  public static let segmentHeapSignature: UInt32 = 0xDDEE_DDEE
  public static let encodingOn: UInt32 = 0x0010_0000
  public static let captureStackBacktraces: UInt32 = 0x0800_0000
  public static let busy: UInt8 = 0x01
  public static let extraPresent: UInt8 = 0x02
  public static let fillPattern: UInt8 = 0x04
  public static let virtualAlloc: UInt8 = 0x08
  public static let lastEntry: UInt8 = 0x10
  /// NtGlobalFlag FLG_USER_STACK_TRACE_DB (+ust, §4.1).
  public static let userStackTraceDB: UInt32 = 0x1000
}
