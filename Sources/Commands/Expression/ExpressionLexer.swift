/// Operators of the MASM expression syntax (symbolic and keyword forms).
enum ExpressionOperator: Equatable, Sendable {
  // Binary (some also unary).
  case plus, minus, multiply, divide, modulo
  case shiftLeft, shiftRight, shiftRightArithmetic
  case equal, notEqual, less, greater, lessEqual, greaterEqual
  case and, xor, or
  // Unary only.
  case bitNot, logicalNot
  case hi, low, by, wo, dwo, qwo, poi

  /// Binding strength of a binary operator (higher binds tighter); nil for unary-only operators.
  /// Order from the WinDbg "MASM Numbers and Operators" binary-operator table.
  var binaryPrecedence: Int? {
    switch self {
    case .multiply, .divide, .modulo: return 7
    case .plus, .minus: return 6
    case .shiftLeft, .shiftRight, .shiftRightArithmetic: return 5
    case .equal, .notEqual, .less, .greater, .lessEqual, .greaterEqual: return 4
    case .and: return 3
    case .xor: return 2
    case .or: return 1
    default: return nil
    }
  }

  static let keywords: [String: ExpressionOperator] = [
    "mod": .modulo, "and": .and, "xor": .xor, "or": .or, "not": .logicalNot,
    "hi": .hi, "low": .low, "by": .by, "wo": .wo, "dwo": .dwo, "qwo": .qwo, "poi": .poi,
  ]
}

/// One lexical token with its byte range in the input.
struct ExpressionToken: Equatable, Sendable {
  enum Kind: Equatable, Sendable {
    /// A bare word: number, register, module, `module!symbol`; raw text (backticks kept).
    case word(String)
    /// `@name`: lower-cased name without the '@' (`@$t0` → "$t0").
    case register(String)
    /// `$name`: lower-cased, with the '$'.
    case pseudoRegister(String)
    /// `.`: the current instruction pointer.
    case dot
    case op(ExpressionOperator)
    case openParen, closeParen, openBracket, closeBracket
    case end
    /// A character that starts no token.
    case invalid
  }
  var kind: Kind
  var start: Int
  var end: Int
}

/// Splits MASM expression text into tokens on demand; the parser drives the position.
struct ExpressionLexer {
  let bytes: [UInt8]
  var position = 0

  init(_ text: Substring) { bytes = Array(text.utf8) }

