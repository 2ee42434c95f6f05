import CPrefetch

/// One segment's back-end blocks counted by `HeapWalker.summaries` (no visitor): the same checks
/// as `walkSegment` (checksum, Size ≠ 0, PreviousSize chain, segment end, uncommitted ranges;
/// nt-layouts.md §3.4–§3.6) on the segment's mapped bytes, one block per `step()`, so that a
/// thread can step several segments in turn and keep several header loads in flight at once.
/// Anything `walkSegment` would report or read elsewhere (a damaged header, an extended
/// UnusedBytes count, a header outside the segment's memory range) ends the chain as `failed`,
/// and the caller walks that heap again with `walkSegment` for the exact output.
struct SummaryChain {
  enum State { case running, done, failed }
  let base: UnsafeRawPointer
  /// The memory range holding the segment: [start, limit), at `fileOffset` in the dump.
  let start: UInt64, limit: UInt64, fileOffset: UInt64
  let end: UInt64, key: UInt64, granularity: UInt64, headerBytes: UInt64
  let file: MappedFile
  /// Uncommitted ranges sorted by address (as `walkSegment` takes them).
  let ucr: [(address: UInt64, size: UInt64)]
  var nextUCR = 0
  var ucrStop: UInt64
  var p: UInt64
  /// The previous block's Size, or -1 when unknown (after an uncommitted range).
  var expected: Int
  var released: UInt64
  var state = State.running
  /// Busy blocks by requested size below `RequestedSizes.direct` (`!heap -stat`), nil when not
  /// asked; the caller deallocates it.
  let sizes: UnsafeMutablePointer<UInt64>?
  var busy = 0, free = 0, busyBytes: UInt64 = 0, freeBytes: UInt64 = 0, requestedBytes: UInt64 = 0

  /// Nil when the segment's first header is not in a mapped memory range.
  init?(_ seg: HeapSegment, space: AddressSpace, layout: HeapLayout, key: UInt64, sizes: Bool = false) {
    guard let i = space.rangeIndex(containing: seg.firstEntry) else { return nil }
    let r = space.ranges[i]
    guard let raw = space.file.bytes(at: r.fileOffset, count: r.size), let b = raw.baseAddress else { return nil }
    base = b
    start = r.address
    limit = r.address &+ r.size
    fileOffset = r.fileOffset
    file = space.file
    end = seg.lastValidEntry
    self.key = key
    granularity = layout.granularity
    headerBytes = layout.headerBytes
    ucr = seg.uncommitted.filter { $0.size > 0 }.sorted { $0.address < $1.address }
    ucrStop = ucr.first?.address ?? UInt64.max
    p = seg.firstEntry
    released = p
    // The segment's own header block precedes FirstEntry; its size is the first PreviousSize.
    let first = seg.baseAddress &+ layout.headerBytes
    if first >= start, first < limit, limit &- first >= 8 {
      expected = Int(UInt16(truncatingIfNeeded: b.loadUnaligned(fromByteOffset: Int(first &- start), as: UInt64.self).littleEndian ^ key))
    } else {
      return nil  // `walkSegment` reads it through another range: leave the segment to it
    }
    if sizes {
      let counts = UnsafeMutablePointer<UInt64>.allocate(capacity: RequestedSizes.direct)
      counts.initialize(repeating: 0, count: RequestedSizes.direct)
      self.sizes = counts
    } else {
      self.sizes = nil
    }
  }

  /// Counts one block, or ends the chain (`done` at the segment end, `failed` on anything else).
  @inline(__always)
  mutating func step() {
    guard state == .running else { return }
    guard p < end else { return finish(.done) }
    if p >= ucrStop {
      while nextUCR < ucr.count, ucr[nextUCR].address < p { nextUCR += 1 }
      ucrStop = nextUCR < ucr.count ? ucr[nextUCR].address : UInt64.max
      if nextUCR < ucr.count, ucr[nextUCR].address == p {
        let (n, o) = p.addingReportingOverflow(ucr[nextUCR].size)
        nextUCR += 1
        ucrStop = nextUCR < ucr.count ? ucr[nextUCR].address : UInt64.max
        if o || n <= p { return finish(.done) }
        p = n
        expected = -1
        return
      }
    }
    let h = p &+ headerBytes
    guard h >= start, h < limit, limit &- h >= 8 else { return finish(.failed) }
    let ahead = p &+ 1024
    if ahead < limit { dd_prefetch(base + Int(ahead &- start)) }
    if p &- released >= HeapWalker.releaseStep { release() }
    let v = base.loadUnaligned(fromByteOffset: Int(h &- start), as: UInt64.self).littleEndian ^ key
    let size = UInt16(truncatingIfNeeded: v), flags = UInt8(truncatingIfNeeded: v >> 16)
    let check = UInt8(truncatingIfNeeded: v >> 24) ^ UInt8(truncatingIfNeeded: size) ^ UInt8(truncatingIfNeeded: size >> 8) ^ flags
    guard check == 0, size != 0, expected < 0 || expected == Int(UInt16(truncatingIfNeeded: v >> 32)) else { return finish(.failed) }
    let bytes = UInt64(size) &* granularity
    let (next, o) = p.addingReportingOverflow(bytes)
    guard !o, next <= end else { return finish(.failed) }
    if flags & HeapConstants.busy != 0 {
      let unused = UInt8(truncatingIfNeeded: v >> 56)
      guard unused & 0x40 == 0, unused & 0x3F != 0x3F else { return finish(.failed) }
      let u = UInt64(unused & 0x3F)
      let requested = u <= bytes ? bytes &- u : 0
      if let counts = sizes {
        guard requested < UInt64(RequestedSizes.direct) else { return finish(.failed) }
        counts[Int(requested)] &+= 1
      }
      requestedBytes &+= requested
      busy &+= 1
      busyBytes &+= bytes
    } else {
      free &+= 1
      freeBytes &+= bytes
    }
    expected = Int(size)
    p = next
  }

  mutating func finish(_ s: State) {
    release()
    state = s
  }

  /// Releases the mapped pages walked over since the last release (`MemoryCursor.release`).
  mutating func release() {
    let a = max(released, start), b = min(p, limit)
    if a < b { file.release(offset: fileOffset &+ (a &- start), count: b &- a) }
    released = p
  }
}
