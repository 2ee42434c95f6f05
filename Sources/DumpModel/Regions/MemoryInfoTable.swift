/// MemoryInfoListStream read in place: the `MINIDUMP_MEMORY_INFO` entries (nt-layouts.md §1.6:
/// BaseAddress u64 @0, AllocationBase @8, AllocationProtect u32 @0x10, RegionSize u64 @0x18,
/// State @0x20, Protect @0x24, Type @0x28; SizeOfEntry ≥ 0x30) loaded one at a time from the
/// mapped file, with nothing copied out.
///
/// The one-pass summary (`Dump.regionSummary`) walks it instead of building the region map: a million
/// regions then cost one read of the stream, not three arrays. `index(containing:)` bisects on
/// BaseAddress and is only right when the entries are in address order without overlaps; the scan
/// checks exactly that as it goes and gives up on the first entry that breaks it.
struct MemoryInfoTable {
  /// The entries' bytes: `count * entrySize` bytes, bounds-checked once when the table was made.
  let entries: UnsafeRawBufferPointer
  let count: Int
  let entrySize: Int

  /// The table over `reader` (a MemoryInfoListStream window); throws as the list parser does for
  /// a header or count that does not fit the stream.
  init(_ reader: StreamReader) throws(DumpError) {
    let (n, base, size) = try reader.sizedArray(
      minHeader: 0x10, minEntry: 0x30, wideCount: true, what: "memory regions", cap: .memoryRanges)
    // sizedArray checked base + n * size against the stream, which lies inside the file.
    entries = try reader.bytes(at: base, count: n &* size, "memory region entries")
    count = Int(n)
    entrySize = Int(size)
  }

  /// Entry `i` as a region (`0 <= i < count`).
  @inline(__always)
  func region(_ i: Int) -> Region {
    let at = i &* entrySize
    func u64(_ o: Int) -> UInt64 { UInt64(littleEndian: entries.loadUnaligned(fromByteOffset: at &+ o, as: UInt64.self)) }
    func u32(_ o: Int) -> UInt32 { UInt32(littleEndian: entries.loadUnaligned(fromByteOffset: at &+ o, as: UInt32.self)) }
    return Region(
      base: u64(0), size: u64(0x18), allocationBase: u64(8), allocationProtect: u32(0x10), state: u32(0x20),
      protect: u32(0x24), type: u32(0x28))
  }

  /// The end of the last busy (not MEM_FREE) non-empty entry: the highest busy address when the
  /// entries are in order (the scan checks that).
  var lastBusyEnd: UInt64 {
    var i = count
    while i > 0 {
      i -= 1
      let r = region(i)
      if r.size > 0, !r.isFree { return r.end }
    }
    return 0
  }
}

extension MemoryInfoTable: RegionLookup {
  /// The entry holding `address`, by bisection on BaseAddress (right for ordered entries only).
  func index(containing address: UInt64) -> Int? {
    var lo = 0
    var hi = count
    while lo < hi {
      let mid = (lo + hi) / 2
      if region(mid).base <= address { lo = mid + 1 } else { hi = mid }
    }
    guard lo > 0 else { return nil }
    let r = region(lo - 1)
    return address < r.end ? lo - 1 : nil
  }
}
