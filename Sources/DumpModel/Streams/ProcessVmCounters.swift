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
