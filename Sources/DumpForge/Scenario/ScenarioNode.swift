import Foundation
import Yams

/// A YAML node plus where it came from (file, line, field path), so that every scenario error
/// can say exactly what was wrong and where: `tiny.yaml:12:7: threads[0].stack.size: …`.
struct ScenarioNode {
  let node: Node
  let file: String
  let path: String

  var location: String {
    var text = file
    if let mark = node.mark { text += ":\(mark.line):\(mark.column)" }
    return path.isEmpty ? text : "\(text): \(path)"
  }

  func error(_ message: String) -> ForgeError { .scenario(location: location, message: message) }

  // MARK: Mappings

  /// Keys in document order (never dictionary order, so errors and output stay deterministic).
  var keys: [String] {
    guard case .mapping(let mapping) = node else { return [] }
    return mapping.compactMap { $0.key.string }
  }

  func expectMapping() throws {
    guard case .mapping = node else { throw error("expected a mapping of fields (key: value)") }
  }

  /// Fails when the mapping has a key outside `allowed` (catches typos like `comitted`).
  func rejectUnknownKeys(_ allowed: [String]) throws {
    try expectMapping()
    for key in keys where !allowed.contains(key) {
      throw error("unknown field '\(key)' (expected one of: \(allowed.joined(separator: ", ")))")
    }
  }

  func child(_ key: String) -> ScenarioNode? {
    guard case .mapping(let mapping) = node else { return nil }
    for (childKey, value) in mapping where childKey.string == key {
      if case .scalar(let scalar) = value, scalar.string == "~" || (scalar.string == "null" && scalar.style == .plain) {
        return nil
      }
      return ScenarioNode(node: value, file: file, path: path.isEmpty ? key : "\(path).\(key)")
    }
    return nil
  }

  func required(_ key: String) throws -> ScenarioNode {
    guard let value = child(key) else { throw error("missing required field '\(key)'") }
    return value
  }

  // MARK: Sequences

  func elements() throws -> [ScenarioNode] {
    guard case .sequence(let sequence) = node else { throw error("expected a list") }
    return sequence.enumerated().map { index, element in
      ScenarioNode(node: element, file: file, path: "\(path)[\(index)]")
    }
  }

  // MARK: Scalars

  func string() throws -> String {
    guard case .scalar(let scalar) = node else { throw error("expected a text value") }
    return scalar.string
  }

  func integer() throws -> UInt64 {
    let text = try string()
    guard let value = parseUnsignedInteger(text) else {
      throw error("expected a number (decimal or 0x-hex), got \"\(text)\"")
    }
    return value
  }

  func integer32() throws -> UInt32 {
    let value = try integer()
    guard value <= UInt64(UInt32.max) else { throw error("\(hex(value)) does not fit in 32 bits") }
    return UInt32(truncatingIfNeeded: value)
  }

  /// A size: 4096, "0x1000", "64K", "2M", "1G" (binary units).
  func size() throws -> UInt64 {
    let text = try string()
    guard let value = parseSize(text) else {
      throw error("expected a size like 4096, \"0x1000\", \"64K\", \"2M\" or \"1G\", got \"\(text)\"")
    }
    return value
  }

  func bool() throws -> Bool {
    switch try string().lowercased() {
    case "true", "yes", "on": return true
    case "false", "no", "off": return false
    case let other: throw error("expected true or false, got \"\(other)\"")
    }
  }

  /// A number or a symbolic address `module!Export+0x10`.
  func value() throws -> ValueExpression {
    let text = try string()
    if let number = parseUnsignedInteger(text) { return .number(number) }
    if let symbol = SymbolReference(parsing: text) { return .symbol(symbol) }
    throw error("expected a number or a symbol like kernel32!HeapAlloc+0x14, got \"\(text)\"")
  }

  /// An ISO-8601 UTC time, returned as Unix seconds.
  func utcTime() throws -> Int64 {
    let text = try string()
    guard let seconds = WindowsTime.parseISO8601UTC(text) else {
      throw error("expected an ISO-8601 UTC time like 2024-05-01T12:00:00Z, got \"\(text)\"")
    }
    return seconds
  }
}

/// Parses 4096, 0x1000, 64K, 2M, 1G, 1T (case-insensitive, optional trailing B).
func parseSize(_ text: String) -> UInt64? {
  var cleaned = text.trimmingCharacters(in: .whitespaces).uppercased()
  if cleaned.hasPrefix("0X") { return parseUnsignedInteger(cleaned) }
  if cleaned.hasSuffix("B") && cleaned.count > 1 { cleaned.removeLast() }
  let units: [(Character, UInt64)] = [("K", 1 << 10), ("M", 1 << 20), ("G", 1 << 30), ("T", 1 << 40)]
  if let last = cleaned.last, let unit = units.first(where: { $0.0 == last }) {
    guard let number = UInt64(cleaned.dropLast()) else { return nil }
    let (product, overflow) = number.multipliedReportingOverflow(by: unit.1)
    return overflow ? nil : product
  }
  return parseUnsignedInteger(cleaned)
}
