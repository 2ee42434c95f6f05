/// Pure helpers behind Tab completion (no terminal needed, unit-tested).
public enum Completion {
  /// What a Tab key press should do to the line.
  public enum Plan: Equatable, Sendable {
    /// Delete `deleteCount` characters (Unicode scalars) before the cursor,
    /// then insert `text`. `complete` is true when the word is finished
    /// (single candidate), false when candidates remain ambiguous.
    case replace(deleteCount: Int, text: String, complete: Bool)
    /// Nothing to insert; the candidates are ambiguous (list them on a second Tab).
    case ambiguous([String])
    /// No candidates: beep.
    case none
  }

  /// The longest common prefix of `strings`, compared by Character; "" for none.
  public static func longestCommonPrefix(_ strings: [String]) -> String {
    guard let first = strings.first else { return "" }
    var prefix = first[...]
    for s in strings.dropFirst() {
      var a = prefix.startIndex
      var b = s.startIndex
      while a < prefix.endIndex, b < s.endIndex, prefix[a] == s[b] {
        a = prefix.index(after: a)
        b = s.index(after: b)
      }
      prefix = prefix[..<a]
      if prefix.isEmpty { break }
    }
    return String(prefix)
  }

  /// Lays out `items` in columns (column-major, like `ls`) for a terminal
  /// `width` columns wide, with at least two spaces between columns. Returns
  /// the rows without trailing spaces. Widths are counted in Characters.
  public static func columns(_ items: [String], width: Int) -> [String] {
    guard !items.isEmpty else { return [] }
    let longest = items.map(\.count).max() ?? 0
    let cellWidth = longest + 2
    let usable = max(width, 1)
    let columnCount = max(1, min(items.count, (usable + 2) / max(cellWidth, 1)))
    let rowCount = (items.count + columnCount - 1) / columnCount
    var rows: [String] = []
    rows.reserveCapacity(rowCount)
    for r in 0..<rowCount {
      var row = ""
      for c in 0..<columnCount {
        let i = c * rowCount + r
        guard i < items.count else { break }
        let item = items[i]
        row += item
        let isLastInRow = (c + 1) * rowCount + r >= items.count
        if !isLastInRow {
          row += String(repeating: " ", count: cellWidth - item.count)
        }
      }
      rows.append(row)
    }
    return rows
  }

  /// Decides what Tab does given the completer's answer.
  ///
  /// - Parameters:
  ///   - line: the whole line.
  ///   - cursor: the cursor, in Characters from the start of `line`.
  ///   - prefixStart: where the word being completed starts (Characters);
  ///     clamped to `0...cursor`.
  ///   - candidates: full words that may replace `line[prefixStart..<cursor]`.
  ///     Duplicates and empty strings are ignored.
  /// - Returns: a single candidate replaces the word and is followed by a
  ///   space; several are replaced by their longest common prefix if that
  ///   extends (or changes) the typed word, else ``Plan/ambiguous(_:)``.
  public static func plan(line: String, cursor: Int, prefixStart: Int, candidates: [String]) -> Plan {
    let chars = Array(line)
    let cur = min(max(cursor, 0), chars.count)
    let startIndex = min(max(prefixStart, 0), cur)
    let typed = String(chars[startIndex..<cur])
    var seen = Set<String>()
    let unique = candidates.filter { !$0.isEmpty && seen.insert($0).inserted }
    let deleteCount = typed.unicodeScalars.count
    switch unique.count {
    case 0:
      return .none
    case 1:
      let only = unique[0]
      return .replace(deleteCount: deleteCount, text: only + " ", complete: true)
    default:
      let common = longestCommonPrefix(unique)
      // Only act if the common prefix adds to what was typed (or fixes its case).
      if common.count > typed.count || (common.count == typed.count && common != typed && !common.isEmpty) {
        return .replace(deleteCount: deleteCount, text: common, complete: false)
      }
      return .ambiguous(unique.sorted())
    }
  }
}
