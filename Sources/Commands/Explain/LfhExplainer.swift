import DumpModel

/// How an LFH block was found and decoded (nt-layouts.md §3.5, §3.7; Windows 8+ x64): the front
/// end from `_HEAP.FrontEndHeap`, the subsegment and its `_HEAP_USERDATA_HEADER`, how the low 32
/// bits of ntdll!RtlpLFHKey were recovered without symbols, EncodedOffsets, the XOR decode of the
/// header's +0x08 dword back to UserBlocks, the block index, UnusedBytes and the BusyBitmap bit.
/// Windows 7 x64 and x86 (`explainWindows7`): the zone walk to FreePointer, the back-pointer, the fixed
/// geometry and UnusedBytes; it says which Win8+ steps do not exist there and that the header's
/// encoded bytes are not decoded (no key, scheme unverified).
enum LfhExplainer {
  static func explain(_ b: HeapBlock, heap: NtHeap, layout l: HeapLayout, set: HeapSet, _ session: Session) {
    guard let lfh = l.lfh, let front = set.result(heap.index).lfh, front.expanded,
      let (_, sub, d) = set.lfhBlock(at: b.entry, heap: heap.index)
    else { return }
    guard let key = front.key, let e = lfh.encoded else {
      explainWindows7(b, sub: sub, d, front: front, heap: heap, layout: l, session)
      return
    }
    func p(_ v: UInt64) -> String { session.pointer(v) }
    func x32(_ v: UInt32) -> String { HexFormat.hex(UInt64(v), 8) }
    let k = ExplainText.x(UInt64(key))
    session.print(ExplainText.row("walk", "an LFH block: _HEAP.FrontEndHeap (heap\(ExplainText.off(l.frontEndHeap))) = \(p(front.address)), an _LFH_HEAP (FrontEndHeapType at heap\(ExplainText.off(l.frontEndHeapType)) is 2); its SubSegmentZones (\(ExplainText.off(lfh.subSegmentZones))) list the zones whose _HEAP_SUBSEGMENTs start at zone + \(ExplainText.x(lfh.zoneFirstSubsegment))"))
    session.print(ExplainText.row("subsegment", "\(p(sub.address)): UserBlocks \(p(sub.userBlocks)), BlockSize \(ExplainText.x(UInt64(sub.blockSize))) granules, BlockCount \(sub.blockCount), SizeIndex \(sub.sizeIndex)"))
    session.print(ExplainText.row("user blocks", "_HEAP_USERDATA_HEADER at \(p(sub.userBlocks)) (the data of a busy back-end block): Signature f0e0d0c0 at \(ExplainText.off(lfh.userSignature)), SubSegment at \(ExplainText.off(lfh.userSubSegment)) points back to \(p(sub.address))"))
    if let ev = front.evidence {
      session.print(ExplainText.row("key", "ntdll!RtlpLFHKey needs ntdll symbols; its low 32 bits (all the encodings use) are recovered: in subsegment \(p(ev.subsegment)), trying FirstAllocationOffset 0x10, 0x20, ... the first block's +0x08 dword and EncodedOffsets imply the same key at \(ExplainText.x(ev.firstOffset)) (candidate \(ev.tried)), key = \(k); it decodes \(ev.verified) of \(ev.candidates) subsegments"))
    }
    let v = sub.encodedOffsets ^ UInt32(truncatingIfNeeded: sub.userBlocks) ^ UInt32(truncatingIfNeeded: front.address) ^ key
    session.print(ExplainText.row("offsets", "EncodedOffsets (\(ExplainText.off(e.userEncodedOffsets))) \(x32(sub.encodedOffsets)) ^ (u32)UserBlocks \(x32(UInt32(truncatingIfNeeded: sub.userBlocks))) ^ (u32)_LFH_HEAP \(x32(UInt32(truncatingIfNeeded: front.address))) ^ key = \(x32(v)): FirstAllocationOffset \(ExplainText.x(sub.firstOffset)), BlockStride \(ExplainText.x(sub.stride))"))
    if let all = ExplainText.read(b.entry, 16, session) {
      session.print(ExplainText.row("entry bytes", "16 at \(p(b.entry)): \(ExplainText.bytes(Array(all.prefix(8)))) | \(ExplainText.bytes(Array(all.dropFirst(8))))"))
    }
    let code = UInt32(truncatingIfNeeded: d.raw)
    let shifted = UInt32(truncatingIfNeeded: b.entry >> 4)
    let kk = key ^ UInt32(truncatingIfNeeded: heap.address) ^ shifted ^ code
    session.print(ExplainText.row("decode", "SubSegmentCode (+0x008) \(x32(code)) ^ key \(x32(key)) ^ (u32)Heap \(x32(UInt32(truncatingIfNeeded: heap.address))) ^ (u32)(entry >> 4) \(x32(shifted)) = \(x32(kk))"))
    if let offset = d.offset {
      session.print(ExplainText.row("", "low 16 bits are 0 (a valid LFH header); UserBlocks = entry - (\(x32(kk)) >> 12) = \(p(b.entry)) - \(ExplainText.x(offset)) = \(p(b.entry &- offset))\(b.entry &- offset == sub.userBlocks ? ", this subsegment's" : ", NOT this subsegment's")"))
    } else {
      session.print(ExplainText.row("", "low 16 bits are \(HexFormat.hex(UInt64(kk & 0xFFFF), 4)), not 0: the header does not decode (damaged, or written by someone else)"))
    }
    let n = sub.stride == 0 ? 0 : min((b.entry &- sub.block(0)) / sub.stride, UInt64(sub.blockCount))
    session.print(ExplainText.row("block index", "u16 at +0x00d = \(d.index); UserBlocks + \(ExplainText.x(sub.firstOffset)) + \(n) x \(ExplainText.x(sub.stride)) = \(p(sub.block(Int(n))))\(UInt64(d.index) == n ? " (this entry)" : " (expected index \(n))")"))
    unusedBytesRow(b, sub: sub, d, session)
    let bit = d.bitmapBit.map { $0 ? "1 (busy)" : "0 (free)" } ?? "not readable"
    session.print(ExplainText.row("bitmap", "BusyBitmap.Buffer \(p(sub.bitmap)), bit \(n) (byte \(p(sub.bitmap &+ n / 8)), bit \(n % 8)) = \(bit)\(d.bitmapBit == nil || d.bitmapBit == b.isBusy ? "" : ": DISAGREES with UnusedBytes")"))
    if let problem = d.problem { session.print(ExplainText.row("problem", problem)) }
    session.print(ExplainText.row("user pointer", "entry + 0x10 = \(p(b.user))"))
  }

