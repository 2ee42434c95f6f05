/// An expression evaluation failure, carrying what WinDbg needs to print its one-line message.
///
/// WinDbg reports every expression error as `<Kind> error at '<input from the error position>'`,
/// e.g. `Syntax error at ')'` or `Couldn't resolve error at 'foo+1'`.
public struct ExpressionError: Error, Equatable, Sendable {
  public enum Kind: Equatable, Sendable {
    /// Malformed input: missing operand, unbalanced parenthesis, bad number, stray characters.
    case syntax
    /// A bare word or `module!name` that is neither a register, a symbol nor a number.
    case couldNotResolve
    /// `poi`/`by`/`wo`/`dwo`/`qwo` of an address that cannot be read.
    case memoryAccess(UInt64)
    /// `/`, `%` or `mod` by zero.
    case divideByZero
    /// `@name` or `$name` that the environment does not know.
    case badRegister
  }

  public var kind: Kind
  /// Offset of the error in `input` (UTF-8 code units; equal to the character offset for ASCII input).
  public var offset: Int
  /// The text that was being evaluated (for `evaluatePrefix`, the substring passed in).
  public var input: String

  public init(_ kind: Kind, offset: Int, input: String) {
    self.kind = kind
    self.offset = offset
    self.input = input
  }

  /// The input from the error position to its end, as WinDbg quotes it.
  public var remainder: String {
    let utf8 = Array(input.utf8)
    let start = min(max(offset, 0), utf8.count)
    return String(decoding: utf8[start...], as: UTF8.self)
  }

  /// WinDbg's one-line message, e.g. `Syntax error at '+'`.
  public var message: String {
    let what: String
    switch kind {
    case .syntax: what = "Syntax"
    case .couldNotResolve: what = "Couldn't resolve"
    case .memoryAccess: what = "Memory access"
    case .divideByZero: what = "Divide by zero"
    case .badRegister: what = "Bad register"
    }
    return "\(what) error at '\(remainder)'"
  }
}
