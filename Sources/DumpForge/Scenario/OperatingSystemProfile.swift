/// The Windows versions the forge can imitate, with every per-version constant in one place.
/// Versions and build strings: the builds named in the task brief; structure sizes: ntdiff/headers
/// PDB dumps (Win7_SP1/x64 and Win10 x64 ntdll) as cited next to each value.
public enum OperatingSystemProfile: String, Sendable, CaseIterable, Codable {
  case win7SP1X64 = "win7sp1-x64"
  case win10X64 = "win10-x64"
  case win11X64 = "win11-x64"
  /// Native 32-bit Windows 7 SP1 / Windows 10 (not WOW64): x86 PEB/TEB/loader layouts, x86 CONTEXT,
  /// PE32 images, a 2 GB user address space.
  case win7SP1X86 = "win7sp1-x86"
  case win10X86 = "win10-x86"

  public var isX86: Bool { self == .win7SP1X86 || self == .win10X86 }
  /// Same NT version as Windows 7 SP1 (x86 or x64).
  var isWin7: Bool { self == .win7SP1X64 || self == .win7SP1X86 }

  public var majorVersion: UInt32 { isWin7 ? 6 : 10 }
  public var minorVersion: UInt32 { isWin7 ? 1 : 0 }
  public var buildNumber: UInt32 {
    switch self {
    case .win7SP1X64, .win7SP1X86: return 7601
    case .win10X64, .win10X86: return 19045
    case .win11X64: return 22631
    }
  }
  /// Service-pack text for MINIDUMP_SYSTEM_INFO.CSDVersionRva and PEB.CSDVersion.
  public var servicePackText: String { isWin7 ? "Service Pack 1" : "" }
  /// PEB.OSCSDVersion (service pack major in the high byte).
  public var servicePackCode: UInt16 { isWin7 ? 0x0100 : 0 }
  /// MINIDUMP_MISC_INFO_4.BuildString as dbghelp writes it (build.revision.arch.branch.date).
  public var buildString: String {
    switch self {
    case .win7SP1X64: return "7601.24214.amd64fre.win7sp1_ldr_escrow.180801-1700"
    case .win10X64: return "19041.1.amd64fre.vb_release.191206-1406"
    case .win11X64: return "22621.1.amd64fre.ni_release.220506-1250"
    case .win7SP1X86: return "7601.24214.x86fre.win7sp1_ldr_escrow.180801-1700"
    case .win10X86: return "19041.1.x86fre.vb_release.191206-1406"
    }
  }
  /// Version for system DLL VS_FIXEDFILEINFO defaults.
  public var systemFileVersion: [UInt16] {
    switch self {
    case .win7SP1X64, .win7SP1X86: return [6, 1, 7601, 24214]
    case .win10X64, .win10X86: return [10, 0, 19041, 3636]
    case .win11X64: return [10, 0, 22621, 3085]
    }
  }
  public var is64Bit: Bool { !isX86 }
  public var pointerSize: Int { isX86 ? 4 : 8 }
  /// End of the user address space: x64 0x7FFF_FFFF_0000; x86 (no /3GB) 0x7FFF_0000
  /// (MmHighestUserAddress 0x7FFEFFFF + 1).
  public var userLimit: UInt64 { isX86 ? AddressSpaceLimits.x86UserLimit : AddressSpaceLimits.x64UserLimit }

