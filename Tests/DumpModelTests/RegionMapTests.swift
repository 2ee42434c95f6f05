@testable import DumpModel
import Testing

@Suite("RegionMap")
struct RegionMapTests {
  func info(_ base: UInt64, _ size: UInt64, state: UInt32 = 0x1000, alloc: UInt64? = nil) -> MemoryInfo {
    MemoryInfo(baseAddress: base, allocationBase: alloc ?? base, allocationProtect: 4, regionSize: size,
      state: state, protect: state == 0x1000 ? 4 : 0, type: 0x20000)
  }

  /// Regions cover [0, limit) exactly, in order, without gaps or overlaps.
  func checkContiguous(_ map: RegionMap) {
    var cursor: UInt64 = 0
    for r in map.regions {
      #expect(r.base == cursor)
      #expect(r.size > 0)
      cursor = r.end
    }
    #expect(cursor == map.limit)
  }

  @Test func gapsAreFilledAsFree() {
    let map = RegionMap(infos: [info(0x10000, 0x1000), info(0x30000, 0x2000)], limit: 0x7FFF_0000)
    checkContiguous(map)
    #expect(map.regions.map(\.isFree) == [true, false, true, false, true])
    #expect(map.regions[2].base == 0x11000 && map.regions[2].size == 0x1F000)
    #expect(map.regions[2].protect == 1 && map.regions[2].allocationBase == 0)
  }

  @Test func unsortedInputIsSorted() {
    let map = RegionMap(infos: [info(0x30000, 0x1000), info(0x10000, 0x1000)], limit: 0x100000)
    checkContiguous(map)
    #expect(map.regions.filter { !$0.isFree }.map(\.base) == [0x10000, 0x30000])
  }

  @Test func overlapsAreCutAndCovered() {
    let map = RegionMap(
      infos: [info(0x10000, 0x4000), info(0x12000, 0x4000), info(0x11000, 0x1000)], limit: 0x100000)
    checkContiguous(map)
    let busy = map.regions.filter { !$0.isFree }
    #expect(busy.map(\.base) == [0x10000, 0x14000])
    #expect(busy[1].end == 0x16000)
    #expect(!map.warnings.isEmpty)
  }

  @Test func zeroSizeRegionsAreDropped() {
    let map = RegionMap(infos: [info(0x10000, 0), info(0x20000, 0x1000)], limit: 0x100000)
    checkContiguous(map)
    #expect(map.regions.filter { !$0.isFree }.count == 1)
  }

  @Test func regionsPastTheLimitAreCut() {
    let map = RegionMap(infos: [info(0x7FFE_0000, 0x20000), info(0x9000_0000, 0x1000)], limit: 0x7FFF_0000)
    checkContiguous(map)
    #expect(map.regions.last?.end == 0x7FFF_0000)
    #expect(map.regions.last?.size == 0x10000)
    #expect(!map.warnings.isEmpty)
  }

  @Test func hugeAndWrappingRegionsStayInside() {
    let map = RegionMap(infos: [info(0x1000, UInt64.max), info(0, 0x1000)], limit: 0x7FFF_FFFF_0000)
    checkContiguous(map)
  }

  @Test func userLimits() {
    // x64: Windows 8.1+ 128 TB - 64 KB; Windows 7 8 TB - 64 KB; raised when a region lies above.
    #expect(RegionMap.userLimit(pointerSize: 8, minimum: 0x7FFF_FFFF_0000, highestEnd: 0x1000) == 0x7FFF_FFFF_0000)
    #expect(RegionMap.userLimit(pointerSize: 8, minimum: 0x7FF_FFFF_0000, highestEnd: 0x7FE_0000_0000) == 0x7FF_FFFF_0000)
    #expect(RegionMap.userLimit(pointerSize: 8, minimum: 0x7FF_FFFF_0000, highestEnd: 0x7FF0_0000_0000) == 0x7FFF_FFFF_0000)
    // x86: 2 GB, 3 GB, 4 GB as the regions say.
    #expect(RegionMap.userLimit(pointerSize: 4, minimum: 0x7FFF_0000, highestEnd: 0x7000_0000) == 0x7FFF_0000)
    #expect(RegionMap.userLimit(pointerSize: 4, minimum: 0x7FFF_0000, highestEnd: 0xB000_0000) == 0xBFFF_0000)
    #expect(RegionMap.userLimit(pointerSize: 4, minimum: 0x7FFF_0000, highestEnd: 0xFFFE_0000) == 0xFFFF_0000)
    #expect(RegionMap.userLimit(pointerSize: 4, minimum: 0x7FFF_0000, highestEnd: 0x1_0000_0000) == 0xFFFF_0000)
  }

  @Test func indexLookup() {
    let map = RegionMap(infos: [info(0x10000, 0x1000)], limit: 0x100000)
    #expect(map.index(containing: 0) == 0)
    #expect(map.index(containing: 0x10FFF) == 1)
    #expect(map.index(containing: 0x11000) == 2)
    #expect(map.index(containing: 0x100000) == nil)
  }

  @Test func synthesizedFromRangesAndModules() {
    let ranges = [
      MemoryRange(address: 0x20000, size: 0x1000, fileOffset: 0), MemoryRange(address: 0x21000, size: 0x1000, fileOffset: 0),
      MemoryRange(address: 0x400000, size: 0x3000, fileOffset: 0),
    ]
    let module = DumpModule(base: 0x401000, size: 0x1000, checkSum: 0, timeDateStamp: 0, path: "a.exe", versionInfo: nil, codeView: nil)
    let map = RegionMap.synthesized(ranges: ranges, modules: [module], limit: 0x7FFF_0000)
    checkContiguous(map)
    #expect(map.isPartial)
    let busy = map.regions.filter { !$0.isFree }
    #expect(busy.map(\.base) == [0x20000, 0x400000, 0x401000, 0x402000])
    #expect(busy[0].size == 0x2000)
    #expect(busy[2].type == 0x100_0000)
  }
}
