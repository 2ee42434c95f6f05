/// What a pointer in PEB.ProcessHeaps points at, told by signatures (nt-layouts.md §3.6 step 1, §5):
/// `SegmentSignature` 0xFFEEFFEE and `_HEAP.Signature` 0xEEFFEEFF → NT heap; 0xDDEEDDEE at the
/// same offset → segment heap (listed, not walked); anything else (Wine's heap has 0xFFEEFFEE but
/// no 0xEEFFEEFF) → unknown, named with its signatures, never walked.
public enum HeapKind: Sendable, Equatable {
  case nt
  case segment
  case unknown(segmentSignature: UInt32?, signature: UInt32?)
}

/// The header facts of one heap in PEB.ProcessHeaps, read once.
public struct NtHeap: Sendable {
  public let index: Int
  public let address: UInt64
  public let kind: HeapKind
  public var flags: UInt32 = 0
  public var forceFlags: UInt32 = 0
  public var encodingKey: UInt64 = 0
  public var encoded: Bool = false
  public var signature: UInt32 = 0
  public var virtualMemoryThreshold: UInt32 = 0
  public var segmentReserve: UInt64 = 0
  public var segmentCommit: UInt64 = 0
  public var deCommitFreeBlockThreshold: UInt64 = 0
  public var deCommitTotalFreeThreshold: UInt64 = 0
  public var totalFreeSize: UInt64 = 0
  public var maximumAllocationSize: UInt64 = 0
  public var processHeapsListIndex: UInt16 = 0
  public var nextAvailableTagIndex: UInt16 = 0
  public var maximumTagIndex: UInt16 = 0
  public var tagEntries: UInt64 = 0
  public var pseudoTagEntries: UInt64 = 0
  public var lockVariable: UInt64 = 0
  public var frontEndHeap: UInt64 = 0
  public var frontEndHeapType: UInt8 = 0
  /// `_HEAP_COUNTERS` values (§3.1): TotalMemoryReserved, TotalMemoryCommitted,
  /// TotalSizeInVirtualBlocks, TotalSegments, TotalUCRs, LockCollisions.
  public var counterReserved: UInt64 = 0
  public var counterCommitted: UInt64 = 0
  public var counterVirtualBytes: UInt64 = 0
  public var counterSegments: UInt32 = 0
  public var counterUCRs: UInt32 = 0
  public var lockCollisions: UInt32 = 0

  public var capturesStacks: Bool { flags & HeapConstants.captureStackBacktraces != 0 }
  public var decoder: HeapEntryDecoder { HeapEntryDecoder(key: encoded ? encodingKey : 0) }

  /// Reads the heap at `address` with `layout`; the kind decides what else is read.
  public init(index: Int, address: UInt64, layout l: HeapLayout, space: AddressSpace) {
    self.index = index
    self.address = address
    func at(_ o: UInt64) -> UInt64? {
      let (a, v) = address.addingReportingOverflow(o)
      return v ? nil : a
    }
    func u32(_ o: UInt64) -> UInt32? { at(o).flatMap { space.load(UInt32.self, at: $0) } }
    func u16(_ o: UInt64) -> UInt16? { at(o).flatMap { space.load(UInt16.self, at: $0) } }
    func u8(_ o: UInt64) -> UInt8? { at(o).flatMap { space.load(UInt8.self, at: $0) } }
    func ptr(_ o: UInt64) -> UInt64? { at(o).flatMap { space.pointer(at: $0) } }
    let segSig = u32(l.segmentSignature)
    let sig = u32(l.signature)
    if segSig == HeapConstants.segmentHeapSignature {
      kind = .segment
      return
    }
    guard segSig == HeapConstants.segmentSignature, sig == HeapConstants.heapSignature else {
      kind = .unknown(segmentSignature: segSig, signature: sig)
      return
    }
    kind = .nt
    signature = sig ?? 0
    flags = u32(l.flags) ?? 0
    forceFlags = u32(l.forceFlags) ?? 0
    encoded = (u32(l.encodeFlagMask) ?? 0) & HeapConstants.encodingOn != 0
    let keyAt = at(l.encoding).flatMap { $0.addingReportingOverflow(l.headerBytes).overflow ? nil : $0 + l.headerBytes }
    encodingKey = keyAt.flatMap { space.load(UInt64.self, at: $0) } ?? 0
    virtualMemoryThreshold = u32(l.virtualMemoryThreshold) ?? 0
    segmentReserve = ptr(l.segmentReserve) ?? 0
    segmentCommit = ptr(l.segmentCommit) ?? 0
    deCommitFreeBlockThreshold = ptr(l.deCommitFreeBlockThreshold) ?? 0
    deCommitTotalFreeThreshold = ptr(l.deCommitTotalFreeThreshold) ?? 0
    totalFreeSize = ptr(l.totalFreeSize) ?? 0
    maximumAllocationSize = ptr(l.maximumAllocationSize) ?? 0
    processHeapsListIndex = u16(l.processHeapsListIndex) ?? 0
    nextAvailableTagIndex = u16(l.nextAvailableTagIndex) ?? 0
    maximumTagIndex = u16(l.maximumTagIndex) ?? 0
    tagEntries = ptr(l.tagEntries) ?? 0
    pseudoTagEntries = ptr(l.pseudoTagEntries) ?? 0
    lockVariable = ptr(l.lockVariable) ?? 0
    frontEndHeap = ptr(l.frontEndHeap) ?? 0
    frontEndHeapType = u8(l.frontEndHeapType) ?? 0
    counterReserved = ptr(l.counters + l.cReserved) ?? 0
    counterCommitted = ptr(l.counters + l.cCommitted) ?? 0
    counterVirtualBytes = ptr(l.counters + l.cVirtualBytes) ?? 0
    counterSegments = u32(l.counters + l.cSegments) ?? 0
    counterUCRs = u32(l.counters + l.cUCRs) ?? 0
    lockCollisions = u32(l.counters + l.cLockCollisions) ?? 0
  }
}
