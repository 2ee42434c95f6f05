/// Expands LFH user blocks into their blocks (x64 Windows 8+, Windows 7 x64 and x86, nt-layouts.md §3.5, §3.7).
///
/// `HeapWalker.walk` reads the front end first (`frontEnd`, LfhFrontEnd.swift); the segment walk
/// then meets each subsegment's container — the busy back-end block whose data is the
/// `_HEAP_USERDATA_HEADER` — in address order (`LfhCursor`, no lookup per block), visits it as
/// `.lfhContainer` and right after it every block of the subsegment as `.lfh`: one 8-byte read per
/// block (SubSegmentCode, index and UnusedBytes share the header's second qword) and, on Win8+, one
/// per 64 blocks for the BusyBitmap. The loop is shared; what differs by layout is the
/// `LfhBlockReader` (Win8+: key decode and bitmap; Win7: UnusedBytes only, LfhWindows7.swift).
public struct LfhWalker {
  let walker: HeapWalker
  let l: LfhLayout
  var space: AddressSpace { walker.space }

  init?(_ walker: HeapWalker) {
    guard let l = walker.layout.lfh else { return nil }
    self.walker = walker
    self.l = l
  }

  /// One LFH block decoded from its header qword (bytes +0x08..+0x0F; x86 +0x00..+0x07) and its BusyBitmap bit.
  public struct Decoded: Sendable, Equatable {
    public var raw: UInt64
    /// Block − UserBlocks per the header (`nil`: `(k & 0xFFFF) != 0`, the header does not decode);
    /// Win7: from the zone walk (the header is not decoded).
    public var offset: UInt64?
    public var index: UInt16
    public var unusedBytes: UInt8
    public var bitmapBit: Bool?
    /// Busy per UnusedBytes (low 6 bits != 0) when the header decodes, else per the bitmap.
    public var busy: Bool
    /// Why the block disagrees with its subsegment, nil when it does not.
    public var problem: String?
  }

  /// Decodes block `i` of `sub` from `raw` (its header qword) and `word` (the bitmap's u64 holding
  /// bit i). Never traps: every disagreement becomes `problem`.
  public static func decode(_ i: Int, of sub: LfhSubsegment, key: UInt32, heap: UInt64, raw: UInt64, word: UInt64?, layout l: LfhLayout) -> Decoded {
    let b = sub.block(i)
    let offset = LfhCode.blockOffset(key: key, heap: heap, block: b, code: UInt32(truncatingIfNeeded: raw))
    let index = UInt16(truncatingIfNeeded: raw >> ((l.blockIndex &- l.blockCode) * 8))
    let unused = UInt8(truncatingIfNeeded: raw >> ((l.blockUnused &- l.blockCode) * 8))
    let bit = word.map { $0 >> UInt64(i % 64) & 1 == 1 }
    let headerOK = offset == b &- sub.userBlocks
    var d = Decoded(raw: raw, offset: offset, index: index, unusedBytes: unused, bitmapBit: bit, busy: headerOK ? unused & 0x3F != 0 : bit ?? false)
    // Built only for a block that disagrees (string work per block would dominate the walk).
    var at: String { "LFH block index \(i) of subsegment \(String(sub.address, radix: 16))" }
    if !headerOK {
      d.problem = "\(at): header does not decode to UserBlocks \(String(sub.userBlocks, radix: 16)) (damaged header)"
    } else if index != UInt16(truncatingIfNeeded: i) {
      d.problem = "\(at): the header's index reads \(index)"
    } else if unused & LfhLayout.lfhFlag == 0 {
      d.problem = "\(at): UnusedBytes \(String(unused, radix: 16)) lacks the LFH flag 80"
    } else if let bit, bit != d.busy {
      d.problem = "\(at): UnusedBytes \(String(unused, radix: 16)) says \(d.busy ? "busy" : "free") but BusyBitmap bit \(i) says \(bit ? "busy" : "free")"
    } else if !d.busy, unused != LfhLayout.lfhFlag {
      d.problem = "\(at): free block with UnusedBytes \(String(unused, radix: 16)), expected 80"
    }
    return d
  }

