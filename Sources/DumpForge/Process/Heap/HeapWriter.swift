/// Writes one planned NT heap into the process memory: `_HEAP` (= segment 0), extra
/// `_HEAP_SEGMENT`s, encoded `_HEAP_ENTRY` headers, free lists with the first-level
/// `_HEAP_LIST_LOOKUP`, UCR descriptors, `_HEAP_VIRTUAL_ALLOC_ENTRY`s and `_HEAP_COUNTERS`.
/// Offsets: `HeapOffsets` (nt-layouts.md §3.1, ntdiff Win7_SP1/x64 and Win10_2004_20H1/x64 ALL_SORTED.h);
/// block structures §3.3; flags, encoding and checksum §3.4; UnusedBytes §3.5.
struct HeapWriter {
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
    if let lfh = plan.lfh {
      if lfh.windows7 {
        try Lfh7Writer(plan: lfh, heap: plan.base, offsets: offsets).write(&bytes)
      } else {
        try LfhWriter(plan: lfh, heap: plan.base, offsets: offsets).write(&bytes)
      }
    }
    try bytes.flush(into: &memory, what: "heap '\(plan.name)'")
  }

  /// Every back-end block header, fill, and `_HEAP_ENTRY_EXTRA` (+ust trace index in the last
  /// granule, §3.5 "Extra-stuff location", §4.2 first row).
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
        // UnusedBytes (§3.5): header blocks 1; busy blocks Size*16 − requested (< 0x3F here: at most
        // header + extra + 15 alignment bytes); free blocks 0.
        let unused: UInt8 =
          block.isHeader ? 1 : block.busy ? UInt8(truncatingIfNeeded: block.bytes - block.requested) : 0
        let header = encoder.encode(
          size: UInt16(block.granules), flags: flags, previousSize: UInt16(previous), unusedBytes: unused,
          corruption: corruption)
        try bytes.setBytes(header, at: block.address + 8)
        if block.busy, !block.isHeader, let fill = block.fill, block.requested > 0 {
          let pattern = fill.patternBytes
          let data = (0..<Int(block.requested)).map { pattern[$0 % pattern.count] }
          try bytes.setBytes(data, at: block.address + 0x10)
        }
        if block.hasExtra {
          // _HEAP_ENTRY_EXTRA (x64 0x10): AllocatorBackTraceIndex u16 +0, TagIndex u16 +2, Settable +8.
          try bytes.setU16(block.traceIndex, at: block.end - 0x10)
        }
        previous = block.granules
      }
    }
  }

  /// `_HEAP_SEGMENT` fields at each segment base (segment 0's live at the start of `_HEAP`), the
  /// SegmentList, and one `_HEAP_UCR_DESCRIPTOR` per reserved tail on UCRList / UCRSegmentList.
  private func writeSegments(_ bytes: inout HeapBytes) throws {
    let heap = plan.base
    let page = AddressSpaceLimits.pageSize
    var ucrNodes: [UInt64] = []
    for segment in plan.segments {
      let base = segment.base
      try bytes.setU32(HeapConstants.segmentSignature, at: base + UInt64(HeapOffsets.segmentSignature))
      try bytes.setU32(0, at: base + UInt64(HeapOffsets.segmentFlags))
      try bytes.setU64(heap, at: base + UInt64(HeapOffsets.segmentHeap))
      try bytes.setU64(base, at: base + UInt64(HeapOffsets.segmentBaseAddress))
      try bytes.setU32(UInt32(segment.reserve / page), at: base + UInt64(HeapOffsets.segmentNumberOfPages))
      try bytes.setU64(segment.firstEntry, at: base + UInt64(HeapOffsets.segmentFirstEntry))
      try bytes.setU64(segment.end, at: base + UInt64(HeapOffsets.segmentLastValidEntry))
      try bytes.setU32(
        UInt32(segment.uncommittedBytes / page), at: base + UInt64(HeapOffsets.segmentUncommittedPages))
      try bytes.setU32(
        segment.uncommittedBytes > 0 ? 1 : 0, at: base + UInt64(HeapOffsets.segmentUncommittedRanges))
      var segmentUCRs: [UInt64] = []
      if segment.uncommittedBytes > 0 {
        // _HEAP_UCR_DESCRIPTOR (x64 0x30): ListEntry +0, SegmentEntry +0x10, Address +0x20, Size +0x28.
        let descriptor = heap + UInt64(plan.headerLayout.ucrDescriptors + ucrNodes.count * HeapConstants.ucrDescriptorSize)
        try bytes.setU64(base + segment.committed, at: descriptor + 0x20)
        try bytes.setU64(segment.uncommittedBytes, at: descriptor + 0x28)
        ucrNodes.append(descriptor)
        segmentUCRs.append(descriptor + 0x10)
      }
      try bytes.link(head: base + UInt64(HeapOffsets.segmentUCRSegmentList), nodes: segmentUCRs)
    }
    try bytes.link(head: heap + UInt64(offsets.ucrList), nodes: ucrNodes)
    try bytes.link(
      head: heap + UInt64(offsets.segmentList),
      nodes: plan.segments.map { $0.base + UInt64(HeapOffsets.segmentListEntry) })
  }

  /// The `_HEAP` fields past the segment part, and `_HEAP_COUNTERS`.
  private func writeHeapFields(_ bytes: inout HeapBytes) throws {
    let heap = plan.base
    let o = offsets
    func at(_ offset: Int) -> UInt64 { heap + UInt64(offset) }
    try bytes.setU32(plan.flags, at: at(HeapOffsets.flags))
    try bytes.setU32(0, at: at(HeapOffsets.forceFlags))
    try bytes.setU32(HeapConstants.encodeFlagMask, at: at(HeapOffsets.encodeFlagMask))
    try bytes.setBytes(plan.encodingKey, at: at(HeapOffsets.encoding + 8))
    if let pointerKey = o.pointerKey {
      var random = SeededRandom(seed: seed, purpose: "heap \(plan.index) pointer key")
      try bytes.setU64(random.next(), at: at(pointerKey))
    }
    try bytes.setU32(UInt32(HeapConstants.virtualMemoryThresholdGranules), at: at(o.virtualMemoryThreshold))
    try bytes.setU32(HeapConstants.heapSignature, at: at(o.signature))
    try bytes.setU64(0x10_0000, at: at(o.segmentReserve))  // PEB.HeapSegmentReserve
    try bytes.setU64(0x2000, at: at(o.segmentCommit))  // PEB.HeapSegmentCommit
    try bytes.setU64(0x100, at: at(o.deCommitFreeBlockThreshold))  // 0x1000 bytes in granules
    try bytes.setU64(0x1000, at: at(o.deCommitTotalFreeThreshold))  // 0x10000 bytes in granules
    try bytes.setU64(plan.totalFreeGranules, at: at(o.totalFreeSize))
    try bytes.setU64(0x7FF_FFFD_EFFF, at: at(o.maximumAllocationSize))
    try bytes.setU16(UInt16(plan.index + 1), at: at(o.processHeapsListIndex))
    try bytes.setU16(UInt16(o.size), at: at(o.headerValidateLength))
    // AlignRound = granularity − 1 + sizeof(_HEAP_ENTRY) (+ sizeof(_HEAP_ENTRY_EXTRA) with +ust); AlignMask = ~0xF.
    try bytes.setU64(plan.capturesStacks ? 0x2F : 0x1F, at: at(o.alignRound))
    try bytes.setU64(~UInt64(0xF), at: at(o.alignMask))
    try bytes.link(head: at(o.virtualAllocdBlocks), nodes: plan.virtualBlocks.map(\.base))
    try bytes.setU64(at(plan.headerLayout.listLookup), at: at(o.blocksIndex))
    try bytes.setU64(at(plan.headerLayout.lock), at: at(o.lockVariable))
    try bytes.setU64(0, at: at(o.frontEndHeap))
    try bytes.setU8(0, at: at(o.frontEndHeapType))
    let counters = at(o.counters)
    let reserved = plan.segments.reduce(UInt64(0)) { $0 + $1.reserve }
    let committed = plan.segments.reduce(UInt64(0)) { $0 + $1.committed }
    try bytes.setU64(reserved, at: counters + UInt64(HeapOffsets.countersTotalMemoryReserved))
    try bytes.setU64(committed, at: counters + UInt64(HeapOffsets.countersTotalMemoryCommitted))
    try bytes.setU64(
      plan.virtualBlocks.reduce(UInt64(0)) { $0 + $1.commitSize },
      at: counters + UInt64(HeapOffsets.countersTotalSizeInVirtualBlocks))
    try bytes.setU32(UInt32(plan.segments.count), at: counters + UInt64(HeapOffsets.countersTotalSegments))
    try bytes.setU32(
      UInt32(plan.segments.filter { $0.uncommittedBytes > 0 }.count),
      at: counters + UInt64(HeapOffsets.countersTotalUCRs))
  }

  /// `_HEAP.FreeLists` (size-sorted, links at free entry +0x10, §3.3 _HEAP_FREE_ENTRY) and the
  /// first-level `_HEAP_LIST_LOOKUP` (§3.3): ArraySize 0x80, BaseIndex 0, ListHead → FreeLists,
  /// ListsInUseUlong bitmap, ListHints[size] → first free entry of that size (the last slot
  /// collects every larger size). ItemCount/OutOfRangeItems semantics are our reading of the names.
  private func writeFreeLists(_ bytes: inout HeapBytes) throws {
    let heap = plan.base
    let free = plan.freeBlocksInListOrder
    try bytes.link(head: heap + UInt64(offsets.freeLists), nodes: free.map { $0.address + 0x10 })
    let lookup = heap + UInt64(plan.headerLayout.listLookup)
    let arraySize = UInt64(HeapConstants.listLookupArraySize)
    try bytes.setU64(0, at: lookup)  // ExtendedLookup: none
    try bytes.setU32(UInt32(arraySize), at: lookup + 0x08)
    try bytes.setU32(0, at: lookup + 0x0C)  // ExtraItem
    try bytes.setU32(UInt32(free.count), at: lookup + 0x10)
    try bytes.setU32(UInt32(free.filter { $0.granules >= arraySize }.count), at: lookup + 0x14)
    try bytes.setU32(0, at: lookup + 0x18)  // BaseIndex
    try bytes.setU64(heap + UInt64(offsets.freeLists), at: lookup + 0x20)
    let bitmap = heap + UInt64(plan.headerLayout.listsInUse)
    let hints = heap + UInt64(plan.headerLayout.listHints)
    try bytes.setU64(bitmap, at: lookup + 0x28)
    try bytes.setU64(hints, at: lookup + 0x30)
    var words = [UInt32](repeating: 0, count: Int(arraySize / 32))
    for block in free.reversed() {
      let slot = min(block.granules, arraySize - 1)
      words[Int(slot / 32)] |= 1 << UInt32(slot % 32)
      try bytes.setU64(block.address + 0x10, at: hints + slot * 8)  // reversed: the first one wins
    }
    for (index, word) in words.enumerated() { try bytes.setU32(word, at: bitmap + UInt64(index * 4)) }
  }

  /// `_HEAP_VIRTUAL_ALLOC_ENTRY` (x64, §3.3): Entry +0, ExtraStuff +0x10 (AllocatorBackTraceIndex,
  /// §4.2), CommitSize +0x20, ReserveSize +0x28, BusyBlock +0x30. BusyBlock.Size holds
  /// CommitSize − requested in bytes (ReactOS RtlpGetSizeOfBigBlock, §3.6 step 5), Flags 0x0B,
  /// UnusedBytes 4 (§3.5, Win8+ [V]; used for Win7 too, unverified there).
  private func writeVirtualBlocks(_ bytes: inout HeapBytes) throws {
    for block in plan.virtualBlocks {
      try bytes.setU16(block.traceIndex, at: block.base + 0x10)
      try bytes.setU64(block.commitSize, at: block.base + 0x20)
      try bytes.setU64(block.reserveSize, at: block.base + 0x28)
      let header = encoder.encode(
        size: UInt16(truncatingIfNeeded: block.commitSize - block.requested),
        flags: HeapConstants.flagBusy | HeapConstants.flagExtraPresent | HeapConstants.flagVirtualAlloc,
        previousSize: 0, unusedBytes: 4)
      try bytes.setBytes(header, at: block.base + 0x38)
    }
  }
}
