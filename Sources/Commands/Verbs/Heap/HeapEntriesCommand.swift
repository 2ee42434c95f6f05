import DumpModel

/// `!heap -h|-a|-hl HEAP`: the header block, then `Heap entries for SegmentNN in Heap H` with one
/// `address: psize . size  [flags] - state (requested)` line per entry (sizes in bytes, hex),
/// `address:      size      - uncommitted bytes.` lines, and the large blocks.
/// Formats: windbg-output-and-peers.md §1.5 and the seed (`Index Address Name Debugging options
/// enabled`, `23: 29fb0000`, `Segment at X to Y (N bytes committed)`, `Virtual Alloc List: 29fb0118`).
/// The bracket prints 0x100 | Flags (`[101]` busy, `[100]` free in §1.5's samples; inferred).
/// The LFH user-blocks containers are listed as the busy back-end blocks they are; `-hl` then adds,
/// per subsegment, `LFH data region at X (subsegment Y):` and one `address: size - state` row per
/// LFH block (§1.5: `...23260: 00040 - free`; X is the UserBlocks address, our reading; busy rows
/// end `- busy (requested)` like the back-end rows, our choice).
enum HeapEntriesCommand {
  static func run(_ scanner: inout ArgumentScanner, _ session: Session, lfh: Bool) throws(CommandError) {
    let set = try HeapSupport.heaps(session)
    // More options may come before or after the heap (`!heap -h -hl H`, `!heap -h H -hl`).
    var lfh = lfh
    func options(_ scanner: inout ArgumentScanner) {
      var probe = scanner
      while let w = probe.word()?.lowercased(), ["-hl", "-h", "-a"].contains(w) {
        scanner = probe
        if w == "-hl" { lfh = true }
      }
    }
    options(&scanner)
    guard !scanner.atEnd else { throw .message("!heap -h needs a heap address (!heap lists them)") }
    // `H -hl` would parse as the expression H - hl: a trailing -hl is taken off first.
    let words = scanner.remainder.split(separator: " ", omittingEmptySubsequences: true)
    let address: UInt64
    if words.count == 2, words[1].lowercased() == "-hl" {
      lfh = true
      do { address = try ExpressionParser.evaluatePrefix(words[0], in: session).value } catch { throw .message(error.message) }
    } else {
      address = try scanner.expression(in: session)
      guard scanner.atEnd else { throw scanner.syntaxError() }
    }
    let h = try HeapSupport.heap(address, in: set)
    if let why = HeapSupport.notWalked(h) { throw .message("Heap \(HexFormat.hex(h.address)): \(why)") }
    guard case .success(let layout) = set.layout else { return }
    let w = session.pointerSize * 2
    func px(_ v: UInt64) -> String { HexFormat.hex(v, w) }
    let r = set.result(h.index)
    try session.checkCancel()  // a walk stopped by Ctrl-C is partial
    session.print("Index   Address  Name      Debugging options enabled")
    session.print(HexFormat.right(String(h.processHeapsListIndex), 3) + ":   " + HexFormat.hex(h.address) + " ")
    for s in r.segments {
      session.print("    Segment at \(px(s.baseAddress)) to \(px(s.lastValidEntry)) (\(HexFormat.hex(s.committedBytes, 8)) bytes committed)")
    }
    session.print("    Flags:                \(HexFormat.hex(UInt64(h.flags), 8))")
    session.print("    ForceFlags:           \(HexFormat.hex(UInt64(h.forceFlags), 8))")
    session.print("    Granularity:          \(layout.granularity) bytes")
    session.print("    Segment Reserve:      \(HexFormat.hex(h.segmentReserve, 8))")
    session.print("    Segment Commit:       \(HexFormat.hex(h.segmentCommit, 8))")
    session.print("    DeCommit Block Thres: \(HexFormat.hex(h.deCommitFreeBlockThreshold, 8))")
    session.print("    DeCommit Total Thres: \(HexFormat.hex(h.deCommitTotalFreeThreshold, 8))")
    session.print("    Total Free Size:      \(HexFormat.hex(h.totalFreeSize, 8))")
    session.print("    Max. Allocation Size: \(px(h.maximumAllocationSize))")
    session.print("    Lock Variable at:     \(px(h.lockVariable))")
    session.print("    Next TagIndex:        \(HexFormat.hex(UInt64(h.nextAvailableTagIndex), 4))")
    session.print("    Maximum TagIndex:     \(HexFormat.hex(UInt64(h.maximumTagIndex), 4))")
    session.print("    Tag Entries:          \(HexFormat.hex(h.tagEntries, 8))")
    session.print("    PsuedoTag Entries:    \(HexFormat.hex(h.pseudoTagEntries, 8))")
    session.print("    Virtual Alloc List:   \(HexFormat.hex(h.address &+ layout.virtualAllocdBlocks))")
    session.print("    Uncommitted ranges:   \(HexFormat.hex(h.address &+ layout.ucrList))")
    for s in r.segments {
      for u in s.uncommitted { session.print("            \(HexFormat.hex(u.address)): \(HexFormat.hex(u.size, 8))  (\(u.size) bytes)") }
    }
    session.print("    FreeList[ 00 ] at \(px(h.address &+ layout.freeLists)): \(r.freeBlocks) free blocks, \(HexFormat.hex(r.freeBytes)) bytes")
    session.print("")
    var current = -1
    var lastEnd: [Int: UInt64] = [:]
    var ucrAt: [Int: [UInt64: UInt64]] = [:]
    for (i, s) in r.segments.enumerated() { ucrAt[i] = Dictionary(s.uncommitted.map { ($0.address, $0.size) }, uniquingKeysWith: { a, _ in a }) }
    func flush(segment: Int) {
      guard segment >= 0, let end = lastEnd[segment], let size = ucrAt[segment]?[end] else { return }
      session.print("        \(px(end)):      \(HexFormat.hex(size, 8))      - uncommitted bytes.")
    }
    var failed: CommandError?
    var lfhRows: [String] = []
    var lfhRegion: UInt64 = 0
    let walk = set.walk(h.index) { b in
      guard failed == nil else { return }
      do throws(CommandError) { try session.checkCancel() } catch { failed = error; return }
      if b.isLfh {
        guard lfh else { return }
        if b.subsegment != lfhRegion {
          lfhRegion = b.subsegment
          let user = r.lfh?.subsegment(holding: b.entry)?.userBlocks ?? b.entry
          lfhRows.append("    LFH data region at \(px(user)) (subsegment \(px(b.subsegment))):")
        }
        lfhRows.append("        \(px(b.entry)): \(HexFormat.hex(b.size, 5)) - " + (b.isBusy ? "busy (\(HexFormat.hex(b.requested)))" : "free"))
        return
      }
      if b.isVirtual {
        if current != -2 {
          flush(segment: current)
          current = -2
          session.print("    Virtual blocks of Heap \(px(h.address)) (VirtualAllocdBlocks)")
          session.print("         address:    commit .  reserve  flags   state (requested size)")
        }
        let entry = b.entry &- layout.vaBusyBlock
        let reserve = r.virtualEntries.first { $0.address == entry }?.reserveSize ?? 0
        session.print("        \(px(entry)): \(HexFormat.hex(b.size, 8)) . \(HexFormat.hex(reserve, 8)) [\(HexFormat.hex(0x100 | UInt64(b.header.flags), 3))] - busy VirtualAlloc (\(HexFormat.hex(b.requested)))")
        return
      }
      if b.segment != current {
        flush(segment: current)
        current = b.segment
        let s = r.segments[b.segment]
        session.print("    Heap entries for Segment\(HexFormat.hex(UInt64(b.segment), 2)) in Heap \(px(h.address))")
        session.print("         address: psize . size  flags   state (requested size)")
        if let raw = session.dump.addressSpace.load(UInt64.self, at: s.baseAddress &+ layout.headerBytes) {
          let hh = h.decoder.decode(raw)
          session.print("        \(px(s.baseAddress)): 00000 . \(HexFormat.hex(UInt64(hh.size) &* layout.granularity, 5)) [\(HexFormat.hex(0x100 | UInt64(hh.flags), 3))] - busy (\(HexFormat.hex((UInt64(hh.size) &* layout.granularity) &- UInt64(hh.unusedBytes))))")
        }
      }
      if let prev = lastEnd[b.segment], prev != b.entry, let size = ucrAt[b.segment]?[prev] {
        session.print("        \(px(prev)):      \(HexFormat.hex(size, 8))      - uncommitted bytes.")
      }
      let psize = UInt64(b.header.previousSize) &* layout.granularity
      let state = b.isBusy ? "busy (\(HexFormat.hex(b.requested)))" : "free "
      session.print("        \(px(b.entry)): \(HexFormat.hex(psize, 5)) . \(HexFormat.hex(b.size, 5)) [\(HexFormat.hex(0x100 | UInt64(b.header.flags), 3))] - \(state)")
      lastEnd[b.segment] = b.entry &+ b.size
    }
    if let failed { throw failed }
    if current >= 0 { flush(segment: current) }
    for row in lfhRows { session.print(row) }
    if let note = walk.lfh?.note { session.print(note) }
    HeapSupport.printCorruptions(walk.corruptions, session)
  }
}
