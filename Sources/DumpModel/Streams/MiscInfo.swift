/// `MINIDUMP_MISC_INFO` .. `_5` (MiscInfoStream, type 15). SizeOfInfo selects the version:
/// 24 (v1), 44 (v2), 232 (v3), 832 (v4), 1364 (v5) (nt-layouts.md §1.7). Fields whose Flags1 bit
/// is clear, or that lie beyond SizeOfInfo, are `nil`.
public struct MiscInfo: Sendable, Equatable {
  public var sizeOfInfo: UInt32
  public var flags1: UInt32
  /// Flags1 0x1.
  public var processId: UInt32?
  /// Flags1 0x2: time_t seconds; user and kernel time in seconds.
  public var processCreateTime: UInt32?
  public var processUserTime: UInt32?
  public var processKernelTime: UInt32?
  /// Flags1 0x4 (v2+).
  public var processorMaxMhz: UInt32?
  public var processorCurrentMhz: UInt32?
  /// Flags1 0x40 (v3+): TIME_ZONE_INFORMATION.Bias in minutes (UTC = local + bias) and names.
  public var timeZoneId: UInt32?
  public var timeZoneBias: Int32?
  public var timeZoneStandardName: String?
  public var timeZoneDaylightName: String?
  /// Flags1 0x100 (v4+).
  public var buildString: String?
  public var dbgBuildString: String?
  /// Flags1 0x200 (v5).
  public var processCookie: UInt32?
}

extension MiscInfo {
  /// Parses `MINIDUMP_MISC_INFO` .. `_5` (minidumpapiset.h; nt-layouts.md §1.7). SizeOfInfo @0
  /// (24/44/232/832/1364), Flags1 @4; ProcessId @8 (Flags1 0x1); CreateTime/UserTime/KernelTime
  /// @0xC/@0x10/@0x14 (0x2); ProcessorMaxMhz/CurrentMhz @0x18/@0x1C (0x4, v2); TimeZoneId @0x38 and
  /// TIME_ZONE_INFORMATION @0x3C: Bias i32, StandardName WCHAR[32] @0x40, DaylightName WCHAR[32]
  /// @0x94 (0x40, v3); BuildString WCHAR[260] @0xE8, DbgBldStr WCHAR[40] @0x2F0 (0x100, v4);
  /// ProcessCookie @0x550 (0x200, v5).
  ///
  /// A field is read only when it lies inside both SizeOfInfo and the stream and its Flags1 bit is
  /// set; other fields are nil. Unknown sizes are accepted the same way. SizeOfInfo below 24 throws.
  init(_ r: StreamReader) throws(DumpError) {
    try r.require(0, 24, "MINIDUMP_MISC_INFO")
    sizeOfInfo = try r.u32(0)
    flags1 = try r.u32(4)
    guard sizeOfInfo >= 24 else {
      throw .badValue(stream: r.stream, offset: r.start, detail: "SizeOfInfo \(sizeOfInfo) is below the 24-byte MINIDUMP_MISC_INFO")
    }
    let limit = min(UInt64(sizeOfInfo), r.count)
    let flags = flags1
    func has(_ bit: UInt32, through end: UInt64) -> Bool { flags & bit != 0 && end <= limit }

    if has(0x1, through: 0x0C) { processId = try r.u32(0x08) }
    if has(0x2, through: 0x18) {
      processCreateTime = try r.u32(0x0C)
      processUserTime = try r.u32(0x10)
      processKernelTime = try r.u32(0x14)
    }
    if has(0x4, through: 0x20) {
      processorMaxMhz = try r.u32(0x18)
      processorCurrentMhz = try r.u32(0x1C)
    }
    if has(0x40, through: 0xE8) {
      timeZoneId = try r.u32(0x38)
      timeZoneBias = Int32(bitPattern: try r.u32(0x3C))
      timeZoneStandardName = try MinidumpString.fixedArray(r, at: 0x40, chars: 32, what: "TimeZone.StandardName")
      timeZoneDaylightName = try MinidumpString.fixedArray(r, at: 0x94, chars: 32, what: "TimeZone.DaylightName")
    }
    if has(0x100, through: 0x340) {
      buildString = try MinidumpString.fixedArray(r, at: 0xE8, chars: 260, what: "BuildString")
      dbgBuildString = try MinidumpString.fixedArray(r, at: 0x2F0, chars: 40, what: "DbgBldStr")
    }
    if has(0x200, through: 0x554) { processCookie = try r.u32(0x550) }
  }
}
