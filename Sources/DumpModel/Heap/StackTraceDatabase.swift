/// The +ust user-mode stack trace database, found without symbols (nt-layouts.md §4.1).
///
/// ntdll keeps it in a private reservation whose base holds `_STACK_TRACE_DATABASE`; without the
/// `RtlpStackTraceDatabase` symbol we recognise that shape at the base of each private committed
/// region: CommitBase == the region's base, NumberOfBuckets in 1...0x100000, LowerMemoryStart and
/// EntryIndexArray inside the same allocation, NumberOfEntriesAdded below a bound. Trace i
/// (1-based) is `*(EntryIndexArray − i × pointer size)` (§4.1, S9 RtlpGetStackTraceAddressEx).
public struct StackTraceDatabase: Sendable {
  public let address: UInt64
  public let entryIndexArray: UInt64
  public let entriesAdded: UInt32
  let layout: HeapLayout.TraceDatabaseLayout
  let pointerSize: Int

  /// Looks for the database in the private regions of the dump.
  public static func find(regions infos: [MemoryInfo], space: AddressSpace, layout: HeapLayout) -> StackTraceDatabase? {
    guard let t = layout.traceDatabase else { return nil }
    let ps = UInt64(layout.pointerSize)
    // MEM_PRIVATE 0x20000, MEM_COMMIT 0x1000 (MEMORY_BASIC_INFORMATION).
    for r in infos where r.type == 0x20000 && r.state == 0x1000 && r.baseAddress == r.allocationBase {
      let base = r.baseAddress
      guard space.pointer(at: base &+ t.commitBase) == base,
        let buckets = space.load(UInt32.self, at: base &+ t.numberOfBuckets), buckets > 0, buckets <= 0x10_0000,
        let lower = space.pointer(at: base &+ t.lowerMemoryStart), lower > base,
        let array = space.pointer(at: base &+ t.entryIndexArray), array > lower, array % ps == 0,
        let added = space.load(UInt32.self, at: base &+ t.entriesAdded), UInt64(added) < (array &- lower) / ps
      else { continue }
      let end = infos.filter { $0.allocationBase == base }.map(\.end).max() ?? r.end
      guard array <= end else { continue }
      return StackTraceDatabase(address: base, entryIndexArray: array, entriesAdded: added, layout: t, pointerSize: layout.pointerSize)
    }
    return nil
  }

  /// Where trace `index` is found: the EntryIndexArray slot (`EntryIndexArray − index × pointer
  /// size`) and the `_RTL_STACK_TRACE_ENTRY` address it holds; nil when out of range or unreadable.
  public func entryAddress(_ index: UInt32, space: AddressSpace) -> (slot: UInt64, entry: UInt64)? {
    guard index > 0, index <= entriesAdded else { return nil }
    let (off, o) = UInt64(index).multipliedReportingOverflow(by: UInt64(pointerSize))
    guard !o, off <= entryIndexArray, let entry = space.pointer(at: entryIndexArray - off), entry != 0 else { return nil }
    return (entryIndexArray - off, entry)
  }

  /// The return addresses of trace `index`, or nil when the index is out of range or unreadable.
  public func frames(_ index: UInt32, space: AddressSpace) -> [UInt64]? {
    guard let (_, entry) = entryAddress(index, space: space),
      let depth = space.load(UInt16.self, at: entry &+ layout.entryDepth)
    else { return nil }
    var out: [UInt64] = []
    for i in 0..<min(Int(depth), 64) {
      guard let f = space.pointer(at: entry &+ layout.entryBackTrace &+ UInt64(i * pointerSize)) else { break }
      out.append(f)
    }
    return out
  }
}
