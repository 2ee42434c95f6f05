/// Reading `MINIDUMP_STRING` records and fixed UTF-16 arrays.
///
/// `MINIDUMP_STRING` (minidumpapiset.h; nt-layouts.md §1.1): u32 `Length` in **bytes** (not
/// counting the terminator) followed by that many bytes of UTF-16LE; dbghelp appends a 2-byte NUL
/// that Length does not count. Strings are found by RVA (u32) or RVA64 (thread names).
enum MinidumpString {
  /// The longest string accepted, in bytes. Paths and names are far shorter; a larger Length is
  /// a damaged or hostile file.
  static let maxBytes: UInt32 = 64 * 1024

  /// The string at file offset `rva`. Throws when the length field or the characters lie outside
  /// the file, when Length is odd, or when it exceeds `maxBytes`. `what` names the string in errors.
  static func read(_ file: MappedFile, at rva: UInt64, stream: StreamType, what: String)
    throws(DumpError) -> String
  {
    guard let length = file.load(UInt32.self, at: rva) else {
      throw .truncated(what: "\(stream.name): \(what) (MINIDUMP_STRING)", offset: rva, needed: 4, fileSize: file.size)
    }
    guard length % 2 == 0 else {
      throw .badValue(stream: stream, offset: rva, detail: "\(what): MINIDUMP_STRING length \(length) is odd")
    }
    guard length <= maxBytes else {
      throw .badValue(
        stream: stream, offset: rva,
        detail: "\(what): MINIDUMP_STRING length \(length) exceeds the limit of \(maxBytes) bytes")
    }
    let (chars, o) = rva.addingReportingOverflow(4)
    guard !o, let raw = file.bytes(at: chars, count: UInt64(length)) else {
      throw .truncated(
        what: "\(stream.name): \(what) (MINIDUMP_STRING of \(length) bytes)", offset: rva,
        needed: UInt64(length) &+ 4, fileSize: file.size)
    }
    return decodeUTF16LE(raw, stopAtNul: true)
  }

  /// The string at `rva`, or `fallback` when it cannot be read (a damaged sub-item degrades, it
  /// does not fail its stream).
  static func readOr(_ fallback: String, _ file: MappedFile, at rva: UInt64, stream: StreamType, what: String)
    -> String
  {
    do { return try read(file, at: rva, stream: stream, what: what) } catch { return fallback }
  }

  /// UTF-16LE code units decoded to a String (ill-formed sequences repaired with U+FFFD). With
  /// `stopAtNul` the text ends at the first NUL unit. An odd trailing byte is ignored.
  static func decodeUTF16LE(_ raw: UnsafeRawBufferPointer, stopAtNul: Bool) -> String {
    var units: [UInt16] = []
    units.reserveCapacity(raw.count / 2)
    for at in stride(from: 0, to: raw.count &- 1, by: 2) {
      let u = UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt16.self))
      if stopAtNul && u == 0 { break }
      units.append(u)
    }
    return String(decoding: units, as: UTF16.self)
  }

  /// A fixed `WCHAR[count]` array at relative `offset` of `r`, NUL-terminated inside the array
  /// (TIME_ZONE_INFORMATION names, MISC_INFO_4 BuildString/DbgBldStr).
  static func fixedArray(_ r: StreamReader, at offset: UInt64, chars: UInt64, what: String)
    throws(DumpError) -> String
  {
    let raw = try r.bytes(at: offset, count: chars &* 2, what)
    return decodeUTF16LE(raw, stopAtNul: true)
  }

  /// 8-bit text: up to the first NUL, UTF-8 when valid, otherwise Latin-1 (each byte one
  /// character), so ANSI comments and PDB names never fail to decode.
  static func decode8Bit(_ raw: UnsafeRawBufferPointer) -> String {
    var bytes = Array(raw)
    if let nul = bytes.firstIndex(of: 0) { bytes.removeSubrange(nul...) }
    if let s = String(validating: bytes, as: UTF8.self) { return s }
    return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
  }
}
