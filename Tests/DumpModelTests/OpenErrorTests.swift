import DumpModel
import Foundation
import Testing

@Suite struct OpenErrorTests {
  func open(_ bytes: [UInt8]) throws -> DumpError? {
    let path = try TempFile.write(bytes)
    defer { TempFile.remove(path) }
    do {
      _ = try Dump.open(path: path)
      return nil
    } catch {
      #expect(!error.description.isEmpty && !error.description.contains("\n"))
      return error
    }
  }

  @Test func emptyFile() throws {
    guard case .empty = try open([]) else { Issue.record("expected .empty"); return }
  }

  @Test func threeBytes() throws {
    guard case .truncated(_, 0, _, 3) = try open([0x4D, 0x44, 0x4D]) else { Issue.record("expected .truncated"); return }
  }

  @Test func signatureButTenBytes() throws {
    guard case .truncated(_, 0, 0x20, 10) = try open(Array("MDMP".utf8) + [0x93, 0xA7, 0, 0, 1, 0]) else {
      Issue.record("expected .truncated"); return
    }
  }

  @Test func textFile() throws {
    let e = try open(Array("Hello, this is not a minidump.\n".utf8))
    guard case .notAMinidump(_, let sig) = e else { Issue.record("expected .notAMinidump, got \(String(describing: e))"); return }
    #expect(sig == 0x6C6C_6548)  // "Hell"
  }

  @Test func directoryPastEndOfFile() throws {
    var w = MiniWriter()
    w.stream(.systemInfo, systemInfoBody())
    var b = w.finish()
    b[12] = 0xF0; b[13] = 0xFF; b[14] = 0xFF; b[15] = 0xFF  // StreamDirectoryRva
    guard case .truncated = try open(b) else { Issue.record("expected .truncated"); return }
  }

  @Test func missingPathAndDirectory() throws {
    do {
      _ = try Dump.open(path: "/nonexistent/dumpdbg/x.dmp")
      Issue.record("opened a missing file")
    } catch {
      guard case .cannotOpen = error else { Issue.record("expected .cannotOpen"); return }
    }
    do {
      _ = try Dump.open(path: TempFile.directory.path)
      Issue.record("opened a directory")
    } catch {
      guard case .cannotOpen(_, let reason) = error else { Issue.record("expected .cannotOpen"); return }
      #expect(reason == "Is a directory")
    }
  }

  @Test func streamOutsideFileFailsOnlyThatStream() throws {
    var w = MiniWriter()
    w.stream(.systemInfo, systemInfoBody())
    w.entry(raw: 4, size: 0x100, rva: 0xFFFF_FF00)
    let path = try w.write()
    defer { TempFile.remove(path) }
    let dump = try Dump.open(path: path)
    #expect(dump.directory.count == 2)
    guard case .streamOutOfBounds = failure(dump.modules) else { Issue.record("expected .streamOutOfBounds"); return }
    #expect(try dump.systemInfo.get().architecture == .amd64)
  }
}
