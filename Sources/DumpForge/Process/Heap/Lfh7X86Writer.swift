/// Writes a heap's LFH front end with the Windows 7 SP1 x86 structures (offsets in `Lfh7X86Layout`:
/// nt-layouts.md §3.7 Win7 x86 paragraphs, ntdiff Win7_SP1/x86 ALL_SORTED.h): `_HEAP.FrontEndHeap`
/// 0xD4 / `FrontEndHeapType` 0xDA = 2 (§3.1), `_LFH_HEAP` (SubSegmentZones, ZoneBlockSize, Heap,
/// SegmentCreate, Buckets, the SegmentInfo entries of LocalData[0]), the `_LFH_BLOCK_ZONE`
/// (FreePointer after the last subsegment, Limit after two spare slots), the 0x20-byte
/// `_HEAP_SUBSEGMENT`s, each 0x10-byte `_HEAP_USERDATA_HEADER` and every 8-byte LFH block header:
/// SubSegmentCode in §3.7's x86 scheme (third-party, UNVERIFIED, §7.3), UnusedBytes (+0x07), and a
/// free block's FreeEntryOffset chain. All pointers are 4 bytes.
struct Lfh7X86Writer {
  let plan: LfhPlan
  let heap: UInt64
  let offsets: HeapOffsets

  private static let granule: UInt64 = 8

  func write(_ bytes: inout HeapBytes) throws {
    try bytes.setU32(UInt32(truncatingIfNeeded: plan.address), at: heap + UInt64(offsets.frontEndHeap))
    try bytes.setU8(Lfh7X86Layout.frontEndTypeLfh, at: heap + UInt64(offsets.frontEndHeapType))
    try writeLfhHeap(&bytes)
    for subsegment in plan.subsegments {
      try writeSubsegment(subsegment, &bytes)
      try writeUserBlocks(subsegment, &bytes)
    }
  }

  private func pointer(_ value: UInt64, at address: UInt64, _ bytes: inout HeapBytes) throws {
    try bytes.setU32(UInt32(truncatingIfNeeded: value), at: address)
  }

  private func writeLfhHeap(_ bytes: inout HeapBytes) throws {
    typealias L = Lfh7X86Layout
    let lfh = plan.address
    let zoneBytes = UInt64(L.zoneFirstSubsegment + plan.zoneCapacity * L.subsegmentSize)
    try bytes.link(head: lfh + UInt64(L.lfhSubSegmentZones), nodes: [plan.zone], pointerSize: 4)
    try bytes.setU32(UInt32(zoneBytes), at: lfh + UInt64(L.lfhZoneBlockSize))
    try pointer(heap, at: lfh + UInt64(L.lfhHeap), &bytes)
    try bytes.setU32(UInt32(plan.subsegments.count), at: lfh + UInt64(L.lfhSegmentCreate))
    try bytes.setU32(0, at: lfh + UInt64(L.lfhSegmentDelete))
    // Buckets 2…64: BlockUnits = SizeIndex = block granules (LfhPlanner's simplification, §7.9).
    for bucket in 2...64 {
      let entry = lfh + UInt64(L.lfhBuckets + bucket * 4)
      try bytes.setU16(UInt16(bucket), at: entry)
      try bytes.setU8(UInt8(bucket), at: entry + 2)
    }
    let first = plan.zone + UInt64(L.zoneFirstSubsegment)
    try pointer(first + UInt64(plan.subsegments.count * L.subsegmentSize), at: plan.zone + UInt64(L.zoneFreePointer), &bytes)
    try pointer(plan.zone + zoneBytes, at: plan.zone + UInt64(L.zoneLimit), &bytes)
    for (sizeIndex, info) in plan.segmentInfos {
      try pointer(lfh + UInt64(L.lfhLocalData), at: info + UInt64(L.segmentInfoLocalData), &bytes)
      let active = plan.subsegments.last { $0.sizeIndex == sizeIndex }?.address ?? 0
      try pointer(active, at: info + UInt64(L.segmentInfoActiveSubsegment), &bytes)
      try bytes.setU16(UInt16(sizeIndex), at: info + UInt64(L.segmentInfoBucketIndex))
    }
  }

  /// The free blocks' offsets from UserBlocks in 8-byte granules, in address order (our chain order).
  private func freeOffsets(_ subsegment: LfhPlan.Subsegment) -> [UInt16] {
    subsegment.slots.indices.filter { !subsegment.slots[$0].busy }.map {
      UInt16(truncatingIfNeeded: (subsegment.blockAddress($0) - subsegment.userBlocks) / Self.granule)
    }
  }

  private func writeSubsegment(_ subsegment: LfhPlan.Subsegment, _ bytes: inout HeapBytes) throws {
    typealias L = Lfh7X86Layout
    let at = subsegment.address
    let info = plan.segmentInfos.first { $0.sizeIndex == subsegment.sizeIndex }?.address ?? 0
    try pointer(info, at: at + UInt64(L.subsegmentLocalInfo), &bytes)
    try pointer(subsegment.userBlocks, at: at + UInt64(L.subsegmentUserBlocks), &bytes)
    let free = freeOffsets(subsegment)
    try bytes.setU16(UInt16(free.count), at: at + UInt64(L.subsegmentDepth))
    try bytes.setU16(free.first ?? L.freeEntryOffsetEnd, at: at + UInt64(L.subsegmentFreeEntryOffset))
    try bytes.setU16(UInt16(subsegment.blockGranules), at: at + UInt64(L.subsegmentBlockSize))
    try bytes.setU16(0, at: at + UInt64(L.subsegmentFlags))
    try bytes.setU16(UInt16(subsegment.slots.count), at: at + UInt64(L.subsegmentBlockCount))
    try bytes.setU8(UInt8(subsegment.sizeIndex), at: at + UInt64(L.subsegmentSizeIndex))
  }

  /// `_HEAP_USERDATA_HEADER`, each block header, the free blocks' FreeEntryOffset chain and the busy
  /// blocks' fill (user data at block + 8).
  private func writeUserBlocks(_ subsegment: LfhPlan.Subsegment, _ bytes: inout HeapBytes) throws {
    typealias L = Lfh7X86Layout
    let user = subsegment.userBlocks
    try pointer(subsegment.address, at: user + UInt64(L.userDataSubSegment), &bytes)
    try bytes.setU32(UInt32(subsegment.sizeIndex), at: user + UInt64(L.userDataSizeIndex))
    let free = freeOffsets(subsegment)
    var nextFree = 0
    for (index, slot) in subsegment.slots.enumerated() {
      let block = subsegment.blockAddress(index)
      let code = L.blockCode(key: plan.key, heap: heap, block: block, subsegment: subsegment.address)
      try bytes.setU32(code, at: block + UInt64(L.blockCode))
      let unused = slot.busy ? UInt8(truncatingIfNeeded: subsegment.blockStride - slot.requested) : 0
      try bytes.setU8(L.lfhBlockFlag | unused, at: block + UInt64(L.blockUnusedBytes))
      let data = block + L.blockHeaderSize
      if slot.busy {
        if let fill = slot.fill {
          let pattern = fill.patternBytes
          try bytes.setBytes((0..<Int(slot.requested)).map { pattern[$0 % pattern.count] }, at: data)
        }
      } else {
        nextFree += 1
        try bytes.setU16(nextFree < free.count ? free[nextFree] : L.freeEntryOffsetEnd, at: data)
      }
    }
  }
}
