/// `MINIDUMP_SYSTEM_INFO` (SystemInfoStream, type 7; 0x38 bytes; nt-layouts.md §1.7).
public struct SystemInfo: Sendable, Equatable {
  public var architecture: ProcessorArchitecture
  public var processorLevel: UInt16
  public var processorRevision: UInt16
  public var numberOfProcessors: UInt8
  /// 1 workstation, 2 domain controller, 3 server.
  public var productType: UInt8
  public var majorVersion: UInt32
  public var minorVersion: UInt32
  public var buildNumber: UInt32
  /// VER_PLATFORM_WIN32_NT = 2.
  public var platformId: UInt32
  /// Service pack text from CSDVersionRva, e.g. "Service Pack 1"; empty when absent.
  public var csdVersion: String
  public var suiteMask: UInt16
  /// CPUID vendor string for x86/x64 ("GenuineIntel"), nil for other CPUs or when the writer left
  /// no printable vendor there (Wine).
  public var vendorId: String?

  /// Pointer size of the dumped process: 4 on x86 (and ARM), 8 otherwise. Never the host's.
  public var pointerSize: Int { architecture.pointerSize }
}

/// `ProcessorArchitecture` values of SYSTEM_INFO.
public enum ProcessorArchitecture: Sendable, Equatable {
  case x86, arm, ia64, amd64, arm64
  case unknown(UInt16)

  public init(rawValue: UInt16) {
    switch rawValue {
    case 0: self = .x86
    case 5: self = .arm
    case 6: self = .ia64
    case 9: self = .amd64
    case 12: self = .arm64
    default: self = .unknown(rawValue)
    }
  }

  public var pointerSize: Int {
    switch self {
    case .x86, .arm: return 4
    default: return 8
    }
  }

  /// The name WinDbg uses in `vertarget` / the banner (`x64`, `x86`, ...).
  public var name: String {
    switch self {
    case .x86: return "x86"
    case .arm: return "ARM"
    case .ia64: return "IA64"
    case .amd64: return "x64"
    case .arm64: return "ARM64"
    case .unknown(let v): return "unknown (\(v))"
    }
  }
}

extension SystemInfo {
  /// Parses `MINIDUMP_SYSTEM_INFO` (minidumpapiset.h; nt-layouts.md §1.7): ProcessorArchitecture
  /// u16 @0, Level @2, Revision @4, NumberOfProcessors u8 @6, ProductType u8 @7, Major/Minor/Build
  /// u32 @8/@0xC/@0x10, PlatformId @0x14, CSDVersionRva @0x18, SuiteMask u16 @0x1C, then the 24-byte
  /// CPU union @0x20 whose x86/x64 form starts with VendorId[3] u32.
  ///
  /// Requires the 0x20 fixed bytes; VendorId is nil when the stream stops before it, the CPU is
  /// not x86/x64, or the bytes are not printable ASCII. An unreadable CSD string gives "" (RVA 0 means none).
  init(_ r: StreamReader) throws(DumpError) {
    try r.require(0, 0x20, "MINIDUMP_SYSTEM_INFO")
    architecture = ProcessorArchitecture(rawValue: try r.u16(0))
    processorLevel = try r.u16(2)
    processorRevision = try r.u16(4)
    numberOfProcessors = try r.u8(6)
    productType = try r.u8(7)
    majorVersion = try r.u32(8)
    minorVersion = try r.u32(0x0C)
    buildNumber = try r.u32(0x10)
    platformId = try r.u32(0x14)
    let csdRva = try r.u32(0x18)
    csdVersion =
      csdRva == 0
      ? "" : MinidumpString.readOr("", r.file, at: UInt64(csdRva), stream: r.stream, what: "CSDVersion")
    suiteMask = try r.u16(0x1C)
    vendorId = nil
    if architecture == .x86 || architecture == .amd64, r.count >= 0x2C {
      // Wine's dbghelp fills the union with other bytes (its x64 dumps hold "L\x7f\x82\0..."),
      // so only printable ASCII counts as a vendor string.
      let raw = try r.bytes(at: 0x20, count: 12, "VendorId")
      let text = raw.prefix { $0 != 0 }
      if !text.isEmpty, text.allSatisfy({ (0x20...0x7E).contains($0) }) {
        vendorId = String(decoding: text, as: UTF8.self)
      }
    }
  }
}
