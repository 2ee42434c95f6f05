/// Finds the verb for a command text.
///
/// WinDbg has three namespaces: extension commands (`!heap`), meta-commands (`.formats`) and
/// regular commands (`db`, `lm`, `~`). Regular command names are runs of letters, and many take
/// option letters glued on (`lmvm ntdll`, `kn`, `db0x1000` even takes its address glued on); the
/// registry matches the longest registered name that prefixes the typed word.
public struct Registry: Sendable {
  public let verbs: [VerbSpec]
  private let byName: [String: Int]

  public init(_ verbs: [VerbSpec]) {
    self.verbs = verbs
    var map: [String: Int] = [:]
    for (i, v) in verbs.enumerated() {
      for n in v.names { map[n] = i }
    }
    byName = map
  }

  public func verb(named name: String) -> VerbSpec? { byName[name.lowercased()].map { verbs[$0] } }

  /// Every registered name, sorted (completion, `.help`).
  public var allNames: [String] { byName.keys.sorted() }

  /// Splits `text` (one command, leading spaces removed) into a verb and its invocation.
  public func resolve(_ text: String) -> Resolution {
    let s = Substring(text)
    guard let first = s.first else { return .empty }
    func make(_ name: String, _ nameEnd: Substring.Index, attached: String = "") -> Resolution {
      guard let v = verb(named: name) else { return .unknown(name) }
      let column = s.distance(from: s.startIndex, to: nameEnd)
      return .verb(v, Invocation(name: name, attached: attached, arguments: s[nameEnd...], text: text, argumentsColumn: column))
    }
    switch first {
    case "!", ".":
      let body = s.dropFirst().prefix(while: { $0.isLetter || $0.isNumber || $0 == "_" })
      return make(String(first) + body.lowercased(), body.endIndex)
    case "~":
      return make("~", s.index(after: s.startIndex))
    case "|":
      let two = s.hasPrefix("||")
      return make(two ? "||" : "|", s.index(s.startIndex, offsetBy: two ? 2 : 1))
    case "?":
      let two = s.hasPrefix("??")
      return make(two ? "??" : "?", s.index(s.startIndex, offsetBy: two ? 2 : 1))
    default:
      let word = s.prefix(while: { $0.isLetter && $0.isASCII })
      guard !word.isEmpty else { return .unknown(String(s.prefix(while: { !$0.isWhitespace }))) }
      let lower = word.lowercased()
      if verb(named: lower) != nil { return make(lower, word.endIndex) }
      // Longest registered prefix that takes glued options or a glued argument.
      var n = lower.count - 1
      while n > 0 {
        let name = String(lower.prefix(n))
        if let v = verb(named: name), v.takesAttachedOptions {
          let attached = String(lower.dropFirst(n))
          let column = n
          return .verb(v, Invocation(name: name, attached: attached, arguments: s[word.endIndex...], text: text, argumentsColumn: column + attached.count))
        }
        n -= 1
      }
      return .unknown(String(word))
    }
  }

  public enum Resolution {
    case empty
    case unknown(String)
    case verb(VerbSpec, Invocation)
  }

  /// The registered name closest to `name` by edit distance, if it is close enough to suggest.
  public func suggestion(for name: String) -> String? {
    let lower = name.lowercased()
    var best: (String, Int)?
    for n in byName.keys {
      let d = editDistance(lower, n)
      guard d <= max(1, n.count / 3) else { continue }
      if let b = best, d > b.1 || (d == b.1 && n >= b.0) { continue }
      best = (n, d)
    }
    return best?.0
  }
}

/// Levenshtein distance (small strings only).
func editDistance(_ a: String, _ b: String) -> Int {
  let a = Array(a), b = Array(b)
  if a.isEmpty { return b.count }
  if b.isEmpty { return a.count }
  var prev = Array(0...b.count)
  var cur = prev
  for i in 1...a.count {
    cur[0] = i
    for j in 1...b.count {
      cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
    }
    swap(&prev, &cur)
  }
  return prev[b.count]
}
