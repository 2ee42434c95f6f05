/// Minidump constants. Source: nt-layouts.md §1.2–1.3, 1.9 (minidumpapiset.h via the SDK docs).
enum MinidumpConstants {
  /// "MDMP"
  static let signature: UInt32 = 0x504D_444D
  /// Low word MINIDUMP_VERSION; the high word is implementation-specific (we write 10, as a
  /// Windows 10 era dbghelp/dbgcore would; the exact value varies — nt-layouts.md §7.1).
  static let version: UInt32 = 0x000A_A793
  /// WithFullMemory | WithHandleData | WithUnloadedModules | WithFullMemoryInfo | WithThreadInfo.
  static let fullDumpFlags: UInt64 = 0x1826
  static let headerSize = 0x20
  static let directoryEntrySize = 0x0C
}

/// MINIDUMP_STREAM_TYPE values (nt-layouts.md §1.3).
enum StreamType: UInt32 {
  case threadList = 3
  case moduleList = 4
  case exception = 6
  case systemInfo = 7
  case memory64List = 9
  case commentW = 11
  case handleData = 12
  case unloadedModuleList = 14
  case miscInfo = 15
  case memoryInfoList = 16
  case threadInfoList = 17
}

/// MINIDUMP_LOCATION_DESCRIPTOR: DataSize u32, Rva u32.
struct LocationDescriptor: Equatable {
  var size: UInt32
  var rva: UInt32
  static let empty = LocationDescriptor(size: 0, rva: 0)

  func write(into buffer: inout ByteBuffer, at offset: Int) {
    buffer.setU32(size, at: offset)
    buffer.setU32(rva, at: offset + 4)
  }
}