  static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }
  static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
  static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
  static func isAlnum(_ c: UInt8) -> Bool { isDigit(c) || isLetter(c) }

  func byte(at index: Int) -> UInt8? { index < bytes.count ? bytes[index] : nil }

  /// Skips blanks; returns whether any were skipped.
  @discardableResult
  mutating func skipSpaces() -> Bool {
    let start = position
    while let c = byte(at: position), Self.isSpace(c) { position += 1 }
    return position != start
  }

  /// Looks at the next token (after blanks) without consuming it.
  func peek() -> ExpressionToken {
    var copy = self
    return copy.next()
  }

  /// Consumes and returns the next token (after blanks).
  mutating func next() -> ExpressionToken {
    skipSpaces()
    let start = position
    guard let c = byte(at: position) else { return ExpressionToken(kind: .end, start: start, end: start) }
    func single(_ kind: ExpressionToken.Kind, length: Int = 1) -> ExpressionToken {
      position += length
      return ExpressionToken(kind: kind, start: start, end: position)
    }
    let n1 = byte(at: position + 1)
    let n2 = byte(at: position + 2)
    switch c {
    case UInt8(ascii: "("): return single(.openParen)
    case UInt8(ascii: ")"): return single(.closeParen)
    case UInt8(ascii: "["): return single(.openBracket)
    case UInt8(ascii: "]"): return single(.closeBracket)
    case UInt8(ascii: "+"): return single(.op(.plus))
    case UInt8(ascii: "-"): return single(.op(.minus))
    case UInt8(ascii: "*"): return single(.op(.multiply))
    case UInt8(ascii: "/"): return single(.op(.divide))
    case UInt8(ascii: "%"): return single(.op(.modulo))
    case UInt8(ascii: "&"): return single(.op(.and))
    case UInt8(ascii: "^"): return single(.op(.xor))
    case UInt8(ascii: "|"): return single(.op(.or))
    case UInt8(ascii: "~"): return single(.op(.bitNot))
    case UInt8(ascii: "="):
      return n1 == UInt8(ascii: "=") ? single(.op(.equal), length: 2) : single(.op(.equal))
    case UInt8(ascii: "!"):
      return n1 == UInt8(ascii: "=") ? single(.op(.notEqual), length: 2) : single(.op(.logicalNot))
    case UInt8(ascii: "<"):
      if n1 == UInt8(ascii: "<") { return single(.op(.shiftLeft), length: 2) }
      if n1 == UInt8(ascii: "=") { return single(.op(.lessEqual), length: 2) }
      return single(.op(.less))
    case UInt8(ascii: ">"):
      if n1 == UInt8(ascii: ">") {
        return n2 == UInt8(ascii: ">")
          ? single(.op(.shiftRightArithmetic), length: 3) : single(.op(.shiftRight), length: 2)
      }
      if n1 == UInt8(ascii: "=") { return single(.op(.greaterEqual), length: 2) }
      return single(.op(.greater))
    case UInt8(ascii: "@"):
      position += 1
      let nameStart = position
      while let d = byte(at: position), Self.isAlnum(d) || d == UInt8(ascii: "_") || d == UInt8(ascii: "$") {
        position += 1
      }
      if position == nameStart { return ExpressionToken(kind: .invalid, start: start, end: position) }
      return ExpressionToken(kind: .register(text(nameStart, position).lowercased()), start: start, end: position)
    case UInt8(ascii: "$"):
      position += 1
      while let d = byte(at: position), Self.isAlnum(d) || d == UInt8(ascii: "_") { position += 1 }
      if position == start + 1 { return ExpressionToken(kind: .invalid, start: start, end: position) }
      return ExpressionToken(kind: .pseudoRegister(text(start, position).lowercased()), start: start, end: position)
    case UInt8(ascii: "."):
      if let d = n1, Self.isAlnum(d) || d == UInt8(ascii: "_") {
        return single(.invalid)
      }
      return single(.dot)
    default:
      if Self.isAlnum(c) || c == UInt8(ascii: "_") {
        return lexWord(start)
      }
      return single(.invalid)
    }
  }

  /// A word: alphanumerics, '_' and '`'; a '!' followed by a name character makes it `module!symbol`,
  /// after which C++ decoration characters (`@ ? $ :: ' \``) are also allowed.
  private mutating func lexWord(_ start: Int) -> ExpressionToken {
    var sawBang = false
    while let c = byte(at: position) {
      if Self.isAlnum(c) || c == UInt8(ascii: "_") || c == UInt8(ascii: "`") {
        position += 1
      } else if c == UInt8(ascii: "!") && !sawBang {
        // "1!=2" is a comparison, "ntdll!Foo" is a symbol.
        guard let d = byte(at: position + 1),
          Self.isAlnum(d) || d == UInt8(ascii: "_") || d == UInt8(ascii: "?") || d == UInt8(ascii: "$")
            || d == UInt8(ascii: "@")
        else { break }
        sawBang = true
        position += 1
      } else if sawBang
        && (c == UInt8(ascii: "@") || c == UInt8(ascii: "?") || c == UInt8(ascii: "$") || c == UInt8(ascii: "'"))
      {
        position += 1
      } else if c == UInt8(ascii: ":") && byte(at: position + 1) == UInt8(ascii: ":")
        && byte(at: position + 2).map({ Self.isAlnum($0) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "~") })
          == true
      {
        position += 2
        if byte(at: position) == UInt8(ascii: "~") { position += 1 }  // destructors: Class::~Class
      } else {
        break
      }
    }
    let word = text(start, position)
    if !sawBang, let keyword = ExpressionOperator.keywords[word.lowercased()] {
      return ExpressionToken(kind: .op(keyword), start: start, end: position)
    }
    return ExpressionToken(kind: .word(word), start: start, end: position)
  }

  func text(_ from: Int, _ to: Int) -> String {
    String(decoding: bytes[from..<to], as: UTF8.self)
  }
}
