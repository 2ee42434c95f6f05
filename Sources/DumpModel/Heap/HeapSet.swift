/// The heaps of a dump: PEB.ProcessHeaps read once, each NT heap walked once, the block index and
/// the stack trace database built on first use and cached on `Dump.heaps`.
public final class HeapSet {
  /// Heaps read from PEB.ProcessHeaps at most (NumberOfHeaps is bounded by MaximumNumberOfHeaps too).
  public static let heapLimit = 4096

  public let layout: Result<HeapLayout, HeapLayoutError>
  public let peb: UInt64?
  public let ntGlobalFlag: UInt32
  public let heaps: [NtHeap]
  /// Why the heap list is empty or short (no PEB, unreadable array, ...), if it is.
  public let problem: String?
  let space: AddressSpace
  /// MemoryInfoList, read only when the stack trace database is looked for (a million regions
  /// are not parsed to list the heaps).
  private let memoryInfo: () -> [MemoryInfo]
  let limits: DumpLimits
  /// The dump's `isCancelled` (Ctrl-C), handed to every walker.
  let isCancelled: () -> Bool
  private var walked: [Int: HeapWalkResult] = [:]
  private var builtIndex: HeapIndex?
  private var database: StackTraceDatabase??

  init(dump: Dump) {
    let space = dump.addressSpace
    self.space = space
    limits = dump.limits
    isCancelled = { [weak dump] in dump?.isCancelled() ?? false }
    memoryInfo = { [weak dump] in (try? dump?.memoryInfo.get()) ?? [] }
    guard let catalog = TypeCatalog.forDump(dump) else {
      layout = .failure(HeapLayoutError(catalog: "none", missing: "catalog for this OS build"))
      peb = nil
      ntGlobalFlag = 0
      heaps = []
      problem = "no type catalog for this OS build"
      return
    }
    do {
      let l = try HeapLayout(catalog: catalog)
      layout = .success(l)
      let tebPeb = catalog.offset(of: "_TEB", field: "ProcessEnvironmentBlock") ?? (l.pointerSize == 8 ? 0x60 : 0x30)
      let threads = (try? dump.threads.get()) ?? []
      let pebAddress = threads.lazy.compactMap { space.pointer(at: $0.teb &+ tebPeb) }.first { $0 != 0 }
      peb = pebAddress
      guard let pebAddress else {
        ntGlobalFlag = 0
        heaps = []
        problem = "the PEB is not in the dump"
        return
      }
      ntGlobalFlag = space.load(UInt32.self, at: pebAddress &+ l.pebNtGlobalFlag) ?? 0
      let count = space.load(UInt32.self, at: pebAddress &+ l.pebNumberOfHeaps) ?? 0
      let maximum = space.load(UInt32.self, at: pebAddress &+ l.pebMaximumNumberOfHeaps) ?? 0
      let n = Int(min(count, maximum == 0 ? count : maximum, UInt32(Self.heapLimit)))
      guard let array = space.pointer(at: pebAddress &+ l.pebProcessHeaps) else {
        heaps = []
        problem = "PEB.ProcessHeaps is not in the dump"
        return
      }
      var list: [NtHeap] = []
      var why: String?
      for i in 0..<n {
        guard let h = space.pointer(at: array &+ UInt64(i * l.pointerSize)) else {
          why = "PEB.ProcessHeaps[\(i)] is not in the dump"
          break
        }
        list.append(NtHeap(index: i, address: h, layout: l, space: space))
      }
      // Wine leaves NumberOfHeaps 0: fall back to PEB.ProcessHeap alone.
      if n == 0, let off = catalog.offset(of: "_PEB", field: "ProcessHeap"), let ph = space.pointer(at: pebAddress &+ off), ph != 0 {
        list.append(NtHeap(index: 0, address: ph, layout: l, space: space))
        why = "PEB.NumberOfHeaps is 0; PEB.ProcessHeap listed alone"
      }
      heaps = list
      problem = why
    } catch {
      layout = .failure(error)
      peb = nil
      ntGlobalFlag = 0
      heaps = []
      problem = error.description
    }
  }

  public var walker: HeapWalker? {
    guard case .success(let l) = layout else { return nil }
    var w = HeapWalker(layout: l, space: space, limits: limits)
    w.shouldStop = isCancelled
    return w
  }

  /// The heap whose address is `address`.
  public func heap(at address: UInt64) -> NtHeap? { heaps.first { $0.address == address } }

