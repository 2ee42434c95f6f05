/// The Windows 7 SP1 LFH front end, x64 and x86 (nt-layouts.md §3.7, Win7 x64 column and the
/// Win7 x86 paragraphs; §3.3 x86 header; §3.5 UnusedBytes). Offsets come from the catalog
/// (`LfhLayout`); x64 / x86 values:
///
/// - `_LFH_HEAP.SubSegmentZones` (+0x028 / +0x018) lists `_LFH_BLOCK_ZONE`s: ListEntry +0x00,
///   FreePointer +0x10 / +0x08, Limit +0x18 / +0x0C; the `_HEAP_SUBSEGMENT`s (0x30 / 0x20 each) run
///   from zone + 0x20 / + 0x10 up to FreePointer (Win10 counts them with NextIndex instead).
/// - `_HEAP_SUBSEGMENT`: UserBlocks +0x08 / +0x04, AggregateExchg +0x10 / +0x08 (Depth u16,
///   FreeEntryOffset u16), BlockSize u16 +0x18 / +0x10 (granules), BlockCount u16 +0x1C / +0x14,
///   SizeIndex u8 +0x1E / +0x16.
/// - `_HEAP_USERDATA_HEADER` (0x20 / 0x10): SubSegment +0x00 must point back to the subsegment;
///   its Signature (+0x18 / +0x0C) value is unverified on Win7 (§7.3) and not required. No
///   EncodedOffsets, no BusyBitmap: the first block is at UserBlocks + sizeof(header), the stride
///   is BlockSize × granularity (16 / 8).
/// - A block's header bytes (x64 +0x08..+0x0C, x86 SubSegmentCode +0x00..+0x03) hold the
///   subsegment encoded with ntdll!RtlpLFHKey (§3.7: x64 scheme unverified, x86 scheme from S7);
///   the walk never decodes them (the blocks come from the zone walk, so no key is needed).
///   UnusedBytes (x64 +0x0F, x86 +0x07): 0x80 marks an LFH block, busy ⇔ low 6 bits != 0 (the
///   unused count; 0x3F → u64 after the block), free ⇔ exactly 0x80.
extension LfhWalker {
  /// Every in-use subsegment of the zones of `lfh` (sorted by UserBlocks), bounded whatever
  /// FreePointer and the zone count say; problems become corruption lines.
  func windows7Subsegments(_ lfh: UInt64, heap: NtHeap, into result: inout HeapWalkResult) -> [LfhSubsegment] {
    guard let w7 = l.windows7 else { return [] }
    func fail(_ at: UInt64, _ why: String) { result.corruptions.append(HeapCorruption(heap: heap.address, address: at, reason: why)) }
    func hex(_ v: UInt64) -> String { String(v, radix: 16) }
    let (zones, problem) = walker.links(head: lfh &+ l.subSegmentZones, limit: min(walker.limits.listWalks, 1 << 16))
    if let (at, why) = problem { fail(at, "LFH zone " + why) }
    let cap = min(walker.limits.listWalks, 1 << 22)
    var budget = cap
    var found: [LfhSubsegment] = []
    let gran = walker.layout.granularity
    for zone in zones {
      let first = zone &+ l.zoneFirstSubsegment
      guard let free = space.pointer(at: zone &+ w7.zoneFreePointer), let limit = space.pointer(at: zone &+ w7.zoneLimit) else {
        fail(zone, "LFH zone FreePointer/Limit not readable")
        continue
      }
      guard free >= first, limit >= first else {
        fail(zone, "LFH zone FreePointer \(hex(free)) / Limit \(hex(limit)) below the zone's first subsegment \(hex(first))")
        continue
      }
      var end = free
      if free > limit {
        fail(zone, "LFH zone FreePointer \(hex(free)) beyond its Limit \(hex(limit)); subsegments read up to Limit")
        end = limit
      }
      if (free &- first) % l.subsegmentSize != 0 {
        fail(zone, "LFH zone FreePointer \(hex(free)) is not on a subsegment boundary (zone + 0x\(hex(l.zoneFirstSubsegment)) + n × 0x\(hex(l.subsegmentSize)))")
      }
      let slots = (end &- first) / l.subsegmentSize
      for i in 0..<min(slots, 1 << 20) {
        guard budget > 0 else {
          fail(zone, "LFH zones stopped: " + DumpLimits.message(count: cap &+ 1, what: "subsegments", limit: cap, name: "listWalks"))
          break
        }
        budget -= 1
        let s = first &+ i &* l.subsegmentSize
        guard let user = space.pointer(at: s &+ l.subUserBlocks), let size = space.load(UInt16.self, at: s &+ l.subBlockSize),
          let count = space.load(UInt16.self, at: s &+ l.subBlockCount), let index = space.load(UInt8.self, at: s &+ l.subSizeIndex)
        else {
          fail(s, "LFH subsegment not in the dump")
          break
        }
        guard user != 0 else { continue }  // a slot whose user blocks were released
        let back = space.pointer(at: user &+ l.userSubSegment)
        guard back == s else {
          fail(s, "LFH subsegment's UserBlocks \(hex(user)) does not point back to it (SubSegment reads \(back.map(hex) ?? "unreadable"))")
          continue
        }
        guard size != 0 else {
          fail(s, "LFH subsegment BlockSize 0; not expanded")
          continue
        }
        var sub = LfhSubsegment(
          address: s, userBlocks: user, blockSize: size, blockCount: count, sizeIndex: index,
          depth: space.load(UInt16.self, at: s &+ l.subDepth) ?? 0, encodedOffsets: 0, bitmapBits: 0, bitmap: 0)
        sub.freeEntryOffset = space.load(UInt16.self, at: s &+ w7.subFreeEntryOffset) ?? 0
        sub.firstOffset = l.userHeaderSize
        sub.stride = UInt64(size) &* gran
        found.append(sub)
      }
    }
    return found.sorted { $0.userBlocks < $1.userBlocks }
  }

