/// x86 `_RTL_USER_PROCESS_PARAMETERS` with its strings and environment block after it.
/// Offsets: the x64 field order (ProcessParametersLayout) with 4-byte pointers and HANDLEs and 8-byte
/// UNICODE_STRINGs, computed [C] (not re-read from an x86 dump): MaximumLength 0x00, Length 0x04,
/// Flags 0x08, CurrentDirectory (CURDIR: DosPath 0x24, Handle 0x2C), DllPath 0x30, ImagePathName 0x38,
/// CommandLine 0x40, Environment 0x48, ShowWindowFlags 0x6C, WindowTitle 0x70, DesktopInfo 0x78,
/// ShellInfo 0x80, RuntimeData 0x88, CurrentDirectores[32] (0x10 each) 0x90, EnvironmentSize 0x290,
/// EnvironmentVersion 0x294; sizeof Win7 SP1 0x298, Win10 19041 0x2C0 (the x64 tail fields halved).
struct ProcessParameters32Layout {
  static let maximumLength = 0x00
  static let length = 0x04
  static let flags = 0x08
  static let currentDirectoryPath = 0x24
  static let currentDirectoryHandle = 0x2C
  static let dllPath = 0x30
  static let imagePathName = 0x38
  static let commandLine = 0x40
  static let environment = 0x48
  static let showWindowFlags = 0x6C
  static let windowTitle = 0x70
  static let desktopInfo = 0x78
  static let shellInfo = 0x80
  static let environmentSize = 0x290

  let os: OperatingSystemProfile
  let address: UInt64
  let process: ProcessSpec

  func build() -> ByteBuffer {
    let structSize = os.processParametersSize
    var strings = StringArea(blockAddress: address, buffer: ByteBuffer(count: structSize), x86: true)
    strings.buffer.setU32(UInt32(structSize), at: Self.length)
    strings.buffer.setU32(ProcessParametersLayout.normalizedFlag | 0x6000, at: Self.flags)
    strings.buffer.setU32(0x2C, at: Self.currentDirectoryHandle)
    strings.buffer.setU32(1, at: Self.showWindowFlags)  // SW_SHOWNORMAL
    strings.addUnicodeString(process.currentDirectory, field: Self.currentDirectoryPath)
    strings.addUnicodeString("C:\\Windows\\system32;C:\\Windows", field: Self.dllPath)
    strings.addUnicodeString(process.imagePath, field: Self.imagePathName)
    strings.addUnicodeString(process.commandLine, field: Self.commandLine)
    strings.addUnicodeString(process.windowTitle, field: Self.windowTitle)
    strings.addUnicodeString("Winsta0\\Default", field: Self.desktopInfo)
    strings.addUnicodeString("", field: Self.shellInfo)
    strings.buffer.setU32(UInt32(strings.buffer.count), at: Self.maximumLength)
    strings.buffer.align(to: 16)
    let environmentAddress = address + UInt64(strings.buffer.count)
    var environment = ByteBuffer()
    for entry in process.environment { environment.appendBytes(entry.utf16LittleEndianBytes(nulTerminated: true)) }
    environment.appendU16(0)
    strings.buffer.appendBytes(environment.bytes)
    strings.buffer.setU32(UInt32(truncatingIfNeeded: environmentAddress), at: Self.environment)
    strings.buffer.setU32(UInt32(environment.count), at: Self.environmentSize)
    return strings.buffer
  }
}
