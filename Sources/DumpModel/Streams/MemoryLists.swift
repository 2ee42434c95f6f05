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
