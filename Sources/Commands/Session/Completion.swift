/// Tab-completion candidates: verb names, dot-commands, extension names, module names, and
/// module exports after `module!`.
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
}
