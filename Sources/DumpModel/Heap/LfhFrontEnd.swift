/// One `_HEAP_SUBSEGMENT` of an LFH front end (nt-layouts.md §3.7): its user blocks and the
/// geometry decoded from `_HEAP_USERDATA_HEADER.EncodedOffsets` with the recovered key (Win8+), or
/// implied by the layout (Win7: first block at UserBlocks + 0x20, stride BlockSize × 16; Win7 x86:
/// UserBlocks + 0x10, BlockSize × 8).
public struct LfhSubsegment: Sendable, Equatable {
  public var address: UInt64
  /// `UserBlocks` → `_HEAP_USERDATA_HEADER`, the data of a busy back-end block (the container).
  public var userBlocks: UInt64
  /// BlockSize (granules), BlockCount, SizeIndex, AggregateExchg.Depth (free blocks).
  public var blockSize: UInt16
  public var blockCount: UInt16
  public var sizeIndex: UInt8
  public var depth: UInt16
  /// Win7: `AggregateExchg.FreeEntryOffset`, the first free block's offset from UserBlocks as
  /// ntdll keeps it (shown by `.explain`, not followed by the walk); 0 on Win8+.
  public var freeEntryOffset: UInt16 = 0
  /// The raw `EncodedOffsets` dword and what it decodes to (0 until the key is known; Win7: no
  /// EncodedOffsets, 0, and the geometry comes from the layout).
  public var encodedOffsets: UInt32
  public var firstOffset: UInt64 = 0
  public var stride: UInt64 = 0
  /// `BusyBitmap`: SizeOfBitMap (bits) and Buffer (Win7 has none: 0, 0).
  public var bitmapBits: UInt64
  public var bitmap: UInt64

  /// Address of block `index`: UserBlocks + FirstAllocationOffset + index × BlockStride.
  public func block(_ index: Int) -> UInt64 { userBlocks &+ firstOffset &+ UInt64(index) &* stride }
  /// One past the last block.
  public var end: UInt64 { block(Int(blockCount)) }
}

/// A heap's LFH front end as the walk found it: `_HEAP.FrontEndHeap` when FrontEndHeapType is 2.
public struct LfhFrontEnd: Sendable {
  /// How the key was recovered: the subsegment whose first block and EncodedOffsets agreed, and
  /// the FirstAllocationOffset at which they did (§3.7, key-recovery paragraph).
  public struct KeyEvidence: Sendable, Equatable {
    public var subsegment: UInt64
    public var userBlocks: UInt64
    public var firstOffset: UInt64
    /// Candidate offsets tried before this one matched (16, 32, ...).
    public var tried: Int
    /// Subsegments the key then decoded, of all with user blocks.
    public var verified: Int
    public var candidates: Int
  }

  /// `_LFH_HEAP`.
  public var address: UInt64
  /// The low 32 bits of ntdll!RtlpLFHKey (all the Win8+ x64 encodings use), nil when not recovered
  /// and always nil on Windows 7 (its walk needs no key; the header encoding is not decoded).
  public var key: UInt32?
  /// Read with the Windows 7 layout, x64 or x86 (§3.7 Win7 column and x86 paragraphs): no key, no
  /// EncodedOffsets, no bitmap.
  public var windows7 = false
  /// Whether the walk expands this front end's subsegments (Win8+: the key was recovered; Win7:
  /// `_LFH_HEAP.Heap` pointed back and the zones were read).
  public var expanded = false
  public var evidence: KeyEvidence?
  /// Subsegments the key decodes, sorted by UserBlocks; only these are expanded.
  public var subsegments: [LfhSubsegment] = []
  /// Subsegments found on the zone list with user blocks (before key verification).
  public var listed = 0
  /// Blocks the walk expanded.
  public var busyBlocks = 0
  public var freeBlocks = 0
  public var busyBytes: UInt64 = 0
  public var freeBytes: UInt64 = 0
  public var requestedBytes: UInt64 = 0
  /// Why this front end's layout is not decoded (Win8+ 32-bit LFH, or a catalog without the LFH
  /// types; §3.7 columns this reader does not implement); nil for the layouts it walks.
  public var unsupported: String?

  /// `LFH front end at X: key not recovered, LFH blocks not expanded` (or the unsupported
  /// layout's reason), nil when expanded.
  public var note: String? {
    guard !expanded else { return nil }
    let hex = String(address, radix: 16)
    let at = "LFH front end at \(String(repeating: "0", count: max(0, 16 - hex.count)) + hex): "
    if let why = unsupported { return at + why + ", LFH blocks not expanded (their user-blocks areas count as busy back-end blocks)" }
    return at + (windows7 ? "zones not read, LFH blocks not expanded" : "key not recovered, LFH blocks not expanded")
  }

