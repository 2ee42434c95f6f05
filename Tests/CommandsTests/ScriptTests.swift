import Commands
import DumpModel
import Foundation
import Testing

/// Script forms whose echo lines look like prompts (so they cannot be transcripts), the loop
/// limit, and the JSON records of verbs (parsed with JSONSerialization).
@Suite("Script language")
struct ScriptTests {
  func session() throws -> (Session, CaptureSink)? {
    guard let path = try ForgedDumps.path("tiny") else { return nil }
    let sink = CaptureSink()
    return (Session(dump: try Dump.open(path: path), sink: sink), sink)
  }

  @Test func lineFormsEchoEachLine() throws {
    guard let (s, sink) = try session() else { return }
    s.execute(line: "$<Tests/CommandsTests/Scripts/lines.txt")
    #expect(sink.take() == "0:000> .echo one\none\n0:000> * a comment line\n0:000> r $t5 = @$t5 + 1\n0:000> .echo two\ntwo\n")
    s.execute(line: "$$<Tests/CommandsTests/Scripts/lines.txt; ? @$t5")
    #expect(sink.take().hasSuffix("two\nEvaluate expression: 2 = 00000000`00000002\n"))
  }

  @Test func blockFormsEchoOnceAndRunAsOneBlock() throws {
    guard let (s, sink) = try session() else { return }
    s.execute(line: "$$><Tests/CommandsTests/Scripts/block.txt; .echo after")
    #expect(sink.take() == "0:000> .for (r $t6 = 0; @$t6 < 2; r $t6 = @$t6 + 1);{;  .printf \"pass %d\\n\", @$t6;}\npass 0\npass 1\nafter\n")
    s.execute(line: "$><Tests/CommandsTests/Scripts/block.txt")
    #expect(sink.take().hasSuffix("pass 0\npass 1\n"))
  }

  @Test func loopsStopAtTheLimit() throws {
    guard let (s, sink) = try session() else { return }
    s.script.maxIterations = 1000
    s.execute(line: ".while (1) { r $t4 = @$t4 + 1 }; ? @$t4")
    #expect(sink.take() == "Loop stopped after 1000 iterations (dumpdbg's limit)\n")
  }

  @Test(arguments: ["lm", "~", "? 1+2", ".echo \"quoted\\\" text\"", "nosuch", ".formats 10", "r $t0 = 1; r $t0", ".foreach /s (x \"a b\") { .echo x }"])
  func everyCommandGivesOneParsableRecord(_ line: String) throws {
    guard let (s, sink) = try session() else { return }
    s.script.outputFormat = .json
    s.execute(line: line)
    let lines = sink.take().split(separator: "\n")
    #expect(!lines.isEmpty)
    for l in lines {
      let object = try JSONSerialization.jsonObject(with: Data(l.utf8)) as? [String: Any]
      #expect(object?["v"] as? Int == 1)
      #expect(object?["text"] is String)
      #expect(object?["ok"] is Bool)
      if let columns = object?["columns"] as? [String], let rows = object?["rows"] as? [[String: Any]] {
        for row in rows { #expect(Set(row.keys) == Set(columns)) }
      }
    }
  }

  /// Every registered verb, typed bare (no arguments), still gives parsable JSON records, whether
  /// it succeeds or fails. `q` is left out: it ends the session.
  @Test func everyRegisteredVerbGivesParsableJSON() throws {
    guard let (s, sink) = try session() else { return }
    s.script.outputFormat = .json
    let names = BuiltinVerbs.registry.allNames.filter { !["q", "qq", "qd"].contains($0) && !$0.hasPrefix("$") }
    #expect(names.count > 40)
    for name in names {
      s.execute(line: name)
      let text = sink.take()
      for l in text.split(separator: "\n") {
        let object = try? JSONSerialization.jsonObject(with: Data(l.utf8)) as? [String: Any]
        #expect(object?["v"] as? Int == 1, "JSON of '\(name)': \(l)")
      }
    }
  }

  @Test func lmRowsHaveHexAddresses() throws {
    guard let (s, sink) = try session() else { return }
    s.script.outputFormat = .json
    s.execute(line: "lm")
    let object = try JSONSerialization.jsonObject(with: Data(sink.take().utf8)) as? [String: Any]
    let rows = object?["rows"] as? [[String: Any]] ?? []
    #expect(rows.count == 5)
    #expect(rows.first?["start"] as? String == "7ff61c2a0000")
    #expect(rows.first?["name"] as? String == "tiny")
  }
}
