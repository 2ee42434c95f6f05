import Commands
import DumpModel
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Transcript tests: a file that names a dump, then prompt lines with commands, each followed by
/// the exact output WinDbg-style. Lines before the first prompt that start with `#` are headers:
/// `# dump: wine/sample-crash-full.dmp` or `# dump: forge/tiny`; `# exepath: FOLDER` loads the
/// module images committed in Tests/Fixtures/FOLDER (as `.exepath`) before the first command.
///
/// `RECORD_TRANSCRIPTS=1 swift test` rewrites each file with the current output and fails, so a
/// recording is always looked at before it is trusted.
struct Transcript {
  var dumpSpec: String
  var exePath: String?
  var steps: [(prompt: String, command: String, expected: String)]

  static func parse(_ text: String) -> Transcript {
    var dumpSpec = ""
    var exePath: String?
    var steps: [(String, String, String)] = []
    var current: (String, String, [String])?
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if current == nil, line.hasPrefix("# dump:") {
        dumpSpec = line.dropFirst(7).trimmingCharacters()
        continue
      }
      if current == nil, line.hasPrefix("# exepath:") {
        exePath = line.dropFirst(10).trimmingCharacters()
        continue
      }
      if let (prompt, command) = promptLine(line) {
        if let c = current { steps.append((c.0, c.1, c.2.joined(separator: "\n"))) }
        current = (prompt, command, [])
      } else if current != nil {
        current?.2.append(String(line))
      }
    }
    if let c = current {
      var lines = c.2
      if lines.last == "" { lines.removeLast() }
      steps.append((c.0, c.1, lines.joined(separator: "\n")))
    }
    return Transcript(dumpSpec: dumpSpec, exePath: exePath, steps: steps.map { ($0.0, $0.1, $0.2) })
  }

  /// `0:000> cmd` → ("0:000> ", "cmd").
  static func promptLine(_ line: Substring) -> (String, String)? {
    let chars = Array(line)
    guard chars.count >= 6, chars[0].isNumber, chars[1] == ":", chars[2].isNumber, chars[3].isNumber,
      chars[4].isNumber, chars[5] == ">"
    else { return nil }
    let prompt = String(chars[0..<6]) + " "
    return (prompt, chars.count > 7 ? String(chars[7...]) : "")
  }

  /// Runs the transcript file `name` from Tests/CommandsTests/Transcripts and compares.
  static func check(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let path = Fixtures.packageRoot + "/Tests/CommandsTests/Transcripts/" + name
    guard let text = readFile(path) else {
      Issue.record("cannot read \(path)", sourceLocation: sourceLocation)
      return
    }
    guard let recorded = try replay(text, label: name, sourceLocation: sourceLocation) else { return }
    if isRecording {
      writeFile(path, recorded + "\n")
      Issue.record("recorded \(name); check the diff and run again without RECORD_TRANSCRIPTS", sourceLocation: sourceLocation)
    }
  }

  /// `RECORD_TRANSCRIPTS` is set: outputs are recorded instead of compared.
  static var isRecording: Bool { getenv("RECORD_TRANSCRIPTS") != nil }

  /// Runs transcript `text` in a fresh session on its dump, expecting each output unless
  /// recording; returns the text as it would be recorded now (nil when the dump is missing).
  /// `label` names the transcript in failure messages (a file, or a document and block).
  static func replay(_ text: String, label: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String? {
    let t = parse(text)
    guard let dumpPath = try TestDumps.path(for: t.dumpSpec, sourceLocation: sourceLocation) else { return nil }
    let dump = try Dump.open(path: dumpPath)
    let sink = CaptureSink()
    let session = Session(dump: dump, sink: sink)
    if let e = session.eventThreadIndex { session.currentThread = e }
    if let folder = t.exePath {
      guard let dir = Fixtures.repoImages(folder, sourceLocation: sourceLocation) else { return nil }
      let lines = session.setExecutablePath([dir])
      #expect(lines.contains { $0.hasPrefix("Loaded image ") }, "no image from \(folder) was loaded: \(lines)", sourceLocation: sourceLocation)
    }
    var recorded = text.split(separator: "\n", omittingEmptySubsequences: false).prefix { Transcript.promptLine($0) == nil }.joined(separator: "\n")
    for step in t.steps {
      let prompt = session.prompt
      #expect(prompt == step.prompt, "prompt before '\(step.command)'", sourceLocation: sourceLocation)
      _ = session.execute(line: step.command.isEmpty ? (session.repeatCommand ?? "") : step.command)
      var out = sink.take()
      if out.hasSuffix("\n") { out.removeLast() }
      recorded += "\n" + prompt + step.command + (out.isEmpty ? "" : "\n" + out)
      if !isRecording {
        #expect(out == step.expected, "output of '\(step.command)' in \(label)", sourceLocation: sourceLocation)
      }
    }
    return recorded
  }
}

extension Substring {
  func trimmingCharacters() -> String {
    var s = String(drop(while: { $0 == " " }))
    while s.last == " " { s.removeLast() }
    return s
  }
}

func readFile(_ path: String) -> String? {
  guard let f = fopen(path, "rb") else { return nil }
  defer { fclose(f) }
  var bytes: [UInt8] = []
  var buf = [UInt8](repeating: 0, count: 65536)
  while true {
    let n = fread(&buf, 1, buf.count, f)
    if n <= 0 { break }
    bytes += buf[0..<n]
  }
  return String(decoding: bytes, as: UTF8.self)
}

func writeFile(_ path: String, _ text: String) {
  guard let f = fopen(path, "wb") else { return }
  let bytes = Array(text.utf8)
  _ = fwrite(bytes, 1, bytes.count, f)
  fclose(f)
}
