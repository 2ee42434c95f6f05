import DumpModel

/// The rows of `!heap -l`'s leak table (the `!heap -x` columns, windbg-output-and-peers.md §1.5),
/// written for millions of blocks: fields come from the block index position by position (no
/// search per block), each block's `_HEAP_ENTRY` is read only for PreviousSize, the mapped pages
/// behind those reads are released every 32 MB (as the walker does), and rows are formatted into
/// one byte buffer handed to the session 64 KB at a time.
final class HeapLeakRows {
  let session: Session
  let layout: HeapLayout
  let index: HeapIndex
  let space: AddressSpace
  /// Per heap (by `HeapIndex.heaps` value): address, header decoder, segments (base, end) in list order.
  let heapAddress: [UInt64]
  let decoders: [HeapEntryDecoder]
  let segments: [[(base: UInt64, end: UInt64)]]
  let digits: Int
  /// The row buffer: `used` of `capacity` bytes.
  private let buffer: UnsafeMutablePointer<UInt8>
  private let capacity = 1 << 17
  private var used = 0
  // The memory range holding the last header read, and how far behind it pages were released.
  private var rangeStart: UInt64 = 1
  private var rangeEnd: UInt64 = 0
  private var rangeOffset: UInt64 = 0
  private var rangeBytes: UnsafeRawPointer?
  private var released: UInt64 = 0

  init(_ set: HeapSet, layout: HeapLayout, index: HeapIndex, _ session: Session) {
    self.session = session
    self.layout = layout
    self.index = index
    space = session.dump.addressSpace
    heapAddress = set.heaps.map(\.address)
    decoders = set.heaps.map(\.decoder)
    segments = set.heaps.indices.map { i in
      set.heaps[i].kind == .nt ? set.result(i).segments.map { ($0.baseAddress, $0.lastValidEntry) } : []
    }
    digits = session.pointerSize * 2
    buffer = .allocate(capacity: capacity)
  }

  deinit { buffer.deallocate() }

  /// Appends the row of index position `i` (a busy block); flushes every 64 KB.
  func append(_ i: Int) {
    let entry = index.entry(i)
    let heap = index.heap(i)
    let flags = index.flags[i]
    let virtual = flags & HeapConstants.virtualAlloc != 0
    let size = index.size(i)
    let user = virtual ? entry &- layout.vaBusyBlock &+ layout.vaSize : entry &+ layout.granularity
    var segment: UInt64 = 0
    var prev: UInt64 = 0
    if virtual {
      segment = entry &- layout.vaBusyBlock
    } else {
      if heap < segments.count, let s = segments[heap].first(where: { $0.base <= entry && entry < $0.end }) { segment = s.base }
      if let raw = header(entry &+ layout.headerBytes), heap < decoders.count {
        prev = UInt64(decoders[heap].decode(raw).previousSize) &* layout.granularity
      }
    }
    hex(entry, digits)
    spaces(2)
    hex(user, digits)
    spaces(2)
    hex(heap < heapAddress.count ? heapAddress[heap] : 0, digits)
    spaces(2)
    hex(segment, digits)
    column(size)
    column(prev)
    column(size &- index.requested(i))
    text(flags & HeapConstants.extraPresent != 0 ? "  busy extra\n" : "  busy\n")
    if used >= 1 << 16 { flush() }
  }

  /// Hands the buffered rows to the session.
  func flush() {
    guard used > 0 else { return }
    session.write(String(decoding: UnsafeBufferPointer(start: buffer, count: used), as: UTF8.self))
    used = 0
  }

  /// Releases what is still mapped behind the last read.
  func finish() {
    if rangeStart < rangeEnd, released < rangeEnd { space.file.release(offset: rangeOffset &+ (released &- rangeStart), count: rangeEnd &- released) }
  }

  /// The 8 bytes at `a`; entries come in ascending order, so pages are released behind them.
  private func header(_ a: UInt64) -> UInt64? {
    if a < rangeStart || rangeEnd < 8 || a > rangeEnd &- 8 {
      finish()
      guard let k = space.rangeIndex(containing: a) else { return nil }
      let r = space.ranges[k]
      rangeStart = r.address
      rangeEnd = r.address &+ r.size
      rangeOffset = r.fileOffset
      rangeBytes = space.file.bytes(at: r.fileOffset, count: r.size)?.baseAddress
      released = r.address
      guard rangeEnd >= 8, a <= rangeEnd &- 8 else { return space.load(UInt64.self, at: a) }
    }
    if a &- released >= 8 << 20 {
      space.file.release(offset: rangeOffset &+ (released &- rangeStart), count: a &- released)
      released = a
    }
    guard let base = rangeBytes else { return nil }
    return UInt64(littleEndian: base.loadUnaligned(fromByteOffset: Int(a &- rangeStart), as: UInt64.self))
  }

  // A row is at most 4 × 16 + 6 + 3 × 16 + 12 bytes and is written after a flush at 64 KB, so
  // the 128 KB buffer never overflows; the writers still stop at its end.
  private func text(_ s: StaticString) {
    let n = min(s.utf8CodeUnitCount, capacity - used)
    (buffer + used).update(from: s.utf8Start, count: n)
    used += n
  }

  private func spaces(_ n: Int) {
    let k = min(max(0, n), capacity - used)
    (buffer + used).update(repeating: 0x20, count: k)
    used += k
  }

  /// `v` in lower-case hex, zero-padded to `width` digits (as `HexFormat.hex`).
  private func hex(_ v: UInt64, _ width: Int) {
    let n = max(1, (64 - v.leadingZeroBitCount + 3) / 4)
    let pad = min(max(0, width - n), capacity - used)
    (buffer + used).update(repeating: 0x30, count: pad)
    used += pad
    guard used + n <= capacity else { return }
    var x = v
    for k in stride(from: n - 1, through: 0, by: -1) {
      let d = UInt8(truncatingIfNeeded: x & 0xF)
      buffer[used + k] = d < 10 ? 0x30 + d : 0x57 + d
      x >>= 4
    }
    used += n
  }

  /// `v` in hex right-aligned in 10 columns (as `HexFormat.right(HexFormat.hex(v), 10)`).
  private func column(_ v: UInt64) {
    spaces(10 - max(1, (64 - v.leadingZeroBitCount + 3) / 4))
    hex(v, 1)
  }
}
