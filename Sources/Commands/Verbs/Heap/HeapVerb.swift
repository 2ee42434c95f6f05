import DumpModel

/// `!heap`: NT heaps from PEB.ProcessHeaps, in WinDbg's formats (windbg-output-and-peers.md §1.5,
/// the seed transcript shared/seeds/nt-heap-leak-investigation.zh.txt). One file per sub-verb;
/// this one parses the first option and dispatches.
enum HeapVerb {
  static let usage = """
    !heap                          list the heaps (address, NT/Segment heap)
    !heap -s [heap]                NT HEAP STATS: reserve, commit, virtual, free, lists, UCRs, large blocks
    !heap -h|-a|-hl heap           the heap header, then every entry of every segment and the large blocks
    !heap -h heap -hl              ... then each LFH data region (subsegment) with one row per LFH block
    !heap -x [-v] address          the entry holding address (-v: every pointer to it in memory)
    !heap -p -a [-v] address       the entry holding address with its +ust allocation stack (-v: how it was decoded)
    !heap -stat -h heap|0 [-grp A|B|S] [N]   busy sizes: size, #blocks, total, percent
    !heap -flt s size | r min max  busy blocks of that user size, by heap
    !heap -srch [-b|-w|-d|-q] pattern   busy blocks containing the pattern
    !heap -l                       busy blocks nothing points to (leak candidates)
    !heap -top [N]                 the allocation stacks holding the most bytes (all heaps, large blocks)
    """

  static let spec = VerbSpec(names: ["!heap"], summary: "NT heaps: list, stats, entries, blocks, allocation stacks, leaks", usage: usage) {
    invocation, session throws(CommandError) in
    var scanner = ArgumentScanner(invocation)
    guard let option = scanner.word() else { return try HeapListCommand.run(session) }
    switch option.lowercased() {
    case "-s": try HeapSummaryCommand.run(&scanner, session)
    case "-h", "-a", "-hl", "-v": try HeapEntriesCommand.run(&scanner, session, lfh: option.lowercased() == "-hl")
    case "-x": try HeapEntryCommand.run(&scanner, session)
    case "-p": try PageHeapCommand.run(&scanner, session)
    case "-stat": try HeapStatCommand.run(&scanner, session)
    case "-flt": try HeapFilterCommand.run(&scanner, session)
    case "-srch": try HeapSearchCommand.run(&scanner, session)
    case "-l": try HeapLeakCommand.run(session)
    case "-top": try HeapTopCommand.run(&scanner, session)
    default:
      if option.hasPrefix("-") { throw .message("!heap: unknown option \(option); .help !heap lists them") }
      // `!heap ADDR`: WinDbg shows that heap's header; we show its entries like -h.
      var again = ArgumentScanner(invocation)
      try HeapEntriesCommand.run(&again, session, lfh: false)
    }
  }
}

/// Shared pieces of the `!heap` sub-verbs.
enum HeapSupport {
  /// The heaps of the dump, or the one-line reason they cannot be read.
  static func heaps(_ session: Session) throws(CommandError) -> HeapSet {
    let set = session.dump.heaps
    if case .failure(let e) = set.layout { throw .message("!heap: " + e.description) }
    if set.heaps.isEmpty { throw .message("!heap: no heaps: " + (set.problem ?? "PEB.NumberOfHeaps is 0")) }
    return set
  }

  /// The heap whose address is `address` (WinDbg also takes a 1-based index), or an error line.
  static func heap(_ address: UInt64, in set: HeapSet) throws(CommandError) -> NtHeap {
    if let h = set.heap(at: address) { return h }
    if address > 0, address <= UInt64(set.heaps.count) { return set.heaps[Int(address) - 1] }
    throw .message("Invalid heap address \(HexFormat.hex(address)): not in PEB.ProcessHeaps")
  }

  /// Pointer-width zero-padded hex (16 digits x64, 8 x86).
  static func p(_ v: UInt64, _ session: Session) -> String { HexFormat.hex(v, session.pointerSize * 2) }

