/// One `MINIDUMP_THREAD` (0x30 bytes) of ThreadListStream (type 3), or the first 0x30 bytes of a
/// `MINIDUMP_THREAD_EX` (ThreadExListStream, type 8).
public struct DumpThread: Sendable, Equatable {
  public var threadId: UInt32
  public var suspendCount: UInt32
  public var priorityClass: UInt32
  public var priority: UInt32
  public var teb: UInt64
  /// Stack memory as the writer described it (StartOfMemoryRange, DataSize, Rva).
  public var stack: MemoryDescriptor
  /// Location of the thread's CONTEXT in the file.
  public var context: LocationDescriptor
}

/// `MINIDUMP_LOCATION_DESCRIPTOR`: DataSize u32, Rva u32.
public struct LocationDescriptor: Sendable, Equatable {
  public var dataSize: UInt32
  public var rva: UInt32
  public init(dataSize: UInt32, rva: UInt32) {
    self.dataSize = dataSize
    self.rva = rva
  }
}

/// `MINIDUMP_MEMORY_DESCRIPTOR`: StartOfMemoryRange u64, Memory (DataSize u32, Rva u32).
public struct MemoryDescriptor: Sendable, Equatable {
  public var start: UInt64
  public var location: LocationDescriptor
  public init(start: UInt64, location: LocationDescriptor) {
    self.start = start
    self.location = location
  }
}
