import DumpModel

/// `!heap` without arguments: the modern two-column list (windbg-output-and-peers.md §1.5):
/// `        Heap Address      NT/Segment Heap`, the address right-aligned in 20 columns and the
/// type in 21. Heaps that are neither NT nor segment heaps are named as unknown with their signatures.
enum HeapListCommand {
  static func run(_ session: Session) throws(CommandError) {
    let set = try HeapSupport.heaps(session)
    session.print("        Heap Address      NT/Segment Heap")
    session.print("")
    for h in set.heaps {
      let address = HexFormat.right(HexFormat.hex(h.address), 20)
      switch h.kind {
      case .nt: session.print(address + HexFormat.right("NT Heap", 21))
      case .segment: session.print(address + HexFormat.right("Segment Heap", 21))
      case .unknown:
        session.print(address + HexFormat.right("Unknown Heap", 21) + "  (" + (HeapSupport.notWalked(h) ?? "") + ")")
      }
    }
  }
}