  /// Why a heap is not walked, or nil for an NT heap.
  static func notWalked(_ h: NtHeap) -> String? {
    switch h.kind {
    case .nt: return nil
    case .segment: return "segment heap (signature ddeeddee), not walked yet"
    case .unknown(let s, let g):
      let a = s.map { HexFormat.hex(UInt64($0), 8) } ?? "????????"
      let b = g.map { HexFormat.hex(UInt64($0), 8) } ?? "????????"
      return "unknown heap (SegmentSignature \(a), Signature \(b)), not walked"
    }
  }

  /// `Heap entry at X corrupted (reason)` for each damage record.
  static func printCorruptions(_ list: [HeapCorruption], _ session: Session) {
    for c in list { session.print("Heap entry at \(p(c.address, session)) corrupted (\(c.reason))") }
  }

  /// `module!export+0x<16 digits>`, `module+0x<16 digits>`, or `+0x<address>` when no module holds
  /// it — the frame format of `!heap -p -a` (the seed: `7fe83e3bcf6 +0x000007fe83e3bcf6`).
  static func frame(_ address: UInt64, _ session: Session) -> String {
    let width = session.pointerSize * 2
    guard session.module(containing: address) != nil else { return "+0x" + HexFormat.hex(address, width) }
    let s = session.symbolize(address)
    if let plus = s.lastIndex(of: "+"), s[plus...].hasPrefix("+0x") {
      let off = UInt64(s[s.index(plus, offsetBy: 3)...], radix: 16) ?? 0
      return String(s[..<plus]) + "+0x" + HexFormat.hex(off, width)
    }
    return s + "+0x" + HexFormat.hex(0, width)
  }

  /// The allocation stack lines of trace `index` (8-space indent, address right-aligned).
  static func printStack(_ index: UInt32, _ set: HeapSet, _ session: Session, indent: String = "        ") {
    guard index != 0 else { return }
    guard let db = set.stackTraceDatabase else {
      session.print(indent + "(trace index \(HexFormat.hex(UInt64(index))): no stack trace database found in the dump)")
      return
    }
    guard let frames = db.frames(index, space: session.dump.addressSpace) else {
      session.print(indent + "(trace index \(HexFormat.hex(UInt64(index))) is not in the stack trace database at \(HexFormat.hex(db.address)))")
      return
    }
    for f in frames { session.print(indent + HexFormat.right(HexFormat.hex(f), session.pointerSize == 8 ? 12 : 8) + " " + frame(f, session)) }
  }

  /// The `-p -a` / `-flt` row: `HEAP_ENTRY Size Prev Flags UserPtr UserSize - state`, sizes in
  /// granules. The Flags column shows the user-settable flags (0xE0), which reads `[00]` for the
  /// busy and VirtualAlloc blocks of both real samples (§1.5 and the seed) — our inference.
  static func pageHeapRow(_ b: HeapBlock, granularity: UInt64, _ session: Session) -> String {
    let size = b.isVirtual ? b.size / granularity : UInt64(b.header.size)
    let state = b.isVirtual ? "busy VirtualAlloc" : b.isBusy ? "busy" : "free"
    let user = b.isBusy ? HexFormat.hex(b.requested, 5) : HexFormat.hex(0, 5)
    return "        \(p(b.entry, session)) \(HexFormat.hex(size, 4)) \(HexFormat.hex(b.isVirtual ? 0 : UInt64(b.header.previousSize), 4))  [\(HexFormat.hex(UInt64(b.header.flags & 0xE0), 2))]   \(p(b.user, session))    \(user) - (\(state))"
  }

  static let pageHeapHeader = "              HEAP_ENTRY Size Prev Flags            UserPtr UserSize - state"

  /// Parses a WinDbg size argument (hex by default).
  static func number(_ scanner: inout ArgumentScanner, _ session: Session) throws(CommandError) -> UInt64 {
    guard !scanner.atEnd else { throw scanner.syntaxError() }
    return try scanner.expression(in: session)
  }
}
