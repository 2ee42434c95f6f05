import DumpModel
import Testing

/// `!address` takes its heap regions from the heap walker (`HeapSet.regionHits`). Expected values
/// from `dumpforge Samples/heap-101/scenario.yaml --describe-json`: the process heap at
/// 0x21c4e600000 (one segment, one large block whose `_HEAP_VIRTUAL_ALLOC_ENTRY` is at
/// 0xc103620000) and the document heap at 0x21c4e800000 (one segment).
@Suite("HeapRegions")
struct HeapRegionsTests {
  @Test func hitsComeFromTheWalker() throws {
    let bytes = try HeapTests.forgeHeap101()
    let path = try TempFile.write(bytes)
    defer { TempFile.remove(path) }
    let dump = try Dump.open(path: path)
    let hits = dump.heaps.regionHits
    let process: UInt64 = 0x21c_4e60_0000, document: UInt64 = 0x21c_4e80_0000
    #expect(hits.map(\.address) == [process, process, 0xc1_0362_0000, document, document])
    #expect(hits.map(\.kind) == [.segment, .segment, .largeBlock, .segment, .segment])
    #expect(hits.map(\.id) == [0, 0, 0, 1, 1])
    #expect(hits.map(\.handle) == [process, process, process, document, document])
    // The classifier claims the allocations those addresses sit in.
    let regions = try dump.classifiedRegions
    for hit in hits {
      let i = try #require(regions.map.index(containing: hit.address))
      #expect(regions.usages[i] == .heap)
      #expect(regions.tag(i) == .heap(id: hit.id, handle: hit.handle, kind: hit.kind))
    }
  }

  /// Ctrl-C (`Dump.isCancelled`) during the region map build throws `Cancelled` and caches nothing:
  /// the next call builds the whole map.
  @Test func cancelledBuildIsNotCached() throws {
    let bytes = try HeapTests.forgeHeap101()
    let path = try TempFile.write(bytes)
    defer { TempFile.remove(path) }
    let dump = try Dump.open(path: path)
    dump.isCancelled = { true }
    #expect(throws: Cancelled.self) { try dump.classifiedRegions }
    dump.isCancelled = { false }
    let regions = try dump.classifiedRegions
    #expect(regions.map.isComplete)
    #expect(regions.map.regions.last?.end == regions.map.limit)
    #expect(regions.usages.contains(.heap))
  }
}
