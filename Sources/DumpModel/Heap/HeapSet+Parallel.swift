/// Walks of several heaps at once (issue #5: "faster with both cores"). Each heap is walked by
/// one thread from start to end (`HeapWalker.summaries` / `requestedSizes`, equal to `walk`);
/// results are kept by heap index, so callers print them in their own order and output does not
/// depend on thread timing.
extension HeapSet {
  /// Walks the NT heaps of `indices` not walked yet, on `walkThreads` threads, and caches the
  /// results `result(_:)` returns (blocks are not kept). A walk Ctrl-C stopped is not cached.
  public func prewalk(_ indices: [Int]) {
    let todo = indices.filter { heaps.indices.contains($0) && heaps[$0].kind == .nt && cachedResult($0) == nil }
    guard todo.count > 1 else { return }  // one heap: `result(_:)` walks it here
    for (i, r) in inGroups(todo, { $0.summaries($1) }) where !r.cancelled { store(r, for: i) }
  }

  /// `HeapWalker.requestedSizes` of the heaps of `indices` (`!heap -stat`), in that order, on
  /// `walkThreads` threads; results not stopped by Ctrl-C are cached for `result(_:)`.
  public func requestedSizes(_ indices: [Int]) -> [(result: HeapWalkResult, sizes: RequestedSizes)] {
    let valid = indices.filter { heaps.indices.contains($0) }
    let out = inGroups(valid) { $0.requestedSizes($1) }
    for (i, e) in out where !e.result.cancelled { store(e.result, for: i) }
    return out.map(\.1)
  }

  /// `body` run on groups of up to 4 of the heaps `todo` (a group's segments are stepped in turn:
  /// several loads in flight per core), groups shared out so every thread gets one; the results
  /// by heap index, in the order of `todo`.
  func inGroups<T>(_ todo: [Int], _ body: @escaping (HeapWalker, [NtHeap]) -> [T]) -> [(Int, T)] {
    guard let w = walker else { return [] }
    let size = min(4, max(1, (todo.count + walkThreads - 1) / walkThreads))
    let groups = stride(from: 0, to: todo.count, by: size).map { Array(todo[$0..<min($0 + size, todo.count)]) }
    let slots = ParallelSlots<[T]>(groups.count)
    let list = heaps
    parallelFor(groups.count, threads: walkThreads) { k in slots[k] = body(w, groups[k].map { list[$0] }) }
    space.file.release(offset: 0, count: space.file.size)  // what the walks left mapped
    var out: [(Int, T)] = []
    for (k, group) in groups.enumerated() { out += zip(group, slots[k] ?? []).map { ($0, $1) } }
    return out
  }
}
