/// `MINIDUMP_PROCESS_VM_COUNTERS_1` (0x50) or `_2` (0x98) of ProcessVmCountersStream (type 22).
/// Fields absent from revision 1 are nil.
public struct ProcessVmCounters: Sendable, Equatable {
  public var revision: UInt16
  public var flags: UInt16
  public var pageFaultCount: UInt32
  public var peakWorkingSetSize: UInt64
  public var workingSetSize: UInt64
  public var quotaPeakPagedPoolUsage: UInt64
  public var quotaPagedPoolUsage: UInt64
  public var quotaPeakNonPagedPoolUsage: UInt64
  public var quotaNonPagedPoolUsage: UInt64
  public var pagefileUsage: UInt64
  public var peakPagefileUsage: UInt64
  public var privateUsage: UInt64
  public var peakVirtualSize: UInt64?
  public var virtualSize: UInt64?
  public var privateWorkingSetSize: UInt64?
  public var sharedCommitUsage: UInt64?
}

extension ProcessVmCounters {
  /// Parses ProcessVmCountersStream (minidumpapiset.h; nt-layouts.md §1.8). Revision u16 @0
  /// selects the layout, and _1 is NOT a prefix of _2:
  /// - `MINIDUMP_PROCESS_VM_COUNTERS_1` (0x50): PageFaultCount u32 @4, then u64 PeakWorkingSetSize
  ///   @8, WorkingSetSize @0x10, QuotaPeakPaged @0x18, QuotaPaged @0x20, QuotaPeakNonPaged @0x28,
  ///   QuotaNonPaged @0x30, PagefileUsage @0x38, PeakPagefileUsage @0x40, PrivateUsage @0x48.
  ///   `flags` is 0 and the optional fields are nil.
  /// - `MINIDUMP_PROCESS_VM_COUNTERS_2` (0x98): Flags u16 @2, PageFaultCount @4, the same u64s
  ///   @8..@0x40, PeakVirtualSize @0x48, VirtualSize @0x50, PrivateUsage @0x58,
  ///   PrivateWorkingSetSize @0x60, SharedCommitUsage @0x68, then job counters (not kept).
  ///   PeakVirtualSize/VirtualSize are nil unless Flags has 0x2 (VIRTUALSIZE); PrivateWorkingSetSize
  ///   and SharedCommitUsage are nil unless Flags has 0x8 (EX2).
  /// The stream must reach the last field read (0x50 for rev 1, 0x70 for rev 2).
  init(_ r: StreamReader) throws(DumpError) {
    revision = try r.u16(0)
    switch revision {
    case 1:
      try r.require(0, 0x50, "MINIDUMP_PROCESS_VM_COUNTERS_1")
      flags = 0
      privateUsage = try r.u64(0x48)
    case 2:
      try r.require(0, 0x70, "MINIDUMP_PROCESS_VM_COUNTERS_2")
      flags = try r.u16(2)
      privateUsage = try r.u64(0x58)
      if flags & 0x2 != 0 {
        peakVirtualSize = try r.u64(0x48)
        virtualSize = try r.u64(0x50)
      }
      if flags & 0x8 != 0 {
        privateWorkingSetSize = try r.u64(0x60)
        sharedCommitUsage = try r.u64(0x68)
      }
    default:
      throw .badValue(stream: r.stream, offset: r.start, detail: "unknown ProcessVmCounters revision \(revision)")
    }
    pageFaultCount = try r.u32(4)
    peakWorkingSetSize = try r.u64(0x08)
    workingSetSize = try r.u64(0x10)
    quotaPeakPagedPoolUsage = try r.u64(0x18)
    quotaPagedPoolUsage = try r.u64(0x20)
    quotaPeakNonPagedPoolUsage = try r.u64(0x28)
    quotaNonPagedPoolUsage = try r.u64(0x30)
    pagefileUsage = try r.u64(0x38)
    peakPagefileUsage = try r.u64(0x40)
  }
}
