import DumpModel

/// `!heap -srch [-b|-w|-d|-q] PATTERN`: busy blocks whose user data contains the pattern (a byte,
/// word, dword or qword; pointer-sized by default), printed under `    _HEAP @ H` with the `-p -a`
/// row format (MSDOC/-heap.md: `in HEAP_ENTRY: Size : Prev Flags - UserPtr UserSize - state`).
enum HeapSearchCommand {
  static func run(_ scanner: inout ArgumentScanner, _ session: Session) throws(CommandError) {
    var width = session.pointerSize
    if scanner.consume("-b") { width = 1 } else if scanner.consume("-w") { width = 2 } else if scanner.consume("-d") { width = 4 } else if scanner.consume("-q") { width = 8 }
    let value = try HeapSupport.number(&scanner, session)
    let pattern = (0..<width).map { UInt8(truncatingIfNeeded: value >> (8 * UInt64($0))) }
    let set = try HeapSupport.heaps(session)
    guard case .success(let layout) = set.layout else { return }
    let space = session.dump.addressSpace
    var cancelled: CommandError?
    for h in set.heaps where h.kind == .nt {
      var printed = false
      set.walk(h.index) { b in
        guard cancelled == nil, b.isBusy, !b.isLfhContainer, b.requested >= UInt64(width) else { return }
        do throws(CommandError) { try session.checkCancel() } catch { cancelled = error; return }
        guard let raw = space.contiguous(at: b.user, count: Int(min(b.requested, 1 << 31))) else { return }
        var k = 0
        let last = raw.count - width
        var hit = false
        while k <= last {
          if raw[k] == pattern[0] {
            var j = 1
            while j < width, raw[k + j] == pattern[j] { j += 1 }
            if j == width { hit = true; break }
          }
          k += 1
        }
        guard hit else { return }
        if !printed {
          session.print("    _HEAP @ \(HexFormat.hex(h.address))")
          session.print(HeapSupport.pageHeapHeader)
          printed = true
        }
        session.print(HeapSupport.pageHeapRow(b, granularity: layout.granularity, session))
      }
      if let cancelled { throw cancelled }
      try session.checkCancel()  // the walk itself may have stopped first
    }
  }
}
