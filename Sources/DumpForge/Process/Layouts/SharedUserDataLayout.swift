/// `KUSER_SHARED_DATA`, mapped read-only at 0x7FFE0000 in every process.
/// Offsets: ntdiff/headers Win7_SP1/x64 ntdll `_KUSER_SHARED_DATA.h` (fields used here keep their
/// offsets in Win10/11): TickCountMultiplier 0x4, InterruptTime 0x8, SystemTime 0x14
/// (KSYSTEM_TIME: LowPart, High1Time, High2Time), TimeZoneBias 0x20, ImageNumberLow/High 0x2C/0x2E,
/// NtSystemRoot 0x30, NtProductType 0x264, ProductTypeIsValid 0x268, NtMajorVersion 0x26C,
/// NtMinorVersion 0x270, NumberOfPhysicalPages 0x2E8, TickCount 0x320, Cookie 0x330,
/// ActiveProcessorCount 0x3C0.
struct SharedUserDataLayout {
  let os: OperatingSystemProfile
  let system: SystemSpec
  let cookie: UInt32

  func build() -> ByteBuffer {
    var page = ByteBuffer(count: 0x1000)
    let tickCountMultiplier: UInt32 = 0x0FA0_0000  // 15.625 ms ticks, as x64 Windows reports
    page.setU32(tickCountMultiplier, at: 0x4)
    setSystemTime(&page, at: 0x8, value: system.uptimeSeconds &* 10_000_000)
    setSystemTime(&page, at: 0x14, value: WindowsTime.fileTime(unixSeconds: system.dumpTime))
    setSystemTime(&page, at: 0x20, value: 0)  // UTC
    let machine: UInt16 = os.isX86 ? 0x014C : 0x8664  // IMAGE_FILE_MACHINE_I386 / AMD64
    page.setU16(machine, at: 0x2C)
    page.setU16(machine, at: 0x2E)
    page.setUTF16("C:\\Windows", at: 0x30)
    page.setU32(1, at: 0x264)  // NtProductWinNt
    page.setU8(1, at: 0x268)
    page.setU32(os.majorVersion, at: 0x26C)
    page.setU32(os.minorVersion, at: 0x270)
    page.setU32(0x3F_F000, at: 0x2E8)  // 16 GB of 4 KB pages
    // TickCount in ticks: milliseconds = ticks * multiplier >> 24, i.e. 64 ticks per second.
    setSystemTime(&page, at: 0x320, value: system.uptimeSeconds &* 64)
    page.setU32(cookie, at: 0x330)
    page.setU32(UInt32(system.processors), at: 0x3C0)
    return page
  }

  private func setSystemTime(_ page: inout ByteBuffer, at offset: Int, value: UInt64) {
    page.setU32(UInt32(truncatingIfNeeded: value), at: offset)
    page.setU32(UInt32(truncatingIfNeeded: value >> 32), at: offset + 4)  // High1Time
    page.setU32(UInt32(truncatingIfNeeded: value >> 32), at: offset + 8)  // High2Time
  }
}
