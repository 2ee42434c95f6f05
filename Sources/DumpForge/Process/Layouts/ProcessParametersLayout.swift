/// x64 `_RTL_USER_PROCESS_PARAMETERS` with its strings and environment block after it, in one
/// private allocation (as the kernel copies them into a new process).
/// Offsets (identical in Win7 SP1 x64 and Win10 x64 up to 0x3F8): ntdiff/headers
/// Win10_1903 ntdll Standalone `_RTL_USER_PROCESS_PARAMETERS.h`, Win7_SP1 x64 ntdll type dump
/// (EnvironmentSize 0x3F0, EnvironmentVersion 0x3F8, size 0x400), Win10 19041 size 0x440:
/// MaximumLength 0x0, Length 0x4, Flags 0x8, CurrentDirectory (CURDIR: DosPath, Handle) 0x38,
/// DllPath 0x50, ImagePathName 0x60, CommandLine 0x70, Environment 0x80, WindowTitle 0xB0,
/// DesktopInfo 0xC0, ShellInfo 0xD0, RuntimeData 0xE0.
struct ProcessParametersLayout {
  static let maximumLength = 0x00
  static let length = 0x04
  static let flags = 0x08
  static let currentDirectoryPath = 0x38
  static let currentDirectoryHandle = 0x48
  static let dllPath = 0x50
  static let imagePathName = 0x60
  static let commandLine = 0x70
  static let environment = 0x80
  static let showWindowFlags = 0xA8
  static let windowTitle = 0xB0
  static let desktopInfo = 0xC0
  static let shellInfo = 0xD0
  static let runtimeData = 0xE0
  static let environmentSize = 0x3F0
  /// RTL_USER_PROC_PARAMS_NORMALIZED (pointers are absolute addresses).
  static let normalizedFlag: UInt32 = 0x1

  let os: OperatingSystemProfile
  let address: UInt64
  let process: ProcessSpec

  func build() -> ByteBuffer {
    let structSize = os.processParametersSize
    var strings = StringArea(blockAddress: address, buffer: ByteBuffer(count: structSize))
    strings.buffer.setU32(UInt32(structSize), at: Self.length)
    strings.buffer.setU32(Self.normalizedFlag | 0x6000, at: Self.flags)  // + LOCAL_DLL_PATH bits seen on live processes
    strings.buffer.setU64(0x2C, at: Self.currentDirectoryHandle)  // a plausible handle value
    strings.buffer.setU32(1, at: Self.showWindowFlags)  // SW_SHOWNORMAL
    strings.addUnicodeString(process.currentDirectory, field: Self.currentDirectoryPath)
    strings.addUnicodeString("C:\\Windows\\system32;C:\\Windows", field: Self.dllPath)
    strings.addUnicodeString(process.imagePath, field: Self.imagePathName)
    strings.addUnicodeString(process.commandLine, field: Self.commandLine)
    strings.addUnicodeString(process.windowTitle, field: Self.windowTitle)
    strings.addUnicodeString("Winsta0\\Default", field: Self.desktopInfo)
    strings.addUnicodeString("", field: Self.shellInfo)
    strings.buffer.setU64(0, at: Self.runtimeData + 8)  // RuntimeData: empty, no buffer
    strings.buffer.setU32(UInt32(strings.buffer.count), at: Self.maximumLength)

    // Environment: "NAME=value\0" … "\0" in UTF-16, 16-byte aligned after the strings.
    strings.buffer.align(to: 16)
    let environmentAddress = address + UInt64(strings.buffer.count)
    var environment = ByteBuffer()
    for entry in process.environment { environment.appendBytes(entry.utf16LittleEndianBytes(nulTerminated: true)) }
    environment.appendU16(0)
    strings.buffer.appendBytes(environment.bytes)
    strings.buffer.setU64(environmentAddress, at: Self.environment)
    strings.buffer.setU64(UInt64(environment.count), at: Self.environmentSize)
    return strings.buffer
  }
}
