/// x86 `_PEB_LDR_DATA` (0x30) and one `_LDR_DATA_TABLE_ENTRY` per module on the three circular
/// lists, plus their name strings, in one block.
/// Offsets: nt-layouts.md §2.3 x86 column and ntdiff/headers
/// `Win7_SP1/x86/System32/ntdll.dll/Standalone/_LDR_DATA_TABLE_ENTRY.h` (size 0x78): PEB_LDR_DATA
/// Length 0x0, Initialized 0x4, InLoadOrderModuleList 0x0C, InMemoryOrderModuleList 0x14,
/// InInitializationOrderModuleList 0x1C; entry links 0x00/0x08/0x10, DllBase 0x18, EntryPoint 0x1C,
/// SizeOfImage 0x20, FullDllName 0x24, BaseDllName 0x2C, Flags 0x34, LoadCount 0x38, TlsIndex 0x3A,
/// HashLinks 0x3C, TimeDateStamp 0x44. Win10 x86 keeps these offsets (entry size 0xA8, §2.3 [U]).
struct LoaderData32Layout {
  static let headerSize = 0x30
  static let inLoadOrderList = 0x0C
  static let inMemoryOrderList = 0x14
  static let inInitializationOrderList = 0x1C
  static let entryDllBase = 0x18
  static let entryEntryPoint = 0x1C
  static let entrySizeOfImage = 0x20
  static let entryFullDllName = 0x24
  static let entryBaseDllName = 0x2C
  static let entryFlags = 0x34
  static let entryLoadCount = 0x38
  static let entryHashLinks = 0x3C
  static let entryTimeDateStamp = 0x44

  let os: OperatingSystemProfile
  let address: UInt64
  let modules: [PlacedModule]

  func entryOffset(_ index: Int) -> Int { Self.headerSize + index * ((os.loaderEntrySize + 15) / 16 * 16) }

  func build() -> ByteBuffer {
    var strings = StringArea(blockAddress: address, buffer: ByteBuffer(count: entryOffset(modules.count)), x86: true)
    strings.buffer.setU32(UInt32(Self.headerSize), at: 0)
    strings.buffer.setU8(1, at: 4)  // Initialized
    let all = Array(modules.indices)
    let dlls = all.filter { !modules[$0].spec.isExecutable }
    link(&strings.buffer, headOffset: Self.inLoadOrderList, linkOffset: 0x00, order: all)
    link(&strings.buffer, headOffset: Self.inMemoryOrderList, linkOffset: 0x08, order: all)
    link(&strings.buffer, headOffset: Self.inInitializationOrderList, linkOffset: 0x10, order: dlls)
    for (index, module) in modules.enumerated() {
      let entry = entryOffset(index)
      strings.buffer.setU32(UInt32(truncatingIfNeeded: module.base), at: entry + Self.entryDllBase)
      strings.buffer.setU32(UInt32(truncatingIfNeeded: module.entryPoint), at: entry + Self.entryEntryPoint)
      strings.buffer.setU32(UInt32(module.size), at: entry + Self.entrySizeOfImage)
      strings.addUnicodeString(module.spec.path, field: entry + Self.entryFullDllName)
      strings.addUnicodeString(module.spec.name, field: entry + Self.entryBaseDllName)
      // LDRP_IMAGE_DLL (0x4) for DLLs | LDRP_ENTRY_PROCESSED (0x4000), as in LoaderDataLayout.
      strings.buffer.setU32(module.spec.isExecutable ? 0x4000 : 0x4004, at: entry + Self.entryFlags)
      strings.buffer.setU16(0xFFFF, at: entry + Self.entryLoadCount)
      let hashLinks = UInt32(truncatingIfNeeded: address) + UInt32(entry + Self.entryHashLinks)
      strings.buffer.setU32(hashLinks, at: entry + Self.entryHashLinks)
      strings.buffer.setU32(hashLinks, at: entry + Self.entryHashLinks + 4)
      strings.buffer.setU32(module.spec.timestamp, at: entry + Self.entryTimeDateStamp)
    }
    return strings.buffer
  }

  /// Circular doubly linked list with 4-byte Flink/Blink: head ↔ entries in `order` ↔ head.
  private func link(_ buffer: inout ByteBuffer, headOffset: Int, linkOffset: Int, order: [Int]) {
    let nodes = [headOffset] + order.map { entryOffset($0) + linkOffset }
    for (position, node) in nodes.enumerated() {
      let next = nodes[(position + 1) % nodes.count]
      let previous = nodes[(position + nodes.count - 1) % nodes.count]
      buffer.setU32(UInt32(truncatingIfNeeded: address) + UInt32(next), at: node)
      buffer.setU32(UInt32(truncatingIfNeeded: address) + UInt32(previous), at: node + 4)
    }
  }
}
