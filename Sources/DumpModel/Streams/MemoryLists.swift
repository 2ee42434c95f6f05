/// A range of process memory whose bytes are in the file: one entry of MemoryListStream (type 5,
/// `MINIDUMP_MEMORY_DESCRIPTOR` with its own RVA) or Memory64ListStream (type 9,
/// `MINIDUMP_MEMORY_DESCRIPTOR64`, bytes at BaseRva + the sum of the previous sizes).
public struct MemoryRange: Sendable, Equatable {
  /// Virtual address of the first byte.
  public var address: UInt64
  /// Number of bytes.
  public var size: UInt64
  /// File offset of the first byte.
  public var fileOffset: UInt64

  public init(address: UInt64, size: UInt64, fileOffset: UInt64) {
    self.address = address
    self.size = size
    self.fileOffset = fileOffset
  }

  /// Exclusive end address, saturated at `UInt64.max`.
  public var end: UInt64 {
    let (e, o) = address.addingReportingOverflow(size)
    return o ? UInt64.max : e
  }
}

/// `MINIDUMP_MEMORY_INFO` (0x30 bytes) of MemoryInfoListStream (type 16; nt-layouts.md §1.6).
public struct MemoryInfo: Sendable, Equatable {
  public var baseAddress: UInt64
  public var allocationBase: UInt64
  public var allocationProtect: UInt32
  public var regionSize: UInt64
  /// MEM_COMMIT 0x1000, MEM_RESERVE 0x2000, MEM_FREE 0x10000.
  public var state: UInt32
  /// PAGE_* (0 for reserve and free).
  public var protect: UInt32
  /// MEM_PRIVATE 0x20000, MEM_MAPPED 0x40000, MEM_IMAGE 0x1000000 (0 for free).
  public var type: UInt32

  public init(
    baseAddress: UInt64, allocationBase: UInt64, allocationProtect: UInt32, regionSize: UInt64,
    state: UInt32, protect: UInt32, type: UInt32
  ) {
    self.baseAddress = baseAddress
    self.allocationBase = allocationBase
    self.allocationProtect = allocationProtect
    self.regionSize = regionSize
    self.state = state
    self.protect = protect
    self.type = type
  }

  public var end: UInt64 {
    let (e, o) = baseAddress.addingReportingOverflow(regionSize)
    return o ? UInt64.max : e
  }
}

extension MemoryRange {
  /// Parses MemoryListStream (`MINIDUMP_MEMORY_LIST`; minidumpapiset.h; nt-layouts.md §1.6): u32
  /// count, then 16-byte MINIDUMP_MEMORY_DESCRIPTORs at +4 (or +8 with padding):
  /// StartOfMemoryRange u64 @0, DataSize u32 @8, Rva u32 @0xC. Ranges whose bytes leave the file
  /// are kept here; AddressSpace cuts them.
  static func parseMemoryList(_ r: StreamReader) throws(DumpError) -> [MemoryRange] {
    let (n, base) = try r.countedArray(entrySize: 16, what: "memory ranges", cap: .memoryRanges)
    var out: [MemoryRange] = []
    out.reserveCapacity(Int(n))
    for i in 0..<n {
      let d = try r.memoryDescriptor(at: try r.entry(i, of: 16, at: base))
      out.append(MemoryRange(address: d.start, size: UInt64(d.location.dataSize), fileOffset: UInt64(d.location.rva)))
    }
    return out
  }

  /// Parses Memory64ListStream (`MINIDUMP_MEMORY64_LIST`; minidumpapiset.h; nt-layouts.md §1.6):
  /// NumberOfMemoryRanges u64 @0, BaseRva RVA64 @8, then 16-byte MINIDUMP_MEMORY_DESCRIPTOR64
  /// {StartOfMemoryRange u64, DataSize u64} @0x10. Range i's bytes are at BaseRva + the sum of the
  /// previous DataSizes; that sum is computed with overflow checks (an overflow throws). A stream
  /// larger than 16 + 16*count is accepted (rust-minidump rejects it).
  static func parseMemory64List(_ r: StreamReader) throws(DumpError) -> [MemoryRange] {
    try r.require(0, 16, "MINIDUMP_MEMORY64_LIST header")
    let n = try r.u64(0)
    var offset = try r.u64(8)
    try r.requireArray(count: n, entrySize: 16, at: 16, what: "memory ranges")
    try r.requireWithin(.memoryRanges, count: n, what: "memory ranges")
    // One bounds check for the whole array (above), then plain loads: a million descriptors
    // parse in a few milliseconds instead of going through a checked read per field.
    let raw = try r.bytes(at: 16, count: n &* 16, "memory range descriptors")
    var out: [MemoryRange] = []
    out.reserveCapacity(Int(n))
    for i in 0..<Int(n) {
      let address = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i &* 16, as: UInt64.self))
      let size = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i &* 16 &+ 8, as: UInt64.self))
      out.append(MemoryRange(address: address, size: size, fileOffset: offset))
      let (next, o) = offset.addingReportingOverflow(size)
      guard !o else {
        throw .badValue(
          stream: r.stream, offset: r.fileOffset(16 &+ UInt64(i) &* 16),
          detail: "range \(i) (size 0x\(hex(size))) makes the data offset overflow 64 bits")
      }
      offset = next
    }
    return out
  }
}

extension MemoryInfo {
  /// Parses MemoryInfoListStream (`MINIDUMP_MEMORY_INFO_LIST`; minidumpapiset.h; nt-layouts.md
  /// §1.6): SizeOfHeader u32 @0, SizeOfEntry u32 @4, NumberOfEntries u64 @8; entries at
  /// SizeOfHeader, each SizeOfEntry (>= 0x30) bytes: BaseAddress u64 @0, AllocationBase @8,
  /// AllocationProtect u32 @0x10, RegionSize u64 @0x18, State @0x20, Protect @0x24, Type @0x28.
  /// `stop` is polled every 64K entries; when it returns true the (partial) list is returned at once.
  static func parseList(_ r: StreamReader, stop: () -> Bool = { false }) throws(DumpError) -> [MemoryInfo] {
    let (n, base, size) = try r.sizedArray(minHeader: 0x10, minEntry: 0x30, wideCount: true, what: "memory regions", cap: .memoryRanges)
    var out: [MemoryInfo] = []
    out.reserveCapacity(Int(n))
    for i in 0..<n {
      if i & 0xFFFF == 0xFFFF, stop() { return out }
      let e = try r.entry(i, of: size, at: base)
      out.append(
        MemoryInfo(
          baseAddress: try r.u64(e), allocationBase: try r.u64(e &+ 8),
          allocationProtect: try r.u32(e &+ 0x10), regionSize: try r.u64(e &+ 0x18),
          state: try r.u32(e &+ 0x20), protect: try r.u32(e &+ 0x24), type: try r.u32(e &+ 0x28)))
    }
    return out
  }
}
