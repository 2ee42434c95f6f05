/// x64 `_PEB_LDR_DATA` and one `_LDR_DATA_TABLE_ENTRY` per module on the three circular lists,
/// plus their name strings, in one block.
/// Offsets: nt-layouts.md §2.3 (ntdiff Win7 x64 and Win10 2004 x64): PEB_LDR_DATA (0x58) Length 0x0,
/// Initialized 0x4, InLoadOrderModuleList 0x10, InMemoryOrderModuleList 0x20,
/// InInitializationOrderModuleList 0x30; entry: links 0x00/0x10/0x20, DllBase 0x30, EntryPoint 0x38,
/// SizeOfImage 0x40, FullDllName 0x48, BaseDllName 0x58, Flags 0x68, LoadCount 0x6C, TlsIndex 0x6E,
/// HashLinks 0x70, TimeDateStamp 0x80. List links point at the same-named LIST_ENTRY of the next entry.
///
/// In a real process the entries live in the process heap; until the heap builder exists they go in
/// a private allocation of their own. Moving them is a matter of choosing `address`.
struct LoaderDataLayout {
  static let headerSize = 0x58
  static let inLoadOrderList = 0x10
  static let inMemoryOrderList = 0x20
  static let inInitializationOrderList = 0x30

  static let entryDllBase = 0x30
  static let entryEntryPoint = 0x38
  static let entrySizeOfImage = 0x40
  static let entryFullDllName = 0x48
  static let entryBaseDllName = 0x58
  static let entryFlags = 0x68
  static let entryLoadCount = 0x6C
  static let entryTlsIndex = 0x6E
  static let entryHashLinks = 0x70
  static let entryTimeDateStamp = 0x80

  let os: OperatingSystemProfile
  let address: UInt64
  let modules: [PlacedModule]

  func entryOffset(_ index: Int) -> Int { alignUp(Self.headerSize, 16) + index * alignUp(os.loaderEntrySize, 16) }
  private func alignUp(_ value: Int, _ alignment: Int) -> Int { (value + alignment - 1) / alignment * alignment }

  func build() -> ByteBuffer {
    var strings = StringArea(blockAddress: address, buffer: ByteBuffer(count: entryOffset(modules.count)))
    strings.buffer.setU32(UInt32(Self.headerSize), at: 0)
    strings.buffer.setU8(1, at: 4)  // Initialized

    // Load and memory order: every module in scenario order. Initialization order: the DLLs only
    // (the executable is not initialized through the loader's DLL path).
    let all = Array(modules.indices)
    let dlls = all.filter { !modules[$0].spec.isExecutable }
    link(&strings.buffer, headOffset: Self.inLoadOrderList, linkOffset: 0x00, order: all)
    link(&strings.buffer, headOffset: Self.inMemoryOrderList, linkOffset: 0x10, order: all)
    link(&strings.buffer, headOffset: Self.inInitializationOrderList, linkOffset: 0x20, order: dlls)

    for (index, module) in modules.enumerated() {
      let entry = entryOffset(index)
      strings.buffer.setU64(module.base, at: entry + Self.entryDllBase)
      strings.buffer.setU64(module.entryPoint, at: entry + Self.entryEntryPoint)
      strings.buffer.setU32(UInt32(module.size), at: entry + Self.entrySizeOfImage)
      strings.addUnicodeString(module.spec.path, field: entry + Self.entryFullDllName)
      strings.addUnicodeString(module.spec.name, field: entry + Self.entryBaseDllName)
      // LDRP_IMAGE_DLL (0x4) for DLLs | LDRP_ENTRY_PROCESSED (0x4000).
      strings.buffer.setU32(module.spec.isExecutable ? 0x4000 : 0x4004, at: entry + Self.entryFlags)
      strings.buffer.setU16(0xFFFF, at: entry + Self.entryLoadCount)  // statically loaded
      // HashLinks: a list of one (points at itself) until a hash table is forged.
      let hashLinks = address + UInt64(entry + Self.entryHashLinks)
      strings.buffer.setU64(hashLinks, at: entry + Self.entryHashLinks)
      strings.buffer.setU64(hashLinks, at: entry + Self.entryHashLinks + 8)
      strings.buffer.setU32(module.spec.timestamp, at: entry + Self.entryTimeDateStamp)
    }
    return strings.buffer
  }

  /// Writes a circular doubly linked list: head ↔ entries in `order` ↔ head.
  private func link(_ buffer: inout ByteBuffer, headOffset: Int, linkOffset: Int, order: [Int]) {
    let nodes = [headOffset] + order.map { entryOffset($0) + linkOffset }
    for (position, node) in nodes.enumerated() {
      let next = nodes[(position + 1) % nodes.count]
      let previous = nodes[(position + nodes.count - 1) % nodes.count]
      buffer.setU64(address + UInt64(next), at: node)  // Flink
      buffer.setU64(address + UInt64(previous), at: node + 8)  // Blink
    }
  }
}
