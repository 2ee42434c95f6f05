/// WinDbg's MASM expression evaluator.
///
/// Grammar (binary operators loosest first, per the "MASM Numbers and Operators" table;
/// equal precedence associates left to right):
///
///     expression := or
///     or         := xor  { ("or" | "|") xor }
///     xor        := and  { ("xor" | "^") and }
///     and        := cmp  { ("and" | "&") cmp }
///     cmp        := shift { ("=" | "==" | "!=" | "<" | ">" | "<=" | ">=") shift }   // 1 or 0, unsigned
///     shift      := add  { ("<<" | ">>" | ">>>") add }                               // >> logical, >>> arithmetic
///     add        := mul  { ("+" | "-") mul }
///     mul        := unary { ("*" | "/" | "%" | "mod") unary }                          // unsigned
///     unary      := ("+" | "-" | "~" | "!" | "not" | "hi" | "low" | "by" | "wo" | "dwo" | "qwo" | "poi") unary
///                 | primary
///     primary    := number | word | "@"register | "$"pseudo | "." | "(" expression ")" | "[" expression "]"
///
/// All arithmetic is on `UInt64` and wraps. Numbers default to radix 16.
public struct ExpressionParser {
  /// Evaluates the whole of `text`; anything left over after the expression is a syntax error.
  public static func evaluate(_ text: String, in env: ExpressionEnvironment) throws(ExpressionError) -> UInt64 {
    let input = Substring(text)
    var parser = MASMEvaluator(input, env: env)
    let value = try parser.parseExpression()
    parser.lexer.skipSpaces()
    if parser.lexer.position < parser.lexer.bytes.count {
      throw parser.error(.syntax, at: parser.lexer.position)
    }
    return value
  }

  /// Evaluates one expression at the start of `text` (leading blanks skipped) and returns what follows it,
  /// with leading blanks removed. After an operand, blanks followed by a binary operator continue the
  /// expression; anything else ends it, so `rsp+8 L10` gives `rsp+8` and rest `L10`.
  public static func evaluatePrefix(
    _ text: Substring, in env: ExpressionEnvironment
  ) throws(ExpressionError) -> (value: UInt64, rest: Substring) {
    var parser = MASMEvaluator(text, env: env)
    let value = try parser.parseExpression()
    parser.lexer.skipSpaces()
    let index = text.utf8.index(text.utf8.startIndex, offsetBy: parser.lexer.position)
    return (value, text[index...])
  }

  /// Parses a MASM number: optional `0x`/`0n`/`0t`/`0y` prefix (a bare prefix is 0), or an `h` suffix for hex,
  /// default radix 16, backticks ignored. Returns nil when `word` is not a number; throws nothing, so the
  /// caller picks the error. `overflow` is set when the digits are valid but exceed 64 bits.
  static func parseNumber(_ word: String, overflow: inout Bool) -> UInt64? {
    var digits = Array(word.utf8.lazy.filter { $0 != UInt8(ascii: "`") }.map { $0 | 0x20 })
    overflow = false
    guard !digits.isEmpty else { return nil }
    var radix: UInt64 = 16
    if digits.count >= 2 && digits[0] == UInt8(ascii: "0") {
      switch digits[1] {
      case UInt8(ascii: "x"): radix = 16
      case UInt8(ascii: "n"): radix = 10
      case UInt8(ascii: "t"): radix = 8
      case UInt8(ascii: "y"): radix = 2
      default: radix = 0
      }
      if radix != 0 {
        digits.removeFirst(2)
        if digits.isEmpty { return 0 }
      } else {
        radix = 16
      }
    }
    if radix == 16 && digits.count >= 2 && digits.last == UInt8(ascii: "h") {
      digits.removeLast()
    }
    var value: UInt64 = 0
    for c in digits {
      let digit: UInt64
      switch c {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt64(c - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt64(c - UInt8(ascii: "a") + 10)
      default: return nil
      }
      guard digit < radix else { return nil }
      let (shifted, o1) = value.multipliedReportingOverflow(by: radix)
      let (sum, o2) = shifted.addingReportingOverflow(digit)
      if o1 || o2 { overflow = true }
      value = sum
    }
    return overflow ? nil : value
  }

  /// Register names that may be written without '@'. Other names need '@' (or '$' for pseudo-registers).
  static let bareRegisterNames: Set<String> = {
    var names: Set<String> = [
      "rax", "rbx", "rcx", "rdx", "rsi", "rdi", "rbp", "rsp", "rip",
      "eax", "ebx", "ecx", "edx", "esi", "edi", "ebp", "esp", "eip",
      "ax", "bx", "cx", "dx", "si", "di", "bp", "sp", "ip",
      "al", "bl", "cl", "dl", "ah", "bh", "ch", "dh", "sil", "dil", "bpl", "spl",
      "efl", "cs", "ds", "es", "fs", "gs", "ss",
    ]
    for n in 8...15 {
      names.formUnion(["r\(n)", "r\(n)d", "r\(n)w", "r\(n)b"])
    }
    return names
  }()
}

/// The recursive-descent evaluator over one input.
struct MASMEvaluator {
  var lexer: ExpressionLexer
  let env: ExpressionEnvironment
  let input: String
  /// Start of the most recently consumed token: where WinDbg points memory-access and divide errors
  /// (`poi(1)` → `Memory access error at ')'`).
  var lastTokenStart = 0

