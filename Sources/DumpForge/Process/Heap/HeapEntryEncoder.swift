/// Builds the 8 encoded bytes of an x64 `_HEAP_ENTRY` at entry+0x08..+0x0F.
/// Layout (nt-layouts.md §3.3, ntdiff Win7_SP1/x64 and Win10_2004_20H1/x64 `_HEAP_ENTRY`):
/// +0x08 Size u16 (granules), +0x0A Flags u8, +0x0B SmallTagIndex u8 (checksum), +0x0C PreviousSize u16,
/// +0x0E SegmentOffset u8, +0x0F UnusedBytes u8. +0x00..+0x07 (PreviousBlockPrivateData) is never encoded.
/// Checksum and encoding (§3.4 items 4 and 6): SmallTagIndex = byte0 ^ byte1 ^ byte2, then XOR the
/// eight bytes with `_HEAP.Encoding` +0x08..+0x0F.
struct HeapEntryEncoder {
  let key: [UInt8]

  func encode(
    size: UInt16, flags: UInt8, previousSize: UInt16, segmentOffset: UInt8 = 0, unusedBytes: UInt8,
    corruption: HeapCorruptionSpec.Kind? = nil
  ) -> [UInt8] {
    var writtenSize = size
    var writtenPrevious = previousSize
    switch corruption {
    case .size: writtenSize = size ^ 0x4000  // an overwrite that keeps a valid checksum but a wrong size
    case .prevsize: writtenPrevious = previousSize &+ 0x0101
    default: break
    }
    var bytes: [UInt8] = [
      UInt8(truncatingIfNeeded: writtenSize), UInt8(truncatingIfNeeded: writtenSize >> 8), flags, 0,
      UInt8(truncatingIfNeeded: writtenPrevious), UInt8(truncatingIfNeeded: writtenPrevious >> 8), segmentOffset,
      unusedBytes,
    ]
    bytes[3] = bytes[0] ^ bytes[1] ^ bytes[2]
    if corruption == .checksum { bytes[3] ^= 0x5A }
    for index in 0..<8 { bytes[index] ^= key[index] }
    return bytes
  }
}
