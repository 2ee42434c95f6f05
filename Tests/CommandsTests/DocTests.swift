import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Docs that run: every fenced block tagged ` ```dumpdbg sample=NAME ` in `Docs/**/*.md` is a
/// transcript on the dump forged from `Samples/NAME/scenario.yaml` — `0:000> command` lines, each
/// followed by the exact output dumpdbg prints today. Each block starts a fresh session.
/// `RECORD_TRANSCRIPTS=1 swift test --filter DocTests` rewrites the blocks in place (and fails, so
/// the diff is looked at before it is trusted).
@Suite("Docs that run")
struct DocTests {
  /// One runnable block: its document, fence line number (1-based, for messages), its ordinal
  /// among the document's runnable blocks (for recording), sample and body.
  struct Block: Sendable, CustomStringConvertible {
    var file: String
    var line: Int
    var ordinal: Int
    var sample: String
    var body: String
    var description: String { "\(file):\(line)" }
  }

  static let docsRoot = Fixtures.packageRoot + "/Docs"

  /// Every Markdown file under Docs/, relative to Docs/, sorted.
  static let files: [String] = markdownFiles(docsRoot, prefix: "").sorted()

  static func markdownFiles(_ dir: String, prefix: String) -> [String] {
    guard let d = opendir(dir) else { return [] }
    defer { closedir(d) }
    var out: [String] = []
    while let entry = readdir(d) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self) }
      if name.hasPrefix(".") { continue }
      var st = stat()
      guard stat(dir + "/" + name, &st) == 0 else { continue }
      if st.st_mode & S_IFMT == S_IFDIR {
        out += markdownFiles(dir + "/" + name, prefix: prefix + name + "/")
      } else if name.hasSuffix(".md") {
        out.append(prefix + name)
      }
    }
    return out
  }

  /// The `sample=` of a fence line ` ```dumpdbg sample=NAME `, or nil for any other line.
  static func fenceSample(_ line: Substring) -> String? {
    guard line.hasPrefix("```dumpdbg") else { return nil }
    for word in line.split(separator: " ") where word.hasPrefix("sample=") { return String(word.dropFirst(7)) }
    return ""
  }

  /// The runnable blocks of one document.
  static func blocks(in file: String, text: String) -> [Block] {
    var out: [Block] = []
    var current: Block?
    var lines: [Substring] = []
    for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      if var b = current {
        if line == "```" {
          b.body = lines.joined(separator: "\n")
          out.append(b)
          current = nil
        } else {
          lines.append(line)
        }
      } else if let sample = fenceSample(line) {
        current = Block(file: file, line: i + 1, ordinal: out.count, sample: sample, body: "")
        lines = []
      }
    }
    return out
  }

  static let allBlocks: [Block] = files.flatMap { f in blocks(in: f, text: readFile(docsRoot + "/" + f) ?? "") }

  @Test func theWalkthroughsAndThePrimerHaveRunnableBlocks() {
    for doc in ["walkthroughs/nt-heap-leak.md", "walkthroughs/commit-limit.md", "heap-internals.md"] {
      #expect(Self.allBlocks.contains { $0.file == doc }, "\(doc) has no ```dumpdbg sample=NAME block")
    }
  }

  @Test(arguments: allBlocks)
  func block(_ b: Block) throws {
    #expect(!b.sample.isEmpty, "\(b): the fence names no sample=NAME")
    guard !b.sample.isEmpty else { return }
    #expect(Transcript.promptLine(Substring(b.body.split(separator: "\n").first ?? "")) != nil, "\(b): a block starts with a 0:000> line")
    guard let recorded = try Transcript.replay("# dump: forge/\(b.sample)\n" + b.body, label: b.description) else { return }
    if Transcript.isRecording {
      let body = recorded.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().joined(separator: "\n")
      DocRecorder.shared.replace(b, with: body)
      Issue.record("recorded \(b); check the diff and run again without RECORD_TRANSCRIPTS")
    }
  }
}

/// Rewrites recorded block bodies into their documents (one lock: blocks run in parallel).
final class DocRecorder: @unchecked Sendable {
  static let shared = DocRecorder()
  private let lock = Mutex()

  func replace(_ b: DocTests.Block, with body: String) {
    lock.withLock {
      let path = DocTests.docsRoot + "/" + b.file
      guard let text = readFile(path) else { return }
      var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      // The block's body runs from the line after its fence (the ordinal-th one) to the closing fence.
      let fences = lines.indices.filter { DocTests.fenceSample(Substring(lines[$0])) != nil }
      guard b.ordinal < fences.count else { return }
      let start = fences[b.ordinal] + 1
      guard let end = lines[start...].firstIndex(of: "```") else { return }
      lines.replaceSubrange(start..<end, with: body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
      writeFile(path, lines.joined(separator: "\n"))
    }
  }
}
