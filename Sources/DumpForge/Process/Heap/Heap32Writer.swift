/// Writes one planned NT heap of a native x86 process (8-byte granules, 4-byte pointers): `_HEAP`
/// (= segment 0), extra `_HEAP_SEGMENT`s, encoded `_HEAP_ENTRY` headers, FreeLists with the
/// first-level `_HEAP_LIST_LOOKUP`, UCR descriptors, `_HEAP_VIRTUAL_ALLOC_ENTRY`s and `_HEAP_COUNTERS`.
/// Offsets: nt-layouts.md §3.1 Win7 x86 / Win10 x86 columns (`HeapOffsets.win7SP1X86`, `.win10X86`)
/// and §3.3 x86 column (ntdiff Win7_SP1/x86 ALL_SORTED.h); encoding §3.4 item 2 (x86: XOR entry+0..+7
/// with heap+0x50..+0x57, the `_HEAP.Encoding` entry); UnusedBytes §3.5. The same plan rules as
/// `HeapWriter` (x64), +ust extras included (§4.2 first rows); a Win7 SP1 x86 LFH front end is
/// written by `Lfh7X86Writer` (§3.7), none on Win10 x86.
struct Heap32Writer {
  // _HEAP_SEGMENT x86 (§3.1 rows 1–9, §3.3).
  static let segmentSignature: UInt64 = 0x08
  static let segmentFlags: UInt64 = 0x0C
  static let segmentListEntry: UInt64 = 0x10
  static let segmentHeap: UInt64 = 0x18
  static let segmentBaseAddress: UInt64 = 0x1C
  static let segmentNumberOfPages: UInt64 = 0x20
  static let segmentFirstEntry: UInt64 = 0x24
  static let segmentLastValidEntry: UInt64 = 0x28
  static let segmentUncommittedPages: UInt64 = 0x2C
  static let segmentUncommittedRanges: UInt64 = 0x30
  static let segmentUCRSegmentList: UInt64 = 0x38
  // _HEAP x86 fields stable Win7 → Win10 (§3.1).
  static let flags: UInt64 = 0x40
  static let forceFlags: UInt64 = 0x44
  static let encodeFlagMask: UInt64 = 0x4C
  static let encoding: UInt64 = 0x50

  let plan: HeapPlan
  let os: OperatingSystemProfile
  let seed: UInt64

  private var offsets: HeapOffsets { HeapOffsets.forOS(os) }
  private var encoder: HeapEntryEncoder { HeapEntryEncoder(key: plan.encodingKey) }

  func write(into memory: inout ProcessMemory) throws {
    var bytes = HeapBytes()
    for segment in plan.segments { bytes.addImage(base: segment.base, size: segment.committed) }
    for block in plan.virtualBlocks { bytes.addImage(base: block.base, size: AddressSpaceLimits.pageSize) }
    try writeBlocks(&bytes)
    try writeSegments(&bytes)
    try writeHeapFields(&bytes)
    try writeFreeLists(&bytes)
    try writeVirtualBlocks(&bytes)
    if let lfh = plan.lfh, lfh.x86 {
      try Lfh7X86Writer(plan: lfh, heap: plan.base, offsets: offsets).write(&bytes)
    }
    try bytes.flush(into: &memory, what: "heap '\(plan.name)'")
  }

  /// Every back-end block header (x86 `_HEAP_ENTRY` at block+0, 8 bytes) and fill (user data at +8).
  private func writeBlocks(_ bytes: inout HeapBytes) throws {
    var allocationIndex = 0
    for segment in plan.segments {
      var previous: UInt64 = 0
      for block in segment.blocks {
        var corruption: HeapCorruptionSpec.Kind?
        if !block.isHeader {
          corruption = plan.corruptions.first { $0.block == allocationIndex }?.kind
          allocationIndex += 1
        }
        var flags: UInt8 = block.busy ? HeapConstants.flagBusy : 0
        if block.hasExtra { flags |= HeapConstants.flagExtraPresent }
        if block.lastEntry { flags |= HeapConstants.flagLastEntry }
        // UnusedBytes (§3.5): header blocks 1; busy blocks Size×8 − requested (8…23 here); free 0.
        let unused: UInt8 =
          block.isHeader ? 1 : block.busy ? UInt8(truncatingIfNeeded: block.bytes - block.requested) : 0
        let header = encoder.encode(
          size: UInt16(block.granules), flags: flags, previousSize: UInt16(previous), unusedBytes: unused,
          corruption: corruption)
        try bytes.setBytes(header, at: block.address)
        if block.busy, !block.isHeader, let fill = block.fill, block.requested > 0 {
          let pattern = fill.patternBytes
          try bytes.setBytes((0..<Int(block.requested)).map { pattern[$0 % pattern.count] }, at: block.address + 8)
        }
        if block.hasExtra {
          // _HEAP_ENTRY_EXTRA x86 (8 bytes, §3.3): AllocatorBackTraceIndex u16 +0, in the last granule.
          try bytes.setU16(block.traceIndex, at: block.end - 8)
        }
        previous = block.granules
      }
    }
  }

