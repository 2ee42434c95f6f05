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

extension DumpThread {
  /// Parses ThreadListStream (`MINIDUMP_THREAD_LIST`, entries of 0x30) or ThreadExListStream
  /// (`MINIDUMP_THREAD_EX_LIST`, entries of 0x40 whose first 0x30 bytes are a MINIDUMP_THREAD)
  /// (minidumpapiset.h; nt-layouts.md §1.4): u32 count, then entries at +4 (or +8 with padding).
  /// Entry: ThreadId @0, SuspendCount @4, PriorityClass @8, Priority @0xC, Teb u64 @0x10, Stack
  /// MEMORY_DESCRIPTOR @0x18 (start u64, DataSize u32 @0x20, Rva u32 @0x24), ThreadContext
  /// LOCATION_DESCRIPTOR @0x28 (DataSize @0x28, Rva @0x2C).
  static func parseList(_ r: StreamReader, entrySize: UInt64) throws(DumpError) -> [DumpThread] {
    let (n, base) = try r.countedArray(entrySize: entrySize, what: "threads", cap: .threads)
    var out: [DumpThread] = []
    out.reserveCapacity(Int(n))
    for i in 0..<n {
      let e = try r.entry(i, of: entrySize, at: base)
      out.append(
        DumpThread(
          threadId: try r.u32(e),
          suspendCount: try r.u32(e &+ 4),
          priorityClass: try r.u32(e &+ 8),
          priority: try r.u32(e &+ 0x0C),
          teb: try r.u64(e &+ 0x10),
          stack: try r.memoryDescriptor(at: e &+ 0x18),
          context: try r.locationDescriptor(at: e &+ 0x28)))
    }
    return out
  }
}

extension StreamReader {
  /// `MINIDUMP_LOCATION_DESCRIPTOR` at relative `offset`: DataSize u32, Rva u32.
  func locationDescriptor(at offset: UInt64) throws(DumpError) -> LocationDescriptor {
    let (rvaAt, o) = offset.addingReportingOverflow(4)
    guard !o else { throw .badStreamSize(stream: stream, offset: start, detail: "location descriptor offset overflows") }
    return LocationDescriptor(dataSize: try u32(offset), rva: try u32(rvaAt))
  }

  /// `MINIDUMP_MEMORY_DESCRIPTOR` at relative `offset`: StartOfMemoryRange u64, then a
  /// LOCATION_DESCRIPTOR.
  func memoryDescriptor(at offset: UInt64) throws(DumpError) -> MemoryDescriptor {
    let (locAt, o) = offset.addingReportingOverflow(8)
    guard !o else { throw .badStreamSize(stream: stream, offset: start, detail: "memory descriptor offset overflows") }
    return MemoryDescriptor(start: try u64(offset), location: try locationDescriptor(at: locAt))
  }
}
