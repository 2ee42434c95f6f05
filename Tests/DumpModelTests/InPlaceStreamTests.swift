@testable import DumpModel
import DumpForge
import Foundation
import Testing

/// The two in-place readers of big streams give exactly what the array readers give:
/// `Dump.regionSummary` over the mapped MemoryInfoList against the same count over the classified
/// region map, and the address space over the mapped Memory64List descriptors against the parsed
/// array. Damaged lists must leave the in-place path (the array path repairs them and warns).
@Suite("In-place stream readers")
struct InPlaceStreamTests {
  static let samples = ["commit-limit", "heap-101", "heap-corruption", "lfh-basics", "lfh-win7", "lfh-win7-x86", "nt-heap-leak", "tiny", "tiny-x86"]

  static func forge(_ sample: String) throws -> [UInt8] {
    let out = TempFile.path("-\(sample)-inplace.dmp")
    defer { TempFile.remove(out) }
    try Forge.forge(scenarioPath: HeapTests.root + "/Samples/\(sample)/scenario.yaml", outputPath: out, progress: false)
    return try [UInt8](Data(contentsOf: URL(fileURLWithPath: out)))
  }

  static func open(_ bytes: [UInt8]) throws -> (Dump, String) {
    let path = try TempFile.write(bytes)
    return (try Dump.open(path: path), path)
  }

  /// The summary counted from the classified map (built first, so the in-place pass is skipped).
  static func summaryFromMap(_ bytes: [UInt8]) throws -> RegionSummary {
    let (dump, path) = try open(bytes)
    defer { TempFile.remove(path) }
    _ = try dump.classifiedRegions
    return try dump.regionSummary()
  }

  @Test(arguments: samples)
  func summaryInPlaceMatchesTheMap(_ sample: String) throws {
    let bytes = try Self.forge(sample)
    let (dump, path) = try Self.open(bytes)
    defer { TempFile.remove(path) }
    let inPlace = try dump.regionSummary()
    // The Windows 7 x64 samples' lists (nt-heap-leak, lfh-win7) have a region reaching past the
    // Windows 7 user limit, which the map cuts (with a warning): those must go through the map.
    let usedTheStream = dump.classifiedStorage == nil
    #expect(usedTheStream == !["nt-heap-leak", "lfh-win7"].contains(sample), "\(sample): in place unless the list needs a repair")
    #expect(inPlace == (try Self.summaryFromMap(bytes)))
    #expect(inPlace.byUsage.reduce(0) { $0 + $1.count } > 0)
  }

  @Test(arguments: samples)
  func addressSpaceInPlaceMatchesTheParsedList(_ sample: String) throws {
    let (dump, path) = try Self.open(try Self.forge(sample))
    defer { TempFile.remove(path) }
    let parsed = try dump.memory64List.get()
    let space = dump.addressSpace
    guard case .descriptors = space.ranges.storage else {
      Issue.record("\(sample): a clean Memory64List is read in place")
      return
    }
    #expect(Array(space.ranges) == parsed)
    #expect((0..<parsed.count).map { space.ranges[$0] } == parsed)
    for r in parsed.prefix(50) {
      #expect(space.rangeIndex(containing: r.address) != nil)
      #expect(space.load(UInt8.self, at: r.end &- 1) == dump.file.load(UInt8.self, at: r.fileOffset &+ r.size &- 1))
    }
  }

  /// The two-thread count (forced on a small list) equals the one-thread count, for every split
  /// point's neighbourhood the halves can produce.
  @Test func twoHalvesCountLikeOne() throws {
    let (dump, path) = try Self.open(try Self.forge("heap-101"))
    defer { TempFile.remove(path) }
    let table = try MemoryInfoTable(dump.reader(for: .memoryInfoList))
    let limit = RegionMap.userLimit(pointerSize: 8, minimum: dump.defaultUserLimit, highestEnd: table.lastBusyEnd)
    let claims = RegionClaims(
      lookup: table, space: dump.addressSpace, modules: try dump.modules.get(), threads: try dump.threads.get(),
      heaps: dump.heaps.regionHits)
    var pass = RegionSummaryPass(table: table, claims: claims, limit: limit, stop: { false })
    guard case .counted(let one) = pass.run() else {
      Issue.record("heap-101's list is regular")
      return
    }
    pass.splitThreshold = 2
    guard case .counted(let two) = pass.run() else {
      Issue.record("both halves are regular")
      return
    }
    #expect(table.count > 4)
    #expect(one.summary(limit: limit, isPartial: false) == two.summary(limit: limit, isPartial: false))
    #expect(two.summary(limit: limit, isPartial: false) == (try Self.summaryFromMap(Self.forge("heap-101"))))
  }

