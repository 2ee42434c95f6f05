/// MINIDUMP_MISC_INFO_5 (1364 bytes on disk). Offsets: nt-layouts.md §1.7 — SizeOfInfo 0x0, Flags1 0x4,
/// ProcessId 0x8, ProcessCreateTime 0xC, ProcessUserTime 0x10, ProcessKernelTime 0x14,
/// ProcessorMaxMhz 0x18, ProcessorCurrentMhz 0x1C, ProcessorMhzLimit 0x20, ProcessorMaxIdleState 0x24,
/// ProcessorCurrentIdleState 0x28, ProcessIntegrityLevel 0x2C, ProcessExecuteFlags 0x30,
/// ProtectedProcess 0x34, TimeZoneId 0x38, TimeZone (TIME_ZONE_INFORMATION, 0xAC) 0x3C,
/// BuildString[260] 0xE8, DbgBldStr[40] 0x2F0, XStateData 0x340, ProcessCookie 0x550.
enum MiscInfoStream {
  static let size = 1364
  /// PROCESS_ID | PROCESS_TIMES | PROCESSOR_POWER_INFO | PROCESS_INTEGRITY | PROCESS_EXECUTE_FLAGS |
  /// TIMEZONE | BUILDSTRING | PROCESS_COOKIE.
  static let flags: UInt32 = 0x1 | 0x2 | 0x4 | 0x10 | 0x20 | 0x40 | 0x100 | 0x200

  static func write(_ process: ForgedProcess, into blob: inout MinidumpBlob) -> LocationDescriptor {
    let scenario = process.scenario
    var body = ByteBuffer(count: size)
    body.setU32(UInt32(size), at: 0x0)
    body.setU32(flags, at: 0x4)
    body.setU32(scenario.process.pid, at: 0x8)
    body.setU32(UInt32(truncatingIfNeeded: scenario.process.createTime), at: 0xC)
    body.setU32(scenario.process.userSeconds, at: 0x10)
    body.setU32(scenario.process.kernelSeconds, at: 0x14)
    body.setU32(scenario.system.processorMhz, at: 0x18)
    body.setU32(scenario.system.processorMhz, at: 0x1C)
    body.setU32(scenario.system.processorMhz, at: 0x20)
    body.setU32(1, at: 0x24)  // ProcessorMaxIdleState
    body.setU32(1, at: 0x28)
    body.setU32(0x2000, at: 0x2C)  // SECURITY_MANDATORY_MEDIUM_RID
    body.setU32(0x4D, at: 0x30)  // MEM_EXECUTE_OPTION_DISABLE | PERMANENT | … as a DEP-enabled x64 process
    body.setU32(0, at: 0x34)
    body.setU32(0, at: 0x38)  // TIME_ZONE_ID_UNKNOWN: UTC has no daylight saving
    // TIME_ZONE_INFORMATION: Bias 0x0, StandardName 0x4, StandardDate 0x44, StandardBias 0x54,
    // DaylightName 0x58, DaylightDate 0x98, DaylightBias 0xA8 (relative to 0x3C).
    body.setUTF16("Coordinated Universal Time", at: 0x3C + 0x04)
    body.setUTF16("Coordinated Universal Time", at: 0x3C + 0x58)
    body.setUTF16(String(scenario.os.buildString.prefix(259)), at: 0xE8)
    body.setUTF16(String(debuggerBuildString(scenario.os).prefix(39)), at: 0x2F0)
    body.setU32(0x210, at: 0x340)  // XSTATE_CONFIG_FEATURE_MSC_INFO.SizeOfInfo; no features recorded
    body.setU32(process.processCookie, at: 0x550)
    return blob.append(body)
  }

  static func debuggerBuildString(_ os: OperatingSystemProfile) -> String {
    switch os {
    case .win7SP1X64: return "dbghelp.amd64fre.win7sp1_ldr.180801"
    case .win10X64: return "dbgcore.amd64fre.vb_release.191206-1406"
    case .win11X64: return "dbgcore.amd64fre.ni_release.220506-1250"
    case .win7SP1X86: return "dbghelp.x86fre.win7sp1_ldr.180801"
    case .win10X86: return "dbgcore.x86fre.vb_release.191206-1406"
    }
  }
}
