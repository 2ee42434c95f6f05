/// The headers of a PE image as it lies in the dumped process's memory.
///
/// Layout (Microsoft PE/COFF specification): `IMAGE_DOS_HEADER.e_lfanew` at +0x3C points at
/// "PE\0\0"; the 20-byte `IMAGE_FILE_HEADER` follows (Machine +0, NumberOfSections +2,
/// TimeDateStamp +4, SizeOfOptionalHeader +16); then the optional header, whose Magic is 0x10B
/// (PE32) or 0x20B (PE32+). AddressOfEntryPoint is at optional +16 in both; CheckSum at +64;
/// SizeOfImage at +56; SizeOfHeaders at +60; NumberOfRvaAndSizes at +92 (PE32) / +108 (PE32+), directories right after.
/// Every read goes through the address space and is bounds-checked; a missing or damaged header
/// gives nil, never a trap.
public struct PEImage: Sendable {
  public let base: UInt64
  public let isPE32Plus: Bool
  public let machine: UInt16
  public let timeDateStamp: UInt32
  public let addressOfEntryPoint: UInt32
  public let sizeOfImage: UInt32
  public let checkSum: UInt32
  /// SizeOfHeaders (optional header +60): the headers' bytes at the start of the file and image.
  public let sizeOfHeaders: UInt32
  /// (RVA, size) of each data directory; index 0 is exports, 3 exceptions (.pdata).
  public let dataDirectories: [(rva: UInt32, size: UInt32)]
  public let sections: [Section]

  public struct Section: Sendable, Equatable {
    public var name: String
    public var virtualAddress: UInt32
    public var virtualSize: UInt32
    public var characteristics: UInt32
    /// SizeOfRawData (+16) and PointerToRawData (+20): where the section's bytes lie in the file.
    public var sizeOfRawData: UInt32 = 0
    public var pointerToRawData: UInt32 = 0
  }

  public init?(space: AddressSpace, base: UInt64) {
    guard space.load(UInt16.self, at: base) == 0x5A4D,  // "MZ"
      let lfanew = space.load(UInt32.self, at: base &+ 0x3C), lfanew < 0x10000
    else { return nil }
    let nt = base &+ UInt64(lfanew)
    guard space.load(UInt32.self, at: nt) == 0x0000_4550,  // "PE\0\0"
      let machine = space.load(UInt16.self, at: nt &+ 4),
      let nsect = space.load(UInt16.self, at: nt &+ 6),
      let stamp = space.load(UInt32.self, at: nt &+ 8),
      let optSize = space.load(UInt16.self, at: nt &+ 20)
    else { return nil }
    let opt = nt &+ 24
    guard let magic = space.load(UInt16.self, at: opt), magic == 0x10B || magic == 0x20B else { return nil }
    let plus = magic == 0x20B
    self.base = base
    isPE32Plus = plus
    self.machine = machine
    timeDateStamp = stamp
    addressOfEntryPoint = space.load(UInt32.self, at: opt &+ 16) ?? 0
    sizeOfImage = space.load(UInt32.self, at: opt &+ 56) ?? 0
    checkSum = space.load(UInt32.self, at: opt &+ 64) ?? 0
    sizeOfHeaders = space.load(UInt32.self, at: opt &+ 60) ?? 0
    let countOffset: UInt64 = plus ? 108 : 92
    let count = min(space.load(UInt32.self, at: opt &+ countOffset) ?? 0, 16)
    var dirs: [(UInt32, UInt32)] = []
    for i in 0..<UInt64(count) {
      let at = opt &+ countOffset &+ 4 &+ i &* 8
      guard let rva = space.load(UInt32.self, at: at), let size = space.load(UInt32.self, at: at &+ 4) else { break }
      dirs.append((rva, size))
    }
    dataDirectories = dirs
    var sects: [Section] = []
    let table = opt &+ UInt64(optSize)
    for i in 0..<UInt64(min(nsect, 96)) {
      let at = table &+ i &* 40
      guard let raw = space.bytes(at: at, count: 40) else { break }
      let nameBytes = raw[0..<8].prefix { $0 != 0 }
      func u32(_ o: Int) -> UInt32 {
        UInt32(raw[o]) | UInt32(raw[o + 1]) << 8 | UInt32(raw[o + 2]) << 16 | UInt32(raw[o + 3]) << 24
      }
      sects.append(
        Section(
          name: String(decoding: nameBytes, as: UTF8.self), virtualAddress: u32(12), virtualSize: u32(8),
          characteristics: u32(36), sizeOfRawData: u32(16), pointerToRawData: u32(20)))
    }
    sections = sects
  }

  /// The data directory `index`, when present and non-empty.
  public func directory(_ index: Int) -> (rva: UInt32, size: UInt32)? {
    guard dataDirectories.indices.contains(index), dataDirectories[index].rva != 0,
      dataDirectories[index].size != 0
    else { return nil }
    return dataDirectories[index]
  }
}
