/// x64 `_PEB` (one page, MEM_PRIVATE PAGE_READWRITE), followed in the same page by the
/// ProcessHeaps pointer array and the CSD version string.
/// Offsets: ntdiff/headers Win7_SP1/x64 ntdll `_PEB.h` and Win10 2004 x64 `_PEB` (identical for
/// every field written here), as summarised in nt-layouts.md §2.1. OSMajorVersion/OSMinorVersion
/// are ULONGs and OSBuildNumber/OSCSDVersion USHORTs (Win7 _PEB.h).
struct PebLayout {
  static let imageBaseAddress = 0x010
  static let loaderData = 0x018
  static let processParameters = 0x020
  static let processHeap = 0x030
  static let numberOfProcessors = 0x0B8
  static let ntGlobalFlag = 0x0BC
  static let criticalSectionTimeout = 0x0C0
  static let heapSegmentReserve = 0x0C8
  static let heapSegmentCommit = 0x0D0
  static let heapDeCommitTotalFreeThreshold = 0x0D8
  static let heapDeCommitFreeBlockThreshold = 0x0E0
  static let numberOfHeaps = 0x0E8
  static let maximumNumberOfHeaps = 0x0EC
  static let processHeaps = 0x0F0
  static let osMajorVersion = 0x118
  static let osMinorVersion = 0x11C
  static let osBuildNumber = 0x120
  static let osCSDVersion = 0x122
  static let osPlatformId = 0x124
  static let imageSubsystem = 0x128
  static let imageSubsystemMajorVersion = 0x12C
  static let activeProcessAffinityMask = 0x138
  static let sessionId = 0x2C0
  static let csdVersion = 0x2E8

  /// Capacity of the ProcessHeaps array written after the PEB (Windows starts with 16).
  static let initialHeapCapacity: UInt32 = 16

  let os: OperatingSystemProfile
  let address: UInt64
  let imageBase: UInt64
  let loaderDataAddress: UInt64
  let processParametersAddress: UInt64
  let globalFlags: UInt32
  let processors: UInt8

  /// Address of the ProcessHeaps array (just after the PEB, 16-aligned).
  var processHeapsAddress: UInt64 { address + alignUp(UInt64(os.pebSize), 16) }

  func build() -> ByteBuffer {
    var peb = ByteBuffer(count: os.pebSize)
    peb.setU64(UInt64.max, at: 0x008)  // Mutant: -1 (none)
    peb.setU64(imageBase, at: Self.imageBaseAddress)
    peb.setU64(loaderDataAddress, at: Self.loaderData)
    peb.setU64(processParametersAddress, at: Self.processParameters)
    peb.setU64(0, at: Self.processHeap)  // no heaps yet: the heap builder fills this in
    peb.setU32(UInt32(processors), at: Self.numberOfProcessors)
    peb.setU32(globalFlags, at: Self.ntGlobalFlag)
    peb.setU64(0xFFFF_E86D_079B_8000, at: Self.criticalSectionTimeout)  // -30 days in 100 ns (the default)
    peb.setU64(0x10_0000, at: Self.heapSegmentReserve)
    peb.setU64(0x2000, at: Self.heapSegmentCommit)
    peb.setU64(0x1_0000, at: Self.heapDeCommitTotalFreeThreshold)
    peb.setU64(0x1000, at: Self.heapDeCommitFreeBlockThreshold)
    peb.setU32(0, at: Self.numberOfHeaps)
    peb.setU32(Self.initialHeapCapacity, at: Self.maximumNumberOfHeaps)
    peb.setU64(processHeapsAddress, at: Self.processHeaps)
    peb.setU32(os.majorVersion, at: Self.osMajorVersion)
    peb.setU32(os.minorVersion, at: Self.osMinorVersion)
    peb.setU16(UInt16(os.buildNumber), at: Self.osBuildNumber)
    peb.setU16(os.servicePackCode, at: Self.osCSDVersion)
    peb.setU32(2, at: Self.osPlatformId)  // VER_PLATFORM_WIN32_NT
    peb.setU32(3, at: Self.imageSubsystem)  // IMAGE_SUBSYSTEM_WINDOWS_CUI
    peb.setU32(6, at: Self.imageSubsystemMajorVersion)
    peb.setU64(processors >= 64 ? UInt64.max : (UInt64(1) << UInt64(processors)) - 1, at: Self.activeProcessAffinityMask)
    peb.setU32(1, at: Self.sessionId)

    // Same page: ProcessHeaps[16] (all null), then the CSDVersion text.
    var page = ByteBuffer(count: Int(processHeapsAddress - address) + Int(Self.initialHeapCapacity) * 8)
    page.setBytes(peb.bytes, at: 0)
    if !os.servicePackText.isEmpty {
      var strings = StringArea(blockAddress: address, buffer: page)
      strings.addUnicodeString(os.servicePackText, field: Self.csdVersion)
      page = strings.buffer
    }
    return page
  }
}
