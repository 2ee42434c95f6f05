/// The LFH front-end offsets the LFH walk uses (Windows 8+ x64 layout, nt-layouts.md §3.7), read
/// from the dump's `TypeCatalog` like `HeapLayout` so `dt` and `!heap` agree. Only the Windows 10
/// x64 catalogs (1507, 2004; Windows 8/8.1 and 11 use them as stand-ins) have these types with the
/// Win8+ encoding; Windows 7 (no EncodedOffsets, another block encoding) and x86 (a 13-bit shift
/// that §3.7 marks unverified) get nil and their user blocks stay one busy back-end block.
public struct LfhLayout: Sendable {
  // _LFH_HEAP
  public let subSegmentZones, lfhHeap: UInt64
  // _LFH_BLOCK_ZONE
  public let zoneNextIndex: UInt64
  /// §3.7 [T: S8]: the `_HEAP_SUBSEGMENT` array starts at zone + 0x20 on x64 (the 0x18-byte zone
  /// header rounded up to 16); not a catalog field.
  public let zoneFirstSubsegment: UInt64 = 0x20
  // _HEAP_SUBSEGMENT
  public let subsegmentSize, subUserBlocks, subDepth, subBlockSize, subBlockCount, subSizeIndex: UInt64
  // _HEAP_USERDATA_HEADER and its BusyBitmap (_RTL_BITMAP_EX)
  public let userSubSegment, userSizeIndex, userSignature, userEncodedOffsets, userBitmapBits, userBitmapBuffer: UInt64
  public let userHeaderSize: UInt64
  // LFH block header (a 16-byte `_HEAP_ENTRY`)
  /// `SubSegmentCode`, the encoded dword at +0x08 (§3.7 "Block header → subsegment").
  public let blockCode: UInt64
  /// §3.7 [T: S9, S8, S7]: the block's index in its subsegment, u16 at +0x0D..+0x0E (it straddles
  /// PreviousSize's high byte and SegmentOffset/LFHFlags, so it has no catalog name).
  public let blockIndex: UInt64 = 0x0D
  /// `UnusedBytes` (+0x0F): 0x80 marks an LFH block; busy ⇔ low 6 bits != 0 (§3.5).
  public let blockUnused: UInt64
  /// `_HEAP_USERDATA_HEADER.Signature` on Windows 8+ (§3.2).
  public static let signature: UInt32 = 0xF0E0_D0C0
  /// UnusedBytes bit that marks an LFH block (§3.5).
  public static let lfhFlag: UInt8 = 0x80

  /// Nil unless the catalog is a Windows 8+ x64 one with every field below.
  public init?(catalog c: TypeCatalog) {
    guard c.pointerSize == 8, !c.id.hasPrefix("win7") else { return nil }
    func o(_ t: String, _ f: String) -> UInt64? { c.offset(of: t, field: f) }
    guard let zones = o("_LFH_HEAP", "SubSegmentZones"), let heap = o("_LFH_HEAP", "Heap"),
      let next = o("_LFH_BLOCK_ZONE", "NextIndex"), let subSize = c.size(of: "_HEAP_SUBSEGMENT"),
      let ub = o("_HEAP_SUBSEGMENT", "UserBlocks"), let depth = o("_HEAP_SUBSEGMENT", "AggregateExchg.Depth"),
      let bs = o("_HEAP_SUBSEGMENT", "BlockSize"), let bc = o("_HEAP_SUBSEGMENT", "BlockCount"),
      let si = o("_HEAP_SUBSEGMENT", "SizeIndex"), let us = o("_HEAP_USERDATA_HEADER", "SubSegment"),
      let usi = o("_HEAP_USERDATA_HEADER", "SizeIndex"), let sig = o("_HEAP_USERDATA_HEADER", "Signature"),
      let eo = o("_HEAP_USERDATA_HEADER", "EncodedOffsets"), let bits = o("_HEAP_USERDATA_HEADER", "BusyBitmap.SizeOfBitMap"),
      let buf = o("_HEAP_USERDATA_HEADER", "BusyBitmap.Buffer"), let uhs = c.size(of: "_HEAP_USERDATA_HEADER"),
      let code = o("_HEAP_ENTRY", "SubSegmentCode"), let unused = o("_HEAP_ENTRY", "UnusedBytes")
    else { return nil }
    subSegmentZones = zones
    lfhHeap = heap
    zoneNextIndex = next
    subsegmentSize = subSize
    subUserBlocks = ub
    subDepth = depth
    subBlockSize = bs
    subBlockCount = bc
    subSizeIndex = si
    userSubSegment = us
    userSizeIndex = usi
    userSignature = sig
    userEncodedOffsets = eo
    userBitmapBits = bits
    userBitmapBuffer = buf
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