  /// The `HeapBlock` of decoded block `i`: size = BlockStride, requested = stride − unused count
  /// (§3.5: low 6 bits; 0x3F → u64 at block + stride; 0x40 → extended header), user = block + 16 (x86: + 8, the granularity).
  func block(_ i: Int, of sub: LfhSubsegment, _ d: Decoded, segment: Int, reader: inout MemoryCursor) -> (HeapBlock, String?) {
    let b = sub.block(i)
    let gran = walker.layout.granularity
    let header = HeapEntryHeader(
      size: sub.blockSize, flags: d.busy ? HeapConstants.busy : 0, smallTagIndex: 0, previousSize: 0,
      segmentOffset: UInt8(truncatingIfNeeded: d.raw >> 48), unusedBytes: d.unusedBytes)
    var block = HeapBlock(entry: b, size: sub.stride, header: header, requested: 0, segment: segment, traceIndex: 0, user: b &+ gran)
    block.kind = .lfh
    block.subsegment = sub.address
    guard d.busy, d.offset != nil else { return (block, nil) }
    let requested = HeapEntryDecoder.requestedSize(blockBytes: sub.stride, unusedBytes: d.unusedBytes & 0x7F, windows7: false) {
      walker.extendedUnused(entry: b, header: header, next: b &+ sub.stride, reader: &reader)
    }
    guard let requested else {
      return (block, "LFH block \(String(b, radix: 16)): unused count of UnusedBytes \(String(d.unusedBytes, radix: 16)) does not fit the 0x\(String(sub.stride, radix: 16))-byte block")
    }
    block.requested = requested
    return (block, nil)
  }

  /// Visits every block of `sub` (its container was just visited); a block whose header does not
  /// decode is still visited (state from the bitmap) so `!heap -x` finds it, and its problem is
  /// one corruption line per subsegment (the first, with a count of the others).
  func expand(_ sub: LfhSubsegment, heap nt: NtHeap, segment: Int, result: inout HeapWalkResult, reader: inout MemoryCursor, visit: (HeapBlock) -> Void) {
    guard let counted = result.lfh, counted.expanded else { return }
    if let key = counted.key {
      var blocks = EncodedBlockReader(sub: sub, key: key, heap: nt.address, l: l)
      expand(sub, with: &blocks, counted: counted, heap: nt, segment: segment, result: &result, reader: &reader, visit: visit)
    } else if l.isWindows7 {
      var blocks = Windows7BlockReader(sub: sub, l: l)
      expand(sub, with: &blocks, counted: counted, heap: nt, segment: segment, result: &result, reader: &reader, visit: visit)
    }
  }

  func expand<R: LfhBlockReader>(
    _ sub: LfhSubsegment, with blocks: inout R, counted: LfhFrontEnd, heap nt: NtHeap, segment: Int, result: inout HeapWalkResult,
    reader: inout MemoryCursor, visit: (HeapBlock) -> Void
  ) {
    let heap = nt.address
    // Counted locally and stored once (the walk's entry cap sees the running total).
    var busy = 0, free = 0
    var busyBytes: UInt64 = 0, freeBytes: UInt64 = 0, requested: UInt64 = 0
    defer {
      result.lfh?.busyBlocks = counted.busyBlocks + busy
      result.lfh?.freeBlocks = counted.freeBlocks + free
      result.lfh?.busyBytes = counted.busyBytes &+ busyBytes
      result.lfh?.freeBytes = counted.freeBytes &+ freeBytes
      result.lfh?.requestedBytes = counted.requestedBytes &+ requested
      result.lfhEntries = counted.busyBlocks &+ busy &+ counted.freeBlocks &+ free
    }
    let cap = walker.limits.heapEntries
    let before = UInt64(result.busyBlocks &+ result.freeBlocks &+ result.virtualEntries.count &+ counted.busyBlocks &+ counted.freeBlocks)
    var first: (UInt64, String)?
    var more = 0
    for i in 0..<Int(sub.blockCount) {
      if before &+ UInt64(busy &+ free) >= cap {
        result.corruptions.append(walker.entryCapHit(nt, at: sub.block(i)))
        result.stoppedByLimit = true
        return
      }
      guard let d = blocks.read(i, reader: &reader) else {
        if first == nil { first = (sub.block(i), "LFH block not in the dump") } else { more += 1 }
        continue
      }
      let (b, sizeProblem) = block(i, of: sub, d, segment: segment, reader: &reader)
      if let why = d.problem ?? sizeProblem {
        if first == nil { first = (b.entry, why) } else { more += 1 }
      }
      if b.isBusy {
        busy += 1
        busyBytes &+= b.size
        requested &+= b.requested
      } else {
        free += 1
        freeBytes &+= b.size
      }
      visit(b)
    }
    if let (at, why) = first {
      let tail = more > 0 ? " (and \(more) more blocks of this subsegment)" : ""
      result.corruptions.append(HeapCorruption(heap: heap, address: at, reason: why + tail))
    }
  }
}

/// What a visited block is: an LFH container is also visited as a busy back-end block before
/// its `.lfh` blocks (WinDbg's `!heap -h` lists it; allocation counts use its blocks instead).
public enum HeapBlockKind: UInt8, Sendable {
  case backEnd, lfhContainer, lfh
}

