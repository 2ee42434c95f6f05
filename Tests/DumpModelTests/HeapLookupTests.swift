import DumpModel
import Testing

/// `HeapIndexLookup` (the bucketed search `!heap -l` uses) must give exactly the answers of
/// `HeapIndex.position` — checked on heap-101 at every 8th address over both heaps' segments and
/// around the large block (its `_HEAP_VIRTUAL_ALLOC_ENTRY` at 0xc103620000, BusyBlock +0x30).
@Suite("HeapIndexLookup")
struct HeapLookupTests {
  @Test func agreesWithBinarySearch() throws {
    let bytes = try HeapTests.forgeHeap101()
    let path = try TempFile.write(bytes)
    defer { TempFile.remove(path) }
    let dump = try Dump.open(path: path)
    let index = dump.heaps.index
    let prefix: UInt64 = 0x30
    let lookup = HeapIndexLookup(index, virtualPrefix: prefix)
    var checked = 0
    for (from, to) in [(0xc1_0361_ff00 as UInt64, 0xc1_0362_1000 as UInt64), (0xc1_036b_6000, 0xc1_036b_8000),
      (0x21c_4e60_0000, 0x21c_4e60_a000), (0x21c_4e80_0000, 0x21c_4e80_a000)] {
      var a = from
      while a < to {
        #expect(lookup.position(containing: a) == index.position(containing: a, virtualPrefix: prefix), "at \(a)")
        a += 8
        checked += 1
      }
    }
    #expect(checked > 10_000)
    #expect(lookup.position(containing: 0xc1_0362_0000) != nil)
    #expect(lookup.position(containing: 0x21c_4e60_1725).map { index.entries[$0] } == 0x21c_4e60_1710)
  }
}