  /// Judges block `i` of a Win7 subsegment from its header qword (x64 +0x08..+0x0F, x86 +0x00..+0x07): UnusedBytes only
  /// (§3.5 LFH rows); the encoded subsegment bytes are kept in `raw` but not decoded.
  public static func decodeWindows7(_ i: Int, of sub: LfhSubsegment, raw: UInt64, layout l: LfhLayout) -> Decoded {
    let unused = UInt8(truncatingIfNeeded: raw >> ((l.blockUnused &- l.blockCode) * 8))
    let busy = unused & 0x3F != 0
    var d = Decoded(
      raw: raw, offset: sub.block(i) &- sub.userBlocks, index: UInt16(truncatingIfNeeded: i), unusedBytes: unused, bitmapBit: nil,
      busy: busy)
    // Built only for a block that disagrees (string work per block would dominate the walk).
    var at: String { "LFH block index \(i) of subsegment \(String(sub.address, radix: 16))" }
    if unused & LfhLayout.lfhFlag == 0 {
      d.problem = "\(at): UnusedBytes \(String(unused, radix: 16)) lacks the LFH flag 80"
    } else if !busy, unused != LfhLayout.lfhFlag {
      d.problem = "\(at): free block with UnusedBytes \(String(unused, radix: 16)), expected 80"
    }
    return d
  }
}

/// The Windows 7 blocks (x64 and x86): one header qword per block, judged by `LfhWalker.decodeWindows7`.
struct Windows7BlockReader: LfhBlockReader {
  let sub: LfhSubsegment
  let l: LfhLayout

  @inline(__always)
  mutating func read(_ i: Int, reader: inout MemoryCursor) -> LfhWalker.Decoded? {
    guard let raw = reader.u64(sub.block(i) &+ l.blockCode) else { return nil }
    return LfhWalker.decodeWindows7(i, of: sub, raw: raw, layout: l)
  }
}
