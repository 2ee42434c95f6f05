/// One statement of a debugger command program (WinDbg "Using Debugger Command Programs").
///
/// Bodies stay text: WinDbg replaces aliases in a block each time the block is entered, and
/// `.foreach` substitutes its variable into the text, so a body is parsed when it runs.
enum ScriptStatement: Equatable {
  /// A plain command (`lm`, `r $t0 = 1`, `$$>a<file a b`).
  case command(String)
  /// `.block { body }`.
  case block(String)
  /// `.if (c) { } .elsif (c) { } ... .else { }`.
  case ifChain(branches: [IfBranch], elseBody: String?)
  /// `.for (initial; condition; increment[; increment...]) { body }`.
  case forLoop(initial: String, condition: String, increment: String, body: String)
  /// `.while (condition) { body }`.
  case whileLoop(condition: String, body: String)
  /// `.do { body } (condition)`.
  case doLoop(body: String, condition: String)
  /// `.foreach [/pS n] [/ps n] [/s|/f] (var source) { body }`.
  case foreach(ForeachSpec)
  case breakLoop
  case continueLoop
}

struct IfBranch: Equatable {
  var condition: String
  var body: String
}

/// What `.foreach` tokenizes: the output of commands, a string, or a file.
struct ForeachSpec: Equatable {
  enum Source: Equatable {
    case commands(String)
    case string(String)
    case file(String)
  }
  var initialSkip: String?
  var skip: String?
  var variable: String
  var source: Source
  var body: String
}

/// Splits command-program text into statements.
///
/// Plain commands end at `;` outside quotes and braces (or at a newline, which script files turn
/// into `;`). `$$` starts a comment to the next `;`; a command that starts with `*` is a comment to
/// the end of the line. `$<file` and `$><file` take the rest of the line as the file name (their
/// names may contain `;`). Control tokens (`.if`, `.for`, ...) are parsed by structure, with
/// blanks and `;` allowed between their parts, as in `$$><` scripts where every newline became `;`.
struct ProgramParser {
  let chars: [Character]
  var i = 0

  init(_ text: String) { chars = Array(text) }

  struct SyntaxError: Error {
    var column: Int
  }

  static func parse(_ text: String) throws(CommandError) -> [ScriptStatement] {
    var p = ProgramParser(text)
    var out: [ScriptStatement] = []
    do {
      while let s = try p.next() { out.append(s) }
    } catch {
      throw .caret(column: error.column, message: "Syntax error in '\(text)'")
    }
    return out
  }

  /// Like `parse`, with each statement's source text (for JSON records).
  static func parseWithSource(_ text: String) throws(CommandError) -> [(ScriptStatement, String)] {
    var p = ProgramParser(text)
    var out: [(ScriptStatement, String)] = []
    do {
      while true {
        p.skipSeparators()
        let start = p.i
        guard let s = try p.next() else { break }
        out.append((s, p.trimmed(String(p.chars[start..<p.i]))))
      }
    } catch {
      throw .caret(column: error.column, message: "Syntax error in '\(text)'")
    }
    return out
  }

  var atEnd: Bool { i >= chars.count }
  func peek(_ offset: Int = 0) -> Character? { i + offset < chars.count ? chars[i + offset] : nil }
  func starts(with s: String) -> Bool {
    let a = Array(s)
    guard i + a.count <= chars.count else { return false }
    return Array(chars[i..<(i + a.count)]) == a
  }

  mutating func skipBlanks() {
    while let c = peek(), c == " " || c == "\t" || c == "\r" { i += 1 }
  }

  /// Blanks, newlines and `;` (between the parts of a control statement and between statements).
  mutating func skipSeparators() {
    while let c = peek(), c == " " || c == "\t" || c == "\r" || c == "\n" || c == ";" { i += 1 }
  }

  mutating func next() throws(SyntaxError) -> ScriptStatement? {
    while true {
      skipSeparators()
      guard let c = peek() else { return nil }
      if c == "*" {
        while let d = peek(), d != "\n" { i += 1 }
        continue
      }
      if starts(with: "$$"), !(starts(with: "$$<") || starts(with: "$$>")) {
        while let d = peek(), d != ";", d != "\n" { i += 1 }
        continue
      }
      if starts(with: "$<") || starts(with: "$><") {
        let start = i
        while let d = peek(), d != "\n" { i += 1 }
        return .command(trimmed(String(chars[start..<i])))
      }
      if c == ".", let keyword = controlKeyword() {
        return try control(keyword)
      }
      return .command(plainCommand())
    }
  }

