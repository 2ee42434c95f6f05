/// One heap block as the back-end walk (nt-layouts.md §3.6) or the VirtualAllocdBlocks list finds it.
public struct HeapBlock: Sendable, Equatable {
  /// Address of the `_HEAP_ENTRY` (for a large block: of the `_HEAP_VIRTUAL_ALLOC_ENTRY`'s BusyBlock).
  public var entry: UInt64
  /// Block size in bytes (large block: CommitSize).
  public var size: UInt64
  public var header: HeapEntryHeader
  /// Requested size for busy blocks (§3.5; large blocks: CommitSize − BusyBlock.Size, §3.6 step 5).
  public var requested: UInt64
  /// Index of the segment in the heap's segment list; -1 for large (VirtualAlloc'd) blocks.
  public var segment: Int
  /// +ust trace index (§4.2), 0 when none.
  public var traceIndex: UInt32
  /// Back-end block, LFH user-blocks container, or LFH block (LfhWalker.swift, §3.7); declared
  /// here so it fills the padding after traceIndex.
  public var kind: HeapBlockKind = .backEnd
  /// User pointer: entry + sizeof(_HEAP_ENTRY) (§3.6 step 4).
  public var user: UInt64
  /// The `_HEAP_SUBSEGMENT` of an `.lfh` block or `.lfhContainer`, else 0.
  public var subsegment: UInt64 = 0
  public var isBusy: Bool { header.isBusy }
  public var isVirtual: Bool { segment < 0 }
  public var isLfh: Bool { kind == .lfh }
  public var isLfhContainer: Bool { kind == .lfhContainer }

  public init(entry: UInt64, size: UInt64, header: HeapEntryHeader, requested: UInt64, segment: Int, traceIndex: UInt32, user: UInt64) {
    self.entry = entry
    self.size = size
    self.header = header
    self.requested = requested
    self.segment = segment
    self.traceIndex = traceIndex
    self.user = user
  }
}

/// One segment on `_HEAP.SegmentList` with its uncommitted ranges.
public struct HeapSegment: Sendable {
  public var address: UInt64
  public var baseAddress: UInt64
  public var firstEntry: UInt64
  public var lastValidEntry: UInt64
  public var pages: UInt32
  public var uncommittedPages: UInt32
  /// `_HEAP_UCR_DESCRIPTOR` Address/Size pairs on UCRSegmentList, in list order.
  public var uncommitted: [(address: UInt64, size: UInt64)]
  public var reserveBytes: UInt64 { UInt64(pages) &* 0x1000 }
  public var committedBytes: UInt64 { UInt64(pages &- min(pages, uncommittedPages)) &* 0x1000 }
}

/// A large block's `_HEAP_VIRTUAL_ALLOC_ENTRY` (§3.3).
public struct VirtualAllocEntry: Sendable {
  public var address: UInt64
  public var commitSize: UInt64
  public var reserveSize: UInt64
}

/// Damage found while walking: `Heap entry at X corrupted (reason)`; that segment or list stops.
public struct HeapCorruption: Sendable, Equatable {
  public var heap: UInt64
  public var address: UInt64
  public var reason: String
}

/// What the walk of one heap found besides the blocks it handed to the visitor.
public struct HeapWalkResult: Sendable {
  public var segments: [HeapSegment] = []
  public var virtualEntries: [VirtualAllocEntry] = []
  public var corruptions: [HeapCorruption] = []
  public var busyBlocks = 0
  public var freeBlocks = 0
  public var busyBytes: UInt64 = 0
  public var freeBytes: UInt64 = 0
  public var requestedBytes: UInt64 = 0
  public var virtualBytes: UInt64 = 0
  /// The LFH front end (FrontEndHeapType 2) and what its expansion counted; nil without one.
  public var lfh: LfhFrontEnd?
  /// LFH blocks expanded so far (`lfh`'s busy + free), kept beside it for the per-block entry cap.
  public internal(set) var lfhEntries = 0
  /// Set when `DumpLimits.heapEntries` stopped the walk (one corruption line says so).
  public var stoppedByLimit = false
  /// Set when `HeapWalker.shouldStop` (Ctrl-C) ended the walk early: the result is partial.
  public var cancelled = false
  public var ucrCount: Int { segments.reduce(0) { $0 + $1.uncommitted.count } }
}