  /// `_HEAP_SEGMENT` fields, SegmentList, and `_HEAP_UCR_DESCRIPTOR`s (x86 0x18: ListEntry +0,
  /// SegmentEntry +8, Address +0x10, Size +0x14).
  private func writeSegments(_ bytes: inout HeapBytes) throws {
    let heap = plan.base
    let page = AddressSpaceLimits.pageSize
    var ucrNodes: [UInt64] = []
    for segment in plan.segments {
      let base = segment.base
      try bytes.setU32(HeapConstants.segmentSignature, at: base + Self.segmentSignature)
      try bytes.setU32(0, at: base + Self.segmentFlags)
      try bytes.setU32(UInt32(truncatingIfNeeded: heap), at: base + Self.segmentHeap)
      try bytes.setU32(UInt32(truncatingIfNeeded: base), at: base + Self.segmentBaseAddress)
      try bytes.setU32(UInt32(segment.reserve / page), at: base + Self.segmentNumberOfPages)
      try bytes.setU32(UInt32(truncatingIfNeeded: segment.firstEntry), at: base + Self.segmentFirstEntry)
      try bytes.setU32(UInt32(truncatingIfNeeded: segment.end), at: base + Self.segmentLastValidEntry)
      try bytes.setU32(UInt32(segment.uncommittedBytes / page), at: base + Self.segmentUncommittedPages)
      try bytes.setU32(segment.uncommittedBytes > 0 ? 1 : 0, at: base + Self.segmentUncommittedRanges)
      var segmentUCRs: [UInt64] = []
      if segment.uncommittedBytes > 0 {
        let descriptor = heap + UInt64(plan.headerLayout.ucrDescriptors + ucrNodes.count * 0x18)
        try bytes.setU32(UInt32(truncatingIfNeeded: base + segment.committed), at: descriptor + 0x10)
        try bytes.setU32(UInt32(truncatingIfNeeded: segment.uncommittedBytes), at: descriptor + 0x14)
        ucrNodes.append(descriptor)
        segmentUCRs.append(descriptor + 0x08)
      }
      try bytes.link(head: base + Self.segmentUCRSegmentList, nodes: segmentUCRs, pointerSize: 4)
    }
    try bytes.link(head: heap + UInt64(offsets.ucrList), nodes: ucrNodes, pointerSize: 4)
    try bytes.link(
      head: heap + UInt64(offsets.segmentList), nodes: plan.segments.map { $0.base + Self.segmentListEntry },
      pointerSize: 4)
  }

  /// The `_HEAP` fields past the segment part, and `_HEAP_COUNTERS` (x86: u32 fields, §3.1).
  private func writeHeapFields(_ bytes: inout HeapBytes) throws {
    let o = offsets
    func at(_ offset: Int) -> UInt64 { plan.base + UInt64(offset) }
    try bytes.setU32(plan.flags, at: plan.base + Self.flags)
    try bytes.setU32(0, at: plan.base + Self.forceFlags)
    try bytes.setU32(HeapConstants.encodeFlagMask, at: plan.base + Self.encodeFlagMask)
    try bytes.setBytes(plan.encodingKey, at: plan.base + Self.encoding)
    if let pointerKey = o.pointerKey {
      var random = SeededRandom(seed: seed, purpose: "heap \(plan.index) pointer key")
      try bytes.setU32(UInt32(truncatingIfNeeded: random.next()), at: at(pointerKey))
    }
    try bytes.setU32(0xFE00, at: at(o.virtualMemoryThreshold))  // 0x7F000 bytes in 8-byte granules
    try bytes.setU32(HeapConstants.heapSignature, at: at(o.signature))
    try bytes.setU32(0x10_0000, at: at(o.segmentReserve))
    try bytes.setU32(0x2000, at: at(o.segmentCommit))
    try bytes.setU32(0x200, at: at(o.deCommitFreeBlockThreshold))  // 0x1000 bytes in granules (§3.1 example)
    try bytes.setU32(0x2000, at: at(o.deCommitTotalFreeThreshold))  // 0x10000 bytes in granules
    try bytes.setU32(UInt32(truncatingIfNeeded: plan.totalFreeGranules), at: at(o.totalFreeSize))
    try bytes.setU32(0x7FFD_EFFF, at: at(o.maximumAllocationSize))
    try bytes.setU16(UInt16(plan.index + 1), at: at(o.processHeapsListIndex))
    try bytes.setU16(UInt16(o.size), at: at(o.headerValidateLength))
    // AlignRound = granularity − 1 + sizeof(_HEAP_ENTRY) (+ sizeof(_HEAP_ENTRY_EXTRA) with +ust); AlignMask = ~7.
    try bytes.setU32(plan.capturesStacks ? 0x17 : 0xF, at: at(o.alignRound))
    try bytes.setU32(0xFFFF_FFF8, at: at(o.alignMask))
    try bytes.link(head: at(o.virtualAllocdBlocks), nodes: plan.virtualBlocks.map(\.base), pointerSize: 4)
    try bytes.setU32(UInt32(truncatingIfNeeded: at(plan.headerLayout.listLookup)), at: at(o.blocksIndex))
    try bytes.setU32(UInt32(truncatingIfNeeded: at(plan.headerLayout.lock)), at: at(o.lockVariable))
    let counters = at(o.counters)
    let reserved = plan.segments.reduce(UInt64(0)) { $0 + $1.reserve }
    let committed = plan.segments.reduce(UInt64(0)) { $0 + $1.committed }
    let virtualBytes = plan.virtualBlocks.reduce(UInt64(0)) { $0 + $1.commitSize }
    try bytes.setU32(UInt32(truncatingIfNeeded: reserved), at: counters)  // TotalMemoryReserved
    try bytes.setU32(UInt32(truncatingIfNeeded: committed), at: counters + 0x04)  // TotalMemoryCommitted
    try bytes.setU32(UInt32(truncatingIfNeeded: virtualBytes), at: counters + 0x0C)  // TotalSizeInVirtualBlocks
    try bytes.setU32(UInt32(plan.segments.count), at: counters + 0x10)  // TotalSegments
    try bytes.setU32(UInt32(plan.segments.filter { $0.uncommittedBytes > 0 }.count), at: counters + 0x14)  // TotalUCRs
  }

