import DumpModel
import Foundation
import Testing

/// The heap locator over a hand-laid Windows 10 x64 process image: a PEB whose ProcessHeaps holds
/// one NT heap, that heap's SegmentList with one extra segment, and VirtualAllocdBlocks with one
/// large block (offsets from nt-layouts.md §2.1 and §3.1, the W10 2004 x64 column).
@Suite("HeapRegions")
struct HeapRegionsTests {
  @Test func findsSegmentsAndLargeBlocks() throws {
    let start: UInt64 = 0x1000
    var bytes = [UInt8](repeating: 0, count: 0x40000)
    func put64(_ address: UInt64, _ v: UInt64) {
      for k in 0..<8 { bytes[Int(address - start) + k] = UInt8((v >> (8 * UInt64(k))) & 0xFF) }
    }
    func put32(_ address: UInt64, _ v: UInt32) {
      for k in 0..<4 { bytes[Int(address - start) + k] = UInt8((v >> (8 * UInt32(k))) & 0xFF) }
    }
    let peb: UInt64 = 0x1000, array: UInt64 = 0x2000, heap: UInt64 = 0x10000
    let segment: UInt64 = 0x20000, large: UInt64 = 0x30000
    put32(peb + 0xE8, 1)
    put64(peb + 0xF0, array)
    put64(array, heap)
    put32(heap + 0x10, 0xFFEE_FFEE)
    // SegmentList head at +0x120 -> segment.SegmentListEntry (+0x18) -> head.
    put64(heap + 0x120, segment + 0x18)
    put64(segment + 0x18, heap + 0x120)
    put64(segment + 0x30, segment)
    // VirtualAllocdBlocks head at +0x110 -> large block entry -> head.
    put64(heap + 0x110, large)
    put64(large, heap + 0x110)
    let path = NSTemporaryDirectory() + "heapregions-\(getpid()).bin"
    FileManager.default.createFile(atPath: path, contents: Data(bytes))
    defer { try? FileManager.default.removeItem(atPath: path) }
    let file = try MappedFile(path: path)
    let space = AddressSpace(file: file, ranges: [MemoryRange(address: start, size: UInt64(bytes.count), fileOffset: 0)], pointerSize: 8)
    let offsets = HeapOffsets.forTarget(pointerSize: 8, majorVersion: 10, minorVersion: 0)
    let hits = HeapRegions(space: space, peb: peb, offsets: offsets).hits
    #expect(hits.map(\.address) == [heap, segment, large])
    #expect(hits.map(\.kind) == [.segment, .segment, .largeBlock])
    #expect(hits.allSatisfy { $0.id == 0 && $0.handle == heap })
  }

  @Test func cyclicListsEnd() throws {
    var bytes = [UInt8](repeating: 0, count: 0x20000)
    func put(_ a: Int, _ v: UInt64) { for k in 0..<8 { bytes[a + k] = UInt8((v >> (8 * UInt64(k))) & 0xFF) } }
    put(0xE8, 1)
    put(0xF0, 0x100)
    put(0x100, 0x1000)
    bytes[0x1010] = 0xEE; bytes[0x1011] = 0xFF; bytes[0x1012] = 0xEE; bytes[0x1013] = 0xFF
    put(0x1110, 0x5000)  // large block list: 0x5000 -> 0x6000 -> 0x5000 (a cycle that skips the head)
    put(0x5000, 0x6000)
    put(0x6000, 0x5000)
    let path = NSTemporaryDirectory() + "heapregions-cycle-\(getpid()).bin"
    FileManager.default.createFile(atPath: path, contents: Data(bytes))
    defer { try? FileManager.default.removeItem(atPath: path) }
    let space = AddressSpace(file: try MappedFile(path: path), ranges: [MemoryRange(address: 0, size: 0x20000, fileOffset: 0)], pointerSize: 8)
    let hits = HeapRegions(space: space, peb: 0, offsets: .forTarget(pointerSize: 8, majorVersion: 10, minorVersion: 0)).hits
    #expect(hits.filter { $0.kind == .largeBlock }.map(\.address) == [0x5000, 0x6000])
  }
}
