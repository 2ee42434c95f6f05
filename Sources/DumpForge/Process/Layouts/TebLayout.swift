/// x64 `_TEB` (two pages, MEM_PRIVATE PAGE_READWRITE).
/// Offsets: ntdiff/headers Win10 x64 `_TEB` (nt-layouts.md §2.2); NT_TIB at the start.
struct TebLayout {
  static let stackBase = 0x08
  static let stackLimit = 0x10
  static let selfPointer = 0x30
  static let clientIdProcess = 0x40
  static let clientIdThread = 0x48
  static let processEnvironmentBlock = 0x60
  static let lastErrorValue = 0x68
  /// sizeof(_TEB) x64: 0x1818 (Win7 SP1) / 0x1838 (Win10 2004).
  static func size(_ os: OperatingSystemProfile) -> Int { os.isWin7 ? 0x1818 : 0x1838 }

  let os: OperatingSystemProfile
  let address: UInt64
  let stackBaseAddress: UInt64
  let stackLimitAddress: UInt64
  let processId: UInt32
  let threadId: UInt32
  let pebAddress: UInt64
  let lastError: UInt32

  func build() -> ByteBuffer {
    var teb = ByteBuffer(count: Self.size(os))
    teb.setU64(stackBaseAddress, at: Self.stackBase)
    teb.setU64(stackLimitAddress, at: Self.stackLimit)
    teb.setU64(address, at: Self.selfPointer)
    teb.setU64(UInt64(processId), at: Self.clientIdProcess)
    teb.setU64(UInt64(threadId), at: Self.clientIdThread)
    teb.setU64(pebAddress, at: Self.processEnvironmentBlock)
    teb.setU32(lastError, at: Self.lastErrorValue)
    return teb
  }
}
