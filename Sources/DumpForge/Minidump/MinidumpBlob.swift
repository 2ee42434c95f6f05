/// The metadata part of a minidump (header, directory, stream bodies) as one growing buffer:
/// reserve space, append bodies, patch references once their targets are known — the approach
/// of LLVM's yaml2obj minidump emitter. Raw process memory is not held here: it follows the
/// metadata in the file and is streamed page by page by `MinidumpFileWriter`.
struct MinidumpBlob {
  private(set) var buffer = ByteBuffer()

  var size: Int { buffer.count }

  /// Reserves `count` zero bytes at an `alignment` boundary; returns their offset (RVA).
  mutating func reserve(_ count: Int, alignment: Int = 4) -> Int {
    buffer.align(to: alignment)
    let offset = buffer.count
    buffer.appendZeros(count)
    return offset
  }

  /// Appends bytes and returns their location descriptor.
  @discardableResult
  mutating func append(_ bytes: [UInt8], alignment: Int = 4) -> LocationDescriptor {
    buffer.align(to: alignment)
    let offset = buffer.count
    buffer.appendBytes(bytes)
    return LocationDescriptor(size: UInt32(bytes.count), rva: UInt32(offset))
  }

  mutating func append(_ bytes: ByteBuffer, alignment: Int = 4) -> LocationDescriptor {
    append(bytes.bytes, alignment: alignment)
  }

  /// MINIDUMP_STRING: Length u32 (bytes, without terminator), UTF-16LE text, 2-byte NUL
  /// (nt-layouts.md §1.1). Returns its RVA.
  mutating func appendString(_ text: String) -> UInt32 {
    var string = ByteBuffer()
    let characters = text.utf16LittleEndianBytes(nulTerminated: true)
    string.appendU32(UInt32(characters.count - 2))
    string.appendBytes(characters)
    return append(string).rva
  }

  mutating func patch(_ edit: (inout ByteBuffer) -> Void) { edit(&buffer) }
}
