import DumpModel

/// The steps that turn the bytes of one `_HEAP_ENTRY` into its fields (nt-layouts.md §3.3–§3.4):
/// where the header and the heap's Encoding key were read, the XOR, each decoded field and the
/// checksum test. Shared by the busy, free, large and corrupted block explanations.
enum HeaderExplainer {
  /// The raw and decoded header of the entry at `entry`, nil when its bytes are not in the dump.
  struct Decoded {
    var raw: UInt64
    var key: UInt64
    var header: HeapEntryHeader
  }

  /// Prints the catalog, the bytes read, the key, the XOR and the decoded fields of the entry at
  /// `entry`; `sizeMeaning` replaces the Size line (large blocks store unused bytes there).
  @discardableResult
  static func printSteps(entry: UInt64, heap: NtHeap, layout l: HeapLayout, _ session: Session, sizeMeaning: String? = nil) -> Decoded? {
    let g = l.granularity
    let hb = l.headerBytes
    session.print(ExplainText.row("catalog", "\(l.catalogId): _HEAP_ENTRY is \(ExplainText.x(g)) bytes, the encoded header is its bytes \(ExplainText.off(hb))..\(ExplainText.off(hb + 7))"))
    guard let all = ExplainText.read(entry, Int(g), session), let raw = session.dump.addressSpace.load(UInt64.self, at: entry &+ hb) else {
      session.print(ExplainText.row("entry bytes", "\(g) bytes at \(session.pointer(entry)): not in the dump"))
      return nil
    }
    let head = Array(all.prefix(Int(hb)))
    let rest = Array(all.dropFirst(Int(hb)))
    let shown = head.isEmpty ? ExplainText.bytes(rest) : ExplainText.bytes(head) + " | " + ExplainText.bytes(rest)
    session.print(ExplainText.row("entry bytes", "\(g) at \(session.pointer(entry)): \(shown)"))
    if !head.isEmpty { session.print(ExplainText.row("", "(the first \(hb) belong to the previous block: PreviousBlockPrivateData, never encoded)")) }
    let mask = session.dump.addressSpace.load(UInt32.self, at: heap.address &+ l.encodeFlagMask) ?? 0
    let key = heap.decoder.key
    if heap.encoded {
      session.print(ExplainText.row("encoding", "_HEAP.EncodeFlagMask at heap\(ExplainText.off(l.encodeFlagMask)) = \(HexFormat.hex(UInt64(mask), 8)): bit 0x100000 set, headers are XORed with the key"))
      session.print(ExplainText.row("key", "_HEAP.Encoding at heap\(ExplainText.off(l.encoding)), its header bytes at \(session.pointer(heap.address &+ l.encoding &+ hb)): \(ExplainText.bytes(ExplainText.bytes(of: key)))"))
    } else {
      session.print(ExplainText.row("encoding", "_HEAP.EncodeFlagMask at heap\(ExplainText.off(l.encodeFlagMask)) = \(HexFormat.hex(UInt64(mask), 8)): encoding off, the header is stored in clear"))
    }
    let h = heap.decoder.decode(raw)
    session.print(ExplainText.row("raw header", ExplainText.bytes(ExplainText.bytes(of: raw))))
    session.print(ExplainText.row("XOR key", ExplainText.bytes(ExplainText.bytes(of: key))))
    session.print(ExplainText.row("= decoded", ExplainText.bytes(ExplainText.bytes(of: raw ^ key))))
    let size = UInt64(h.size)
    session.print(ExplainText.row("Size", sizeMeaning ?? "\(HexFormat.hex(size, 4)) granules x \(ExplainText.x(g)) = \(ExplainText.x(size &* g)) bytes"))
    session.print(ExplainText.row("Flags", HexFormat.hex(UInt64(h.flags), 2) + " (" + flagWords(h.flags) + ")"))
    printChecksum(h, session)
    let prev = UInt64(h.previousSize)
    session.print(ExplainText.row("PreviousSize", "\(HexFormat.hex(prev, 4)) granules = \(ExplainText.x(prev &* g)) bytes"))
    session.print(ExplainText.row("SegmentOffset", HexFormat.hex(UInt64(h.segmentOffset), 2)))
    return Decoded(raw: raw, key: key, header: h)
  }

  /// The checksum line: SmallTagIndex against `Size_lo ^ Size_hi ^ Flags`.
  static func printChecksum(_ h: HeapEntryHeader, _ session: Session) {
    let lo = UInt64(h.size & 0xFF), hi = UInt64(h.size >> 8)
    let test = "Size_lo \(HexFormat.hex(lo, 2)) ^ Size_hi \(HexFormat.hex(hi, 2)) ^ Flags \(HexFormat.hex(UInt64(h.flags), 2)) = \(HexFormat.hex(UInt64(h.expectedChecksum), 2))"
    let verdict = h.checksumValid ? "equal: the checksum test passes" : "NOT equal: the checksum test fails"
    session.print(ExplainText.row("SmallTagIndex", "\(HexFormat.hex(UInt64(h.smallTagIndex), 2)) (the checksum): \(test), \(verdict)"))
  }

  /// `busy extra-present last-entry` for the Flags byte (§3.4).
  static func flagWords(_ f: UInt8) -> String {
    var w: [String] = [f & HeapConstants.busy != 0 ? "busy" : "free"]
    if f & HeapConstants.extraPresent != 0 { w.append("extra present") }
    if f & HeapConstants.fillPattern != 0 { w.append("fill pattern") }
    if f & HeapConstants.virtualAlloc != 0 { w.append("virtual alloc") }
    if f & HeapConstants.lastEntry != 0 { w.append("last entry") }
    if f & 0xE0 != 0 { w.append("settable \(HexFormat.hex(UInt64(f & 0xE0), 2))") }
    return w.joined(separator: ", ")
  }

  /// How UnusedBytes became the requested size of a busy back-end block (§3.5).
  static func printUnused(_ b: HeapBlock, windows7: Bool, layout l: HeapLayout, _ session: Session) {
    let u = b.header.unusedBytes
    let ub = HexFormat.hex(UInt64(u), 2)
    let unused = b.size &- b.requested
    let result = "requested = \(ExplainText.x(b.size)) - \(ExplainText.x(unused)) = \(ExplainText.x(b.requested))"
    guard b.isBusy else {
      session.print(ExplainText.row("UnusedBytes", "\(ub): a free block keeps no unused count"))
      return
    }
    if windows7 {
      session.print(ExplainText.row("UnusedBytes", "\(ub): Windows 7 keeps the whole unused count (header included) here; \(result)"))
    } else if u & 0x40 != 0 {
      let ext = b.entry &+ UInt64(u & 0x3F) &* l.granularity
      session.print(ExplainText.row("UnusedBytes", "\(ub): bit 0x40 set, the count is UnusedBytesLength of the extended header at \(session.pointer(ext)) (+0x\(HexFormat.hex(l.headerBytes + 4))); \(result)"))
    } else if u & 0x3F == 0x3F {
      session.print(ExplainText.row("UnusedBytes", "\(ub): low 6 bits 3f, the count is the 8 bytes at the next block \(session.pointer(b.entry &+ b.size)); \(result)"))
    } else {
      session.print(ExplainText.row("UnusedBytes", "\(ub): Windows 8+ counts unused bytes (header included) in the low 6 bits: \(ub) & 3f = \(HexFormat.hex(UInt64(u & 0x3F), 2)); \(result)"))
    }
  }
}
