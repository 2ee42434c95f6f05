/// Everything that can go wrong reading a dump file, with enough context to name the place.
///
/// Each case carries the stream (when one is being read) and the file offset, so a damaged dump
/// gives one clear line such as
/// `ModuleListStream at file offset 0x2c4: 3 modules of 108 bytes need 328 bytes, stream has 200`.
public enum DumpError: Error, Equatable, Sendable, CustomStringConvertible {
  case cannotOpen(path: String, reason: String)
  case empty(path: String)
  /// The first four bytes are not `MDMP`.
  case notAMinidump(path: String, signature: UInt32)
  /// A structure of `needed` bytes at `offset` runs past the end of the file (size `fileSize`).
  case truncated(what: String, offset: UInt64, needed: UInt64, fileSize: UInt64)
  /// A stream's location descriptor points outside the file.
  case streamOutOfBounds(stream: StreamType, rva: UInt64, size: UInt64, fileSize: UInt64)
  /// A stream's bytes cannot hold what its own header says it holds.
  case badStreamSize(stream: StreamType, offset: UInt64, detail: String)
  /// A count read from the file is larger than a `DumpLimits` cap allows; `what` names the
  /// structure (a stream name or "stream directory"), `name` the cap (`threads`, `streams`, ...).
  case countTooLarge(what: String, offset: UInt64, count: UInt64, items: String, limit: UInt64, name: String)
  /// A field has a value the format does not allow.
  case badValue(stream: StreamType, offset: UInt64, detail: String)
  /// The dump has no stream of this type.
  case missingStream(StreamType)

  public var description: String {
    switch self {
    case .cannotOpen(let path, let reason):
      return "Could not open dump file \(path): \(reason)"
    case .empty(let path):
      return "Could not open dump file \(path): the file is empty"
    case .notAMinidump(let path, let signature):
      return "\(path) is not a minidump (signature 0x\(hex(UInt64(signature), 8)), expected MDMP)"
    case .truncated(let what, let offset, let needed, let fileSize):
      return "\(what) at file offset 0x\(hex(offset)) needs 0x\(hex(needed)) bytes but the file ends at 0x\(hex(fileSize)) (truncated dump)"
    case .streamOutOfBounds(let stream, let rva, let size, let fileSize):
      return "\(stream.name) at file offset 0x\(hex(rva)) with size 0x\(hex(size)) lies outside the file (size 0x\(hex(fileSize)))"
    case .badStreamSize(let stream, let offset, let detail):
      return "\(stream.name) at file offset 0x\(hex(offset)): \(detail)"
    case .countTooLarge(let what, let offset, let count, let items, let limit, let name):
      return "\(what) at file offset 0x\(hex(offset)): " + DumpLimits.message(count: count, what: items, limit: limit, name: name)
    case .badValue(let stream, let offset, let detail):
      return "\(stream.name) at file offset 0x\(hex(offset)): \(detail)"
    case .missingStream(let stream):
      return "The dump has no \(stream.name)"
    }
  }
}

/// Lower-case hex with at least `width` digits.
@inline(__always)
func hex(_ value: UInt64, _ width: Int = 1) -> String {
  let s = String(value, radix: 16)
  return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}
