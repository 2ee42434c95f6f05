/// x86 `_PEB` of a native 32-bit process (one page), followed in the same page by the
/// ProcessHeaps pointer array (u32 slots) and the CSD version string.
/// Offsets: nt-layouts.md §2.1 x86 / PEB32 column (ntdiff Win10 2004 `_PEB32`): ImageBaseAddress 0x08,
/// Ldr 0x0C, ProcessParameters 0x10, ProcessHeap 0x18, NumberOfProcessors 0x64, NtGlobalFlag 0x68,
/// HeapSegmentReserve/Commit 0x78/0x7C, HeapDeCommitTotalFree/FreeBlockThreshold 0x80/0x84,
/// NumberOfHeaps 0x88, MaximumNumberOfHeaps 0x8C, ProcessHeaps 0x90, OSMajor/Minor/BuildNumber
/// 0xA4/0xA8/0xAC. The rest follow the same field order as the x64 `_PEB` with 4-byte pointers
/// (computed [C], not re-read from a dump): Mutant 0x04, CriticalSectionTimeout 0x70, OSCSDVersion
/// 0xAE, OSPlatformId 0xB0, ImageSubsystem 0xB4/0xB8, ActiveProcessAffinityMask 0xC0, SessionId 0x1D4,
/// CSDVersion 0x1F0. sizeof: Win7 SP1 0x248, Win10 2004 0x480 (§2.1).
struct Peb32Layout {
  static let mutant = 0x004
  static let imageBaseAddress = 0x008
  static let loaderData = 0x00C
  static let processParameters = 0x010
  static let processHeap = 0x018
  static let numberOfProcessors = 0x064
  static let ntGlobalFlag = 0x068
  static let criticalSectionTimeout = 0x070
  static let heapSegmentReserve = 0x078
  static let heapSegmentCommit = 0x07C
  static let heapDeCommitTotalFreeThreshold = 0x080
  static let heapDeCommitFreeBlockThreshold = 0x084
  static let numberOfHeaps = 0x088
  static let maximumNumberOfHeaps = 0x08C
  static let processHeaps = 0x090
  static let osMajorVersion = 0x0A4
  static let osMinorVersion = 0x0A8
  static let osBuildNumber = 0x0AC
  static let osCSDVersion = 0x0AE
  static let osPlatformId = 0x0B0
  static let imageSubsystem = 0x0B4
  static let imageSubsystemMajorVersion = 0x0B8
  static let activeProcessAffinityMask = 0x0C0
  static let sessionId = 0x1D4
  static let csdVersion = 0x1F0

  let os: OperatingSystemProfile
  let address: UInt64
  let imageBase: UInt64
  let loaderDataAddress: UInt64
  let processParametersAddress: UInt64
  let globalFlags: UInt32
  let processors: UInt8

  var processHeapsAddress: UInt64 { address + alignUp(UInt64(os.pebSize), 16) }

  func build() -> ByteBuffer {
    var peb = ByteBuffer(count: os.pebSize)
    peb.setU32(UInt32.max, at: Self.mutant)
    peb.setU32(UInt32(truncatingIfNeeded: imageBase), at: Self.imageBaseAddress)
    peb.setU32(UInt32(truncatingIfNeeded: loaderDataAddress), at: Self.loaderData)
    peb.setU32(UInt32(truncatingIfNeeded: processParametersAddress), at: Self.processParameters)
    peb.setU32(UInt32(processors), at: Self.numberOfProcessors)
    peb.setU32(globalFlags, at: Self.ntGlobalFlag)
    peb.setU64(0xFFFF_E86D_079B_8000, at: Self.criticalSectionTimeout)  // -30 days in 100 ns
    peb.setU32(0x10_0000, at: Self.heapSegmentReserve)
    peb.setU32(0x2000, at: Self.heapSegmentCommit)
    peb.setU32(0x1_0000, at: Self.heapDeCommitTotalFreeThreshold)
    peb.setU32(0x1000, at: Self.heapDeCommitFreeBlockThreshold)
    peb.setU32(PebLayout.initialHeapCapacity, at: Self.maximumNumberOfHeaps)
    peb.setU32(UInt32(truncatingIfNeeded: processHeapsAddress), at: Self.processHeaps)
    peb.setU32(os.majorVersion, at: Self.osMajorVersion)
    peb.setU32(os.minorVersion, at: Self.osMinorVersion)
    peb.setU16(UInt16(os.buildNumber), at: Self.osBuildNumber)
    peb.setU16(os.servicePackCode, at: Self.osCSDVersion)
    peb.setU32(2, at: Self.osPlatformId)  // VER_PLATFORM_WIN32_NT
    peb.setU32(3, at: Self.imageSubsystem)  // IMAGE_SUBSYSTEM_WINDOWS_CUI
    peb.setU32(6, at: Self.imageSubsystemMajorVersion)
    peb.setU32(processors >= 32 ? UInt32.max : (UInt32(1) << UInt32(processors)) - 1, at: Self.activeProcessAffinityMask)
    peb.setU32(1, at: Self.sessionId)
    var page = ByteBuffer(count: Int(processHeapsAddress - address) + Int(PebLayout.initialHeapCapacity) * 4)
    page.setBytes(peb.bytes, at: 0)
    if !os.servicePackText.isEmpty {
      var strings = StringArea(blockAddress: address, buffer: page, x86: true)
      strings.addUnicodeString(os.servicePackText, field: Self.csdVersion)
      page = strings.buffer
    }
    return page
  }
}
