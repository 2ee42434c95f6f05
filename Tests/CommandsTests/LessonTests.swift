import Commands
import DumpModel
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `.lesson`: lessons are the walkthroughs of Docs/walkthroughs (their outputs are checked by
/// DocTests); here: the list, batch play of every step in order, and waiting between steps when
/// the session can read input.
@Suite("Lessons", .serialized)
struct LessonTests {
  static let folder = Fixtures.packageRoot + "/Docs/walkthroughs"

  func session(_ sample: String) throws -> (Session, CaptureSink)? {
    setenv("DUMPDBG_LESSONS", Self.folder, 1)
    guard let path = try ForgedDumps.path(sample) else { return nil }
    let sink = CaptureSink()
    let s = Session(dump: try Dump.open(path: path), sink: sink)
    if let e = s.eventThreadIndex { s.currentThread = e }
    return (s, sink)
  }

  @Test func listsTheWalkthroughs() throws {
    guard let (s, sink) = try session("commit-limit") else { return }
    s.execute(line: ".lesson")
    let out = sink.take()
    #expect(out.contains("commit-limit"))
    #expect(out.contains("nt-heap-leak"))
    #expect(out.contains("(sample commit-limit, "))
  }

  @Test func playsEveryStepInBatchMode() throws {
    guard let (s, sink) = try session("commit-limit") else { return }
    let doc = readFile(Self.folder + "/commit-limit.md") ?? ""
    let commands = doc.split(separator: "\n").filter { $0.hasPrefix("0:000> ") }.map { String($0.dropFirst(7)) }
    #expect(commands.count >= 8)
    s.execute(line: ".lesson commit-limit")
    let out = sink.take()
    #expect(s.errorCount == 0, "\(out)")
    #expect(out.contains("--- step 1/\(commands.count) ---"))
    #expect(out.contains("End of lesson commit-limit."))
    // Every command appears as a prompt line, in the document's order.
    var rest = Substring(out)
    for c in commands {
      guard let r = rest.range(of: "0:000> " + c + "\n") else {
        Issue.record("step '\(c)' missing or out of order")
        return
      }
      rest = rest[r.upperBound...]
    }
  }

  @Test func waitsBetweenStepsAndStopsOnQ() throws {
    guard let (s, sink) = try session("commit-limit") else { return }
    var asked = 0
    s.readInput = { _ in
      asked += 1
      return asked < 2 ? "" : "q"
    }
    s.execute(line: ".lesson commit-limit")
    let out = sink.take()
    #expect(asked == 2)
    #expect(out.contains("--- step 2/"))
    #expect(!out.contains("--- step 3/"))
    #expect(out.contains("Lesson stopped after step 2."))
  }

  @Test func unknownLessonIsOneLine() throws {
    guard let (s, sink) = try session("commit-limit") else { return }
    s.execute(line: ".lesson nosuch")
    #expect(sink.take().hasPrefix(".lesson: no lesson 'nosuch' in "))
    #expect(s.errorCount == 1)
  }
}
