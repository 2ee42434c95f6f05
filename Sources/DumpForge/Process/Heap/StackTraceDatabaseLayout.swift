/// The +ust user-mode stack trace database (nt-layouts.md §4.1; ntdiff/headers
/// `Win7_SP1/x64/System32/ntdll.dll/Standalone/_STACK_TRACE_DATABASE.h`, identical through Win11 x64):
/// a private reservation holding `_STACK_TRACE_DATABASE` (0x2F0 with Buckets[1]) at its base, the
/// hash buckets, `_RTL_STACK_TRACE_ENTRY`s (x64 0x110) growing up, and EntryIndexArray at the top of
/// the reservation with pointer slots growing down (entry i = *(EntryIndexArray − i×8), S9
/// RtlpGetStackTraceAddressEx). Lower and upper ends are committed; the middle stays reserved.
/// Ours / inferred (not verified against a real database): the bucket count (137), the hash
/// (sum of return addresses modulo the bucket count) and the NextFree*/LookedUp bookkeeping values.
struct StackTraceDatabaseLayout {
  static let reserveSize: UInt64 = 0x400_0000  // 64 MB: the x64 default (Microsoft "Preparing to Use UMDH", S10)
  static let bucketCount = 137
  static let entrySize = 0x110
  // _STACK_TRACE_DATABASE x64 field offsets (§4.1).
  static let peakHashCollisionListLength = 0x70
  static let lowerMemoryStart = 0x78
  static let commitBase = 0x88
  static let currentLowerCommitLimit = 0x90
  static let currentUpperCommitLimit = 0x98
  static let nextFreeLowerMemory = 0xA0
  static let nextFreeUpperMemory = 0xA8
  static let numberOfEntriesLookedUp = 0xB0
  static let numberOfEntriesAdded = 0xB4
  static let entryIndexArray = 0xB8
  static let numberOfEntriesAllocated = 0xC0
  static let numberOfBuckets = 0x2D0
  static let buckets = 0x2D8

  let base: UInt64
  let traces: [StackTraceCatalog.Trace]

  var entriesOffset: Int { (Self.buckets + Self.bucketCount * 0x10 + 15) / 16 * 16 }
  var lowerCommitted: UInt64 {
    alignUp(UInt64(entriesOffset + traces.count * Self.entrySize), AddressSpaceLimits.pageSize)
  }
  var upperCommitted: UInt64 { alignUp(UInt64(max(1, traces.count) * 8), AddressSpaceLimits.pageSize) }
  var top: UInt64 { base + Self.reserveSize }
  func entryAddress(_ index: UInt16) -> UInt64 { base + UInt64(entriesOffset + (Int(index) - 1) * Self.entrySize) }

  func allocation() -> Allocation {
    let middle = Self.reserveSize - lowerCommitted - upperCommitted
    return Allocation(
      base: base, size: Self.reserveSize, type: .privateMemory, allocationProtect: PageProtection.readWrite,
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
    let used = UInt64(traces.count) * 8
    lower.setU64(entryAddress(1), at: Self.lowerMemoryStart)
    lower.setU64(base, at: Self.commitBase)
    lower.setU64(base + lowerCommitted, at: Self.currentLowerCommitLimit)
    lower.setU64(top - upperCommitted, at: Self.currentUpperCommitLimit)
    lower.setU64(base + UInt64(entriesOffset + traces.count * Self.entrySize), at: Self.nextFreeLowerMemory)
    lower.setU64(top - used - 8, at: Self.nextFreeUpperMemory)
    lower.setU32(UInt32(truncatingIfNeeded: traces.reduce(UInt64(0)) { $0 + $1.count }), at: Self.numberOfEntriesLookedUp)
    lower.setU32(UInt32(traces.count), at: Self.numberOfEntriesAdded)
    lower.setU64(top, at: Self.entryIndexArray)
    lower.setU32(UInt32(traces.count), at: Self.numberOfEntriesAllocated)
    lower.setU32(UInt32(Self.bucketCount), at: Self.numberOfBuckets)
    var chainLength = [Int](repeating: 0, count: Self.bucketCount)
    // Newest entry first in each bucket: walking in index order, each entry points at the previous head.
    var heads = [UInt64](repeating: 0, count: Self.bucketCount)
    for trace in traces {
      let bucket = bucket(of: trace)
      let entry = Int(entryAddress(trace.index) - base)
      lower.setU64(heads[bucket], at: entry)  // HashChain
      heads[bucket] = entryAddress(trace.index)
      chainLength[bucket] += 1
      lower.setU16(UInt16(min(trace.count, 0x7FF)), at: entry + 0x08)  // TraceCount:11, BlockDepth:5 = 0
      lower.setU16(UInt16(trace.index >> 16), at: entry + 0x0A)  // IndexHigh
      lower.setU16(trace.index, at: entry + 0x0C)
      lower.setU16(UInt16(trace.frames.count), at: entry + 0x0E)
      for (position, frame) in trace.frames.enumerated() { lower.setU64(frame, at: entry + 0x10 + position * 8) }
    }
    for (bucket, head) in heads.enumerated() { lower.setU64(head, at: Self.buckets + bucket * 0x10) }
    lower.setU32(UInt32(chainLength.max() ?? 0), at: Self.peakHashCollisionListLength)
    var upper = ByteBuffer(count: Int(upperCommitted))
    for trace in traces {
      upper.setU64(entryAddress(trace.index), at: Int(upperCommitted) - Int(trace.index) * 8)
    }
    return (lower, upper)
  }
}
