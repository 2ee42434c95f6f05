import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `-logo` / `.logopen` never write through a symlink, into a FIFO or device, and leave a log of
/// mode 0600; the dump itself is never written (CommandLineTests.theDumpIsNeverWritten).
@Suite("Log files")
struct LogFileTests {
  static var dump: String? { Run.wine("sample-crash-mini.dmp") }

  func temp(_ name: String) -> String { NSTemporaryDirectory() + "/e2e-\(UUID().uuidString)-" + name }

  @Test func logoThroughASymlinkIsRefusedAndTheTargetUntouched() throws {
    guard let dump = Self.dump else { return }
    let target = temp("victim.txt")
    try Data("someone else's file\n".utf8).write(to: URL(fileURLWithPath: target))
    let link = temp("link.log")
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
    let r = try Run.dumpdbg(["-z", dump, "-logo", link, "-c", ".echo logged; q"])
    #expect(r.stderr.contains("Unable to open log file '\(link)'"), "\(r.stderr)")
    #expect(r.stdout.contains("logged"))
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "someone else's file\n")
    let r2 = try Run.dumpdbg(["-z", dump, "-c", ".logopen \(link); .echo x; .logclose; q"])
    #expect(r2.stdout.contains("Unable to open log file '\(link)'"), "\(r2.stdout)")
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "someone else's file\n")
  }

  @Test func aFifoIsRefusedWithoutBlocking() throws {
    guard let dump = Self.dump else { return }
    let fifo = temp("fifo.log")
    #expect(mkfifo(fifo, 0o600) == 0)
    let r = try Run.dumpdbg(["-z", dump, "-logo", fifo, "-c", ".echo still here; q"])
    #expect(r.stderr.contains("Unable to open log file"), "\(r.stderr)")
    #expect(r.stdout.contains("still here"))
  }

  @Test func anExistingLooseLogBecomes0600AndIsOverwritten() throws {
    guard let dump = Self.dump else { return }
    let log = temp("old.log")
    try Data("old contents that are longer than the new log\n".utf8).write(to: URL(fileURLWithPath: log))
    chmod(log, 0o644)
    let r = try Run.dumpdbg(["-z", dump, "-logo", log, "-c", ".echo fresh; q"])
    #expect(r.status == 0)
    let text = try String(contentsOfFile: log, encoding: .utf8)
    #expect(text.contains("fresh") && !text.contains("old contents"))
    let mode = (try FileManager.default.attributesOfItem(atPath: log)[.posixPermissions] as? Int) ?? 0
    #expect(mode == 0o600)
  }
}
