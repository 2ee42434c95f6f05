/// The LFH front end of one heap, decided from the scenario before any byte is written
/// (`LfhPlanner`), turned into bytes by `LfhWriter` and reported by `--describe-json`.
///
/// Our placement (not a Windows layout): one busy back-end block holds `_LFH_HEAP`, one
/// `_LFH_BLOCK_ZONE` with every `_HEAP_SUBSEGMENT`, and (Win10) one `_HEAP_LOCAL_SEGMENT_INFO` per
/// used bucket (Win7 embeds them in `_LFH_HEAP.LocalData`); each subsegment's user blocks are another
/// busy back-end block whose data starts with `_HEAP_USERDATA_HEADER` (nt-layouts.md §3.6 item 8,
/// §3.7). `windows7` picks the Win7 SP1 structures (x64: Lfh7Layout; with `x86`: Lfh7X86Layout)
/// instead of Win10 2004's.
public struct LfhPlan: Sendable {
  /// One LFH block slot of a subsegment.
  public struct Slot: Sendable {
    /// Bytes asked for; 0 for a free slot.
    public var requested: UInt64
    public var fill: RegionFill?
    public var busy: Bool { requested > 0 }
  }

  public struct Subsegment: Sendable {
    /// `_HEAP_SUBSEGMENT` (inside the zone) and `_HEAP_USERDATA_HEADER` (back-end block + 0x10).
    public var address: UInt64 = 0
    public var userBlocks: UInt64 = 0
    /// Bucket (= SizeIndex) and block size in granules (16 bytes; x86 8); equal here (see `LfhPlanner`).
    public var sizeIndex: Int
    public var blockGranules: UInt64
    /// BlockCount slots in address order.
    public var slots: [Slot]
    /// Win7 SP1 layout: no BusyBitmap, blocks right after the 0x20-byte header (x86 0x10).
    public var windows7 = false
    /// Win7 SP1 x86: 8-byte granules and block headers, 0x10-byte user-blocks header (§3.3, §3.7).
    public var x86 = false

    public var granule: UInt64 { x86 ? 8 : HeapConstants.granularity }
    public var blockStride: UInt64 { blockGranules * granule }
    /// BusyBitmap bytes: whole u64 words (RTL_BITMAP_EX buffer); Win7 has none.
    public var bitmapBytes: UInt64 { windows7 ? 0 : (UInt64(slots.count) + 63) / 64 * 8 }
    /// Win10: the first block follows the header and its bitmap, 16-aligned (our choice); Win7:
    /// UserBlocks + sizeof(_HEAP_USERDATA_HEADER), 0x20 / x86 0x10 (§3.7 "First block").
    public var firstAllocationOffset: UInt64 {
      if windows7 { return x86 ? Lfh7X86Layout.userDataHeaderSize : Lfh7Layout.userDataHeaderSize }
      return alignUp(UInt64(LfhLayout.userDataBitmapData) + bitmapBytes, 16)
    }
    /// Bytes of the user-blocks area (what the back-end block was asked for).
    public var userBlocksBytes: UInt64 { firstAllocationOffset + UInt64(slots.count) * blockStride }
    public func blockAddress(_ index: Int) -> UInt64 {
      userBlocks + firstAllocationOffset + UInt64(index) * blockStride
    }
    public var busyCount: Int { slots.filter(\.busy).count }
  }

  /// `_LFH_HEAP`, its single `_LFH_BLOCK_ZONE`, and the `_HEAP_LOCAL_SEGMENT_INFO` of each used bucket.
  public var address: UInt64 = 0
  public var zone: UInt64 = 0
  public var segmentInfos: [(sizeIndex: Int, address: UInt64)] = []
  public var subsegments: [Subsegment]
  /// ntdll!RtlpLFHKey (process-wide; the Win8+ x64 encodings use its low 32 bits, Win7 x64 its
  /// low 40 bits, Win7 x86 all 32).
  public var key: UInt64
  /// Win7 SP1 structures (Lfh7Layout, or Lfh7X86Layout with `x86`) instead of Win10 2004 x64 (LfhLayout).
  public var windows7 = false
  /// Win7 SP1 x86 (only with `windows7`).
  public var x86 = false

  public init(subsegments: [Subsegment], key: UInt64, windows7: Bool = false, x86: Bool = false) {
    self.subsegments = subsegments.map { var s = $0; s.windows7 = windows7; s.x86 = x86; return s }
    self.key = key
    self.windows7 = windows7
    self.x86 = x86
  }

