/// Writes a heap's LFH front end with the Windows 7 SP1 x64 structures (nt-layouts.md §3.7 Win7
/// x64 column; offsets in `Lfh7Layout`): `_HEAP.FrontEndHeap`/`FrontEndHeapType` 2 (§3.1), `_LFH_HEAP`
/// (SubSegmentZones, ZoneBlockSize, Heap, SegmentCreate, Buckets, the SegmentInfo entries of
/// LocalData[0]), the `_LFH_BLOCK_ZONE` (FreePointer after the last subsegment, Limit after two spare
/// slots), the 0x30-byte `_HEAP_SUBSEGMENT`s, each 0x20-byte `_HEAP_USERDATA_HEADER` (no signature,
/// EncodedOffsets or bitmap on Win7) and every LFH block header: the UNVERIFIED 40-bit subsegment
/// encoding (§3.7, §7.3), UnusedBytes, and a free block's FreeEntryOffset chain.
struct Lfh7Writer {
  let plan: LfhPlan
  let heap: UInt64
  let offsets: HeapOffsets

  func write(_ bytes: inout HeapBytes) throws {
    try bytes.setU64(plan.address, at: heap + UInt64(offsets.frontEndHeap))
    try bytes.setU8(Lfh7Layout.frontEndTypeLfh, at: heap + UInt64(offsets.frontEndHeapType))
    try writeLfhHeap(&bytes)
    for subsegment in plan.subsegments {
      try writeSubsegment(subsegment, &bytes)
      try writeUserBlocks(subsegment, &bytes)
    }
  }

  private func writeLfhHeap(_ bytes: inout HeapBytes) throws {
    let lfh = plan.address
    let zoneBytes = UInt64(Lfh7Layout.zoneFirstSubsegment + plan.zoneCapacity * Lfh7Layout.subsegmentSize)
    try bytes.link(head: lfh + UInt64(Lfh7Layout.lfhSubSegmentZones), nodes: [plan.zone])
    try bytes.setU64(zoneBytes, at: lfh + UInt64(Lfh7Layout.lfhZoneBlockSize))
    try bytes.setU64(heap, at: lfh + UInt64(Lfh7Layout.lfhHeap))
    try bytes.setU32(UInt32(plan.subsegments.count), at: lfh + UInt64(Lfh7Layout.lfhSegmentCreate))
    try bytes.setU32(0, at: lfh + UInt64(Lfh7Layout.lfhSegmentDelete))
    // Buckets 2…64: BlockUnits = SizeIndex = block granules (LfhPlanner's simplification, §7.9).
    for bucket in 2...64 {
      let entry = lfh + UInt64(Lfh7Layout.lfhBuckets + bucket * 4)
      try bytes.setU16(UInt16(bucket), at: entry)
      try bytes.setU8(UInt8(bucket), at: entry + 2)
    }
    let first = plan.zone + UInt64(Lfh7Layout.zoneFirstSubsegment)
    try bytes.setU64(first + UInt64(plan.subsegments.count * Lfh7Layout.subsegmentSize), at: plan.zone + UInt64(Lfh7Layout.zoneFreePointer))
    try bytes.setU64(plan.zone + zoneBytes, at: plan.zone + UInt64(Lfh7Layout.zoneLimit))
    for (sizeIndex, info) in plan.segmentInfos {
      try bytes.setU64(lfh + UInt64(Lfh7Layout.lfhLocalData), at: info + UInt64(Lfh7Layout.segmentInfoLocalData))
      let active = plan.subsegments.last { $0.sizeIndex == sizeIndex }?.address ?? 0
      try bytes.setU64(active, at: info + UInt64(Lfh7Layout.segmentInfoActiveSubsegment))
      try bytes.setU16(UInt16(sizeIndex), at: info + UInt64(Lfh7Layout.segmentInfoBucketIndex))
    }
  }

  /// The free blocks' offsets from UserBlocks in granules, in address order (our chain order).
  private func freeOffsets(_ subsegment: LfhPlan.Subsegment) -> [UInt16] {
    subsegment.slots.indices.filter { !subsegment.slots[$0].busy }.map {
      UInt16(truncatingIfNeeded: (subsegment.blockAddress($0) - subsegment.userBlocks) / HeapConstants.granularity)
    }
  }

  private func writeSubsegment(_ subsegment: LfhPlan.Subsegment, _ bytes: inout HeapBytes) throws {
    let at = subsegment.address
    let info = plan.segmentInfos.first { $0.sizeIndex == subsegment.sizeIndex }?.address ?? 0
    try bytes.setU64(info, at: at + UInt64(Lfh7Layout.subsegmentLocalInfo))
    try bytes.setU64(subsegment.userBlocks, at: at + UInt64(Lfh7Layout.subsegmentUserBlocks))
    let free = freeOffsets(subsegment)
    try bytes.setU16(UInt16(free.count), at: at + UInt64(Lfh7Layout.subsegmentDepth))
    try bytes.setU16(free.first ?? Lfh7Layout.freeEntryOffsetEnd, at: at + UInt64(Lfh7Layout.subsegmentFreeEntryOffset))
    try bytes.setU16(UInt16(subsegment.blockGranules), at: at + UInt64(Lfh7Layout.subsegmentBlockSize))
    try bytes.setU16(0, at: at + UInt64(Lfh7Layout.subsegmentFlags))
    try bytes.setU16(UInt16(subsegment.slots.count), at: at + UInt64(Lfh7Layout.subsegmentBlockCount))
    try bytes.setU8(UInt8(subsegment.sizeIndex), at: at + UInt64(Lfh7Layout.subsegmentSizeIndex))
  }

  /// `_HEAP_USERDATA_HEADER`, each block header, the free blocks' FreeEntryOffset chain and the busy
  /// blocks' fill.
  private func writeUserBlocks(_ subsegment: LfhPlan.Subsegment, _ bytes: inout HeapBytes) throws {
    let user = subsegment.userBlocks
    try bytes.setU64(subsegment.address, at: user + UInt64(Lfh7Layout.userDataSubSegment))
    try bytes.setU64(UInt64(subsegment.sizeIndex), at: user + UInt64(Lfh7Layout.userDataSizeIndex))
    let free = freeOffsets(subsegment)
    var nextFree = 0
    for (index, slot) in subsegment.slots.enumerated() {
      let block = subsegment.blockAddress(index)
      let code = Lfh7Layout.blockCode(key: plan.key, heap: heap, block: block, subsegment: subsegment.address)
      for k in 0..<5 { try bytes.setU8(UInt8(truncatingIfNeeded: code >> UInt64(8 * k)), at: block + UInt64(Lfh7Layout.blockCode + k)) }
      let unused = slot.busy ? UInt8(truncatingIfNeeded: subsegment.blockStride - slot.requested) : 0
      try bytes.setU8(Lfh7Layout.lfhBlockFlag | unused, at: block + UInt64(Lfh7Layout.blockUnusedBytes))
      if slot.busy {
        if let fill = slot.fill {
          let pattern = fill.patternBytes
          try bytes.setBytes((0..<Int(slot.requested)).map { pattern[$0 % pattern.count] }, at: block + 0x10)
        }
      } else {
        nextFree += 1
        try bytes.setU16(nextFree < free.count ? free[nextFree] : Lfh7Layout.freeEntryOffsetEnd, at: block + 0x10)
      }
    }
  }
}
