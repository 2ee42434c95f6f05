/// Block counts without a visitor (`!heap -s`, `HeapSet.result`), several segments stepped in
/// turn on one thread: each header load depends on the previous one's Size, so one segment keeps
/// one miss in flight; two interleaved segments keep two.
extension HeapWalker {
  /// The walks of `heaps`, equal to `walk(heap) { _ in }` for each. A heap takes the counting
  /// path when its segment and large-block lists read without a problem, it has no LFH front end
  /// and it is not a Windows 7 layout; if any of its segments then fails a check (or the entry
  /// cap could be reached), that heap is walked again by `walk` for the exact corruption lines.
  public func summaries(_ heaps: [NtHeap]) -> [HeapWalkResult] { summarize(heaps, sizes: false).map(\.result) }

  /// The walks of `heaps` with each heap's busy blocks by requested size (`!heap -stat`), equal
  /// to `walk(heap) { sizes.add($0) }`; a back-end requested size ≥ `RequestedSizes.direct`
  /// sends the heap to `walk` too.
  public func requestedSizes(_ heaps: [NtHeap]) -> [(result: HeapWalkResult, sizes: RequestedSizes)] {
    summarize(heaps, sizes: true).map { ($0.result, $0.sizes ?? RequestedSizes()) }
  }

  func summarize(_ heaps: [NtHeap], sizes: Bool) -> [(result: HeapWalkResult, sizes: RequestedSizes?)] {
    var results = [HeapWalkResult?](repeating: nil, count: heaps.count)
    var tallies = [RequestedSizes?](repeating: nil, count: heaps.count)
    var chains: [SummaryChain] = []
    var owner: [Int] = []
    for (k, h) in heaps.enumerated() where h.kind == .nt && h.frontEndHeapType != 2 && !windows7 {
      var tally = sizes ? RequestedSizes() : nil
      let outline = walk(h, blocks: false) { tally?.add($0) }  // large blocks only
      guard outline.corruptions.isEmpty, !outline.cancelled, !outline.stoppedByLimit else { continue }
      let made = outline.segments.map { SummaryChain($0, space: space, layout: layout, key: h.decoder.key, sizes: sizes) }
      guard made.allSatisfy({ $0 != nil }) else {
        for c in made { c?.sizes?.deallocate() }
        continue
      }
      results[k] = outline
      tallies[k] = tally
      chains += made.compactMap { $0 }
      owner += Array(repeating: k, count: made.count)
    }
    defer { for c in chains { c.sizes?.deallocate() } }
    if !chains.isEmpty, !step(&chains) {
      return heaps.map { _ in
        var r = HeapWalkResult()
        r.cancelled = true
        return (r, nil)
      }
    }
    for (c, k) in zip(chains, owner) where results[k] != nil {
      guard c.state == .done else {
        results[k] = nil
        continue
      }
      results[k]?.busyBlocks += c.busy
      results[k]?.freeBlocks += c.free
      results[k]?.busyBytes &+= c.busyBytes
      results[k]?.freeBytes &+= c.freeBytes
      results[k]?.requestedBytes &+= c.requestedBytes
      if let counts = c.sizes {
        tallies[k]?.all &+= c.requestedBytes
        for i in 0..<RequestedSizes.direct where counts[i] != 0 { tallies[k]?.counts[i] &+= counts[i] }
      }
    }
    return heaps.indices.map { k in
      // `walkSegment` stops at `heapEntries` before a block: no stop when all fit.
      if let r = results[k], UInt64(r.busyBlocks &+ r.freeBlocks &+ r.virtualEntries.count) <= limits.heapEntries { return (r, tallies[k]) }
      guard sizes else { return (walk(heaps[k]) { _ in }, nil) }
      var tally = RequestedSizes()
      let r = walk(heaps[k]) { tally.add($0) }
      return (r, tally)
    }
  }

  /// Steps every chain in turn until all are done or failed; false when `shouldStop` (Ctrl-C)
  /// ended it, polled every 64 rounds of 64 steps (4096 blocks a segment, as `walkSegment`).
  func step(_ chains: inout [SummaryChain]) -> Bool {
    var running = chains.indices.filter { chains[$0].state == .running }
    var polled: UInt32 = 0
    while !running.isEmpty {
      polled &+= 1
      if polled & 0x3F == 0, shouldStop() {
        for i in running { chains[i].finish(.failed) }
        return false
      }
      if running.count == 4 {
        let a = running[0], b = running[1], c2 = running[2], d = running[3]
        chains.withUnsafeMutableBufferPointer { c in
          for _ in 0..<64 {
            c[a].step()
            c[b].step()
            c[c2].step()
            c[d].step()
          }
        }
      } else if running.count == 2 {
        // The common case, unrolled: two independent header loads per round.
        let a = running[0], b = running[1]
        chains.withUnsafeMutableBufferPointer { c in
          for _ in 0..<64 {
            c[a].step()
            c[b].step()
          }
        }
      } else {
        chains.withUnsafeMutableBufferPointer { c in
          for _ in 0..<64 { for i in running { c[i].step() } }
        }
      }
      running.removeAll { chains[$0].state != .running }
    }
    return true
  }
}
