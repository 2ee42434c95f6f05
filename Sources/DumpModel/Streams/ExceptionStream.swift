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

extension ExceptionInfo {
  /// Parses ExceptionStream (`MINIDUMP_EXCEPTION_STREAM`, 0xA8 bytes; minidumpapiset.h;
  /// nt-layouts.md §1.7): ThreadId @0, MINIDUMP_EXCEPTION @8 {ExceptionCode u32 @0, Flags @4,
  /// ExceptionRecord u64 @8, ExceptionAddress u64 @0x10, NumberParameters u32 @0x18,
  /// ExceptionInformation[15] u64 @0x20}, ThreadContext LOCATION_DESCRIPTOR @0xA0.
  /// Only min(NumberParameters, 15) parameters are kept.
  init(_ r: StreamReader) throws(DumpError) {
    try r.require(0, 0xA8, "MINIDUMP_EXCEPTION_STREAM")
    threadId = try r.u32(0)
    let count = min(UInt64(try r.u32(0x20)), 15)
    var params: [UInt64] = []
    for k in 0..<count { params.append(try r.u64(0x28 &+ k &* 8)) }
    record = ExceptionRecord(
      code: try r.u32(0x08), flags: try r.u32(0x0C), recordAddress: try r.u64(0x10),
      address: try r.u64(0x18), parameters: params)
    context = try r.locationDescriptor(at: 0xA0)
  }
}
