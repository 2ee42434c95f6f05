/// `MINIDUMP_EXCEPTION_STREAM` (ExceptionStream, type 6; 0xA8 bytes; nt-layouts.md §1.7).
public struct ExceptionInfo: Sendable, Equatable {
  /// The faulting thread.
  public var threadId: UInt32
  public var record: ExceptionRecord
  /// The CONTEXT at the time of the exception.
  public var context: LocationDescriptor
}

/// `MINIDUMP_EXCEPTION` (0x98 bytes).
public struct ExceptionRecord: Sendable, Equatable {
  public var code: UInt32
  public var flags: UInt32
  /// Address of a chained record in target memory, 0 when none.
  public var recordAddress: UInt64
  public var address: UInt64
  /// ExceptionInformation[0..<min(NumberParameters, 15)].
  public var parameters: [UInt64]
}
