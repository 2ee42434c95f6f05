/// WinDbg's alias replacement ("Using Aliases", "${ } (Alias Interpreter)", MSDN debugger docs).
///
/// - A user-named alias is replaced only when it stands alone: its first character begins the
///   text or follows a blank, `;` or `"`, and its last character ends the text or is followed by
///   a blank, `;` or `"`.
/// - `${Name}` is replaced wherever it appears; an undefined name keeps the literal `${Name}`.
///   `${/d:Name}` is 1 or 0, `${/f:Name}` the value or empty, `${/n:Name}` the name (literal when
///   undefined), `${/v:Name}` always stays literal.
/// - Text that begins with `as`, `aS`, `ad` or `al` gets no replacement at all (so the alias
///   commands keep working); a `;` or blank before them allows it.
/// - A block is replaced when it is entered, so text inside nested `{ }` is left for later: an
///   alias set inside a block is seen by a `.block { }` after it, not by its own block.
enum AliasExpander {
  /// Replaces the aliases in `text`, outside nested braces. `values` maps names to equivalents.
  static func expand(_ text: String, aliases values: [String: String]) -> String {
    if startsWithAliasCommand(text) { return text }
    return replace(text, values: values, standalone: true, nestedBraces: false, authoritative: true)
  }

  /// `true` when the text starts with an alias command, which disables replacement for the text.
  static func startsWithAliasCommand(_ text: String) -> Bool {
    let head = Array(text.prefix(3))
    guard head.count >= 2, head[0] == "a", ["s", "S", "d", "l"].contains(head[1]) else { return false }
    return head.count == 2 || head[2] == " " || head[2] == "\t" || head[2] == ";"
  }

  /// `.foreach`'s variable: replaced everywhere in the body (nested blocks too), standalone or as
  /// `${var}`.
  static func substitute(variable: String, with token: String, in text: String) -> String {
    replace(text, values: [variable: token], standalone: true, nestedBraces: true)
  }

  /// `${$arg1}` ... and `${$argc}` of a `$$>a<` script; missing arguments stay literal.
  static func substituteArguments(_ arguments: [String], in text: String) -> String {
    var values: [String: String] = ["$argc": String(arguments.count)]
    for (n, a) in arguments.enumerated() { values["$arg\(n + 1)"] = a }
    return replace(text, values: values, standalone: false, nestedBraces: true)
  }

  static func isDelimiter(_ c: Character?) -> Bool {
    guard let c else { return true }
    return c == " " || c == "\t" || c == ";" || c == "\"" || c == "\n" || c == "\r"
  }

  static func replace(
    _ text: String, values: [String: String], standalone: Bool, nestedBraces: Bool, authoritative: Bool = false
  ) -> String {
    let chars = Array(text)
    var out = ""
    var i = 0
    var depth = 0
    while i < chars.count {
      let c = chars[i]
      if c == "$", i + 1 < chars.count, chars[i + 1] == "{", let close = chars[(i + 2)...].firstIndex(of: "}") {
        let inner = String(chars[(i + 2)..<close])
        if depth == 0 || nestedBraces, let replacement = interpret(inner, values: values, authoritative: authoritative) {
          out += replacement
          i = close + 1
          continue
        }
        out += String(chars[i...close])
        i = close + 1
        continue
      }
      if c == "{" { depth += 1 }
      if c == "}" { depth = max(0, depth - 1) }
      if standalone, depth == 0 || nestedBraces, isDelimiter(i == 0 ? nil : chars[i - 1]) {
        // The longest name that matches here and ends at a delimiter.
        var end = i
        while end < chars.count, !isDelimiter(chars[end]) { end += 1 }
        let word = String(chars[i..<end])
        if end > i, let v = values[word] {
          out += v
          i = end
          continue
        }
      }
      out.append(c)
      i += 1
    }
    return out
  }

  /// The replacement of `${inner}`, or nil to keep it literal. Unless `authoritative` (the alias
  /// table itself), names missing from `values` are left for a later pass.
  static func interpret(_ inner: String, values: [String: String], authoritative: Bool) -> String? {
    if inner.hasPrefix("/v:") { return nil }
    let bare = inner.count > 3 && inner.dropFirst(2).first == ":" ? String(inner.dropFirst(3)) : inner
    if !authoritative, values[bare] == nil { return nil }
    if inner.hasPrefix("/d:") { return values[String(inner.dropFirst(3))] == nil ? "0" : "1" }
    if inner.hasPrefix("/f:") { return values[String(inner.dropFirst(3))] ?? "" }
    if inner.hasPrefix("/n:") {
      let name = String(inner.dropFirst(3))
      return values[name] == nil ? nil : name
    }
    return values[inner]
  }
}
