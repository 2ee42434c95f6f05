/// One decoded back-end `_HEAP_ENTRY` header: the 8 bytes at entry+8 (x64) / +0 (x86).
///
/// Byte layout (nt-layouts.md §3.3): Size u16 (granules), Flags u8, SmallTagIndex u8 (the checksum
/// when encoded), PreviousSize u16 (granules), SegmentOffset u8, UnusedBytes u8.
public struct HeapEntryHeader: Sendable, Equatable {
  public var size: UInt16
  public var flags: UInt8
  public var smallTagIndex: UInt8
  public var previousSize: UInt16
  public var segmentOffset: UInt8
  public var unusedBytes: UInt8

  public var isBusy: Bool { flags & HeapConstants.busy != 0 }
  /// What SmallTagIndex must hold in an encoded header: `Size_lo ^ Size_hi ^ Flags` (§3.4 item 4).
  public var expectedChecksum: UInt8 { UInt8(truncatingIfNeeded: size) ^ UInt8(truncatingIfNeeded: size >> 8) ^ flags }
  /// `SmallTagIndex == Size_lo ^ Size_hi ^ Flags` (§3.4 item 4).
  public var checksumValid: Bool { smallTagIndex == expectedChecksum }
}

/// Decodes headers with a heap's `Encoding` key (§3.4): when `EncodeFlagMask & 0x100000` is set,
/// the 8 header bytes are XORed with `_HEAP.Encoding`'s own 8 header bytes; otherwise they are clear.
public struct HeapEntryDecoder: Sendable {
  /// The key as one little-endian u64 (0 when encoding is off).
  public let key: UInt64

  public init(key: UInt64) { self.key = key }

  /// Decodes the raw little-endian header qword.
  @inline(__always)
  public func decode(_ raw: UInt64) -> HeapEntryHeader {
    let v = raw ^ key
    return HeapEntryHeader(
      size: UInt16(truncatingIfNeeded: v), flags: UInt8(truncatingIfNeeded: v >> 16),
      smallTagIndex: UInt8(truncatingIfNeeded: v >> 24), previousSize: UInt16(truncatingIfNeeded: v >> 32),
      segmentOffset: UInt8(truncatingIfNeeded: v >> 48), unusedBytes: UInt8(truncatingIfNeeded: v >> 56))
  }

  /// The clear header encoded back (for tests and forging): checksum set, then XOR with the key.
  public func encode(size: UInt16, flags: UInt8, previousSize: UInt16, segmentOffset: UInt8 = 0, unusedBytes: UInt8) -> UInt64 {
    let check = UInt8(truncatingIfNeeded: size) ^ UInt8(truncatingIfNeeded: size >> 8) ^ flags
    let clear = UInt64(size) | UInt64(flags) << 16 | UInt64(check) << 24 | UInt64(previousSize) << 32
      | UInt64(segmentOffset) << 48 | UInt64(unusedBytes) << 56
    return clear ^ key
  }

  /// The requested (user) size of a busy back-end block of `blockBytes` bytes, per UnusedBytes
  /// (§3.5): Windows 7 stores the whole unused count in the byte; Windows 8+ the low 6 bits
  /// (0x3F mask) unless they read 0x3F or bit 0x40 says the count lives elsewhere — then
  /// `extended` is asked for the count (nil when it cannot be read). LFH (0x80) blocks are not
  /// back-end blocks. Returns nil when the count exceeds the block (corruption).
  public static func requestedSize(
    blockBytes: UInt64, unusedBytes: UInt8, windows7: Bool, extended: () -> UInt64?
  ) -> UInt64? {
    let unused: UInt64
    if windows7 {
      unused = UInt64(unusedBytes)
    } else if unusedBytes & 0x40 != 0 || unusedBytes & 0x3F == 0x3F {
      guard let e = extended() else { return nil }
      unused = e
    } else {
      unused = UInt64(unusedBytes & 0x3F)
    }
    guard unused <= blockBytes else { return nil }
    return blockBytes - unused
  }
}