/// Walks NT heaps: segments from `_HEAP.SegmentList`, blocks from FirstEntry to LastValidEntry
/// stepping by Size granules and jumping uncommitted ranges, then `VirtualAllocdBlocks`.
/// Every list is bounded and cycle-checked; every header's checksum, size and PreviousSize are
/// checked; a bad one becomes a `HeapCorruption` and stops that segment (or list).
public struct HeapWalker {
  public let layout: HeapLayout
  public let space: AddressSpace
  public let windows7: Bool
  /// How far ahead of the current header the walk touches memory (bytes; a few blocks).
  static let lookahead: UInt64 = 1024
  /// Bytes walked between releases of the mapped pages behind the walk.
  static let releaseStep: UInt64 = 8 << 20
  /// Caps on list lengths (segments, UCRs, large blocks: `listWalks`) and on the entries one walk
  /// visits (`heapEntries`).
  public let limits: DumpLimits
  /// Polled every 4096 blocks of a segment; true ends the walk with `cancelled` set (Ctrl-C).
  public var shouldStop: () -> Bool = { false }

  public init(layout: HeapLayout, space: AddressSpace, limits: DumpLimits = .default) {
    self.layout = layout
    self.space = space
    self.limits = limits
    windows7 = layout.catalogId.hasPrefix("win7")
  }

  /// Whether the walk so far has reached `limits.heapEntries`.
  func entryCapReached(_ result: HeapWalkResult) -> Bool {
    // `lfhEntries`, not `lfh?.busyBlocks`: reading through the optional copies the whole front end
    // (its subsegment array retained and released) for every block: 25% of B2's `!heap -s`.
    UInt64(result.busyBlocks &+ result.freeBlocks &+ result.virtualEntries.count &+ result.lfhEntries) >= limits.heapEntries
  }

  /// The corruption line recorded when `limits.heapEntries` stops a walk.
  func entryCapHit(_ heap: NtHeap, at address: UInt64) -> HeapCorruption {
    let cap = limits.heapEntries
    return HeapCorruption(
      heap: heap.address, address: address,
      reason: "walk stopped: " + DumpLimits.message(count: cap &+ 1, what: "heap entries", limit: cap, name: "heapEntries"))
  }

  /// Flinks of a `LIST_ENTRY` list at `head`, bounded and cycle-safe. A link that cannot be read
  /// or loops back stops the list and returns the reason.
  /// `limit` (default `limits.listWalks`) caps the nodes followed.
  public func links(head: UInt64, limit: UInt64? = nil) -> (nodes: [UInt64], problem: (UInt64, String)?) {
    let cap = limit ?? limits.listWalks
    var nodes: [UInt64] = []
    var seen: Set<UInt64> = [head]
    guard var node = space.pointer(at: head) else { return ([], (head, "list head not readable")) }
    while node != head {
      guard node != 0, seen.insert(node).inserted else { return (nodes, (node, "list loops")) }
      guard UInt64(nodes.count) < cap else {
        return (nodes, (node, "list stopped: " + DumpLimits.message(count: cap &+ 1, what: "nodes", limit: cap, name: "listWalks")))
      }
      guard let next = space.pointer(at: node) else { return (nodes, (node, "list leaves the dump")) }
      nodes.append(node)
      node = next
    }
    return (nodes, nil)
  }

  /// Walks `heap`, calling `visit` for every block (segments first, then large blocks).
  /// With `blocks` false only the segment and large-block lists are read (no block headers in
  /// segments), which is what `!address` needs to place a heap's memory.
  public func walk(_ heap: NtHeap, blocks: Bool = true, visit: (HeapBlock) -> Void) -> HeapWalkResult {
    var result = HeapWalkResult()
    guard heap.kind == .nt else { return result }
    let l = layout
    let lfhWalker = blocks ? LfhWalker(self) : nil
    result.lfh = lfhWalker?.frontEnd(heap, into: &result)
    if blocks, lfhWalker == nil, heap.frontEndHeapType == 2, heap.frontEndHeap != 0 {
      // FrontEndHeapType 2 (§3.1) on a layout without LFH decoding (Win8+ x86: its block
      // encodings are third-party only, §3.7, §7.3; or a catalog without the LFH types): say so.
      var front = LfhFrontEnd(address: heap.frontEndHeap)
      front.windows7 = windows7
      front.unsupported = l.pointerSize == 4 ? (windows7 ? "Windows 7 32-bit LFH layout not decoded" : "32-bit LFH layout not decoded") : "LFH types missing from the type catalog"
      result.lfh = front
    }
    let (segLinks, segProblem) = links(head: heap.address &+ l.segmentList, limit: min(4096, limits.listWalks))
    if let (at, why) = segProblem {
      result.corruptions.append(HeapCorruption(heap: heap.address, address: at, reason: "segment " + why))
    }
    for (i, link) in segLinks.enumerated() {
      let (segment, o) = link.subtractingReportingOverflow(l.segListEntry)
      guard !o, space.load(UInt32.self, at: segment &+ l.segmentSignature) == HeapConstants.segmentSignature else {
        result.corruptions.append(HeapCorruption(heap: heap.address, address: link, reason: "segment signature is not ffeeffee"))
        continue
      }
      guard let seg = readSegment(segment, heap: heap, into: &result) else { continue }
      result.segments.append(seg)
      if blocks { walkSegment(seg, index: i, heap: heap, lfh: lfhWalker, result: &result, visit: visit) }
      if result.stoppedByLimit || result.cancelled { return result }
    }
    walkVirtualBlocks(heap, result: &result, visit: visit)
    return result
  }