  /// FreeLists (free entry links at +8, §3.3 _HEAP_FREE_ENTRY x86) and the first-level
  /// `_HEAP_LIST_LOOKUP` (x86 0x24: ExtendedLookup 0, ArraySize 4, ExtraItem 8, ItemCount 0xC,
  /// OutOfRangeItems 0x10, BaseIndex 0x14, ListHead 0x18, ListsInUseUlong 0x1C, ListHints 0x20).
  private func writeFreeLists(_ bytes: inout HeapBytes) throws {
    let heap = plan.base
    let free = plan.freeBlocksInListOrder
    try bytes.link(head: heap + UInt64(offsets.freeLists), nodes: free.map { $0.address + 8 }, pointerSize: 4)
    let lookup = heap + UInt64(plan.headerLayout.listLookup)
    let arraySize = UInt64(HeapConstants.listLookupArraySize)
    try bytes.setU32(UInt32(arraySize), at: lookup + 0x04)
    try bytes.setU32(UInt32(free.count), at: lookup + 0x0C)
    try bytes.setU32(UInt32(free.filter { $0.granules >= arraySize }.count), at: lookup + 0x10)
    try bytes.setU32(UInt32(truncatingIfNeeded: heap + UInt64(offsets.freeLists)), at: lookup + 0x18)
    let bitmap = heap + UInt64(plan.headerLayout.listsInUse)
    let hints = heap + UInt64(plan.headerLayout.listHints)
    try bytes.setU32(UInt32(truncatingIfNeeded: bitmap), at: lookup + 0x1C)
    try bytes.setU32(UInt32(truncatingIfNeeded: hints), at: lookup + 0x20)
    var words = [UInt32](repeating: 0, count: Int(arraySize / 32))
    for block in free.reversed() {
      let slot = min(block.granules, arraySize - 1)
      words[Int(slot / 32)] |= 1 << UInt32(slot % 32)
      try bytes.setU32(UInt32(truncatingIfNeeded: block.address + 8), at: hints + slot * 4)
    }
    for (index, word) in words.enumerated() { try bytes.setU32(word, at: bitmap + UInt64(index * 4)) }
  }

  /// `_HEAP_VIRTUAL_ALLOC_ENTRY` x86 (0x20, §3.3): Entry +0, ExtraStuff +8, CommitSize +0x10,
  /// ReserveSize +0x14, BusyBlock +0x18 (Size = CommitSize − requested, Flags 0x0B, UnusedBytes 4).
  private func writeVirtualBlocks(_ bytes: inout HeapBytes) throws {
    for block in plan.virtualBlocks {
      try bytes.setU16(block.traceIndex, at: block.base + 0x08)  // ExtraStuff.AllocatorBackTraceIndex (§4.2)
      try bytes.setU32(UInt32(truncatingIfNeeded: block.commitSize), at: block.base + 0x10)
      try bytes.setU32(UInt32(truncatingIfNeeded: block.reserveSize), at: block.base + 0x14)
      let header = encoder.encode(
        size: UInt16(truncatingIfNeeded: block.commitSize - block.requested),
        flags: HeapConstants.flagBusy | HeapConstants.flagExtraPresent | HeapConstants.flagVirtualAlloc,
        previousSize: 0, unusedBytes: 4)
      try bytes.setBytes(header, at: block.base + 0x18)
    }
  }
}
