/// The +ust user-mode stack trace database (nt-layouts.md §4.1; ntdiff/headers
/// `Win7_SP1/x64/System32/ntdll.dll/Standalone/_STACK_TRACE_DATABASE.h`, identical through Win11 x64):
/// a private reservation holding `_STACK_TRACE_DATABASE` (0x2F0 with Buckets[1]) at its base, the
/// hash buckets, `_RTL_STACK_TRACE_ENTRY`s (x64 0x110) growing up, and EntryIndexArray at the top of
/// the reservation with pointer slots growing down (entry i = *(EntryIndexArray − i×8), S9
/// RtlpGetStackTraceAddressEx). Lower and upper ends are committed; the middle stays reserved.
/// Ours / inferred (not verified against a real database): the bucket count (137), the hash
/// (sum of return addresses modulo the bucket count) and the NextFree*/LookedUp bookkeeping values.
/// x86 (`x86: true`): the x86 column of §4.1 — a 32 MB reservation, 4-byte pointers,
/// `_RTL_STACK_TRACE_ENTRY` 0x8C (TraceCount +4, IndexHigh +6, Index +8, Depth +0xA, BackTrace +0xC),
/// buckets 8 bytes each.
struct StackTraceDatabaseLayout {
  static let bucketCount = 137
  /// 64 MB x64 / 32 MB x86: the defaults (Microsoft "Preparing to Use UMDH", S10).
  static func reserveSize(x86: Bool) -> UInt64 { x86 ? 0x200_0000 : 0x400_0000 }

  /// `_STACK_TRACE_DATABASE` and `_RTL_STACK_TRACE_ENTRY` field offsets of one architecture (§4.1).
  struct Offsets {
    var pointer: Int
    var entrySize: Int
    var bucketSize: Int
    var peakHashCollisionListLength: Int
    var lowerMemoryStart: Int
    var commitBase: Int
    var currentLowerCommitLimit: Int
    var currentUpperCommitLimit: Int
    var nextFreeLowerMemory: Int
    var nextFreeUpperMemory: Int
    var numberOfEntriesLookedUp: Int
    var numberOfEntriesAdded: Int
    var entryIndexArray: Int
    var numberOfEntriesAllocated: Int
    var numberOfBuckets: Int
    var buckets: Int
    /// Entry fields: TraceCount/BlockDepth, IndexHigh, Index, Depth, BackTrace.
    var entryTraceCount: Int
    var entryIndexHigh: Int
    var entryIndex: Int
    var entryDepth: Int
    var entryBackTrace: Int
  }
  static let x64 = Offsets(
    pointer: 8, entrySize: 0x110, bucketSize: 0x10, peakHashCollisionListLength: 0x70, lowerMemoryStart: 0x78,
    commitBase: 0x88, currentLowerCommitLimit: 0x90, currentUpperCommitLimit: 0x98, nextFreeLowerMemory: 0xA0,
    nextFreeUpperMemory: 0xA8, numberOfEntriesLookedUp: 0xB0, numberOfEntriesAdded: 0xB4, entryIndexArray: 0xB8,
    numberOfEntriesAllocated: 0xC0, numberOfBuckets: 0x2D0, buckets: 0x2D8, entryTraceCount: 0x08,
    entryIndexHigh: 0x0A, entryIndex: 0x0C, entryDepth: 0x0E, entryBackTrace: 0x10)
  static let x86 = Offsets(
    pointer: 4, entrySize: 0x8C, bucketSize: 0x08, peakHashCollisionListLength: 0x3C, lowerMemoryStart: 0x40,
    commitBase: 0x48, currentLowerCommitLimit: 0x4C, currentUpperCommitLimit: 0x50, nextFreeLowerMemory: 0x54,
    nextFreeUpperMemory: 0x58, numberOfEntriesLookedUp: 0x5C, numberOfEntriesAdded: 0x60, entryIndexArray: 0x64,
    numberOfEntriesAllocated: 0x68, numberOfBuckets: 0x178, buckets: 0x17C, entryTraceCount: 0x04,
    entryIndexHigh: 0x06, entryIndex: 0x08, entryDepth: 0x0A, entryBackTrace: 0x0C)

  let base: UInt64
  let traces: [StackTraceCatalog.Trace]
  var isX86 = false

