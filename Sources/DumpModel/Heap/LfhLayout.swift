/// The LFH front-end offsets the LFH walk uses (nt-layouts.md §3.7), read from the dump's
/// `TypeCatalog` like `HeapLayout` so `dt` and `!heap` agree. Two layouts share the walk:
/// - Windows 8+ (the Windows 10 1507/2004 catalogs; Windows 8/8.1 and 11 use them as stand-ins):
///   `_LFH_BLOCK_ZONE.NextIndex` counts the subsegments, `_HEAP_USERDATA_HEADER` has the signature
///   0xF0E0D0C0, EncodedOffsets and a BusyBitmap, and block headers are XOR-encoded with the low
///   32 bits of ntdll!RtlpLFHKey (`scheme` `.encoded`).
/// - Windows 7 SP1 (the win7sp1-x64 and win7sp1-x86 catalogs): a zone's subsegments run from
///   zone + 0x20 (x86: + 0x10, the zone header) to its FreePointer, the user-blocks header is 0x20
///   bytes (x86 0x10) with no EncodedOffsets and no bitmap, blocks start right after it; nothing
///   needs a key (`scheme` `.windows7`). x86: 8-byte headers, UnusedBytes at +0x07 (§3.3, §3.5).
/// Win8+ x86 catalogs (NextIndex zones, win10-x86) get nil: §3.7 marks their block encodings
/// third-party only (§7.3), so their user blocks stay one busy back-end block.
public struct LfhLayout: Sendable {
  // _LFH_HEAP
  public let subSegmentZones, lfhHeap: UInt64
  /// §3.7 [T: S8]: the `_HEAP_SUBSEGMENT` array starts at zone + 0x20 on x64 (Win8+: the 0x18-byte
  /// zone header rounded up to 16; Win7: right after the 0x20-byte header) and at zone + 0x10 on
  /// Win7 x86 ("x86 zone hdr 0x10", the 0x10-byte `_LFH_BLOCK_ZONE`); not a catalog field.
  public let zoneFirstSubsegment: UInt64
  // _HEAP_SUBSEGMENT
  public let subsegmentSize, subUserBlocks, subDepth, subBlockSize, subBlockCount, subSizeIndex: UInt64
  // _HEAP_USERDATA_HEADER
  public let userSubSegment, userSizeIndex, userSignature, userHeaderSize: UInt64
  // LFH block header (a 16-byte `_HEAP_ENTRY`; x86 8 bytes)
  /// The header qword at +0x08 (x86: the whole header at +0x00) the walk reads once per block
  /// (Win8+: its first dword is `SubSegmentCode`, §3.7 "Block header → subsegment"; Win7: the
  /// encoded bytes start there too).
  public let blockCode: UInt64
  /// §3.7 [T: S9, S8, S7]: Win8+ only, the block's index in its subsegment, u16 at +0x0D..+0x0E (it
  /// straddles PreviousSize's high byte and SegmentOffset/LFHFlags, so it has no catalog name).
  public let blockIndex: UInt64 = 0x0D
  /// `UnusedBytes` (+0x0F; x86 +0x07): 0x80 marks an LFH block; busy ⇔ low 6 bits != 0 (§3.5, §3.7).
  public let blockUnused: UInt64
  /// What differs between the two layouts.
  public let scheme: Scheme
  /// `_HEAP_USERDATA_HEADER.Signature` on Windows 8+ (§3.2).
  public static let signature: UInt32 = 0xF0E0_D0C0
  /// UnusedBytes bit that marks an LFH block (§3.5).
  public static let lfhFlag: UInt8 = 0x80

  public enum Scheme: Sendable {
    case encoded(Encoded)
    case windows7(Windows7)
  }

  /// Windows 8+ x64 fields (§3.7 Win10 2004 column): the key-dependent steps use them.
  public struct Encoded: Sendable {
    /// `_LFH_BLOCK_ZONE.NextIndex` (i32): subsegments in the zone.
    public let zoneNextIndex: UInt64
    /// `_HEAP_USERDATA_HEADER.EncodedOffsets` and `BusyBitmap` (`_RTL_BITMAP_EX` SizeOfBitMap, Buffer).
    public let userEncodedOffsets, userBitmapBits, userBitmapBuffer: UInt64
  }

  /// Windows 7 SP1 fields (§3.7 Win7 x64 column; x86 `_LFH_BLOCK_ZONE` FreePointer +0x08, Limit
  /// +0x0C, and the Win7 x86 `_HEAP_SUBSEGMENT` paragraph).
  public struct Windows7: Sendable {
    /// `_LFH_BLOCK_ZONE.FreePointer` (the next unused subsegment slot) and `Limit` (the zone's end).
    public let zoneFreePointer, zoneLimit: UInt64
    /// `_HEAP_SUBSEGMENT.AggregateExchg.FreeEntryOffset` (u16): the first free block, as an offset
    /// from UserBlocks (shown by `.explain`; the walk does not follow it).
    public let subFreeEntryOffset: UInt64
  }

  public var encoded: Encoded? {
    if case .encoded(let e) = scheme { return e }
    return nil
  }
  public var windows7: Windows7? {
    if case .windows7(let w) = scheme { return w }
    return nil
  }
  public var isWindows7: Bool { windows7 != nil }

