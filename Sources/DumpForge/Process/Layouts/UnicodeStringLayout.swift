/// x64 `UNICODE_STRING`: Length u16 @0 (bytes, no terminator), MaximumLength u16 @2, Buffer u64 @8.
/// Source: nt-layouts.md §2.3 and ntdiff/headers Win7_SP1/x64 _PEB.h.
enum UnicodeStringLayout {
  static let size = 0x10

  /// `x86`: the 8-byte x86 UNICODE_STRING, Buffer u32 at +4 (nt-layouts.md §2.3).
  static func set(in buffer: inout ByteBuffer, at offset: Int, byteLength: Int, bufferAddress: UInt64, x86: Bool = false) {
    buffer.setU16(UInt16(byteLength), at: offset)
    buffer.setU16(UInt16(byteLength + 2), at: offset + 2)  // the buffer holds a NUL terminator too
    if x86 {
      buffer.setU32(UInt32(truncatingIfNeeded: bufferAddress), at: offset + 4)
    } else {
      buffer.setU64(bufferAddress, at: offset + 8)
    }
  }
}

/// Appends NUL-terminated UTF-16 strings to a block and hands back their addresses.
struct StringArea {
  let blockAddress: UInt64
  var buffer: ByteBuffer
  /// Write x86 UNICODE_STRINGs.
  var x86 = false

  /// Appends `text` (8-byte aligned) and returns (address, byte length without terminator).
  mutating func add(_ text: String) -> (address: UInt64, byteLength: Int) {
    buffer.align(to: 8)
    let address = blockAddress + UInt64(buffer.count)
    let bytes = text.utf16LittleEndianBytes(nulTerminated: true)
    buffer.appendBytes(bytes)
    return (address, bytes.count - 2)
  }

  /// Appends a string and points the UNICODE_STRING at `fieldOffset` of `buffer` to it.
  mutating func addUnicodeString(_ text: String, field fieldOffset: Int) {
    let (address, length) = add(text)
    UnicodeStringLayout.set(in: &buffer, at: fieldOffset, byteLength: length, bufferAddress: address, x86: x86)
  }
}
