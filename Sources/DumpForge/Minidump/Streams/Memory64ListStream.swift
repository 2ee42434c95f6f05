/// MINIDUMP_MEMORY64_LIST: NumberOfMemoryRanges u64, BaseRva u64, then MEMORY_DESCRIPTOR64
/// (StartOfMemoryRange u64, DataSize u64) per range; range i's bytes follow range i-1's from
/// BaseRva on. The stream is exactly 16 + 16·n bytes (readers such as rust-minidump insist).
/// Source: nt-layouts.md §1.6, §1.1.
enum Memory64ListStream {
  /// Reserves the stream; `BaseRva` is patched by the writer once the memory data is placed.
  static func write(_ ranges: [MemoryRegionInfo], into blob: inout MinidumpBlob)
    -> (location: LocationDescriptor, baseRvaFieldOffset: Int)
  {
    var body = ByteBuffer()
    body.appendU64(UInt64(ranges.count))
    body.appendU64(0)
    for range in ranges {
      body.appendU64(range.base)
      body.appendU64(range.size)
    }
    let location = blob.append(body, alignment: 8)
    return (location, Int(location.rva) + 8)
  }
}