  func readSegment(_ segment: UInt64, heap: NtHeap, into result: inout HeapWalkResult) -> HeapSegment? {
    let l = layout
    guard let base = space.pointer(at: segment &+ l.segBase), let first = space.pointer(at: segment &+ l.segFirstEntry),
      let last = space.pointer(at: segment &+ l.segLastValidEntry), let pages = space.load(UInt32.self, at: segment &+ l.segPages)
    else {
      result.corruptions.append(HeapCorruption(heap: heap.address, address: segment, reason: "segment header not readable"))
      return nil
    }
    let unPages = space.load(UInt32.self, at: segment &+ l.segUncommittedPages) ?? 0
    var seg = HeapSegment(address: segment, baseAddress: base, firstEntry: first, lastValidEntry: last, pages: pages, uncommittedPages: unPages, uncommitted: [])
    let (ucrLinks, ucrProblem) = links(head: segment &+ l.segUCRList)
    if let (at, why) = ucrProblem {
      result.corruptions.append(HeapCorruption(heap: heap.address, address: at, reason: "uncommitted range " + why))
    }
    for link in ucrLinks {
      let d = link &- l.ucrSegmentEntry
      guard let a = space.pointer(at: d &+ l.ucrAddress), let s = space.pointer(at: d &+ l.ucrSize) else { continue }
      seg.uncommitted.append((a, s))
    }
    return seg
  }

  func walkSegment(_ seg: HeapSegment, index: Int, heap: NtHeap, lfh: LfhWalker? = nil, result: inout HeapWalkResult, visit: (HeapBlock) -> Void) {
    let gran = layout.granularity
    var containers = LfhCursor(result.lfh, granularity: gran)
    let hasLfh = lfh != nil && !containers.subsegments.isEmpty
    let decoder = heap.decoder
    // Uncommitted ranges sorted by address, consumed in step with the walk (no per-block hashing).
    let ucr = seg.uncommitted.filter { $0.size > 0 }.sorted { $0.address < $1.address }
    var nextUCR = 0
    var reader = MemoryCursor(space: space)
    // The segment's own header block precedes FirstEntry; its size is the first PreviousSize.
    var expectedPrevious: UInt16? = reader.u64(seg.baseAddress &+ layout.headerBytes).map { decoder.decode($0).size }
    var p = seg.firstEntry
    let end = seg.lastValidEntry
    // Mapped pages walked over are released every `releaseStep` bytes, so walking a 2 GB heap
    // does not leave 2 GB of the dump resident.
    var released = p
    defer { reader.release(from: released, to: p) }
    var polled: UInt32 = 0
    while p < end {
      polled &+= 1
      if polled & 0xFFF == 0, shouldStop() {
        result.cancelled = true
        return
      }
      if p &- released >= Self.releaseStep {
        reader.release(from: released, to: p)
        released = p
      }
      while nextUCR < ucr.count, ucr[nextUCR].address < p { nextUCR += 1 }
      if nextUCR < ucr.count, ucr[nextUCR].address == p {
        let (n, o) = p.addingReportingOverflow(ucr[nextUCR].size)
        nextUCR += 1
        if o || n <= p { break }
        p = n
        expectedPrevious = nil
        continue
      }
      func fail(_ why: String) { result.corruptions.append(HeapCorruption(heap: heap.address, address: p, reason: why)) }
      // Prefetch the dump a few blocks ahead: the next header's address depends on this one's
      // Size, so without the hint every header is a full memory miss, one at a time.
      reader.prefetch(p &+ Self.lookahead)
      func stop(at p: UInt64) {
        result.corruptions.append(entryCapHit(heap, at: p))
        result.stoppedByLimit = true
      }
      guard !entryCapReached(result) else { stop(at: p); return }
      guard let raw = reader.u64(p &+ layout.headerBytes) else { fail("header not in the dump"); return }
      let h = decoder.decode(raw)
      guard h.checksumValid else { fail("bad checksum"); return }
      guard h.size != 0 else { fail("size 0"); return }
      if let e = expectedPrevious, e != h.previousSize {
        fail("PreviousSize \(String(h.previousSize, radix: 16)) does not match the previous block's size \(String(e, radix: 16))")
        return
      }
      let bytes = UInt64(h.size) &* gran
      let (next, o) = p.addingReportingOverflow(bytes)
      guard !o, next <= end else { fail("size \(String(h.size, radix: 16)) runs past the segment end"); return }
      var block = HeapBlock(entry: p, size: bytes, header: h, requested: 0, segment: index, traceIndex: 0, user: p &+ gran)
      if h.isBusy {
        block.requested = HeapEntryDecoder.requestedSize(blockBytes: bytes, unusedBytes: h.unusedBytes, windows7: windows7) {
          extendedUnused(entry: p, header: h, next: next, reader: &reader)
        } ?? 0
        if h.flags & HeapConstants.extraPresent != 0, bytes >= layout.extraSize {
          block.traceIndex = UInt32(reader.u16(next &- layout.extraSize &+ layout.extraTraceIndex) ?? 0)
        }
        result.busyBlocks += 1
        result.busyBytes &+= bytes
        result.requestedBytes &+= block.requested
      } else {
        result.freeBlocks += 1
        result.freeBytes &+= bytes
      }
      if hasLfh, h.isBusy, let sub = containers.container(block, heap: heap.address, result: &result) {
        block.kind = .lfhContainer
        block.subsegment = sub.address
        visit(block)
        lfh?.expand(sub, heap: heap, segment: index, result: &result, reader: &reader, visit: visit)
        if result.stoppedByLimit { return }
      } else {
        visit(block)
      }
      expectedPrevious = h.size
      p = next
    }
  }

