import DumpModel

/// `!heap -p -a ADDR`: `address X found in`, `_HEAP @ H`, the HEAP_ENTRY row (Size and Prev in
/// granules; state busy, free or busy VirtualAlloc) and, with +ust, the allocation stack, one frame
/// a line as `addr module!export+0x<16 digits>` (windbg-output-and-peers.md §1.5; the seed's
/// `0000000043500030 100100 0000 [00] 0000000043500060 1000040 - (busy VirtualAlloc)`).
/// Page heap (DPH) blocks are not recognised yet; `-p` without `-a` is not supported. `-v` (ours,
/// beyond WinDbg) prints the explanation of `.explain on` for this one command.
enum PageHeapCommand {
  static func run(_ scanner: inout ArgumentScanner, _ session: Session) throws(CommandError) {
    var explain = scanner.consume("-v")
    guard scanner.consume("-a") else { throw .message("!heap -p: only -p -a [-v] ADDRESS is supported") }
    explain = scanner.consume("-v") || explain || session.explain
    let address = try HeapSupport.number(&scanner, session)
    let set = try HeapSupport.heaps(session)
    guard case .success(let layout) = set.layout else { return }
    guard let (b, heap, _) = try HeapEntryCommand.locate(address, set, session) else {
      throw .message("address \(HeapSupport.p(address, session)) is not in any NT heap block")
    }
    session.print("    address \(HeapSupport.p(address, session)) found in")
    session.print("    _HEAP @ \(HexFormat.hex(heap.address))")
    session.print(HeapSupport.pageHeapHeader)
    session.print(HeapSupport.pageHeapRow(b, granularity: layout.granularity, session))
    if b.isBusy, b.traceIndex != 0 {
      HeapSupport.printStack(b.traceIndex, set, session)
    } else if b.isBusy, !heap.capturesStacks {
      session.print("        (no allocation stack: the heap does not capture stack back traces; gflags +ust)")
    }
    if explain { BlockExplainer.explain(b, heap: heap, address: address, set: set, session) }
  }
}