  /// The control token at `i` (without the dot, lower case), or nil for an ordinary dot-command.
  func controlKeyword() -> String? {
    var j = i + 1
    var word = ""
    while j < chars.count, chars[j].isLetter { word.append(chars[j]); j += 1 }
    let keywords: Set<String> = ["if", "elsif", "else", "for", "while", "do", "foreach", "block", "break", "continue"]
    let lower = word.lowercased()
    return keywords.contains(lower) ? lower : nil
  }

  mutating func control(_ keyword: String) throws(SyntaxError) -> ScriptStatement {
    let start = i
    i += 1 + keyword.count
    switch keyword {
    case "block":
      return .block(try braced())
    case "break":
      return .breakLoop
    case "continue":
      return .continueLoop
    case "if":
      var branches = [IfBranch(condition: try condition(), body: try braced())]
      var elseBody: String?
      while true {
        let save = i
        skipSeparators()
        guard peek() == ".", let k = controlKeyword(), k == "elsif" || k == "else" else { i = save; break }
        i += 1 + k.count
        if k == "else" {
          elseBody = try braced()
          break
        }
        branches.append(IfBranch(condition: try condition(), body: try braced()))
      }
      return .ifChain(branches: branches, elseBody: elseBody)
    case "for":
      skipSeparators()
      guard peek() == "(" else { throw SyntaxError(column: i) }
      let parts = ProgramParser.splitTopLevel(try balanced("(", ")"))
      guard parts.count >= 2 else { throw SyntaxError(column: i) }
      return .forLoop(
        initial: parts[0], condition: parts[1], increment: parts.dropFirst(2).joined(separator: ";"), body: try braced())
    case "while":
      return .whileLoop(condition: try condition(), body: try braced())
    case "do":
      let body = try braced()
      skipSeparators()
      guard peek() == "(" else { throw SyntaxError(column: i) }
      return .doLoop(body: body, condition: try balanced("(", ")"))
    case "foreach":
      return .foreach(try foreach())
    default:
      // `.elsif` / `.else` without a `.if` before them.
      throw SyntaxError(column: start)
    }
  }

  /// `(expr)` or, without parentheses, the text up to the `{` of the body.
  mutating func condition() throws(SyntaxError) -> String {
    skipSeparators()
    if peek() == "(" { return try balanced("(", ")") }
    let start = i
    while let c = peek(), c != "{" { i += 1 }
    let text = trimmed(String(chars[start..<i]))
    guard !text.isEmpty else { throw SyntaxError(column: i) }
    return text
  }

  /// `{ ... }` after optional separators; returns the text inside.
  mutating func braced() throws(SyntaxError) -> String {
    skipSeparators()
    guard peek() == "{" else { throw SyntaxError(column: i) }
    return try balanced("{", "}")
  }

  /// The text between `open` at `i` and its matching `close` (quotes respected); `i` moves past it.
  mutating func balanced(_ open: Character, _ close: Character) throws(SyntaxError) -> String {
    let start = i
    var depth = 0
    var inQuote = false
    while let c = peek() {
      i += 1
      if inQuote {
        if c == "\\", peek() != nil { i += 1 } else if c == "\"" { inQuote = false }
        continue
      }
      if c == "\"" { inQuote = true } else if c == open { depth += 1 } else if c == close {
        depth -= 1
        if depth == 0 { return String(chars[(start + 1)..<(i - 1)]) }
      }
    }
    throw SyntaxError(column: start)
  }