  /// §3.5: low6 == 0x3F → u64 at the next block's PreviousBlockPrivateData; bit 0x40 → the
  /// extended header (low6 × granularity after this one) holds UnusedBytesLength at its +0xC (x64).
  func extendedUnused(entry: UInt64, header h: HeapEntryHeader, next: UInt64, reader: inout MemoryCursor) -> UInt64? {
    if h.unusedBytes & 0x40 != 0 {
      let ext = entry &+ UInt64(h.unusedBytes & 0x3F) &* layout.granularity
      return reader.u16(ext &+ layout.headerBytes &+ 4).map(UInt64.init)
    }
    return reader.u64(next)
  }

  func walkVirtualBlocks(_ heap: NtHeap, result: inout HeapWalkResult, visit: (HeapBlock) -> Void) {
    let l = layout
    let (nodes, problem) = links(head: heap.address &+ l.virtualAllocdBlocks)
    if let (at, why) = problem {
      result.corruptions.append(HeapCorruption(heap: heap.address, address: at, reason: "virtual alloc " + why))
    }
    let decoder = heap.decoder
    for node in nodes {
      guard !entryCapReached(result) else {
        result.corruptions.append(entryCapHit(heap, at: node))
        result.stoppedByLimit = true
        return
      }
      guard let commit = space.pointer(at: node &+ l.vaCommitSize), let reserve = space.pointer(at: node &+ l.vaReserveSize),
        let raw = space.load(UInt64.self, at: node &+ l.vaBusyBlock &+ l.headerBytes)
      else {
        result.corruptions.append(HeapCorruption(heap: heap.address, address: node, reason: "virtual alloc entry not readable"))
        continue
      }
      let h = decoder.decode(raw)
      guard h.checksumValid, UInt64(h.size) <= commit else {
        result.corruptions.append(HeapCorruption(heap: heap.address, address: node &+ l.vaBusyBlock, reason: h.checksumValid ? "impossible size" : "bad checksum"))
        continue
      }
      result.virtualEntries.append(VirtualAllocEntry(address: node, commitSize: commit, reserveSize: reserve))
      let trace = space.load(UInt16.self, at: node &+ l.vaExtraStuff &+ l.extraTraceIndex) ?? 0
      let block = HeapBlock(
        entry: node &+ l.vaBusyBlock, size: commit, header: h, requested: commit - UInt64(h.size), segment: -1,
        traceIndex: UInt32(trace), user: node &+ l.vaSize)
      result.virtualBytes &+= commit
      result.requestedBytes &+= block.requested
      visit(block)
    }
  }
}