  /// Nil unless the catalog has every field below: x64 (Win7 or Win8+ layout) or x86 with the
  /// Windows 7 layout (zones with FreePointer/Limit).
  public init?(catalog c: TypeCatalog) {
    guard c.pointerSize == 8 || c.pointerSize == 4 else { return nil }
    func o(_ t: String, _ f: String) -> UInt64? { c.offset(of: t, field: f) }
    guard let zones = o("_LFH_HEAP", "SubSegmentZones"), let heap = o("_LFH_HEAP", "Heap"),
      let subSize = c.size(of: "_HEAP_SUBSEGMENT"),
      let ub = o("_HEAP_SUBSEGMENT", "UserBlocks"), let depth = o("_HEAP_SUBSEGMENT", "AggregateExchg.Depth"),
      let bs = o("_HEAP_SUBSEGMENT", "BlockSize"), let bc = o("_HEAP_SUBSEGMENT", "BlockCount"),
      let si = o("_HEAP_SUBSEGMENT", "SizeIndex"), let us = o("_HEAP_USERDATA_HEADER", "SubSegment"),
      let usi = o("_HEAP_USERDATA_HEADER", "SizeIndex"), let sig = o("_HEAP_USERDATA_HEADER", "Signature"),
      let uhs = c.size(of: "_HEAP_USERDATA_HEADER"), let unused = o("_HEAP_ENTRY", "UnusedBytes"),
      let code = o("_HEAP_ENTRY", "SubSegmentCode") ?? o("_HEAP_ENTRY", "Code1")
    else { return nil }
    if let next = o("_LFH_BLOCK_ZONE", "NextIndex") {
      guard c.pointerSize == 8, let eo = o("_HEAP_USERDATA_HEADER", "EncodedOffsets"), let bits = o("_HEAP_USERDATA_HEADER", "BusyBitmap.SizeOfBitMap"),
        let buf = o("_HEAP_USERDATA_HEADER", "BusyBitmap.Buffer")
      else { return nil }
      scheme = .encoded(Encoded(zoneNextIndex: next, userEncodedOffsets: eo, userBitmapBits: bits, userBitmapBuffer: buf))
    } else {
      guard let free = o("_LFH_BLOCK_ZONE", "FreePointer"), let limit = o("_LFH_BLOCK_ZONE", "Limit"),
        let feo = o("_HEAP_SUBSEGMENT", "AggregateExchg.FreeEntryOffset")
      else { return nil }
      scheme = .windows7(Windows7(zoneFreePointer: free, zoneLimit: limit, subFreeEntryOffset: feo))
    }
    subSegmentZones = zones
    lfhHeap = heap
    zoneFirstSubsegment = c.pointerSize == 4 ? 0x10 : 0x20
    subsegmentSize = subSize
    subUserBlocks = ub
    subDepth = depth
    subBlockSize = bs
    subBlockCount = bc
    subSizeIndex = si
    userSubSegment = us
    userSizeIndex = usi
    userSignature = sig
    userHeaderSize = uhs
    blockCode = code
    blockUnused = unused
  }
}

/// The Windows 8+ x64 LFH encodings (§3.7 "LFH block addressing and decoding"), as pure functions
/// of the low 32 bits of ntdll!RtlpLFHKey.
public enum LfhCode {
  /// `k = RtlpLFHKey ^ (u32)Heap ^ (u32)(Block >> 4) ^ SubSegmentCode`; a valid header has
  /// `(k & 0xFFFF) == 0` and `Block − (k >> 12)` = its UserBlocks.
  @inline(__always)
  public static func blockOffset(key: UInt32, heap: UInt64, block: UInt64, code: UInt32) -> UInt64? {
    let k = key ^ UInt32(truncatingIfNeeded: heap) ^ UInt32(truncatingIfNeeded: block >> 4) ^ code
    return k & 0xFFFF == 0 ? UInt64(k >> 12) : nil
  }

  /// The key a header implies if its block lies `offset` bytes after its UserBlocks
  /// (§3.7's key-recovery paragraph): `SubSegmentCode ^ Heap ^ (Block >> 4) ^ (offset << 12)`.
  public static func key(heap: UInt64, block: UInt64, code: UInt32, offset: UInt64) -> UInt32 {
    code ^ UInt32(truncatingIfNeeded: heap) ^ UInt32(truncatingIfNeeded: block >> 4) ^ UInt32(truncatingIfNeeded: offset << 12)
  }

  /// `EncodedOffsets ^ (u32)UserBlocks ^ (u32)LFH_HEAP ^ RtlpLFHKey` = FirstAllocationOffset
  /// (low u16) | BlockStride (high u16).
  public static func offsets(key: UInt32, lfh: UInt64, userBlocks: UInt64, encoded: UInt32) -> (first: UInt64, stride: UInt64) {
    let v = encoded ^ UInt32(truncatingIfNeeded: userBlocks) ^ UInt32(truncatingIfNeeded: lfh) ^ key
    return (UInt64(v & 0xFFFF), UInt64(v >> 16))
  }
}
