/// Every failure the forge reports. `description` is the one line `dumpforge` prints.
public enum ForgeError: Error, CustomStringConvertible, Equatable {
  /// A scenario problem: where (file:line:column and field path) and what was expected.
  case scenario(location: String, message: String)
  /// Two things in the process address space claim the same bytes.
  case overlap(first: String, second: String)
  /// Bytes were written to an address no committed region covers.
  case unmappedWrite(address: UInt64, size: Int, what: String)
  /// The output file could not be written.
  case io(path: String, message: String)
  /// An internal consistency check failed (a forge bug, not a scenario problem).
  case internalInconsistency(String)

  public var description: String {
    switch self {
    case .scenario(let location, let message):
      return location.isEmpty ? message : "\(location): \(message)"
    case .overlap(let first, let second):
      return "address ranges overlap: \(first) and \(second)"
    case .unmappedWrite(let address, let size, let what):
      return "cannot write \(size) bytes of \(what) at \(formatAddress(address)): no committed region covers it"
    case .io(let path, let message):
      return "\(path): \(message)"
    case .internalInconsistency(let message):
      return "internal error: \(message)"
    }
  }
}
