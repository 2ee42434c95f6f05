#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A lesson: a walkthrough of `Docs/walkthroughs/NAME.md` as steps. The document is the single
/// source: each ` ```dumpdbg sample=S ` block gives the commands (its `0:000> ` lines), the prose
/// paragraph just before the block gives the note of the block's first step. Outputs are not
/// taken from the document: `.lesson` runs each command, and DocTests keeps the document's copies
/// equal to what the commands print.
struct Lesson {
  struct Step {
    var note: String
    var command: String
  }

  var name: String
  var title: String
  var sample: String
  var steps: [Step]

  /// Parses a walkthrough document.
  static func parse(name: String, markdown: String) -> Lesson {
    var title = name
    var sample = ""
    var steps: [Step] = []
    var paragraph: [String] = []
    var lastParagraph = ""
    var inBlock = false
    var inOtherFence = false
    var firstInBlock = true
    for raw in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
      let line = String(raw)
      if inBlock {
        if line == "```" {
          inBlock = false
        } else if line.count > 7, line.hasPrefix("0:"), Array(line)[5] == ">" {
          steps.append(Step(note: firstInBlock ? lastParagraph : "", command: String(line.dropFirst(7))))
          firstInBlock = false
        }
        continue
      }
      if inOtherFence {
        if line.hasPrefix("```") { inOtherFence = false }
        continue
      }
      if line.hasPrefix("```dumpdbg") {
        if !paragraph.isEmpty { lastParagraph = paragraph.joined(separator: " ") }
        paragraph = []
        for w in line.split(separator: " ") where w.hasPrefix("sample=") && sample.isEmpty { sample = String(w.dropFirst(7)) }
        inBlock = true
        firstInBlock = true
        continue
      }
      if line.hasPrefix("```") {
        inOtherFence = true
        continue
      }
      if line.hasPrefix("# "), title == name {
        title = String(line.dropFirst(2))
      } else if line.isEmpty || line.hasPrefix("#") {
        if !paragraph.isEmpty { lastParagraph = paragraph.joined(separator: " ") }
        paragraph = []
      } else {
        paragraph.append(line)
      }
    }
    return Lesson(name: name, title: title, sample: sample, steps: steps)
  }

  /// The folder holding the walkthroughs: `$DUMPDBG_LESSONS`, else the first `Docs/walkthroughs`
  /// found from the working directory or the executable's folder upwards (4 levels).
  static func folder() -> String? {
    if let env = getenv("DUMPDBG_LESSONS") { return String(cString: env) }
    var starts: [String] = []
    var buf = [CChar](repeating: 0, count: 4096)
    if getcwd(&buf, buf.count) != nil { starts.append(String(decoding: buf.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)) }
    let n = readlink("/proc/self/exe", &buf, buf.count - 1)
    if n > 0 {
      let exe = String(decoding: buf.prefix(n).map { UInt8(bitPattern: $0) }, as: UTF8.self)
      starts.append(String(exe[..<(exe.lastIndex(of: "/") ?? exe.endIndex)]))
    }
    for start in starts {
      var dir = start
      for _ in 0...4 {
        let candidate = dir + "/Docs/walkthroughs"
        if let d = opendir(candidate) {
          closedir(d)
          return candidate
        }
        guard let slash = dir.lastIndex(of: "/"), slash != dir.startIndex else { break }
        dir = String(dir[..<slash])
      }
    }
    return nil
  }

  /// The lesson names in `folder` (its `.md` files), sorted.
  static func names(in folder: String) -> [String] {
    guard let d = opendir(folder) else { return [] }
    defer { closedir(d) }
    var out: [String] = []
    while let entry = readdir(d) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self) }
      if name.hasSuffix(".md") { out.append(String(name.dropLast(3))) }
    }
    return out.sorted()
  }
}