  /// sizeof(_PEB): Win7 SP1 x64 0x380 (ntdiff Win7_SP1/x64 _PEB.h); Win10 2004 x64 0x7C8 (nt-layouts.md §2.1).
  /// x86: Win7 SP1 0x248, Win10 2004 PEB32 0x480 (nt-layouts.md §2.1).
  public var pebSize: Int {
    switch self {
    case .win7SP1X64: return 0x380
    case .win7SP1X86: return 0x248
    case .win10X86: return 0x480
    case .win10X64, .win11X64: return 0x7C8
    }
  }
  /// sizeof(_LDR_DATA_TABLE_ENTRY): Win7 x64 0xE0, Win10 2004 x64 0x120 (nt-layouts.md §2.3).
  /// x86: Win7 0x78 (ntdiff Win7_SP1/x86 _LDR_DATA_TABLE_ENTRY.h), Win10 0xA8 [U].
  public var loaderEntrySize: Int {
    switch self {
    case .win7SP1X64: return 0xE0
    case .win7SP1X86: return 0x78
    case .win10X86: return 0xA8
    case .win10X64, .win11X64: return 0x120
    }
  }
  /// sizeof(_RTL_USER_PROCESS_PARAMETERS): Win7 SP1 x64 0x400 (ends with EnvironmentVersion at
  /// 0x3F8), Win10 19041 x64 0x440 (ntdiff/headers and Vergilius-style dumps of the type).
  /// x86: 0x298 / 0x2C0 (ProcessParameters32Layout, computed).
  public var processParametersSize: Int {
    switch self {
    case .win7SP1X64: return 0x400
    case .win7SP1X86: return 0x298
    case .win10X86: return 0x2C0
    case .win10X64, .win11X64: return 0x440
    }
  }
  /// sizeof(_TEB) x64 is 0x1818 (Win7) / 0x1838 (Win10): two pages per TEB.
  public var tebAllocationSize: UInt64 { isX86 ? 0x1000 : 0x2000 }

  /// Where the PEB goes and where TEBs start (they descend from just below the PEB).
  /// Win7 x64 placed them at the top of the 8 TB space (PEB near 0x7FFFFFDF000); Win10/11 place
  /// them at a randomized address below 0x100`00000000 (e.g. 0x000000c4`1a2d6000).
  func pebAddress(random: inout SeededRandom) -> UInt64 {
    switch self {
    case .win7SP1X64:
      return 0x7FF_FFFD_F000 - random.below(4) * 0x2000
    case .win7SP1X86:
      // Win7 x86: PEB in the 0x7FFD3000–0x7FFDF000 window, TEBs just below it.
      return 0x7FFD_F000 - random.below(8) * 0x1000
    case .win10X86:
      // Win10 x86 places the PEB at a randomized low address (e.g. 0x002a3000); ours: 0x20F000–0x3FF000.
      return 0x20_0000 + random.below(0x20) * 0x1_0000 + 0xF000
    case .win10X64, .win11X64:
      let high = 0x10 + random.below(0xE0)  // 0x10..0xEF in bits 32..39
      let middle = random.below(0x8000) << 16
      return (high << 32) | middle | 0xF000
    }
  }

  /// Lowest address used when placing stacks, parameter blocks and regions without a fixed base.
  func lowAllocationHint(pebAddress: UInt64, random: inout SeededRandom) -> UInt64 {
    switch self {
    case .win7SP1X64, .win7SP1X86, .win10X86: return 0x20000
    case .win10X64, .win11X64: return alignDown(pebAddress, 0x1_0000_0000) + (random.below(0x40) + 1) * 0x10_0000
    }
  }

  /// Default image base region for the main executable and for DLLs (top-down from here).
  func defaultExecutableBase(random: inout SeededRandom) -> UInt64 {
    switch self {
    case .win7SP1X64: return 0x1_3F00_0000 + random.below(0x80) * 0x10000
    case .win7SP1X86, .win10X86: return 0x40_0000 + random.below(0x100) * 0x10000
    case .win10X64, .win11X64: return 0x7FF6_0000_0000 + random.below(0xFFFF) * 0x10000
    }
  }

  func defaultDllTop(random: inout SeededRandom) -> UInt64 {
    switch self {
    case .win7SP1X64: return 0x7FE_FF00_0000 - random.below(0x100) * 0x10000
    case .win7SP1X86, .win10X86: return 0x7780_0000 - random.below(0x100) * 0x10000
    case .win10X64, .win11X64: return 0x7FFA_0000_0000 + random.below(0x3FFF) * 0x40000
    }
  }
}
