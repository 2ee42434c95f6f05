/// Array headers shared by the list streams.
extension StreamReader {
  /// A `u32 count` followed by a packed array of `entrySize`-byte entries (ThreadList,
  /// ModuleList, MemoryList, ThreadNames; nt-layouts.md §1.1/§1.4-§1.6).
  ///
  /// The array normally starts at +4. Some writers insert 4 bytes of padding after the count;
  /// like rust-minidump (minidump.rs) we accept that when the stream size is exactly
  /// `8 + count*entrySize`. A stream larger than needed is accepted; a smaller one throws, before
  /// anything is allocated, so the count is bounded by the file size.
  /// Returns the count and the relative offset of entry 0.
  /// `cap` is the `DumpLimits` cap the count is checked against first.
  func countedArray(entrySize: UInt64, what: String, cap: DumpLimits.Cap) throws(DumpError) -> (count: UInt64, offset: UInt64) {
    let n = UInt64(try load(UInt32.self, at: 0, "number of \(what)"))
    let (total, o1) = n.multipliedReportingOverflow(by: entrySize)
    let (padded, o2) = total.addingReportingOverflow(8)
    if !o1, !o2, padded == count, n > 0 {
      try requireWithin(cap, count: n, what: what)
      return (n, 8)
    }
    try requireArray(count: n, entrySize: entrySize, at: 4, what: what)
    try requireWithin(cap, count: n, what: what)
    return (n, 4)
  }

  /// A header of `SizeOfHeader u32, SizeOfEntry u32, NumberOfEntries (u32 or u64)` whose entries
  /// start at SizeOfHeader and are SizeOfEntry bytes apart (ThreadInfoList, UnloadedModuleList,
  /// HandleData, MemoryInfoList; nt-layouts.md §1.4-§1.8). SizeOfHeader must cover the header and
  /// SizeOfEntry must be at least `minEntry` (larger entries from newer writers are accepted, and
  /// their extra bytes ignored). Checks that every entry fits before returning.
  func sizedArray(minHeader: UInt64, minEntry: UInt64, wideCount: Bool, what: String, cap: DumpLimits.Cap)
    throws(DumpError) -> (count: UInt64, offset: UInt64, entrySize: UInt64)
  {
    try require(0, minHeader, "\(what) list header")
    let header = UInt64(try u32(0))
    let entrySize = UInt64(try u32(4))
    let n = wideCount ? try u64(8) : UInt64(try u32(8))
    guard header >= minHeader else {
      throw .badValue(
        stream: stream, offset: start,
        detail: "SizeOfHeader 0x\(hex(header)) is smaller than the 0x\(hex(minHeader))-byte header")
    }
    guard entrySize >= minEntry else {
      throw .badValue(
        stream: stream, offset: fileOffset(4),
        detail: "SizeOfEntry 0x\(hex(entrySize)) is smaller than the 0x\(hex(minEntry))-byte \(what) entry")
    }
    try requireArray(count: n, entrySize: entrySize, at: header, what: what)
    try requireWithin(cap, count: n, what: what)
    return (n, header, entrySize)
  }
}