  mutating func foreach() throws(SyntaxError) -> ForeachSpec {
    var initialSkip: String?, skip: String?
    var kind: Character = "c"
    while true {
      skipBlanks()
      if starts(with: "/pS") || starts(with: "/ps") {
        let isInitial = chars[i + 2] == "S"
        i += 3
        skipBlanks()
        let w = word()
        guard !w.isEmpty else { throw SyntaxError(column: i) }
        if isInitial { initialSkip = w } else { skip = w }
      } else if starts(with: "/s") || starts(with: "/f") {
        kind = chars[i + 1]
        i += 2
      } else {
        break
      }
    }
    skipSeparators()
    guard peek() == "(" else { throw SyntaxError(column: i) }
    let inner = ProgramParser(try balanced("(", ")"))
    var p = inner
    p.skipSeparators()
    let variable = p.word()
    guard !variable.isEmpty else { throw SyntaxError(column: i) }
    p.skipSeparators()
    let source: ForeachSpec.Source
    if kind == "c" {
      guard p.peek() == "{" else { throw SyntaxError(column: i) }
      source = .commands(try p.balanced("{", "}"))
    } else {
      guard p.peek() == "\"" else { throw SyntaxError(column: i) }
      let q = try p.quoted()
      source = kind == "s" ? .string(q) : .file(q)
    }
    return ForeachSpec(initialSkip: initialSkip, skip: skip, variable: variable, source: source, body: try braced())
  }

  /// `"..."` at `i` (backslash escapes kept); returns the text inside the quotes.
  mutating func quoted() throws(SyntaxError) -> String {
    let start = i
    i += 1
    while let c = peek() {
      i += 1
      if c == "\\", peek() != nil {
        i += 1
      } else if c == "\"" {
        return String(chars[(start + 1)..<(i - 1)])
      }
    }
    throw SyntaxError(column: start)
  }

  mutating func word() -> String {
    let start = i
    while let c = peek(), !c.isWhitespace, c != "(", c != ")", c != "{", c != "\"" { i += 1 }
    return String(chars[start..<i])
  }

  /// A plain command: up to `;` or a newline outside quotes and braces, or up to a `$$` comment.
  mutating func plainCommand() -> String {
    if let line = aliasLine() { return line }
    var out = ""
    var inQuote = false
    var depth = 0
    while let c = peek() {
      if inQuote {
        out.append(c)
        i += 1
        if c == "\\", let n = peek() {
          out.append(n)
          i += 1
        } else if c == "\"" {
          inQuote = false
        }
        continue
      }
      if depth == 0, c == ";" || c == "\n" { break }
      if depth == 0, starts(with: "$$"), !(starts(with: "$$<") || starts(with: "$$>")), !out.isEmpty { break }
      if c == "\"" { inQuote = true } else if c == "{" { depth += 1 } else if c == "}" { depth = max(0, depth - 1) }
      out.append(c)
      i += 1
    }
    return trimmed(out)
  }

  /// `as Name EquivalentLine` takes the rest of the line, `;` included (WinDbg `as`); with a
  /// `/` switch it ends at `;` like other commands.
  mutating func aliasLine() -> String? {
    guard starts(with: "as ") || starts(with: "as\t") else { return nil }
    var j = i + 3
    while j < chars.count, chars[j] == " " || chars[j] == "\t" { j += 1 }
    guard j < chars.count, chars[j] != "/" else { return nil }
    let start = i
    while let c = peek(), c != "\n" { i += 1 }
    return trimmedLeading(String(chars[start..<i]))
  }

  /// Leading blanks removed; trailing blanks are part of an `as` equivalent.
  func trimmedLeading(_ s: String) -> String {
    var t = Substring(s).drop(while: { $0 == " " || $0 == "\t" })
    if t.last == "\r" { t = t.dropLast() }
    return String(t)
  }

  func trimmed(_ s: String) -> String {
    var t = Substring(s).drop(while: { $0 == " " || $0 == "\t" })
    while let l = t.last, l == " " || l == "\t" || l == "\r" { t = t.dropLast() }
    return String(t)
  }

  /// Splits on `;` outside quotes and braces (the parts of `.for ( ; ; )`), trimmed.
  static func splitTopLevel(_ text: String) -> [String] {
    var parts: [String] = []
    var cur = ""
    var depth = 0
    var inQuote = false
    for c in text {
      if c == "\"" { inQuote.toggle() }
      if !inQuote, c == "{" { depth += 1 }
      if !inQuote, c == "}" { depth -= 1 }
      if !inQuote, depth == 0, c == ";" {
        parts.append(cur)
        cur = ""
      } else {
        cur.append(c)
      }
    }
    parts.append(cur)
    let p = ProgramParser("")
    return parts.map { p.trimmed($0) }
  }
}
