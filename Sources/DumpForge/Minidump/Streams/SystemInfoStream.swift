/// MINIDUMP_SYSTEM_INFO (0x38): ProcessorArchitecture 0x0, ProcessorLevel 0x2, ProcessorRevision 0x4,
/// NumberOfProcessors 0x6, ProductType 0x7, Major/Minor/BuildNumber 0x8/0xC/0x10, PlatformId 0x14,
/// CSDVersionRva 0x18, SuiteMask 0x1C, Reserved2 0x1E, Cpu.X86CpuInfo: VendorId[3] 0x20,
/// VersionInformation 0x2C, FeatureInformation 0x30, AMDExtendedCpuFeatures 0x34.
/// Source: nt-layouts.md §1.7.
enum SystemInfoStream {
  static let processorArchitectureAMD64: UInt16 = 9
  /// PROCESSOR_ARCHITECTURE_INTEL (nt-layouts.md §1.7, §6 "SystemInfo").
  static let processorArchitectureIntel: UInt16 = 0
  static let platformWin32NT: UInt32 = 2

  static func write(_ process: ForgedProcess, into blob: inout MinidumpBlob) -> LocationDescriptor {
    let os = process.scenario.os
    let system = process.scenario.system
    let servicePack = blob.appendString(os.servicePackText)
    var body = ByteBuffer()
    body.appendU16(os.isX86 ? processorArchitectureIntel : processorArchitectureAMD64)
    body.appendU16(6)  // ProcessorLevel: family 6
    body.appendU16(0x5507)  // ProcessorRevision: model 0x55, stepping 7
    body.appendU8(system.processors)
    body.appendU8(1)  // VER_NT_WORKSTATION
    body.appendU32(os.majorVersion)
    body.appendU32(os.minorVersion)
    body.appendU32(os.buildNumber)
    body.appendU32(platformWin32NT)
    body.appendU32(servicePack)
    body.appendU16(0x0100)  // SuiteMask: VER_SUITE_SINGLEUSERTS
    body.appendU16(0)
    let vendor = Array(system.cpuVendor.utf8)
    body.appendBytes(vendor)  // VendorId[3] is the 12 vendor characters in EBX, EDX, ECX order
    body.appendU32(0x0005_0657)  // CPUID(1).EAX
    body.appendU32(0xBFEB_FBFF)  // CPUID(1).EDX
    body.appendU32(0)
    return blob.append(body)
  }
}
