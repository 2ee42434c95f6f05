/// Tab-completion candidates: verb names, dot-commands, extension names, module names, module
/// exports after `module!`, and NT type names after `dt` (plain, `nt!` or `ntdll!`).
public enum CommandCompletion {
  public static func candidates(_ session: Session, line: String, cursor: Int) -> (prefixStart: Int, candidates: [String]) {
    let chars = Array(line.prefix(cursor))
    var start = chars.count
    while start > 0, !" \t;(".contains(chars[start - 1]) { start -= 1 }
    let word = String(chars[start...])
    let isFirstWord = chars[..<start].allSatisfy { $0 == " " || $0 == "\t" } || chars[..<start].last == ";"
    var pool: [String] = []
    if isFirstWord {
      pool = session.registry.allNames
    } else if isTypeArgument(chars[..<start]) {
      let prefix = word.lowercased().hasPrefix("ntdll!") ? "ntdll!" : word.lowercased().hasPrefix("nt!") ? "nt!" : ""
      pool = (session.typeCatalog?.types.map { prefix + $0.name }) ?? []
    } else if let bang = word.firstIndex(of: "!"), let m = session.module(named: String(word[..<bang])) {
      let prefix = String(word[...bang])
      pool = (session.dump.exports(of: m)?.symbols.map { prefix + $0.name }) ?? []
    } else {
      pool = session.modules.map { session.moduleName($0) }
    }
    let lower = word.lowercased()
    let matches = Array(Set(pool.filter { $0.lowercased().hasPrefix(lower) })).sorted()
    return (start, matches)
  }

  /// True when the text before the word is `dt` plus options (`dt `, `dt -r1 `).
  static func isTypeArgument(_ before: ArraySlice<Character>) -> Bool {
    let words = String(before).split(whereSeparator: { $0 == " " || $0 == "\t" })
    guard let first = words.first, first.lowercased() == "dt" else { return false }
    return words.dropFirst().allSatisfy { $0.hasPrefix("-") }
  }
}