  private var o: Offsets { isX86 ? Self.x86 : Self.x64 }
  var reserveSize: UInt64 { Self.reserveSize(x86: isX86) }
  var entriesOffset: Int { (o.buckets + Self.bucketCount * o.bucketSize + 15) / 16 * 16 }
  var lowerCommitted: UInt64 {
    alignUp(UInt64(entriesOffset + traces.count * o.entrySize), AddressSpaceLimits.pageSize)
  }
  var upperCommitted: UInt64 { alignUp(UInt64(max(1, traces.count) * o.pointer), AddressSpaceLimits.pageSize) }
  var top: UInt64 { base + reserveSize }
  func entryAddress(_ index: UInt16) -> UInt64 { base + UInt64(entriesOffset + (Int(index) - 1) * o.entrySize) }

  private func setPointer(_ buffer: inout ByteBuffer, _ value: UInt64, at offset: Int) {
    if isX86 { buffer.setU32(UInt32(truncatingIfNeeded: value), at: offset) } else { buffer.setU64(value, at: offset) }
  }

  func allocation() -> Allocation {
    let middle = reserveSize - lowerCommitted - upperCommitted
    return Allocation(
      base: base, size: reserveSize, type: .privateMemory, allocationProtect: PageProtection.readWrite,
      label: "stack trace database",
      parts: [
        .init(offset: 0, size: lowerCommitted, state: .commit, protect: PageProtection.readWrite),
        .init(offset: lowerCommitted, size: middle, state: .reserve, protect: 0),
        .init(offset: lowerCommitted + middle, size: upperCommitted, state: .commit, protect: PageProtection.readWrite),
      ])
  }

  func bucket(of trace: StackTraceCatalog.Trace) -> Int {
    Int(trace.frames.reduce(UInt64(0), &+) % UInt64(Self.bucketCount))
  }

  /// (lower bytes at `base`, upper bytes ending at `top`).
  func build() -> (lower: ByteBuffer, upper: ByteBuffer) {
    var lower = ByteBuffer(count: Int(lowerCommitted))
    let used = UInt64(traces.count * o.pointer)
    setPointer(&lower, entryAddress(1), at: o.lowerMemoryStart)
    setPointer(&lower, base, at: o.commitBase)
    setPointer(&lower, base + lowerCommitted, at: o.currentLowerCommitLimit)
    setPointer(&lower, top - upperCommitted, at: o.currentUpperCommitLimit)
    setPointer(&lower, base + UInt64(entriesOffset + traces.count * o.entrySize), at: o.nextFreeLowerMemory)
    setPointer(&lower, top - used - UInt64(o.pointer), at: o.nextFreeUpperMemory)
    lower.setU32(UInt32(truncatingIfNeeded: traces.reduce(UInt64(0)) { $0 + $1.count }), at: o.numberOfEntriesLookedUp)
    lower.setU32(UInt32(traces.count), at: o.numberOfEntriesAdded)
    setPointer(&lower, top, at: o.entryIndexArray)
    lower.setU32(UInt32(traces.count), at: o.numberOfEntriesAllocated)
    lower.setU32(UInt32(Self.bucketCount), at: o.numberOfBuckets)
    var chainLength = [Int](repeating: 0, count: Self.bucketCount)
    // Newest entry first in each bucket: walking in index order, each entry points at the previous head.
    var heads = [UInt64](repeating: 0, count: Self.bucketCount)
    for trace in traces {
      let bucket = bucket(of: trace)
      let entry = Int(entryAddress(trace.index) - base)
      setPointer(&lower, heads[bucket], at: entry)  // HashChain
      heads[bucket] = entryAddress(trace.index)
      chainLength[bucket] += 1
      lower.setU16(UInt16(min(trace.count, 0x7FF)), at: entry + o.entryTraceCount)  // TraceCount:11, BlockDepth:5 = 0
      lower.setU16(UInt16(trace.index >> 16), at: entry + o.entryIndexHigh)
      lower.setU16(trace.index, at: entry + o.entryIndex)
      lower.setU16(UInt16(trace.frames.count), at: entry + o.entryDepth)
      for (position, frame) in trace.frames.enumerated() {
        setPointer(&lower, frame, at: entry + o.entryBackTrace + position * o.pointer)
      }
    }
    for (bucket, head) in heads.enumerated() { setPointer(&lower, head, at: o.buckets + bucket * o.bucketSize) }
    lower.setU32(UInt32(chainLength.max() ?? 0), at: o.peakHashCollisionListLength)
    var upper = ByteBuffer(count: Int(upperCommitted))
    for trace in traces {
      setPointer(&upper, entryAddress(trace.index), at: Int(upperCommitted) - Int(trace.index) * o.pointer)
    }
    return (lower, upper)
  }
}
