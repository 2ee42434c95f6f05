/// A growable little-endian byte buffer used to lay out every structure the forge writes.
///
/// All Windows structures the forge emits are little-endian (x86/x64). Writers either append
/// (`append…`) or patch a value at an already reserved offset (`set…`), which is how forward
/// references such as RVAs and list links are filled in once their targets are known.
public struct ByteBuffer: Sendable, Equatable {
  public private(set) var bytes: [UInt8]

  public init(count: Int = 0) { bytes = [UInt8](repeating: 0, count: count) }
  public init(bytes: [UInt8]) { self.bytes = bytes }

  public var count: Int { bytes.count }

  // MARK: Appending

  public mutating func appendU8(_ value: UInt8) { bytes.append(value) }
  public mutating func appendU16(_ value: UInt16) { appendLittleEndian(UInt64(value), width: 2) }
  public mutating func appendU32(_ value: UInt32) { appendLittleEndian(UInt64(value), width: 4) }
  public mutating func appendU64(_ value: UInt64) { appendLittleEndian(value, width: 8) }
  public mutating func appendBytes(_ data: [UInt8]) { bytes.append(contentsOf: data) }
  public mutating func appendZeros(_ count: Int) {
    if count > 0 { bytes.append(contentsOf: repeatElement(0, count: count)) }
  }
  /// Appends UTF-16LE code units (no terminator).
  public mutating func appendUTF16(_ text: String) {
    for unit in text.utf16 { appendU16(unit) }
  }
  /// Pads with zeros until `count` is a multiple of `alignment`.
  public mutating func align(to alignment: Int) {
    let remainder = bytes.count % alignment
    if remainder != 0 { appendZeros(alignment - remainder) }
  }

  // MARK: Patching at a known offset (the buffer grows if needed)

  public mutating func setU8(_ value: UInt8, at offset: Int) { setLittleEndian(UInt64(value), width: 1, at: offset) }
  public mutating func setU16(_ value: UInt16, at offset: Int) { setLittleEndian(UInt64(value), width: 2, at: offset) }
  public mutating func setU32(_ value: UInt32, at offset: Int) { setLittleEndian(UInt64(value), width: 4, at: offset) }
  public mutating func setU64(_ value: UInt64, at offset: Int) { setLittleEndian(value, width: 8, at: offset) }
  public mutating func setBytes(_ data: [UInt8], at offset: Int) {
    growIfNeeded(to: offset + data.count)
    bytes.replaceSubrange(offset..<(offset + data.count), with: data)
  }
  public mutating func setUTF16(_ text: String, at offset: Int) {
    var position = offset
    for unit in text.utf16 {
      setU16(unit, at: position)
      position += 2
    }
  }

  private mutating func appendLittleEndian(_ value: UInt64, width: Int) {
    for index in 0..<width { bytes.append(UInt8(truncatingIfNeeded: value >> (8 * UInt64(index)))) }
  }
  private mutating func setLittleEndian(_ value: UInt64, width: Int, at offset: Int) {
    growIfNeeded(to: offset + width)
    for index in 0..<width { bytes[offset + index] = UInt8(truncatingIfNeeded: value >> (8 * UInt64(index))) }
  }
  private mutating func growIfNeeded(to size: Int) {
    if size > bytes.count { appendZeros(size - bytes.count) }
  }
}

extension String {
  /// UTF-16LE bytes of the string, optionally followed by a 2-byte NUL.
  func utf16LittleEndianBytes(nulTerminated: Bool) -> [UInt8] {
    var buffer = ByteBuffer()
    buffer.appendUTF16(self)
    if nulTerminated { buffer.appendU16(0) }
    return buffer.bytes
  }
}

/// Rounds `value` up to a multiple of `alignment` (a power of two).
@inlinable func alignUp(_ value: UInt64, _ alignment: UInt64) -> UInt64 {
  (value + alignment - 1) & ~(alignment - 1)
}

/// Rounds `value` down to a multiple of `alignment` (a power of two).
@inlinable func alignDown(_ value: UInt64, _ alignment: UInt64) -> UInt64 {
  value & ~(alignment - 1)
}

/// Formats an address the way WinDbg prints 64-bit pointers: `00007ffa`12340000`.
public func formatAddress(_ value: UInt64) -> String {
  let hex = String(value, radix: 16)
  let padded = String(repeating: "0", count: max(0, 16 - hex.count)) + hex
  return String(padded.prefix(8)) + "`" + String(padded.suffix(8))
}

/// Formats a number as `0x…` hexadecimal.
public func hex(_ value: UInt64) -> String { "0x" + String(value, radix: 16) }
