import DumpModel
import Foundation
import Testing

/// `DumpLimits`: tiny caps stop each reader with one line that names the cap; the defaults read
/// the forged samples unchanged.
@Suite("Limits")
struct LimitsTests {
  /// A dump with `threads` threads, `ranges` memory ranges and `modules` modules (no contexts).
  func writer(threads: Int, ranges: Int, modules: Int) -> MiniWriter {
    var w = MiniWriter()
    w.stream(.systemInfo, systemInfoBody())
    let t = LE().u32(UInt32(threads))
    for i in 0..<threads {
      t.raw(threadEntry(id: UInt32(i + 1), teb: 0, stackStart: 0, stackSize: 0, stackRva: 0, contextSize: 0, contextRva: 0))
    }
    w.stream(.threadList, t.bytes)
    let m = LE().u32(UInt32(ranges))
    for i in 0..<ranges { m.u64(0x10000 * UInt64(i + 1)).u32(0).u32(0) }
    w.stream(.memoryList, m.bytes)
    let mods = LE().u32(UInt32(modules))
    for i in 0..<modules { mods.u64(0x4000_0000 * UInt64(i + 1)).u32(0x1000).zeros(108 - 12) }
    w.stream(.moduleList, mods.bytes)
    return w
  }

  /// Every cap at `value` except the directory's.
  func tiny(_ value: UInt64) -> DumpLimits {
    var l = DumpLimits.all(value)
    l.streams = 100
    return l
  }

  func open(_ w: MiniWriter, _ limits: DumpLimits) throws -> Dump {
    let path = try w.write()
    defer { TempFile.remove(path) }
    return try Dump.open(path: path, limits: limits)
  }

  @Test func defaultsAreGenerous() {
    let l = DumpLimits.default
    #expect(l.streams == 10_000 && l.memoryRanges == 50_000_000 && l.modules == 100_000)
    #expect(l.threads == 1_000_000 && l.listWalks == 10_000_000 && l.heapEntries == 1_000_000_000 && l.typeNesting == 16)
  }

  @Test func withinTheCapsEverythingReads() throws {
    let dump = try open(writer(threads: 3, ranges: 3, modules: 3), tiny(3))
    #expect((try? dump.threads.get())?.count == 3)
    #expect((try? dump.memoryList.get())?.count == 3)
    #expect((try? dump.modules.get())?.count == 3)
  }

  @Test func streamCapsNameTheLimit() throws {
    let dump = try open(writer(threads: 5, ranges: 4, modules: 3), tiny(2))
    let threads = failure(dump.threads)?.description ?? ""
    #expect(threads.hasSuffix("5 threads exceed the limit of 2 (Limits.threads)"), "\(threads)")
    #expect(threads.hasPrefix("ThreadListStream at file offset 0x"))
    let ranges = failure(dump.memoryList)?.description ?? ""
    #expect(ranges.hasSuffix("4 memory ranges exceed the limit of 2 (Limits.memoryRanges)"), "\(ranges)")
    let modules = failure(dump.modules)?.description ?? ""
    #expect(modules.hasSuffix("3 modules exceed the limit of 2 (Limits.modules)"), "\(modules)")
    #expect(!modules.contains("\n"))
  }

  @Test func directoryCap() throws {
    let path = try writer(threads: 1, ranges: 1, modules: 1).write()
    defer { TempFile.remove(path) }
    do throws(DumpError) {
      _ = try Dump.open(path: path, limits: .all(2))
      Issue.record("expected the directory cap")
    } catch {
      #expect(error.description == "stream directory at file offset 0x\(String(error.offsetForTest, radix: 16)): 4 streams exceed the limit of 2 (Limits.streams)")
    }
  }

  @Test func heapEntryAndListCaps() throws {
    let bytes = try HeapTests.forgeHeap101()
    let path = try TempFile.write(bytes)
    defer { TempFile.remove(path) }
    let full = try Dump.open(path: path)
    let r0 = full.heaps.result(0)
    #expect(r0.busyBlocks + r0.freeBlocks == 25 && r0.corruptions.isEmpty && !r0.stoppedByLimit)

    var limits = DumpLimits.default
    limits.heapEntries = 7
    let capped = try Dump.open(path: path, limits: limits)
    let r = capped.heaps.result(0)
    #expect(r.busyBlocks + r.freeBlocks == 7 && r.stoppedByLimit)
    #expect(r.corruptions.map(\.reason) == ["walk stopped: 8 heap entries exceed the limit of 7 (Limits.heapEntries)"])

    var lists = DumpLimits.default
    lists.listWalks = 0
    let noLists = try Dump.open(path: path, limits: lists)
    let reasons = noLists.heaps.result(0).corruptions.map(\.reason)
    #expect(reasons.contains { $0.hasSuffix("nodes exceed the limit of 0 (Limits.listWalks)") }, "\(reasons)")
  }
}

extension DumpError {
  /// The file offset of a `.countTooLarge` (tests).
  var offsetForTest: UInt64 {
    if case .countTooLarge(_, let offset, _, _, _, _) = self { return offset }
    return 0
  }
}
