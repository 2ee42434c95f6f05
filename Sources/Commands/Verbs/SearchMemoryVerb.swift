import DumpModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `s [-[1]]{b|w|d|q|a|u} Range Pattern`: search memory (Microsoft's "s (Search Memory)" page).
///
/// Each hit prints one display line at the hit, in the style of the matching `d*` verb with the
/// text column (`s -d @rsp L1000000 'H'` → `0000003f`ff07ec00  00000048 00000000 500c0163 00000000  H.......c..P....`);
/// the `[1]` flag prints only the addresses (for `.foreach`). Byte and string patterns match at any
/// alignment; word, dword and qword patterns at their natural alignment. Ranges over 256 MB need
/// `L?`. The search runs over the dump's memory ranges with `memchr`/`memcmp` on the mapped file, so it
/// copies nothing and runs at page-cache speed; matches that straddle two adjacent ranges are found
/// too. Bytes that are not in the dump are skipped.
enum SearchMemoryVerb {
  static let spec = VerbSpec(
    names: ["s"], summary: "search memory for bytes, words, dwords, qwords or strings",
    usage: "s [-[1]]{b|w|d|q|a|u} start {L count | L?count | end} pattern..."
  ) { invocation, session throws(CommandError) in
    var scanner = ArgumentScanner(invocation)
    var kind: Character = "b"
    var addressesOnly = false
    if scanner.consume("-") {
      if scanner.consume("[") {
        guard let flags = scanner.rest.firstIndex(of: "]") else { throw scanner.syntaxError() }
        addressesOnly = scanner.rest[..<flags].contains("1")
        _ = scanner.consume(String(scanner.rest[...flags]))
      }
      guard let k = scanner.rest.first, "bwdqau".contains(k) else { throw scanner.syntaxError() }
      kind = k
      _ = scanner.consume(String(k))
    }
    let start = try scanner.expression(in: session)
    let lengthColumn = scanner.column
    var length: UInt64
    let unit: UInt64 = kind == "w" ? 2 : kind == "d" ? 4 : kind == "q" ? 8 : kind == "u" ? 2 : 1
    if scanner.consume("l?") {
      length = try scanner.expression(in: session) &* unit
    } else if scanner.consume("l") {
      length = try scanner.expression(in: session) &* unit
      if length > DisplayMemoryVerb.rangeLimit {
        throw .caret(column: lengthColumn, message: "Range error in '\(invocation.text)'")
      }
    } else {
      let end = try scanner.expression(in: session)
      guard end >= start, end - start < DisplayMemoryVerb.rangeLimit else {
        throw .caret(column: lengthColumn, message: "Range error in '\(invocation.text)'")
      }
      length = end - start + 1
    }
    let pattern = try parsePattern(kind, &scanner, session)
    guard !pattern.isEmpty else { throw scanner.syntaxError() }
    let alignment = kind == "w" ? 2 : kind == "d" ? 4 : kind == "q" ? 8 : 1
    let (endAddress, o) = start.addingReportingOverflow(length)
    let end = o ? UInt64.max : endAddress
    try search(session, from: start, to: end, pattern: pattern, alignment: alignment) { hit throws(CommandError) in
      if addressesOnly {
        session.print(session.pointer(hit))
      } else {
        session.print(line(kind, hit, session))
      }
    }
  }

  /// The pattern bytes: expressions (`-b -w -d -q`, each value one element), `'c'` characters,
  /// or a `"string"` (`-a` ASCII, `-u` UTF-16LE).
  static func parsePattern(_ kind: Character, _ scanner: inout ArgumentScanner, _ session: Session)
    throws(CommandError) -> [UInt8]
  {
    scanner.skipSpaces()
    if kind == "a" || kind == "u" {
      let text = scanner.remainder
      guard text.count >= 2, text.first == "\"", text.last == "\"" else { throw scanner.syntaxError() }
      let body = text.dropFirst().dropLast()
      return kind == "a" ? Array(body.utf8) : body.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    }
    let size = kind == "w" ? 2 : kind == "d" ? 4 : kind == "q" ? 8 : 1
    var out: [UInt8] = []
    while !scanner.atEnd {
      var value: UInt64
      if scanner.peek() == "'" {
        guard let w = scanner.word(), w.count >= 3, w.hasSuffix("'") else { throw scanner.syntaxError() }
        value = 0
        for (i, b) in w.dropFirst().dropLast().utf8.prefix(size).enumerated() { value |= UInt64(b) << (8 * UInt64(i)) }
      } else {
        value = try scanner.expression(in: session)
      }
      for i in 0..<size { out.append(UInt8(truncatingIfNeeded: value >> (8 * UInt64(i)))) }
    }
    return out
  }

  /// Bytes searched between two checks for Ctrl-C.
  static let searchChunk = 4096
  /// Bytes searched between releases of the mapped pages behind the search.
  static let releaseStep = 32 << 20

  /// Calls `hit` for every match in `[from, to)`, range by range, in address order.
  static func search(
    _ session: Session, from: UInt64, to: UInt64, pattern: [UInt8], alignment: Int,
    hit: (UInt64) throws(CommandError) -> Void
  ) throws(CommandError) {
    let space = session.dump.addressSpace
    var previousEnd: UInt64?
    for r in space.ranges where r.end > from && r.address < to {
      try session.checkCancel()
      // A match straddling the junction with the previous, adjacent range.
      if let pe = previousEnd, pe == r.address, pattern.count > 1 {
        let lo = r.address &- UInt64(pattern.count - 1)
        let window = space.readPrefix(at: lo, count: 2 * (pattern.count - 1))
        if window.count == 2 * (pattern.count - 1) {
          for i in 0..<(pattern.count - 1) where window[i..<(i + pattern.count)].elementsEqual(pattern) {
            let a = lo &+ UInt64(i)
            if a >= from, a < to, a % UInt64(alignment) == 0 { try hit(a) }
          }
        }
      }
      previousEnd = r.end
      let lo = max(from, r.address)
      let hi = min(to, r.end)
      guard hi > lo, let bytes = space.contiguous(at: lo, count: Int(hi - lo)), let base = bytes.baseAddress else {
        continue
      }
      // 4 KB chunks (matches that start in the chunk), so Ctrl-C is seen within one chunk's work
      // however large the range.
      var chunk = 0
      // Searched pages leave the mapping every 32 MB (they stay in the page cache), so resident
      // memory stays small however large one range is.
      var released = 0
      while chunk + pattern.count <= bytes.count {
        if chunk - released >= releaseStep {
          space.file.release(offset: r.fileOffset &+ (lo &- r.address) &+ UInt64(released), count: UInt64(chunk - released))
          released = chunk
        }
        try session.checkCancel()
        let end = min(bytes.count, chunk + searchChunk + pattern.count - 1)
        var offset = chunk
        while offset + pattern.count <= end, let at = find(pattern, in: base, count: end, from: offset) {
          let address = lo &+ UInt64(at)
          if address % UInt64(alignment) == 0 { try hit(address) }
          offset = at + 1
        }
        chunk += searchChunk
      }
      space.file.release(offset: r.fileOffset &+ (lo &- r.address) &+ UInt64(released), count: (hi &- lo) &- UInt64(released))
    }
  }

  /// Offset of the first occurrence of `pattern` in `base[from..<count]`: `memchr` for the first
  /// byte (vectorised in libc), then `memcmp` for the rest.
  static func find(_ pattern: [UInt8], in base: UnsafeRawPointer, count: Int, from: Int) -> Int? {
    guard let first = pattern.first else { return nil }
    var i = from
    let last = count - pattern.count
    while i <= last {
      guard let p = memchr(base + i, Int32(first), last - i + 1) else { return nil }
      let at = base.distance(to: UnsafeRawPointer(p))
      let same = pattern.withUnsafeBytes { p in p.baseAddress.map { memcmp(base + at, $0, pattern.count) == 0 } ?? false }
      if same { return at }
      i = at + 1
    }
    return nil
  }

  /// The display line WinDbg prints at a hit.
  static func line(_ kind: Character, _ address: UInt64, _ s: Session) -> String {
    let bytes = s.dump.addressSpace.readPrefix(at: address, count: 16)
    func le(_ at: Int, _ n: Int) -> UInt64? {
      guard at + n <= bytes.count else { return nil }
      var v: UInt64 = 0
      for i in 0..<n { v |= UInt64(bytes[at + i]) << (8 * UInt64(i)) }
      return v
    }
    let text = DisplayMemoryVerb.text(bytes, 16)
    switch kind {
    case "w", "u":
      let cells = (0..<8).map { le($0 * 2, 2).map { HexFormat.hex($0, 4) } ?? "????" }
      return s.pointer(address) + "  " + cells.joined(separator: " ") + "  " + text
    case "d":
      let cells = (0..<4).map { le($0 * 4, 4).map { HexFormat.hex($0, 8) } ?? "????????" }
      return s.pointer(address) + "  " + cells.joined(separator: " ") + "  " + text
    case "q":
      let cells = (0..<2).map { le($0 * 8, 8).map(HexFormat.quad) ?? "????????`????????" }
      return s.pointer(address) + "  " + cells.joined(separator: " ") + "  " + text
    default:
      let cells = (0..<16).map { le($0, 1).map { HexFormat.hex($0, 2) } ?? "??" }
      return s.pointer(address) + "  " + cells[0..<8].joined(separator: " ") + "-"
        + cells[8..<16].joined(separator: " ") + "  " + text
    }
  }
}