  /// The subsegment whose blocks hold `address` (binary search by UserBlocks).
  public func subsegment(holding address: UInt64) -> LfhSubsegment? {
    var lo = 0, hi = subsegments.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if subsegments[mid].userBlocks <= address { lo = mid + 1 } else { hi = mid }
    }
    guard lo > 0 else { return nil }
    let s = subsegments[lo - 1]
    return address >= s.block(0) && address < s.end ? s : nil
  }
}

extension LfhWalker {
  /// Reads the front end of `heap` (nil when it has none or the catalog has no LFH layout):
  /// `_LFH_HEAP.SubSegmentZones` → each `_LFH_BLOCK_ZONE`'s NextIndex subsegments from zone + 0x20,
  /// keeping those whose UserBlocks has the signature 0xF0E0D0C0 and points back (§3.7); then the
  /// key, then the subsegments it decodes. Windows 7 reads its zones without a key
  /// (`windows7Subsegments`, LfhWindows7.swift). Problems become corruption lines, never traps.
  func frontEnd(_ heap: NtHeap, into result: inout HeapWalkResult) -> LfhFrontEnd? {
    guard heap.frontEndHeapType == 2, heap.frontEndHeap != 0 else { return nil }
    let lfh = heap.frontEndHeap
    var front = LfhFrontEnd(address: lfh)
    front.windows7 = l.isWindows7
    func fail(_ at: UInt64, _ why: String) { result.corruptions.append(HeapCorruption(heap: heap.address, address: at, reason: why)) }
    guard space.pointer(at: lfh &+ l.lfhHeap) == heap.address else {
      fail(lfh, "LFH front end: _LFH_HEAP.Heap does not point back to the heap")
      return front
    }
    guard let e = l.encoded else {
      front.subsegments = windows7Subsegments(lfh, heap: heap, into: &result)
      front.listed = front.subsegments.count
      front.expanded = true
      return front
    }
    let (zones, problem) = walker.links(head: lfh &+ l.subSegmentZones, limit: min(walker.limits.listWalks, 1 << 16))
    if let (at, why) = problem { fail(at, "LFH zone " + why) }
    var found: [LfhSubsegment] = []
    // Subsegment slots read over all zones, bounded whatever NextIndex and the zone count say.
    var budget = min(walker.limits.listWalks, 1 << 22)
    for zone in zones {
      guard let n = space.load(Int32.self, at: zone &+ e.zoneNextIndex), n >= 0, UInt64(n) <= walker.limits.listWalks else {
        fail(zone, "LFH zone NextIndex not readable or out of range")
        continue
      }
      for i in 0..<Int(min(n, 1 << 20)) {
        guard budget > 0 else {
          fail(zone, "LFH zones stopped: " + DumpLimits.message(count: min(walker.limits.listWalks, 1 << 22) &+ 1, what: "subsegments", limit: min(walker.limits.listWalks, 1 << 22), name: "listWalks"))
          break
        }
        budget -= 1
        let s = zone &+ l.zoneFirstSubsegment &+ UInt64(i) &* l.subsegmentSize
        guard let sub = readSubsegment(s, e) else {
          fail(s, "LFH subsegment not in the dump")
          break
        }
        guard sub.userBlocks != 0 else { continue }  // an unused slot of the zone
        guard space.load(UInt32.self, at: sub.userBlocks &+ l.userSignature) == LfhLayout.signature,
          space.pointer(at: sub.userBlocks &+ l.userSubSegment) == s
        else {
          fail(s, "LFH subsegment's UserBlocks \(String(sub.userBlocks, radix: 16)) has no user-blocks header pointing back (signature f0e0d0c0)")
          continue
        }
        found.append(sub)
      }
    }
    front.listed = found.count
    guard let (key, evidence) = recoverKey(found, heap: heap.address, lfh: lfh) else { return front }
    front.key = key
    front.expanded = true
    var good: [LfhSubsegment] = []
    for var sub in found {
      let (first, stride) = LfhCode.offsets(key: key, lfh: lfh, userBlocks: sub.userBlocks, encoded: sub.encodedOffsets)
      guard stride != 0, first >= l.userHeaderSize, decodes(sub, key: key, heap: heap.address, lfh: lfh) else {
        fail(sub.userBlocks &+ e.userEncodedOffsets, "LFH EncodedOffsets decode to offset \(String(first, radix: 16)) stride \(String(stride, radix: 16)) (BlockSize \(String(sub.blockSize, radix: 16)) granules), and no block header decodes there; subsegment \(String(sub.address, radix: 16)) not expanded")
        continue
      }
      sub.firstOffset = first
      sub.stride = stride
      // The bitmap has one bit per block (§3.7, BusyBitmap row); blocks past its
      // end are walked without the bitmap cross-check.
      if sub.bitmapBits != UInt64(sub.blockCount) {
        fail(sub.userBlocks &+ e.userBitmapBits, "LFH subsegment \(String(sub.address, radix: 16)): BlockCount \(sub.blockCount) but BusyBitmap.SizeOfBitMap \(sub.bitmapBits)")
      }
      good.append(sub)
    }
    front.evidence = evidence
    front.evidence?.verified = good.count
    front.subsegments = good.sorted { $0.userBlocks < $1.userBlocks }
    return front
  }

