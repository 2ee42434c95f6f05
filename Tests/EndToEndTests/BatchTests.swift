import Foundation
import Testing

/// `dumpdbg batch` over every sample forged from Samples/, plus a damaged (truncated) copy.
@Suite("dumpdbg batch")
struct BatchTests {
  @Test func batchOverAllSamplesWithADamagedOne() throws {
    guard let forge = Run.binary.map({ URL(fileURLWithPath: $0).deletingLastPathComponent().appendingPathComponent("dumpforge").path })
    else { return }
    let samples = try FileManager.default.contentsOfDirectory(atPath: Run.packageRoot + "/Samples").sorted()
    var dumps: [String] = []
    for name in samples where FileManager.default.fileExists(atPath: Run.packageRoot + "/Samples/\(name)/scenario.yaml") {
      let out = NSTemporaryDirectory() + "/batch-\(UUID().uuidString)-\(name).dmp"
      let p = Process()
      p.executableURL = URL(fileURLWithPath: forge)
      p.arguments = [Run.packageRoot + "/Samples/\(name)/scenario.yaml", "--output", out, "--quiet"]
      try p.run()
      p.waitUntilExit()
      #expect(p.terminationStatus == 0, "forging \(name)")
      dumps.append(out)
    }
    let damaged = NSTemporaryDirectory() + "/batch-\(UUID().uuidString)-damaged.dmp"
    let first = try Data(contentsOf: URL(fileURLWithPath: dumps[0]))
    FileManager.default.createFile(atPath: damaged, contents: first.prefix(64))
    let r = try Run.dumpdbg(["batch", "--jobs", "2", "-c", "lm; ~; .echo done"] + dumps + [damaged])
    #expect(r.status == 1)
    var okByDump: [String: Int] = [:]
    var failed: [String] = []
    for line in r.stdout.split(separator: "\n") {
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      let dump = object?["dump"] as? String ?? ""
      if object?["ok"] as? Bool == true { okByDump[dump, default: 0] += 1 } else { failed.append(dump) }
    }
    #expect(failed == [damaged])
    for d in dumps { #expect(okByDump[d] == 3, "\(d) ran its three commands") }
    #expect(r.stderr.contains("\(dumps.count + 1) dumps, \(dumps.count) ok, 1 with errors or unreadable"))
  }

  @Test func theDefaultCommandStillWorks() throws {
    guard let forge = Run.binary.map({ URL(fileURLWithPath: $0).deletingLastPathComponent().appendingPathComponent("dumpforge").path })
    else { return }
    let out = NSTemporaryDirectory() + "/batch-\(UUID().uuidString)-tiny.dmp"
    let p = Process()
    p.executableURL = URL(fileURLWithPath: forge)
    p.arguments = [Run.packageRoot + "/Samples/tiny/scenario.yaml", "--output", out, "--quiet"]
    try p.run()
    p.waitUntilExit()
    let r = try Run.dumpdbg(["-z", out, "-c", ".echo hi; q"])
    #expect(r.status == 0)
    #expect(r.stdout.contains("> .echo hi; q\nhi\nquit:"))
    let j = try Run.dumpdbg(["-z", out, "--json", "-c", ".echo hi"])
    #expect(j.stdout == "{\"v\":1,\"dump\":\"\(out)\",\"command\":\".echo hi\",\"ok\":true,\"text\":\"hi\\n\"}\n")
  }
}
