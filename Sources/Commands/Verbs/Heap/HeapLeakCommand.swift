import DumpModel

#if canImport(Glibc)
import Glibc
#endif

/// `!heap -l`: busy blocks that no pointer-aligned value in any memory range of the dump, and no
/// register of any thread, points into (MSDOC/-heap.md: a garbage-collector style scan). Output as
/// WinDbg: the `Heap X` lines, `Scanning VM ...`, the `-x` table of leak candidates and
/// `N leaks detected.` Progress goes to stderr once a second when the command takes over a second
/// (MB scanned, then rows listed); Ctrl-C stops it between 8 MB chunks and every 512 rows. Each
/// pointer-sized value costs one compare against the heaps' span and, inside it, a binary search
/// within one bucket of the sorted block index (`HeapIndexLookup`), no allocation. Rows are written
/// by `HeapLeakRows` (9 million on B2 in a few seconds).
enum HeapLeakCommand {
  static func run(_ session: Session) throws(CommandError) {
    let set = try HeapSupport.heaps(session)
    guard case .success(let layout) = set.layout else { return }
    session.print("Searching the memory for potential unreachable busy blocks.")
    for h in set.heaps where h.kind == .nt { session.print("Heap \(HeapSupport.p(h.address, session))") }
    let index = set.index
    try session.checkCancel()  // an index stopped by Ctrl-C is partial
    // One bit a block (1.25 MB for 10 million blocks, not 10 MB of Bools).
    let referenced = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: (index.count + 63) / 64)
    referenced.initialize(repeating: 0)
    defer { referenced.deallocate() }
    let lookup = HeapIndexLookup(index, virtualPrefix: layout.vaBusyBlock)
    let span = lookup.highest &- lookup.lowest
    @inline(__always) func mark(_ v: UInt64) {
      // Most values are no heap address: one compare rejects them before the bucket search.
      guard v &- lookup.lowest < span, let i = lookup.position(containing: v) else { return }
      referenced[i >> 6] |= 1 << UInt64(i & 63)
    }
    session.print("Scanning VM ...")
    let space = session.dump.addressSpace
    let step = session.pointerSize
    var scanned: UInt64 = 0
    let started = monotonicSeconds()
    var lastReport = started
    // Ranges are scanned in 8 MB chunks so Ctrl-C and the progress line (stderr, once a second
    // after the first second) come back quickly even inside a huge range.
    let chunk = 8 << 20
    for r in space.ranges {
      guard let raw = space.file.bytes(at: r.fileOffset, count: r.size) else { continue }
      let n = Int(r.size) / step
      var k = 0
      while k < n {
        try session.checkCancel()
        let first = k
        let stop = min(n, k + chunk / step)
        if step == 8 {
          while k < stop {
            mark(raw.loadUnaligned(fromByteOffset: k * 8, as: UInt64.self))
            k += 1
          }
        } else {
          while k < stop {
            mark(UInt64(raw.loadUnaligned(fromByteOffset: k * 4, as: UInt32.self)))
            k += 1
          }
        }
        // Scanned pages leave the mapping (they stay in the page cache): resident memory stays
        // at the index, not the dump's size.
        space.file.release(offset: r.fileOffset &+ UInt64(first * step), count: UInt64((stop - first) * step))
        let now = monotonicSeconds()
        if now - started >= 1, now - lastReport >= 1 {
          progress("!heap -l: \((scanned &+ UInt64(k * step)) >> 20) of \(space.totalBytes >> 20) MB scanned")
          lastReport = now
        }
      }
      scanned &+= r.size
    }
    if let threads = try? session.threadList() {
      for t in threads.indices {
        guard let ctx = session.context(ofThread: t) else { continue }
        for name in ["rax", "rbx", "rcx", "rdx", "rsi", "rdi", "rbp", "rsp", "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15", "eax", "ebx", "ecx", "edx", "esi", "edi", "ebp"] {
          if let v = Session.registerValue(name, in: ctx) { mark(v) }
        }
      }
    }
    var leaks = 0
    let rows = HeapLeakRows(set, layout: layout, index: index, session)
    let lfhHeaps = Set(set.heaps.indices.filter { set.heaps[$0].kind == .nt && set.result($0).lfh?.expanded == true })
    for i in 0..<index.count where referenced[i >> 6] & (1 << UInt64(i & 63)) == 0 && index.flags[i] & HeapConstants.busy != 0 {
      // Ctrl-C drops the rows not yet handed to the session; progress as in the scan.
      if leaks & 0x1FF == 0 {
        try session.checkCancel()
        let now = monotonicSeconds()
        if now - started >= 1, now - lastReport >= 1 {
          progress("!heap -l: \(leaks) leak candidates listed")
          lastReport = now
        }
      }
      if leaks == 0 {
        session.print(HeapEntryCommand.header)
        session.print(String(repeating: "-", count: HeapEntryCommand.header.count))
      }
      // A block inside an LFH user-blocks area is decoded again for its LFH row (few per heap);
      // back-end and large blocks come straight from the index.
      if lfhHeaps.contains(index.heap(i)), let (b, heap, segment) = try HeapEntryCommand.locate(index.entry(i), set, session), b.isLfh {
        rows.flush()
        session.print(HeapEntryCommand.row(b, heap: heap, segment: segment, flags: "", layout: layout, session))
      } else {
        rows.append(i)
      }
      leaks += 1
    }
    rows.flush()
    rows.finish()
    session.print("\(leaks) leaks detected.")
  }

  /// Seconds on the monotonic clock.
  static func monotonicSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
  }

  /// One progress line to stderr (fd 2), unbuffered.
  static func progress(_ line: String) {
    let bytes = Array((line + "\n").utf8)
    bytes.withUnsafeBytes { raw in
      if let base = raw.baseAddress { _ = write(2, base, raw.count) }
    }
  }
}