  init(_ text: Substring, env: ExpressionEnvironment) {
    lexer = ExpressionLexer(text)
    self.env = env
    input = String(text)
  }

  func error(_ kind: ExpressionError.Kind, at offset: Int) -> ExpressionError {
    ExpressionError(kind, offset: offset, input: input)
  }

  mutating func consume() -> ExpressionToken {
    let token = lexer.next()
    lastTokenStart = token.start
    return token
  }

  mutating func parseExpression() throws(ExpressionError) -> UInt64 {
    try parseBinary(minimumPrecedence: 1)
  }

  /// Precedence climbing over the binary operators.
  mutating func parseBinary(minimumPrecedence: Int) throws(ExpressionError) -> UInt64 {
    var lhs = try parseUnary()
    while true {
      let token = lexer.peek()
      guard case .op(let op) = token.kind, let precedence = op.binaryPrecedence, precedence >= minimumPrecedence
      else { return lhs }
      _ = consume()
      let rhs = try parseBinary(minimumPrecedence: precedence + 1)
      lhs = try apply(op, lhs, rhs)
    }
  }

  func apply(_ op: ExpressionOperator, _ a: UInt64, _ b: UInt64) throws(ExpressionError) -> UInt64 {
    switch op {
    case .plus: return a &+ b
    case .minus: return a &- b
    case .multiply: return a &* b
    case .divide:
      guard b != 0 else { throw error(.divideByZero, at: lastTokenStart) }
      return a / b
    case .modulo:
      guard b != 0 else { throw error(.divideByZero, at: lastTokenStart) }
      return a % b
    case .shiftLeft: return b >= 64 ? 0 : a << b
    case .shiftRight: return b >= 64 ? 0 : a >> b
    case .shiftRightArithmetic:
      let signed = Int64(bitPattern: a)
      return UInt64(bitPattern: b >= 64 ? (signed < 0 ? -1 : 0) : signed >> b)
    case .equal: return a == b ? 1 : 0
    case .notEqual: return a != b ? 1 : 0
    case .less: return a < b ? 1 : 0
    case .greater: return a > b ? 1 : 0
    case .lessEqual: return a <= b ? 1 : 0
    case .greaterEqual: return a >= b ? 1 : 0
    case .and: return a & b
    case .xor: return a ^ b
    case .or: return a | b
    default: throw error(.syntax, at: lastTokenStart)
    }
  }

  mutating func parseUnary() throws(ExpressionError) -> UInt64 {
    let token = lexer.peek()
    guard case .op(let op) = token.kind else { return try parsePrimary() }
    let size: Int
    switch op {
    case .plus, .minus, .bitNot, .logicalNot, .hi, .low:
      _ = consume()
      let value = try parseUnary()
      switch op {
      case .minus: return 0 &- value
      case .bitNot: return ~value
      case .logicalNot: return value == 0 ? 1 : 0
      case .hi: return (value >> 16) & 0xFFFF
      case .low: return value & 0xFFFF
      default: return value
      }
    case .by: size = 1
    case .wo: size = 2
    case .dwo: size = 4
    case .qwo: size = 8
    case .poi: size = env.pointerSize
    default:
      throw error(.syntax, at: token.start)
    }
    _ = consume()
    let address = try parseUnary()
    guard let value = env.readMemory(address, size: size) else {
      throw error(.memoryAccess(address), at: lastTokenStart)
    }
    return value
  }

  mutating func parsePrimary() throws(ExpressionError) -> UInt64 {
    let token = consume()
    switch token.kind {
    case .word(let word):
      return try resolveWord(word, at: token.start)
    case .register(let name), .pseudoRegister(let name):
      guard let value = env.register(name) else { throw error(.badRegister, at: token.start) }
      return value
    case .dot:
      guard let value = env.register("$ip") else { throw error(.badRegister, at: token.start) }
      return value
    case .openParen, .openBracket:
      let value = try parseExpression()
      let close = lexer.peek()
      let expected: ExpressionToken.Kind = token.kind == .openParen ? .closeParen : .closeBracket
      guard close.kind == expected else { throw error(.syntax, at: close.start) }
      _ = consume()
      return value
    default:
      throw error(.syntax, at: token.start)
    }
  }

  /// Bare words: `module!symbol` is always a symbol; a word starting with a digit is a number;
  /// otherwise a bare register name, then a symbol (module name), then a hex number.
  func resolveWord(_ word: String, at offset: Int) throws(ExpressionError) -> UInt64 {
    if word.utf8.contains(UInt8(ascii: "!")) {
      guard let value = env.symbol(word) else { throw error(.couldNotResolve, at: offset) }
      return value
    }
    var overflow = false
    let first = word.utf8.first ?? 0
    if ExpressionLexer.isDigit(first) {
      if let value = ExpressionParser.parseNumber(word, overflow: &overflow) { return value }
      if let value = env.symbol(word) { return value }
      throw error(.syntax, at: offset)
    }
    let lower = word.lowercased()
    if ExpressionParser.bareRegisterNames.contains(lower), let value = env.register(lower) { return value }
    if let value = env.symbol(word) { return value }
    if let value = ExpressionParser.parseNumber(word, overflow: &overflow) { return value }
    throw error(overflow ? .syntax : .couldNotResolve, at: offset)
  }
}
