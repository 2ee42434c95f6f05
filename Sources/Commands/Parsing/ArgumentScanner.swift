/// Reads a verb's arguments left to right, remembering columns so errors point at the right
/// character of the command (WinDbg's caret lines).
public struct ArgumentScanner {
  public let invocation: Invocation
  public private(set) var rest: Substring

  public init(_ invocation: Invocation) {
    self.invocation = invocation
    rest = invocation.arguments
  }

  /// Column of the next unread character inside the command text.
  public var column: Int {
    invocation.argumentsColumn + invocation.arguments.distance(from: invocation.arguments.startIndex, to: rest.startIndex)
  }

  public mutating func skipSpaces() { rest = rest.drop(while: { $0 == " " || $0 == "\t" }) }

  public var atEnd: Bool { rest.allSatisfy { $0 == " " || $0 == "\t" } }

  /// The remaining text, trimmed.
  public var remainder: String {
    var s = String(rest.drop(while: { $0 == " " || $0 == "\t" }))
    while let l = s.last, l == " " || l == "\t" { s.removeLast() }
    return s
  }

  /// Peeks at the next non-space character.
  public mutating func peek() -> Character? {
    skipSpaces()
    return rest.first
  }

  /// Consumes `token` (case-insensitive) when the next word starts with it.
  public mutating func consume(_ token: String) -> Bool {
    skipSpaces()
    guard rest.lowercased().hasPrefix(token.lowercased()) else { return false }
    rest = rest.dropFirst(token.count)
    return true
  }

  /// The next whitespace-delimited word, or nil at the end.
  public mutating func word() -> String? {
    skipSpaces()
    guard !rest.isEmpty else { return nil }
    let w = rest.prefix(while: { $0 != " " && $0 != "\t" })
    rest = rest.dropFirst(w.count)
    return String(w)
  }

  /// A caret error at the current column.
  public func error(_ message: String) -> CommandError {
    .caret(column: column, message: message)
  }

  /// WinDbg's `Syntax error in '<command>'` at the current column.
  public func syntaxError() -> CommandError {
    .caret(column: column, message: "Syntax error in '\(invocation.text)'")
  }

  /// One MASM expression.
  public mutating func expression(in env: ExpressionEnvironment) throws(CommandError) -> UInt64 {
    skipSpaces()
    let start = column
    do {
      let (value, after) = try ExpressionParser.evaluatePrefix(rest, in: env)
      rest = after
      return value
    } catch {
      throw .caret(column: start + error.offset, message: error.message)
    }
  }
}
