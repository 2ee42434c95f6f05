import DumpModel

/// `!heap -top [N]` (beyond WinDbg): busy blocks of every NT heap, large blocks included, grouped
/// by +ust allocation stack (trace index), the N (default 10) holding the most requested bytes:
/// count, bytes, then the stack in the `!heap -p -a` frame format. Blocks without a trace index
/// are one group, `(no stack)`.
enum HeapTopCommand {
  static func run(_ scanner: inout ArgumentScanner, _ session: Session) throws(CommandError) {
    let set = try HeapSupport.heaps(session)
    let limit = scanner.atEnd ? 10 : Int(min(try scanner.expression(in: session), 1 << 16))
    var groups: [UInt32: (count: UInt64, bytes: UInt64, large: UInt64)] = [:]
    var all: UInt64 = 0
    for h in set.heaps where h.kind == .nt {
      try session.checkCancel()
      set.walk(h.index) { b in
        guard b.isBusy, !b.isLfhContainer else { return }
        let g = groups[b.traceIndex] ?? (0, 0, 0)
        groups[b.traceIndex] = (g.count + 1, g.bytes &+ b.requested, g.large + (b.isVirtual ? 1 : 0))
        all &+= b.requested
      }
      try session.checkCancel()  // a walk stopped by Ctrl-C is partial
    }
    session.print("Allocation stacks holding the most bytes (busy blocks of all NT heaps, large blocks included):")
    if set.stackTraceDatabase == nil, groups.keys.contains(where: { $0 != 0 }) {
      session.print("(no stack trace database found in the dump: stacks cannot be shown)")
    }
    let sorted = groups.sorted { $0.value.bytes != $1.value.bytes ? $0.value.bytes > $1.value.bytes : $0.key < $1.key }
    for (rank, g) in sorted.prefix(limit).enumerated() {
      let v = g.value
      session.print("")
      let trace = g.key == 0 ? "(no stack)" : "trace index \(HexFormat.hex(UInt64(g.key)))"
      session.print("#\(rank + 1)  \(v.count) blocks (\(v.large) large), \(HexFormat.hex(v.bytes)) bytes = \(v.bytes / 1024) KB, \(HeapStatCommand.percent(v.bytes, of: all)) % of busy bytes, \(trace)")
      HeapSupport.printStack(g.key, set, session)
    }
  }
}
