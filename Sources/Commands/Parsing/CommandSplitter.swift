/// Splits an input line into commands the way WinDbg does.
///
/// - `;` separates commands, except inside `"..."` quotes (with `\"` escapes) and `{ ... }` blocks.
/// - `$$` starts a comment that runs to the next `;`.
/// - A command that starts with `*` is a comment that runs to the end of the line, `;` included.
/// - Leading white space of each command is dropped; empty commands are dropped.
public enum CommandSplitter {
  public static func split(_ line: String) -> [String] {
    var out: [String] = []
    var cur = ""
    var inQuote = false
    var depth = 0
    var inComment = false
    var chars = Array(line)
    var i = 0
    func flush() {
      let t = cur.drop(while: { $0 == " " || $0 == "\t" })
      var s = String(t)
      while let l = s.last, l == " " || l == "\t" || l == "\r" { s.removeLast() }
      if !s.isEmpty { out.append(s) }
      cur = ""
    }
    while i < chars.count {
      let c = chars[i]
      if inComment {
        if c == ";" {
          inComment = false
          flush()
        }
        i += 1
        continue
      }
      if !inQuote, depth == 0, cur.allSatisfy({ $0 == " " || $0 == "\t" }), c == "*" {
        // `*` comment: the rest of the line.
        chars.removeSubrange(i...)
        break
      }
      if inQuote {
        cur.append(c)
        if c == "\\", i + 1 < chars.count {
          cur.append(chars[i + 1])
          i += 2
          continue
        }
        if c == "\"" { inQuote = false }
        i += 1
        continue
      }
      switch c {
      case "\"":
        inQuote = true
        cur.append(c)
      case "{":
        depth += 1
        cur.append(c)
      case "}":
        depth = max(0, depth - 1)
        cur.append(c)
      case "$" where depth == 0 && i + 1 < chars.count && chars[i + 1] == "$"
        && !(i + 2 < chars.count && (chars[i + 2] == "<" || chars[i + 2] == ">")):
        inComment = true
      case ";" where depth == 0:
        flush()
      default:
        cur.append(c)
      }
      i += 1
    }
    flush()
    return out
  }
}