  /// The Windows 7 steps (§3.7 Win7 x64 column and Win7 x86 paragraphs, §3.3, §3.5): no key, no
  /// EncodedOffsets, no bitmap. x86: an 8-byte header whose SubSegmentCode (+0x000) holds the
  /// encoded subsegment, UnusedBytes at +0x007, 8-byte granules.
  static func explainWindows7(_ b: HeapBlock, sub: LfhSubsegment, _ d: LfhWalker.Decoded, front: LfhFrontEnd, heap: NtHeap, layout l: HeapLayout, _ session: Session) {
    guard let lfh = l.lfh, let w7 = lfh.windows7 else { return }
    func p(_ v: UInt64) -> String { session.pointer(v) }
    session.print(ExplainText.row("walk", "an LFH block (Windows 7 layout): _HEAP.FrontEndHeap (heap\(ExplainText.off(l.frontEndHeap))) = \(p(front.address)), an _LFH_HEAP (FrontEndHeapType at heap\(ExplainText.off(l.frontEndHeapType)) is 2); its SubSegmentZones (\(ExplainText.off(lfh.subSegmentZones))) list the zones whose _HEAP_SUBSEGMENTs (\(ExplainText.x(lfh.subsegmentSize)) each) run from zone + \(ExplainText.x(lfh.zoneFirstSubsegment)) up to the zone's FreePointer (\(ExplainText.off(w7.zoneFreePointer)))"))
    session.print(ExplainText.row("subsegment", "\(p(sub.address)): UserBlocks \(p(sub.userBlocks)), BlockSize \(ExplainText.x(UInt64(sub.blockSize))) granules, BlockCount \(sub.blockCount), SizeIndex \(sub.sizeIndex), AggregateExchg.Depth \(sub.depth) (free blocks), FreeEntryOffset \(ExplainText.x(UInt64(sub.freeEntryOffset)))"))
    session.print(ExplainText.row("user blocks", "_HEAP_USERDATA_HEADER at \(p(sub.userBlocks)) (the data of a busy back-end block): SubSegment at \(ExplainText.off(lfh.userSubSegment)) points back to \(p(sub.address)); its Signature (\(ExplainText.off(lfh.userSignature))) is not checked (its Windows 7 value is unverified)"))
    let x86 = l.pointerSize == 4
    let scheme = x86 ? "whose Windows 7 x86 scheme comes from a third-party source (§3.7)" : "whose Windows 7 x64 scheme is unverified"
    session.print(ExplainText.row("key", "none needed: Windows 7 has no EncodedOffsets and no BusyBitmap; ntdll!RtlpLFHKey (needs ntdll symbols) only encodes the header's subsegment bytes, \(scheme), so they are not decoded"))
    session.print(ExplainText.row("offsets", "first block = UserBlocks + sizeof(_HEAP_USERDATA_HEADER) \(ExplainText.x(sub.firstOffset)), stride = BlockSize x \(l.granularity) = \(ExplainText.x(sub.stride))"))
    if x86 {
      if let all = ExplainText.read(b.entry, 8, session) {
        session.print(ExplainText.row("entry bytes", "8 at \(p(b.entry)): \(ExplainText.bytes(all))"))
      }
      session.print(ExplainText.row("decode", "+0x000..+0x003 (SubSegmentCode): the encoded subsegment (not decoded: the key is not known)"))
    } else {
      if let all = ExplainText.read(b.entry, 16, session) {
        session.print(ExplainText.row("entry bytes", "16 at \(p(b.entry)): \(ExplainText.bytes(Array(all.prefix(8)))) | \(ExplainText.bytes(Array(all.dropFirst(8))))"))
      }
      session.print(ExplainText.row("decode", "+0x008..+0x00c: the encoded subsegment (not decoded: the key is not known and the scheme is unverified)"))
    }
    let n = sub.stride == 0 ? 0 : min((b.entry &- sub.block(0)) / sub.stride, UInt64(sub.blockCount))
    session.print(ExplainText.row("block index", "(entry - UserBlocks - \(ExplainText.x(sub.firstOffset))) / \(ExplainText.x(sub.stride)) = \(n); UserBlocks + \(ExplainText.x(sub.firstOffset)) + \(n) x \(ExplainText.x(sub.stride)) = \(p(sub.block(Int(n))))\(sub.block(Int(n)) == b.entry ? " (this entry)" : "")"))
    unusedBytesRow(b, sub: sub, d, session)
    if !b.isBusy {
      if let next = session.dump.addressSpace.load(UInt16.self, at: b.user) {
        session.print(ExplainText.row("free list", "u16 at the user pointer = \(ExplainText.x(UInt64(next))) (FreeEntryOffset of the next free block, kept by a free Windows 7 LFH block; not followed)"))
      }
    }
    session.print(ExplainText.row("bitmap", "none on Windows 7: busy or free comes from UnusedBytes alone"))
    if let problem = d.problem { session.print(ExplainText.row("problem", problem)) }
    session.print(ExplainText.row("user pointer", "entry + \(ExplainText.x(l.granularity)) = \(p(b.user))"))
  }

  /// The UnusedBytes row both layouts print (§3.5 LFH rows): the 0x80 flag, busy or free from the
  /// low 6 bits, and a busy block's requested size.
  static func unusedBytesRow(_ b: HeapBlock, sub: LfhSubsegment, _ d: LfhWalker.Decoded, _ session: Session) {
    let u = HexFormat.hex(UInt64(d.unusedBytes), 2)
    let low = HexFormat.hex(UInt64(d.unusedBytes & 0x3F), 2)
    if b.isBusy {
      session.print(ExplainText.row("UnusedBytes", "\(u): 0x80 marks an LFH block; low 6 bits \(low) != 0, so busy; requested = stride \(ExplainText.x(sub.stride)) - unused \(ExplainText.x(b.size &- b.requested)) = \(ExplainText.x(b.requested))"))
    } else {
      session.print(ExplainText.row("UnusedBytes", "\(u): 0x80 marks an LFH block; low 6 bits \(low) = 0, so free"))
    }
  }
}