  func readSubsegment(_ s: UInt64, _ e: LfhLayout.Encoded) -> LfhSubsegment? {
    guard let user = space.pointer(at: s &+ l.subUserBlocks), let size = space.load(UInt16.self, at: s &+ l.subBlockSize),
      let count = space.load(UInt16.self, at: s &+ l.subBlockCount), let index = space.load(UInt8.self, at: s &+ l.subSizeIndex)
    else { return nil }
    let depth = space.load(UInt16.self, at: s &+ l.subDepth) ?? 0
    let encoded = user == 0 ? 0 : space.load(UInt32.self, at: user &+ e.userEncodedOffsets) ?? 0
    let bits = user == 0 ? 0 : space.load(UInt64.self, at: user &+ e.userBitmapBits) ?? 0
    let buffer = user == 0 ? 0 : space.pointer(at: user &+ e.userBitmapBuffer) ?? 0
    return LfhSubsegment(
      address: s, userBlocks: user, blockSize: size, blockCount: count, sizeIndex: index, depth: depth,
      encodedOffsets: encoded, bitmapBits: bits, bitmap: buffer)
  }

  /// Key recovery without symbols (§3.7, last paragraph): for a candidate FirstAllocationOffset f
  /// (16, 32, ... below 0x10000, the u16's range), the first block B = U + f implies
  /// key = SubSegmentCode(B) ^ Heap ^ (B >> 4) ^ (f << 12), and EncodedOffsets implies
  /// key = EncodedOffsets ^ U ^ LFH ^ (f | BlockSize×16 << 16). A candidate is accepted when both
  /// agree and B's index field reads 0 with the LFH flag 0x80; the key that then decodes the most
  /// subsegments (tried from up to 4 of them) wins.
  func recoverKey(_ subs: [LfhSubsegment], heap: UInt64, lfh: UInt64) -> (UInt32, LfhFrontEnd.KeyEvidence)? {
    var best: (UInt32, LfhFrontEnd.KeyEvidence)?
    let gran = walker.layout.granularity
    for sub in subs.prefix(4) {
      let stride = UInt64(sub.blockSize) &* gran
      var tried = 0
      var f: UInt64 = gran
      while f < 0x10000 {
        defer { f &+= gran }
        tried += 1
        let b = sub.userBlocks &+ f
        guard let raw = space.load(UInt64.self, at: b &+ l.blockCode) else { continue }
        let key = LfhCode.key(heap: heap, block: b, code: UInt32(truncatingIfNeeded: raw), offset: f)
        let (first, s) = LfhCode.offsets(key: key, lfh: lfh, userBlocks: sub.userBlocks, encoded: sub.encodedOffsets)
        let index = UInt16(truncatingIfNeeded: raw >> ((l.blockIndex &- l.blockCode) * 8))
        let unused = UInt8(truncatingIfNeeded: raw >> 56)
        guard first == f, s == stride, index == 0, unused & LfhLayout.lfhFlag != 0 else { continue }
        let verified = subs.filter { decodes($0, key: key, heap: heap, lfh: lfh) }.count
        if verified > (best?.1.verified ?? 0) {
          best = (key, .init(subsegment: sub.address, userBlocks: sub.userBlocks, firstOffset: f, tried: tried, verified: verified, candidates: subs.count))
        }
        break
      }
      if let b = best, b.1.verified == subs.count { break }
    }
    return best
  }

  /// Whether `key` decodes `sub`'s EncodedOffsets to its BlockSize and its first block back to it.
  func decodes(_ sub: LfhSubsegment, key: UInt32, heap: UInt64, lfh: UInt64) -> Bool {
    let (first, stride) = LfhCode.offsets(key: key, lfh: lfh, userBlocks: sub.userBlocks, encoded: sub.encodedOffsets)
    guard stride == UInt64(sub.blockSize) &* walker.layout.granularity else { return false }
    let b = sub.userBlocks &+ first
    guard let code = space.load(UInt32.self, at: b &+ l.blockCode) else { return false }
    return LfhCode.blockOffset(key: key, heap: heap, block: b, code: code) == first
  }
}
