/// Decides the address and size of every block of one heap (nt-layouts.md §3.6 describes the
/// walk this layout must satisfy) and maps the heap's allocations in the process memory.
///
/// Rules (Windows behaviour, §3.3–§3.6): segment 0 is the heap itself, its first block is the heap
/// header; blocks are contiguous from FirstEntry; requests whose block exceeds VirtualMemoryThreshold
/// go to VirtualAllocdBlocks; freed neighbours coalesce; free blocks hold at most 0xFE00 granules
/// (larger runs are split, as RtlpInsertFreeBlock does in ReactOS heap.c); the rest of each segment's
/// commit is one free block with LAST_ENTRY; the reserved tail is one uncommitted range. A growable
/// heap whose blocks do not fit gets new segments of twice the previous reservation.
struct HeapPlanner {
  static let maximumFreeGranules: UInt64 = 0xFE00
  static let maximumSegments = 64

  let spec: HeapSpec
  let index: Int
  let os: OperatingSystemProfile
  let seed: UInt64
  let capturesStacks: Bool
  /// ntdll!RtlpLFHKey for this process (used when `spec.lfh`).
  let lfhKey: UInt64

  func plan(memory: inout ProcessMemory, hint: inout UInt64, traceIndex: (Int) throws -> UInt16) throws -> HeapPlan {
    let granule: UInt64 = os.isX86 ? 8 : HeapConstants.granularity
    // x86: 0x7F000 bytes in 8-byte granules (§3.6 item 7: 0xFE00); VA entry 0x20 bytes; segment header 0x40 (§3.3).
    let threshold = os.isX86 ? 0xFE00 : HeapConstants.virtualMemoryThresholdGranules
    var requests = try HeapRequests.expand(spec, heapIndex: index, seed: seed, traceIndex: traceIndex)
    let extraBytes: UInt64 = capturesStacks ? granule : 0
    var backEnd: [HeapPlan.Block] = []
    var lfh: LfhPlan?
    if spec.lfh {
      guard os == .win10X64 || os == .win11X64 || os == .win7SP1X64 || os == .win7SP1X86 else {
        throw ForgeError.scenario(
          location: spec.location,
          message: "heap '\(spec.name)': lfh: true is forged for win7sp1-x64, win7sp1-x86, win10-x64 and win11-x64 only")
      }
      guard !capturesStacks else {
        throw ForgeError.scenario(
          location: spec.location, message: "heap '\(spec.name)': lfh: true with gflags ust is not forged yet")
      }
      let front = LfhPlan(
        subsegments: LfhPlanner.subsegments(
          for: requests.filter { LfhPlanner.isLfhSized($0.size, granule: granule) }, granule: granule),
        key: lfhKey, windows7: os == .win7SP1X64 || os == .win7SP1X86, x86: os == .win7SP1X86)
      requests.removeAll { LfhPlanner.isLfhSized($0.size, granule: granule) }
      backEnd = LfhPlanner.backEndBlocks(for: front)
      lfh = front
    }
    var virtualRequests: [HeapRequest] = []
    for request in requests {
      let granules = max(2, (request.size + granule + extraBytes + granule - 1) / granule)
      if granules > threshold {
        if !request.freed { virtualRequests.append(request) }  // a freed VA block is released outright
        continue
      }
      backEnd.append(
        HeapPlan.Block(
          address: 0, granules: granules, busy: !request.freed, requested: request.freed ? 0 : request.size,
          traceIndex: request.freed ? 0 : request.traceIndex, fill: request.freed ? nil : request.fill,
          hasExtra: capturesStacks && !request.freed, granule: granule))
    }

    var segmentSpecs = [HeapSegmentSpec(base: spec.base, reserve: spec.reserve, commit: spec.commit)] + spec.segments
    // Room for one UCR descriptor per possible segment (a growable heap may add segments below).
    let header = HeapHeaderLayout(
      heapSize: HeapOffsets.forOS(os).size, ucrCount: Self.maximumSegments, pointerSize: os.pointerSize)
    var segments: [HeapPlan.Segment] = []
    var pending = backEnd[...]
    var segmentIndex = 0
    while segmentIndex < segmentSpecs.count || !pending.isEmpty {
      if segmentIndex == segmentSpecs.count {
        guard spec.flags & 0x2 != 0, segmentSpecs.count < Self.maximumSegments, let last = segmentSpecs.last,
          let next = pending.first
        else {
          throw ForgeError.scenario(
            location: spec.location,
            message: "heap '\(spec.name)': the blocks do not fit; raise reserve or add segments")
        }
        let needed = alignUp(next.bytes + 0x2000, AddressSpaceLimits.allocationGranularity)
        segmentSpecs.append(HeapSegmentSpec(base: nil, reserve: max(last.reserve * 2, needed), commit: 0x2000))
      }
      let segmentSpec = segmentSpecs[segmentIndex]
      let segmentHeader = UInt64(os.isX86 ? 0x40 : HeapOffsets.segmentHeaderSize)
      let headerBytes = segmentIndex == 0 ? alignUp(UInt64(header.size), granule) : segmentHeader
      let base: UInt64
      if let fixed = segmentSpec.base {
        base = fixed
      } else {
        guard let free = memory.findFree(size: segmentSpec.reserve, from: hint) else {
          throw ForgeError.scenario(location: spec.location, message: "no free space for heap '\(spec.name)'")
        }
        base = free
        hint = free + segmentSpec.reserve
      }
      var blocks = [
        HeapPlan.Block(address: base, granules: headerBytes / granule, busy: true, requested: 0, isHeader: true, granule: granule)
      ]
      var cursor = base + headerBytes
      let limit = base + segmentSpec.reserve - AddressSpaceLimits.pageSize
      while let next = pending.first, cursor + next.bytes <= limit {
        var block = next
        block.address = cursor
        blocks.append(block)
        cursor += block.bytes
        pending = pending.dropFirst()
      }
      if let next = pending.first, blocks.count == 1, segmentIndex + 1 >= segmentSpecs.count, spec.flags & 0x2 == 0 {
        throw ForgeError.scenario(
          location: spec.location,
          message: "heap '\(spec.name)': a \(hex(next.bytes))-byte block does not fit in a \(hex(segmentSpec.reserve)) segment")
      }
      let page = AddressSpaceLimits.pageSize
      var committed = min(segmentSpec.reserve, max(segmentSpec.commit, alignUp(cursor - base, page)))
      if base + committed - cursor == granule { committed += page }
      blocks = Self.coalesce(blocks, committedEnd: base + committed, granule: granule)
      segments.append(
        HeapPlan.Segment(
          base: base, reserve: segmentSpec.reserve, committed: committed, firstEntry: base + headerBytes, blocks: blocks))
      try memory.add(
        .simple(
          base: base, reserve: segmentSpec.reserve, committed: committed, protect: PageProtection.readWrite,
          type: .privateMemory, label: segmentIndex == 0 ? "heap '\(spec.name)'" : "heap '\(spec.name)' segment \(segmentIndex)"))
      segmentIndex += 1
    }

    var virtualBlocks: [HeapPlan.VirtualBlock] = []
    for request in virtualRequests {
      let entrySize = os.isX86 ? 0x20 : HeapConstants.virtualAllocEntrySize
      let commitSize = alignUp(request.size + entrySize, AddressSpaceLimits.pageSize)
      let reserveSize = alignUp(commitSize, AddressSpaceLimits.allocationGranularity)
      guard let base = memory.findFree(size: reserveSize, from: hint) else {
        throw ForgeError.scenario(location: spec.location, message: "no free space for a \(hex(request.size))-byte block")
      }
      hint = base + reserveSize
      try memory.add(
        .simple(
          base: base, reserve: reserveSize, committed: commitSize, protect: PageProtection.readWrite,
          type: .privateMemory, label: "heap '\(spec.name)' virtual block"))
      virtualBlocks.append(
        HeapPlan.VirtualBlock(
          base: base, requested: request.size, commitSize: commitSize, reserveSize: reserveSize,
          traceIndex: request.traceIndex))
    }

    var keyRandom = SeededRandom(seed: seed, purpose: "heap \(index) encoding")
    let key = keyRandom.bytes(6) + [0, 0]
    var plan = HeapPlan(
      name: spec.name, index: index, base: segments[0].base,
      flags: spec.flags | (capturesStacks ? HeapConstants.captureStackBacktraces : 0), encodingKey: key,
      segments: segments, virtualBlocks: virtualBlocks, headerLayout: header, corruptions: [])
    if var front = lfh {
      try LfhPlanner.place(&front, segments: segments)
      plan.lfh = front
    }
    let blockCount = plan.allocationBlocks.count
    for corruption in spec.corruptions {
      guard corruption.block < blockCount else {
        throw ForgeError.scenario(
          location: spec.location,
          message: "heap '\(spec.name)': corrupt.block \(corruption.block) is past the last block (\(blockCount) blocks)")
      }
      plan.corruptions.append((corruption.block, corruption.kind))
    }
    return plan
  }

