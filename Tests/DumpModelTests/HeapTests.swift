import DumpForge
import DumpModel
import Foundation
import Testing

/// Heap decoder, walker and index tests. Expected numbers come from Samples/heap-101/scenario.yaml
/// via `dumpforge --describe-json` (process heap: 20 busy + 5 free, 2193 free granules, one
/// 600 KB large block; document heap: 10 busy + 3 free, 157 free granules).
@Suite("Heap")
struct HeapTests {
  static let root: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
  }()

  static func forgeHeap101() throws -> [UInt8] {
    let out = TempFile.path("-heap101.dmp")
    defer { TempFile.remove(out) }
    try Forge.forge(scenarioPath: root + "/Samples/heap-101/scenario.yaml", outputPath: out, progress: false)
    return try [UInt8](Data(contentsOf: URL(fileURLWithPath: out)))
  }

  @Test func decoderChecksumAndEncoding() {
    let d = HeapEntryDecoder(key: 0x1122_3344_5566_7788)
    let raw = d.encode(size: 0x11, flags: 0x01, previousSize: 0x05, unusedBytes: 0x10)
    let h = d.decode(raw)
    #expect(h.size == 0x11 && h.flags == 1 && h.previousSize == 5 && h.unusedBytes == 0x10)
    #expect(h.checksumValid)
    #expect(!d.decode(raw ^ (0x5A << 24)).checksumValid)
    #expect(!HeapEntryDecoder(key: 0).decode(raw).checksumValid || raw == d.encode(size: 0x11, flags: 1, previousSize: 5, unusedBytes: 0x10))
  }

  @Test func unusedBytesCases() {
    // Windows 7: the whole byte; Windows 8+: low 6 bits, 0x3F / 0x40 read elsewhere (§3.5).
    #expect(HeapEntryDecoder.requestedSize(blockBytes: 0x118, unusedBytes: 0x18, windows7: true) { nil } == 0x100)
    #expect(HeapEntryDecoder.requestedSize(blockBytes: 0x110, unusedBytes: 0x10, windows7: false) { nil } == 0x100)
    #expect(HeapEntryDecoder.requestedSize(blockBytes: 0x1000, unusedBytes: 0x3F, windows7: false) { 0x200 } == 0xE00)
    #expect(HeapEntryDecoder.requestedSize(blockBytes: 0x1000, unusedBytes: 0x42, windows7: false) { 0x30 } == 0xFD0)
    #expect(HeapEntryDecoder.requestedSize(blockBytes: 0x10, unusedBytes: 0x3F, windows7: false) { 0x20 } == nil)
  }

  @Test func walksHeap101AndIndexes() throws {
    let bytes = try Self.forgeHeap101()
    let path = try TempFile.write(bytes)
    defer { TempFile.remove(path) }
    let dump = try Dump.open(path: path)
    let set = dump.heaps
    #expect(set.heaps.map(\.address) == [0x21c_4e60_0000, 0x21c_4e80_0000])
    let a = set.result(0), b = set.result(1)
    #expect(a.busyBlocks == 20 && a.freeBlocks == 5 && a.freeBytes == 2193 * 16 && a.requestedBytes == 25135 + 614400)
    #expect(a.virtualEntries.count == 1 && a.virtualEntries.first?.commitSize == 618496)
    #expect(b.busyBlocks == 10 && b.freeBlocks == 3 && b.freeBytes == 157 * 16 && b.requestedBytes == 33296)
    #expect(a.corruptions.isEmpty && b.corruptions.isEmpty)
    let index = set.index
    #expect(index.count == 20 + 5 + 1 + 13)
    let i = index.position(containing: 0x21c_4e60_1725)
    #expect(i.map { index.entries[$0] } == 0x21c_4e60_1710)
    let v = index.position(containing: 0xc1_0362_0008, virtualPrefix: 0x30)
    #expect(v.map { index.requested($0) } == 614400)
    #expect(index.position(containing: 0x1000) == nil)
  }

  /// Flips bytes of heap headers in a copy of the file (offsets through the Memory64 ranges):
  /// each mutation must give a corruption record or a clean walk, never a crash or a hang.
  @Test func mutatedHeapBytesAreReported() throws {
    let original = try Self.forgeHeap101()
    let path0 = try TempFile.write(original)
    defer { TempFile.remove(path0) }
    let clean = try Dump.open(path: path0)
    let space = clean.addressSpace
    func fileOffset(_ address: UInt64) -> Int? {
      guard let r = space.rangeIndex(containing: address) else { return nil }
      return Int(space.ranges[r].fileOffset + (address - space.ranges[r].address))
    }
    // Checksum byte of the 3rd block, its size bytes, a segment-list Flink, a UCR link.
    let targets: [(UInt64, UInt8)] = [
      (0x21c_4e60_13f0 + 0xB, 0x5A), (0x21c_4e60_13f0 + 0x8, 0x01), (0x21c_4e60_13f0 + 0x9, 0x7F),
      (0x21c_4e60_0000 + 0x120, 0x40), (0x21c_4e60_0000 + 0x110, 0x08), (0x21c_4e60_0000 + 0x60, 0x10),
      (0x21c_4e60_9100 + 0x8, 0xFF),
    ]
    for (address, flip) in targets {
      var copy = original
      let off = try #require(fileOffset(address))
      copy[off] ^= flip
      let path = try TempFile.write(copy)
      defer { TempFile.remove(path) }
      let dump = try Dump.open(path: path)
      let r = dump.heaps.result(0)
      _ = dump.heaps.index
      #expect(!r.corruptions.isEmpty || r.busyBlocks + r.freeBlocks <= 25, "mutation at \(String(address, radix: 16))")
    }
    // The checksum flip is reported at that entry.
    var copy = original
    copy[try #require(fileOffset(0x21c_4e60_13f0 + 0xB))] ^= 0x5A
    let path = try TempFile.write(copy)
    defer { TempFile.remove(path) }
    let r = try Dump.open(path: path).heaps.result(0)
    #expect(r.corruptions.first?.address == 0x21c_4e60_13f0 && r.corruptions.first?.reason == "bad checksum")
  }
}
