/// MINIDUMP_MEMORY_INFO_LIST (header 0x10: SizeOfHeader u32, SizeOfEntry u32, NumberOfEntries u64),
/// then MINIDUMP_MEMORY_INFO (0x30): BaseAddress 0x0, AllocationBase 0x8, AllocationProtect 0x10,
/// RegionSize 0x18, State 0x20, Protect 0x24, Type 0x28. Source: nt-layouts.md §1.6.
/// Covers the whole user address space, MEM_FREE gaps included.
enum MemoryInfoListStream {
  static let headerSize = 0x10
  static let entrySize = 0x30

  static func write(_ regions: [MemoryRegionInfo], into blob: inout MinidumpBlob) -> LocationDescriptor {
    var body = ByteBuffer()
    body.appendU32(UInt32(headerSize))
    body.appendU32(UInt32(entrySize))
    body.appendU64(UInt64(regions.count))
    for region in regions {
      body.appendU64(region.base)
      body.appendU64(region.allocationBase)
      body.appendU32(region.allocationProtect)
      body.appendU32(0)
      body.appendU64(region.size)
      body.appendU32(region.state.rawValue)
      body.appendU32(region.protect)
      body.appendU32(region.type?.rawValue ?? 0)
      body.appendU32(0)
    }
    return blob.append(body)
  }
}
