import DumpForge
import DumpModel
import Foundation
import Testing

/// A heap whose `_HEAP.FrontEndHeapType` is 2 (LFH, nt-layouts.md §3.1) on a layout whose LFH the
/// reader does not decode (Windows 7, 32-bit) gets one note, not silence and not a guessed walk.
/// The forge writes no Windows 7 front end, so the test sets the two fields in a copy of the file.
@Suite("LFH on layouts not decoded")
struct LfhUnsupportedLayoutTests {
  func note(sample: String) throws -> (String?, HeapWalkResult) {
    let out = TempFile.path("-\(sample).dmp")
    defer { TempFile.remove(out) }
    try Forge.forge(scenarioPath: HeapTests.root + "/Samples/\(sample)/scenario.yaml", outputPath: out, progress: false)
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

  @Test func windows7x64SaysItsLfhIsNotDecoded() throws {
    let (note, r) = try note(sample: "nt-heap-leak")
    #expect(note?.hasSuffix("Windows 7 LFH layout not decoded, LFH blocks not expanded (their user-blocks areas count as busy back-end blocks)") == true)
    #expect(r.corruptions.isEmpty && r.busyBlocks > 0)
  }

  @Test func windows7x86SaysItsLfhIsNotDecoded() throws {
    let (note, _) = try note(sample: "tiny-x86")
    #expect(note?.contains(": Windows 7 LFH layout not decoded") == true)
  }
}