  /// Merges adjacent free blocks, appends the free rest of the commit, splits oversized free runs,
  /// and marks the last block LAST_ENTRY.
  static func coalesce(
    _ blocks: [HeapPlan.Block], committedEnd: UInt64, granule: UInt64 = HeapConstants.granularity
  ) -> [HeapPlan.Block] {
    var result: [HeapPlan.Block] = []
    var freeStart: UInt64?
    func flush(until end: UInt64) {
      guard let start = freeStart else { return }
      result.append(contentsOf: split(start: start, granules: (end - start) / granule, granule: granule))
      freeStart = nil
    }
    for block in blocks {
      if block.busy {
        flush(until: block.address)
        result.append(block)
      } else if freeStart == nil {
        freeStart = block.address
      }
    }
    let cursor = result.last.map { max($0.end, freeStart ?? 0) } ?? committedEnd
    if freeStart == nil, cursor < committedEnd { freeStart = cursor }
    flush(until: committedEnd)
    if !result.isEmpty { result[result.count - 1].lastEntry = true }
    return result
  }

  static func split(start: UInt64, granules: UInt64, granule: UInt64 = HeapConstants.granularity) -> [HeapPlan.Block] {
    var pieces: [HeapPlan.Block] = []
    var address = start
    var left = granules
    while left > 0 {
      var take = min(left, maximumFreeGranules)
      if left - take == 1 { take -= 1 }
      pieces.append(HeapPlan.Block(address: address, granules: take, busy: false, requested: 0, granule: granule))
      address += take * granule
      left -= take
    }
    return pieces
  }
}