  /// Win7: subsegment slots the zone holds (FreePointer .. Limit leaves `zoneSpareSlots` free).
  var zoneCapacity: Int { subsegments.count + Lfh7Layout.zoneSpareSlots }
  /// Bytes of the metadata back-end block's data: `_LFH_HEAP`, zone header, subsegments, segment infos.
  var metadataBytes: UInt64 {
    if let g = windows7Geometry {
      return UInt64(g.lfhHeapSize + g.zoneFirstSubsegment + zoneCapacity * g.subsegmentSize)
    }
    return UInt64(LfhLayout.lfhHeapSize + LfhLayout.zoneFirstSubsegment + subsegments.count * LfhLayout.subsegmentSize)
      + UInt64(usedBuckets.count * LfhLayout.segmentInfoSize)
  }
  /// Distinct SizeIndex values in ascending order.
  var usedBuckets: [Int] { Array(Set(subsegments.map(\.sizeIndex))).sorted() }

  /// Places the structures once the back-end blocks have addresses (`metadata` and `userBlocks` are
  /// the user pointers, block + 0x10, of the metadata block and of each subsegment's block).
  mutating func place(metadata: UInt64, userBlocks: [UInt64]) {
    if let g = windows7Geometry {
      placeWindows7(g, metadata: metadata, userBlocks: userBlocks)
      return
    }
    address = metadata
    zone = metadata + UInt64(LfhLayout.lfhHeapSize)
    let firstSubsegment = zone + UInt64(LfhLayout.zoneFirstSubsegment)
    for index in subsegments.indices {
      subsegments[index].address = firstSubsegment + UInt64(index * LfhLayout.subsegmentSize)
      subsegments[index].userBlocks = userBlocks[index]
    }
    let infos = firstSubsegment + UInt64(subsegments.count * LfhLayout.subsegmentSize)
    segmentInfos = usedBuckets.enumerated().map { ($1, infos + UInt64($0 * LfhLayout.segmentInfoSize)) }
  }

  /// The Win7 sizes and offsets `place` and `metadataBytes` use, from the x64 or the x86 table
  /// (Lfh7Layout, Lfh7X86Layout); nil for the Win10 layout.
  struct Windows7Geometry {
    let lfhHeapSize, zoneFirstSubsegment, subsegmentSize, segmentInfos, segmentInfoSize: Int
  }

  var windows7Geometry: Windows7Geometry? {
    if x86 {
      return Windows7Geometry(
        lfhHeapSize: Lfh7X86Layout.lfhHeapSize, zoneFirstSubsegment: Lfh7X86Layout.zoneFirstSubsegment,
        subsegmentSize: Lfh7X86Layout.subsegmentSize, segmentInfos: Lfh7X86Layout.lfhLocalData + Lfh7X86Layout.localDataSegmentInfo,
        segmentInfoSize: Lfh7X86Layout.segmentInfoSize)
    }
    guard windows7 else { return nil }
    return Windows7Geometry(
      lfhHeapSize: Lfh7Layout.lfhHeapSize, zoneFirstSubsegment: Lfh7Layout.zoneFirstSubsegment,
      subsegmentSize: Lfh7Layout.subsegmentSize, segmentInfos: Lfh7Layout.lfhLocalData + Lfh7Layout.localDataSegmentInfo,
      segmentInfoSize: Lfh7Layout.segmentInfoSize)
  }

  /// Win7 (x64: 0x20-byte zone header, 0x30-byte subsegments; x86: 0x10, 0x20): `_LFH_HEAP`, then
  /// the zone; the segment infos are `_LFH_HEAP.LocalData[0].SegmentInfo[SizeIndex]` (§3.7
  /// `_LFH_HEAP` LocalData row).
  private mutating func placeWindows7(_ g: Windows7Geometry, metadata: UInt64, userBlocks: [UInt64]) {
    address = metadata
    zone = metadata + UInt64(g.lfhHeapSize)
    let firstSubsegment = zone + UInt64(g.zoneFirstSubsegment)
    for index in subsegments.indices {
      subsegments[index].address = firstSubsegment + UInt64(index * g.subsegmentSize)
      subsegments[index].userBlocks = userBlocks[index]
    }
    let infos = metadata + UInt64(g.segmentInfos)
    segmentInfos = usedBuckets.map { ($0, infos + UInt64($0 * g.segmentInfoSize)) }
  }
}
