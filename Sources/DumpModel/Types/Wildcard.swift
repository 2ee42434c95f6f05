/// WinDbg string wildcards: `*` any run, `?` one character; case-insensitive. Shared by `lm m`,
/// `x module!pattern` and the type catalog's `dt nt!_HEAP*`.
public enum Wildcard {
  public static func matches(_ pattern: String, _ text: String) -> Bool {
    let p = Array(pattern.lowercased()), t = Array(text.lowercased())
    var pi = 0, ti = 0
    var star = -1, mark = 0
    while ti < t.count {
      if pi < p.count, p[pi] == "?" || p[pi] == t[ti] {
        pi += 1
        ti += 1
      } else if pi < p.count, p[pi] == "*" {
        star = pi
        mark = ti
        pi += 1
      } else if star >= 0 {
        pi = star + 1
        mark += 1
        ti = mark
      } else {
        return false
      }
    }
    while pi < p.count, p[pi] == "*" { pi += 1 }
    return pi == p.count
  }
}
