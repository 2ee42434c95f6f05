import DumpModel

/// `!heap -s [heap]`: the NT HEAP STATS table (windbg-output-and-peers.md §1.5; seed transcript).
///
/// What each column sums (checked against the seed, where Reserv 88320 and Commit 67408 are the
/// sums of the nine `Segment at` lines of `!heap -h 29fb0000`):
/// - Reserv (k): Σ segment reserve (NumberOfPages × 4 KB) over SegmentList, from the walk.
/// - Commit (k): Σ segment committed ((NumberOfPages − NumberOfUnCommittedPages) × 4 KB).
/// - Virt (k): `_HEAP_COUNTERS.TotalMemoryReserved` (equal to Reserv in the seed; the forge
///   writes it as Σ segment reserve, so both agree on forged dumps).
/// - Free (k): Σ free block bytes from the walk; List length: free blocks found by the walk;
///   UCR: uncommitted ranges on the segments' UCRSegmentList; Virt blocks: entries on
///   VirtualAllocdBlocks; Lock cont.: `_HEAP_COUNTERS.LockCollisions` (hex); Fast heap: `LFH`
///   when FrontEndHeapType is 2.
/// - `External fragmentation  N % (M free blocks)`: N = Free/Commit rounded; printed when N ≥ 10
///   and Free ≥ 1 MB (inferred: the seed prints it for 48 % of 67 MB, not for 62 % of 8 KB).
/// Beyond WinDbg: when large blocks hold more than the segments commit, one plain-words line says so.
enum HeapSummaryCommand {
  static let stars = String(repeating: "*", count: 120)
  static let rule = String(repeating: "-", count: 85)

  static func run(_ scanner: inout ArgumentScanner, _ session: Session) throws(CommandError) {
    let set = try HeapSupport.heaps(session)
    var selected = set.heaps
    if !scanner.atEnd {
      let a = try scanner.expression(in: session)
      selected = [try HeapSupport.heap(a, in: set)]
    }
    if set.ntGlobalFlag & HeapConstants.userStackTraceDB != 0 {
      session.print("NtGlobalFlag enables following debugging aids for new heaps:")
      session.print("    stack back traces")
    }
    session.print(stars)
    session.print("                                              NT HEAP STATS BELOW")
    session.print(stars)
    set.prewalk(selected.map(\.index))  // all cores; rows below read the cached walks in order
    // The key is process-wide; only its low 32 bits enter the encodings, so only they are recovered.
    let keys = selected.lazy.filter { $0.kind == .nt && $0.frontEndHeapType == 2 }.compactMap { set.result($0.index).lfh?.key }
    // Windows 7 walks its LFH without the key (its header encoding is not decoded, §3.7), so the
    // key stays unknown; the line says the walk did not need it.
    let keyless = selected.contains { h in h.kind == .nt && h.frontEndHeapType == 2 && (set.result(h.index).lfh.map { $0.expanded && $0.key == nil } ?? false) }
    if let key = keys.first {
      session.print("LFH Key                   : 0x\(HexFormat.hex(UInt64(key), 8)) (low 32 bits of ntdll!RtlpLFHKey, recovered from LFH headers without symbols)")
    } else if keyless {
      session.print("LFH Key                   : (unknown: ntdll!RtlpLFHKey needs ntdll symbols; the Windows 7 LFH walk does not use it)")
    } else {
      session.print("LFH Key                   : (unknown: ntdll!RtlpLFHKey needs ntdll symbols)")
    }
    session.print("Termination on corruption : " + (session.pointerSize == 8 ? "ENABLED" : "DISABLED"))
    session.print("          Heap     Flags   Reserv  Commit  Virt   Free  List   UCR  Virt  Lock  Fast ")
    session.print("                            (k)     (k)    (k)     (k) length      blocks cont. heap ")
    session.print(rule)
    var others: [NtHeap] = []
    for h in selected {
      guard h.kind == .nt else {
        others.append(h)
        continue
      }
      try session.checkCancel()
      let r = set.result(h.index)
      try session.checkCancel()  // a walk stopped by Ctrl-C is partial
      let reserve = r.segments.reduce(UInt64(0)) { $0 &+ $1.reserveBytes }
      let commit = r.segments.reduce(UInt64(0)) { $0 &+ $1.committedBytes }
      var row = HeapSupport.p(h.address, session) + " " + HexFormat.hex(UInt64(h.flags), 8)
      row += col(String(reserve / 1024), 8) + col(String(commit / 1024), 7)
      row += col(String(h.counterReserved / 1024), 7) + col(String(r.freeBytes / 1024), 7)
      row += col(String(r.freeBlocks), 6) + col(String(r.ucrCount), 6)
      row += col(String(r.virtualEntries.count), 5) + col(HexFormat.hex(UInt64(h.lockCollisions)), 7)
      row += h.frontEndHeapType == 2 ? "   LFH" : ""
      session.print(row)
      let pct = Percent.scaled(r.freeBytes, of: commit, scale: 100)
      if pct >= 10, r.freeBytes >= 1 << 20 {
        session.print("    External fragmentation  \(pct) % (\(r.freeBlocks) free blocks)")
      }
      if r.virtualBytes > commit {
        let total = r.virtualBytes &+ commit
        let share = Percent.scaled(r.virtualBytes, of: total, scale: 100, rounded: false)
        session.print("    Large blocks: \(r.virtualEntries.count) VirtualAlloc'd blocks hold \(r.virtualBytes / 1024) KB, \(share) % of this heap's memory (not in Commit; !heap -h lists them)")
      }
      if let note = r.lfh?.note { session.print("    " + note) }
      HeapSupport.printCorruptions(r.corruptions, session)
    }
    session.print(rule)
    for h in others { session.print(HeapSupport.p(h.address, session) + " " + (HeapSupport.notWalked(h) ?? "")) }
  }

  /// Right-aligned in `width`, with at least one space before a number that fills the column.
  static func col(_ s: String, _ width: Int) -> String { s.count >= width ? " " + s : HexFormat.right(s, width) }
}
