/// Writes a heap's LFH front end (Win10 2004 x64, nt-layouts.md §3.7; offsets in `LfhLayout`):
/// `_HEAP.FrontEndHeap`/`FrontEndHeapType` 2, `_LFH_HEAP` (SubSegmentZones, Heap, SegmentCreate,
/// Buckets, SegmentInfoArrays), the `_LFH_BLOCK_ZONE`, `_HEAP_LOCAL_SEGMENT_INFO`s, `_HEAP_SUBSEGMENT`s,
/// each `_HEAP_USERDATA_HEADER` (signature, encoded offsets, busy bitmap) and every LFH block header.
struct LfhWriter {
  let plan: LfhPlan
  let heap: UInt64
  let offsets: HeapOffsets

  func write(_ bytes: inout HeapBytes) throws {
    try bytes.setU64(plan.address, at: heap + UInt64(offsets.frontEndHeap))
    try bytes.setU8(LfhLayout.frontEndTypeLfh, at: heap + UInt64(offsets.frontEndHeapType))
    try bytes.setU8(LfhLayout.frontEndTypeLfh, at: heap + UInt64(LfhLayout.heapRequestedFrontEndHeapType))
    try writeLfhHeap(&bytes)
    for subsegment in plan.subsegments {
      try writeSubsegment(subsegment, &bytes)
      try writeUserBlocks(subsegment, &bytes)
    }
  }

  private func writeLfhHeap(_ bytes: inout HeapBytes) throws {
    let lfh = plan.address
    try bytes.link(head: lfh + UInt64(LfhLayout.lfhSubSegmentZones), nodes: [plan.zone])
    try bytes.setU64(heap, at: lfh + UInt64(LfhLayout.lfhHeap))
    try bytes.setU32(UInt32(plan.subsegments.count), at: lfh + UInt64(LfhLayout.lfhSegmentCreate))
    try bytes.setU32(0, at: lfh + UInt64(LfhLayout.lfhSegmentDelete))
    // Buckets 2…64: BlockUnits = SizeIndex = block granules (LfhPlanner's simplification); the
    // larger buckets' sizes are unverified (§7.9) and stay zero.
    for bucket in 2...64 {
      let entry = lfh + UInt64(LfhLayout.lfhBuckets + bucket * 4)
      try bytes.setU16(UInt16(bucket), at: entry)
      try bytes.setU8(UInt8(bucket), at: entry + 2)
    }
    try bytes.setU32(UInt32(plan.subsegments.count), at: plan.zone + UInt64(LfhLayout.zoneNextIndex))
    for (sizeIndex, info) in plan.segmentInfos {
      try bytes.setU64(info, at: lfh + UInt64(LfhLayout.lfhSegmentInfoArrays + sizeIndex * 8))
      try bytes.setU64(lfh + UInt64(LfhLayout.lfhLocalData), at: info + UInt64(LfhLayout.segmentInfoLocalData))
      let active = plan.subsegments.last { $0.sizeIndex == sizeIndex }?.address ?? 0
      try bytes.setU64(active, at: info + UInt64(LfhLayout.segmentInfoActiveSubsegment))
      try bytes.setU16(UInt16(sizeIndex), at: info + UInt64(LfhLayout.segmentInfoBucketIndex))
    }
  }

  private func writeSubsegment(_ subsegment: LfhPlan.Subsegment, _ bytes: inout HeapBytes) throws {
    let at = subsegment.address
    let info = plan.segmentInfos.first { $0.sizeIndex == subsegment.sizeIndex }?.address ?? 0
    try bytes.setU64(info, at: at + UInt64(LfhLayout.subsegmentLocalInfo))
    try bytes.setU64(subsegment.userBlocks, at: at + UInt64(LfhLayout.subsegmentUserBlocks))
    try bytes.setU16(
      UInt16(subsegment.slots.count - subsegment.busyCount), at: at + UInt64(LfhLayout.subsegmentDepth))
    try bytes.setU16(UInt16(subsegment.blockGranules), at: at + UInt64(LfhLayout.subsegmentBlockSize))
    try bytes.setU16(0, at: at + UInt64(LfhLayout.subsegmentFlags))
    try bytes.setU16(UInt16(subsegment.slots.count), at: at + UInt64(LfhLayout.subsegmentBlockCount))
    try bytes.setU8(UInt8(subsegment.sizeIndex), at: at + UInt64(LfhLayout.subsegmentSizeIndex))
  }

  /// `_HEAP_USERDATA_HEADER`, the BusyBitmap words, each block header and the busy blocks' fill.
  private func writeUserBlocks(_ subsegment: LfhPlan.Subsegment, _ bytes: inout HeapBytes) throws {
    let user = subsegment.userBlocks
    try bytes.setU64(subsegment.address, at: user + UInt64(LfhLayout.userDataSubSegment))
    try bytes.setU8(UInt8(subsegment.sizeIndex), at: user + UInt64(LfhLayout.userDataSizeIndex))
    try bytes.setU32(LfhLayout.userDataSignatureValue, at: user + UInt64(LfhLayout.userDataSignature))
    try bytes.setU32(
      LfhLayout.encodedOffsets(
        key: plan.key, lfh: plan.address, userBlocks: user, first: subsegment.firstAllocationOffset,
        stride: subsegment.blockStride),
      at: user + UInt64(LfhLayout.userDataEncodedOffsets))
    try bytes.setU64(UInt64(subsegment.slots.count), at: user + UInt64(LfhLayout.userDataBitmapSize))
    let bitmap = user + UInt64(LfhLayout.userDataBitmapData)
    try bytes.setU64(bitmap, at: user + UInt64(LfhLayout.userDataBitmapBuffer))
    var words = [UInt64](repeating: 0, count: Int(subsegment.bitmapBytes / 8))
    for (index, slot) in subsegment.slots.enumerated() {
      let block = subsegment.blockAddress(index)
      if slot.busy { words[index / 64] |= 1 << UInt64(index % 64) }
      try bytes.setU32(
        LfhLayout.blockCode(key: plan.key, heap: heap, block: block, userBlocks: user),
        at: block + UInt64(LfhLayout.blockCode))
      try bytes.setU16(UInt16(index), at: block + UInt64(LfhLayout.blockIndex))
      let unused = slot.busy ? UInt8(truncatingIfNeeded: subsegment.blockStride - slot.requested) : 0
      try bytes.setU8(LfhLayout.lfhBlockFlag | unused, at: block + UInt64(LfhLayout.blockUnusedBytes))
      if let fill = slot.fill, slot.busy {
        let pattern = fill.patternBytes
        try bytes.setBytes((0..<Int(slot.requested)).map { pattern[$0 % pattern.count] }, at: block + 0x10)
      }
    }
    for (index, word) in words.enumerated() { try bytes.setU64(word, at: bitmap + UInt64(index * 8)) }
  }
}