  /// Ctrl-C during the in-place count (polled every 65,536 entries): the pass stops, `Dump` throws
  /// `Cancelled` with nothing cached, and the next call counts every region. 70,000 reserved
  /// regions (no committed bytes, so the dump stays small) reach the first poll.
  @Test func cancelledSummaryCachesNothing() throws {
    let scenario = try TempFile.write(Array("""
      os: win10-x64
      seed: 3
      regions:
        - {name: many, base: 0x10000000000, reserve: 64K, commit: 0, stride: 128K, repeat: 70000}
      """.utf8), suffix: ".yaml")
    let out = TempFile.path()
    defer { TempFile.remove(scenario); TempFile.remove(out) }
    try Forge.forge(scenarioPath: scenario, outputPath: out, progress: false)
    let dump = try Dump.open(path: out)
    let table = try MemoryInfoTable(dump.reader(for: .memoryInfoList))
    let claims = RegionClaims(
      lookup: table, space: dump.addressSpace, modules: try dump.modules.get(), threads: try dump.threads.get(),
      heaps: dump.heaps.regionHits)
    let limit = RegionMap.userLimit(pointerSize: 8, minimum: dump.defaultUserLimit, highestEnd: table.lastBusyEnd)
    guard case .cancelled = RegionSummaryPass(table: table, claims: claims, limit: limit, stop: { true }).run() else {
      Issue.record("the pass over \(table.count) entries did not stop")
      return
    }
    dump.isCancelled = { true }
    #expect(throws: Cancelled.self) { try dump.regionSummary() }
    #expect(dump.classifiedStorage == nil)
    dump.isCancelled = { false }
    let summary = try dump.regionSummary()
    let fromMap = try Dump.open(path: out)
    _ = try fromMap.classifiedRegions
    #expect(summary == (try fromMap.regionSummary()))
    // The 70,000 and the thread's stack reserve (MEM_RESERVE = 0x2000).
    #expect(summary.byState.first { $0.key == 0x2000 }.map { $0.total.count > 70000 } == true)
  }

  /// Offsets of a stream's data in a minidump (header + directory), read independently of DumpModel.
  static func streamRva(_ bytes: [UInt8], type: UInt32) -> Int? {
    func u32(_ o: Int) -> UInt32 { bytes[o..<o + 4].reversed().reduce(0) { $0 << 8 | UInt32($1) } }
    let n = Int(u32(8)), dir = Int(u32(12))
    return (0..<n).first { u32(dir + 12 * $0) == type }.map { Int(u32(dir + 12 * $0 + 8)) }
  }

  /// Swaps two 0x30-byte MemoryInfoList entries: out of order, so the in-place pass gives up and the
  /// map (which sorts) answers; the result is the undamaged dump's summary.
  @Test func unorderedMemoryInfoFallsBackToTheMap() throws {
    let original = try Self.forge("heap-101")
    var bytes = original
    let rva = try #require(Self.streamRva(bytes, type: 16))
    let first = rva + 0x10, second = first + 0x30
    let a = Array(bytes[first..<first + 0x30])
    bytes.replaceSubrange(first..<first + 0x30, with: bytes[second..<second + 0x30])
    bytes.replaceSubrange(second..<second + 0x30, with: a)
    let (dump, path) = try Self.open(bytes)
    defer { TempFile.remove(path) }
    let summary = try dump.regionSummary()
    let usedTheMap = dump.classifiedStorage != nil
    #expect(usedTheMap, "the damaged list went through the map")
    #expect(summary == (try Self.summaryFromMap(original)))
  }

  /// Makes the second Memory64List range overlap the first: the array path drops it with a warning.
  @Test func overlappingMemory64FallsBackToTheArray() throws {
    var bytes = try Self.forge("heap-101")
    let rva = try #require(Self.streamRva(bytes, type: 9))
    let firstAddress = Array(bytes[rva + 0x10..<rva + 0x18])
    bytes.replaceSubrange(rva + 0x20..<rva + 0x28, with: firstAddress)
    let (dump, path) = try Self.open(bytes)
    defer { TempFile.remove(path) }
    let space = dump.addressSpace
    guard case .array = space.ranges.storage else {
      Issue.record("an overlapping list is repaired in an array")
      return
    }
    #expect(space.warnings.contains { $0.contains("overlap") })
    #expect(space.ranges.count == (try dump.memory64List.get()).count - 1)
  }
}