/// Meets the subsegment containers in step with a segment walk (both ascend by address).
struct LfhCursor {
  let subsegments: [LfhSubsegment]
  let granularity: UInt64
  var next = 0

  init(_ front: LfhFrontEnd?, granularity: UInt64) {
    subsegments = front?.expanded == true ? front?.subsegments ?? [] : []
    self.granularity = granularity
  }

  /// The subsegment whose container is the busy block `block`, when its blocks fit inside it;
  /// a subsegment that does not fit is a corruption line and its container stays a plain block.
  @inline(__always)
  mutating func container(_ block: HeapBlock, heap: UInt64, result: inout HeapWalkResult) -> LfhSubsegment? {
    guard next < subsegments.count else { return nil }
    while next < subsegments.count, subsegments[next].userBlocks &- granularity < block.entry { next += 1 }
    guard next < subsegments.count, subsegments[next].userBlocks &- granularity == block.entry else { return nil }
    let sub = subsegments[next]
    next += 1
    let (end, o) = sub.userBlocks.addingReportingOverflow(sub.firstOffset &+ UInt64(sub.blockCount) &* sub.stride)
    guard block.isBusy, !o, end <= block.entry &+ block.size else {
      let why = block.isBusy ? "its \(sub.blockCount) blocks of 0x\(String(sub.stride, radix: 16)) run past the back-end block" : "the back-end block is free"
      result.corruptions.append(HeapCorruption(heap: heap, address: sub.userBlocks, reason: "LFH user blocks of subsegment \(String(sub.address, radix: 16)): \(why); not expanded"))
      return nil
    }
    return sub
  }
}

/// Reads block `i` of one subsegment for the shared expansion loop (`LfhWalker.expand`): Win8+
/// decodes with the key and the BusyBitmap, Win7 judges UnusedBytes alone (LfhWindows7.swift).
protocol LfhBlockReader {
  /// Block `i` decoded (blocks are read in ascending order), nil when its header is not in the dump.
  mutating func read(_ i: Int, reader: inout MemoryCursor) -> LfhWalker.Decoded?
}

/// The Windows 8+ x64 blocks: header qword decoded with the key, one bitmap word per 64 blocks.
struct EncodedBlockReader: LfhBlockReader {
  let sub: LfhSubsegment
  let key: UInt32
  let heap: UInt64
  let l: LfhLayout
  var word: UInt64?

  init(sub: LfhSubsegment, key: UInt32, heap: UInt64, l: LfhLayout) {
    self.sub = sub
    self.key = key
    self.heap = heap
    self.l = l
  }

  @inline(__always)
  mutating func read(_ i: Int, reader: inout MemoryCursor) -> LfhWalker.Decoded? {
    if i % 64 == 0 {
      word = UInt64(i) < sub.bitmapBits ? reader.u64(sub.bitmap &+ UInt64(i / 64) &* 8) : nil
    }
    guard let raw = reader.u64(sub.block(i) &+ l.blockCode) else { return nil }
    return LfhWalker.decode(i, of: sub, key: key, heap: heap, raw: raw, word: word, layout: l)
  }
}

extension HeapSet {
  /// The LFH block starting at `entry` in heap `i` (an index hit), decoded again (with the heap's
  /// recovered key on Win8+; from UnusedBytes on Win7): the block, its subsegment and the decoded
  /// header. Nil for back-end blocks.
  public func lfhBlock(at entry: UInt64, heap i: Int) -> (block: HeapBlock, subsegment: LfhSubsegment, decoded: LfhWalker.Decoded)? {
    guard heaps.indices.contains(i), let w = walker, let lw = LfhWalker(w), let front = result(i).lfh, front.expanded,
      let sub = front.subsegment(holding: entry), sub.stride > 0
    else { return nil }
    let n = (entry &- sub.block(0)) / sub.stride
    guard n < UInt64(sub.blockCount), sub.block(Int(n)) == entry, let raw = space.load(UInt64.self, at: entry &+ lw.l.blockCode) else { return nil }
    let d: LfhWalker.Decoded
    if let key = front.key {
      let word = n < sub.bitmapBits ? space.load(UInt64.self, at: sub.bitmap &+ n / 64 &* 8) : nil
      d = LfhWalker.decode(Int(n), of: sub, key: key, heap: heaps[i].address, raw: raw, word: word, layout: lw.l)
    } else {
      d = LfhWalker.decodeWindows7(Int(n), of: sub, raw: raw, layout: lw.l)
    }
    var reader = MemoryCursor(space: space)
    let (b, _) = lw.block(Int(n), of: sub, d, segment: 0, reader: &reader)
    return (b, sub, d)
  }
}
