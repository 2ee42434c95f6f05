import Foundation
import Testing

@Suite("dumpdbg as a user runs it")
struct CommandLineTests {
  @Test func helpListsCdbFlags() throws {
    let r = try Run.dumpdbg(["--help"])
    #expect(r.status == 0)
    for flag in ["-z <dump>", "-c <cmds>", "-cf <file>", "-logo <file>", "-loga <file>", "-y <path>", "-i <ImagePath>"] {
      #expect(r.stdout.contains(flag), "help mentions \(flag)")
    }
  }

  /// cdb's `-i ImagePath` (also spelled `/I`): the committed MiniDumpNormal Wine dump plus its exe
  /// (Tests/Fixtures/wine-stacks) unwinds through the exe's frames.
  @Test(arguments: ["-i", "/I"])
  func imagePathLoadsTheExe(flag: String) throws {
    let dir = NSTemporaryDirectory() + "/e2e-wine-stacks-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    for name in ["deep-stack.exe", "deep-stack-normal.dmp"] {
      let p = Process()
      p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      p.arguments = ["zstd", "-d", "-q", "-f", Run.packageRoot + "/Tests/Fixtures/wine-stacks/" + name + ".zst", "-o", dir + "/" + name]
      try p.run()
      p.waitUntilExit()
      #expect(p.terminationStatus == 0, "zstd -d \(name)")
    }
    let r = try Run.dumpdbg(["-z", dir + "/deep-stack-normal.dmp", flag, dir, "-c", ".ecxr; kc 4; q"])
    #expect(r.status == 0)
    #expect(r.stdout.contains("Loaded image " + dir + "/deep-stack.exe for deep_stack at 00000001`40000000"))
    #expect(r.stdout.contains(" # Call Site\n00 deep_stack!StoreSample\n01 deep_stack!FillBlock\n02 deep_stack!Descend\n03 deep_stack!Descend\n"))
  }

  @Test func versionPrintsTheVersion() throws {
    let r = try Run.dumpdbg(["--version"])
    #expect(r.status == 0)
    #expect(r.stdout.hasPrefix("0."))
  }

  @Test(arguments: [
    ("empty.dmp", Data(), "the file is empty"),
    ("three.dmp", Data([0x4D, 0x44, 0x4D]), "truncated"),
    ("text.dmp", Data("hello, this is not a dump\n".utf8), "is not a minidump"),
    ("short.dmp", Data("MDMP\u{93}\u{a7}\0\0\u{1}\0".utf8), "truncated"),
  ])
  func aFileThatIsNotADumpGivesOneLineAndExitStatus2(name: String, bytes: Data, expected: String) throws {
    let path = Run.tempFile(name, contents: bytes)
    let r = try Run.dumpdbg(["-z", path, "-c", "q"])
    #expect(r.status == 2)
    #expect(r.stdout.isEmpty)
    #expect(r.stderr.split(separator: "\n").count == 1)
    #expect(r.stderr.contains(expected), "stderr: \(r.stderr)")
  }

  @Test func missingFileNamesThePath() throws {
    let r = try Run.dumpdbg(["-z", "/nonexistent/x.dmp", "-c", "q"])
    #expect(r.status == 2)
    #expect(r.stderr.contains("/nonexistent/x.dmp"))
  }

  @Test func commandsFromDashCEchoThePromptAndQuit() throws {
    guard let dump = Run.wine("sample-crash-mini.dmp") else { return }
    let r = try Run.dumpdbg(["-z", dump, "-c", ".echo hello; q"])
    #expect(r.status == 0)
    #expect(r.stdout.contains("Loading Dump File [\(dump)]"))
    #expect(r.stdout.contains("> .echo hello; q\nhello\nquit:\n"))
  }

  @Test func batchInputEchoesCommandsAndFailureSetsExitStatus() throws {
    guard let dump = Run.wine("sample-crash-mini.dmp") else { return }
    let r = try Run.dumpdbg(["-z", dump], stdin: ".echo one\nnosuchverb\n.echo two\n")
    #expect(r.status == 1)
    #expect(r.stdout.contains("> .echo one\none\n"))
    #expect(r.stdout.contains("> nosuchverb\n       ^ Syntax error in 'nosuchverb'\n"))
    #expect(r.stdout.contains("> .echo two\ntwo\n"))
  }

  @Test func commandFileRunsEveryLine() throws {
    guard let dump = Run.wine("sample-crash-mini.dmp") else { return }
    let file = Run.tempFile("cmds.txt", contents: Data(".echo first\n* a comment\n.echo second\n".utf8))
    let r = try Run.dumpdbg(["-z", dump, "-cf", file], stdin: "q\n")
    #expect(r.status == 0)
    #expect(r.stdout.contains("first\n"))
    #expect(r.stdout.contains("second\n"))
  }

  @Test func logFileIsPrivateAndHoldsTheOutput() throws {
    guard let dump = Run.wine("sample-crash-mini.dmp") else { return }
    let log = NSTemporaryDirectory() + "/e2e-\(UUID().uuidString).log"
    let r = try Run.dumpdbg(["-z", dump, "-logo", log, "-c", ".echo logged; q"])
    #expect(r.status == 0)
    let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
    #expect(text.contains("logged\n"))
    let mode = (try? FileManager.default.attributesOfItem(atPath: log)[.posixPermissions] as? Int) ?? 0
    #expect(mode == 0o600)
  }

  @Test func theDumpIsNeverWritten() throws {
    guard let dump = Run.wine("sample-crash-mini.dmp") else { return }
    let before = try Data(contentsOf: URL(fileURLWithPath: dump))
    let mtime = try FileManager.default.attributesOfItem(atPath: dump)[.modificationDate] as? Date
    _ = try Run.dumpdbg(["-z", dump, "-c", "lm; ~; db @rsp; .dumpdebug; q"])
    #expect(try Data(contentsOf: URL(fileURLWithPath: dump)) == before)
    #expect(try FileManager.default.attributesOfItem(atPath: dump)[.modificationDate] as? Date == mtime)
  }
}
