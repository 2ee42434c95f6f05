import DumpForge
import DumpModel
import Foundation
import Testing

/// A heap whose `_HEAP.FrontEndHeapType` is 2 (LFH, nt-layouts.md §3.1) on a layout whose LFH the
/// reader does not decode (Windows 10 x86, the only one left) gets one note, not silence and not a
/// guessed walk. Windows 7 x64 and x86 are decoded (LfhWindows7Tests, LfhWindows7X86Tests); here
/// their walk meets an `_LFH_HEAP` that does not point back and says so. The test sets the two `_HEAP` fields in a copy
/// of a forged file whose heaps have no front end.
@Suite("LFH on layouts not decoded")
struct LfhUnsupportedLayoutTests {
  func note(sample: String) throws -> (String?, HeapWalkResult) {
    try note(scenario: HeapTests.root + "/Samples/\(sample)/scenario.yaml")
  }

  func note(scenario: String) throws -> (String?, HeapWalkResult) {
    let out = TempFile.path("-lfh-unsupported.dmp")
    defer { TempFile.remove(out) }
    try Forge.forge(scenarioPath: scenario, outputPath: out, progress: false)
    var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: out)))
    let clean = try Dump.open(path: out)
    let layout = try clean.heaps.layout.get()
    let heap = try #require(clean.heaps.heaps.first)
    #expect(clean.heaps.result(0).lfh == nil)
    let space = clean.addressSpace
    func offset(_ a: UInt64) throws -> Int {
      let r = try #require(space.rangeIndex(containing: a))
      return Int(space.ranges[r].fileOffset + (a - space.ranges[r].address))
    }
    bytes[try offset(heap.address + layout.frontEndHeapType)] = 2
    // FrontEndHeap → the heap's own address: any non-zero pointer; nothing behind it is read.
    let pointer = try offset(heap.address + layout.frontEndHeap)
    for k in 0..<layout.pointerSize { bytes[pointer + k] = UInt8(truncatingIfNeeded: heap.address >> (8 * UInt64(k))) }
    let path = try TempFile.write(bytes)
    defer { TempFile.remove(path) }
    let r = try Dump.open(path: path).heaps.result(0)
    return (r.lfh?.note, r)
  }

  @Test func windows7x64IsDecodedAndChecksTheBackPointer() throws {
    let (note, r) = try note(sample: "nt-heap-leak")
    // FrontEndHeap → the heap itself: `_LFH_HEAP.Heap` (+0x40) reads the heap's FirstEntry instead.
    #expect(r.lfh?.windows7 == true && r.lfh?.expanded == false && r.lfh?.unsupported == nil)
    #expect(note?.hasSuffix(": zones not read, LFH blocks not expanded") == true)
    #expect(r.corruptions.contains { $0.reason.contains("_LFH_HEAP.Heap does not point back") })
    #expect(r.busyBlocks > 0)
  }

  @Test func windows7x86IsDecodedAndChecksTheBackPointer() throws {
    let (note, r) = try note(sample: "tiny-x86")
    // FrontEndHeap → the heap itself: `_LFH_HEAP.Heap` (+0x24 on x86) reads the heap's FirstEntry.
    #expect(r.lfh?.windows7 == true && r.lfh?.expanded == false && r.lfh?.unsupported == nil)
    #expect(note?.hasSuffix(": zones not read, LFH blocks not expanded") == true)
    #expect(note?.contains("not decoded") == false)
    #expect(r.corruptions.contains { $0.reason.contains("_LFH_HEAP.Heap does not point back") })
    #expect(r.busyBlocks > 0)
  }

  @Test func windows10x86SaysItsLfhIsNotDecoded() throws {
    let yaml = try TempFile.write(Array("os: win10-x86\nheaps:\n  - {allocations: [{count: 3, size: 16}]}\n".utf8), suffix: ".yaml")
    defer { TempFile.remove(yaml) }
    let (note, _) = try note(scenario: yaml)
    #expect(note?.contains(": 32-bit LFH layout not decoded, LFH blocks not expanded") == true)
  }
}