  /// The walk of heap `i` (cached; blocks are not kept — use `walk(_:visit:)` or `index`).
  /// A walk stopped by Ctrl-C comes back with `cancelled` set and is not cached.
  public func result(_ i: Int) -> HeapWalkResult {
    if let r = walked[i] { return r }
    guard heaps.indices.contains(i), let w = walker else { return HeapWalkResult() }
    let r = w.summaries([heaps[i]]).first ?? HeapWalkResult()
    space.file.release(offset: 0, count: space.file.size)  // what the walk left mapped
    if !r.cancelled { walked[i] = r }
    return r
  }

  /// The walk of heap `i` if it was already done.
  func cachedResult(_ i: Int) -> HeapWalkResult? { walked[i] }

  /// Keeps a finished (not cancelled) walk of heap `i` for `result(_:)`.
  func store(_ r: HeapWalkResult, for i: Int) { walked[i] = r }

  /// Walks heap `i` again, handing every block to `visit`.
  @discardableResult
  public func walk(_ i: Int, visit: (HeapBlock) -> Void) -> HeapWalkResult {
    guard heaps.indices.contains(i), let w = walker else { return HeapWalkResult() }
    let r = w.walk(heaps[i], visit: visit)
    if !r.cancelled { walked[i] = r }
    return r
  }

  /// Blocks to make room for before the walk: one per 64 committed bytes. Committed bytes come
  /// from segment headers (hostile: a fuzzed Pages field asked for 8 GB), so the count is also
  /// capped by the dump's memory (every indexed block has its header there: one per granule at
  /// most), by `heapEntries` and by 2^32.
  static func reservation(committedBytes: UInt64, granularity: UInt64, dumpBytes: UInt64, limit: UInt64) -> Int {
    Int(min(committedBytes / 64, dumpBytes / max(granularity, 1), limit, 1 << 32))
  }

  /// Every block of every NT heap, sorted by address (built on first use). When Ctrl-C stops a
  /// walk the partial index is returned unsorted and not cached (callers check for cancel).
  public var index: HeapIndex {
    if let b = builtIndex { return b }
    var idx = HeapIndex(granularity: walker?.layout.granularity ?? 16)
    // Walks already done (`!heap -s`) give the block count, so the columns are allocated once.
    var known = 0
    for i in heaps.indices where heaps[i].kind == .nt {
      guard let r = walked[i] else { continue }
      known += r.busyBlocks + r.freeBlocks + r.virtualEntries.count + (r.lfh?.busyBlocks ?? 0) + (r.lfh?.freeBlocks ?? 0)
    }
    // Heaps in address order and large blocks aside: the segment blocks then usually arrive
    // sorted (no sort, no copy of the columns) and the few large blocks are merged in place.
    var large = HeapIndex(granularity: idx.granularity)
    let order = heaps.indices.filter { heaps[$0].kind == .nt }.sorted { heaps[$0].address < heaps[$1].address }
    if known == 0 {
      // Without a walk yet, room for one block per 64 committed bytes (capped by `heapEntries`):
      // capacity never written is never resident, while growing a column by doubling keeps two
      // copies of it at once (B2: 40 MB for the addresses alone).
      var committed: UInt64 = 0
      for i in order {
        let outline = walker?.walk(heaps[i], blocks: false) { _ in } ?? HeapWalkResult()
        for s in outline.segments {
          let (sum, o) = committed.addingReportingOverflow(s.committedBytes)
          committed = o ? UInt64.max : sum
        }
      }
      known = Self.reservation(committedBytes: committed, granularity: idx.granularity, dumpBytes: space.totalBytes, limit: limits.heapEntries)
    } else {
      known = min(known, Self.reservation(committedBytes: UInt64.max, granularity: idx.granularity, dumpBytes: space.totalBytes, limit: limits.heapEntries))
    }
    idx.reserve(known)
    for i in order {
      let r = walk(i) { b in
        if b.isVirtual { large.append(b, heap: i) } else { idx.append(b, heap: i) }
      }
      // What the walk left mapped (the last stretch of each segment, LFH and large-block
      // headers: 38 MB on B2) goes before the next heap, so it never adds up under the index.
      space.file.release(offset: 0, count: space.file.size)
      if r.cancelled { return idx }
    }
    idx.sort()
    large.sort()
    idx.merge(large)
    builtIndex = idx
    return idx
  }

  /// The +ust stack trace database, or nil when none was recognised.
  public var stackTraceDatabase: StackTraceDatabase? {
    if let d = database { return d }
    guard case .success(let l) = layout else { return nil }
    let d = StackTraceDatabase.find(regions: memoryInfo(), space: space, layout: l)
    database = .some(d)
    return d
  }
}
