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
