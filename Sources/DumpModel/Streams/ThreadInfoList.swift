/// `MINIDUMP_THREAD_INFO` (0x40 bytes) of ThreadInfoListStream (type 17).
public struct ThreadInfo: Sendable, Equatable {
  public var threadId: UInt32
  /// 1 ERROR_THREAD, 2 WRITING_THREAD, 4 EXITED_THREAD, 8 INVALID_INFO, 0x10 INVALID_CONTEXT, 0x20 INVALID_TEB.
  public var dumpFlags: UInt32
  public var dumpError: UInt32
  public var exitStatus: UInt32
  /// FILETIME (100 ns since 1601).
  public var createTime: UInt64
  public var exitTime: UInt64
  /// 100 ns units.
  public var kernelTime: UInt64
  public var userTime: UInt64
  public var startAddress: UInt64
  public var affinity: UInt64
}

/// One entry of ThreadNamesStream (type 24): ThreadId u32, RvaOfThreadName RVA64 → MINIDUMP_STRING.
public struct ThreadName: Sendable, Equatable {
  public var threadId: UInt32
  public var name: String
}
