/// x86 `_TEB` of a native 32-bit process (one page). Offsets: nt-layouts.md §2.2 x86 column
/// (NT_TIB: ExceptionList 0x00, StackBase 0x04, StackLimit 0x08, Self 0x18; ClientId 0x20/0x24,
/// ProcessEnvironmentBlock 0x30, LastErrorValue 0x34). sizeof(_TEB) x86 is 0xFE4 (Win7) /
/// 0x1000 (Win10 2004) — one page either way.
struct Teb32Layout {
  static let exceptionList = 0x00
  static let stackBase = 0x04
  static let stackLimit = 0x08
  static let selfPointer = 0x18
  static let clientIdProcess = 0x20
  static let clientIdThread = 0x24
  static let processEnvironmentBlock = 0x30
  static let lastErrorValue = 0x34
  static let size = 0x1000

  let address: UInt64
  let stackBaseAddress: UInt64
  let stackLimitAddress: UInt64
  let processId: UInt32
  let threadId: UInt32
  let pebAddress: UInt64
  let lastError: UInt32

  func build() -> ByteBuffer {
    var teb = ByteBuffer(count: Self.size)
    teb.setU32(UInt32.max, at: Self.exceptionList)  // end of the SEH chain: 0xFFFFFFFF
    teb.setU32(UInt32(truncatingIfNeeded: stackBaseAddress), at: Self.stackBase)
    teb.setU32(UInt32(truncatingIfNeeded: stackLimitAddress), at: Self.stackLimit)
    teb.setU32(UInt32(truncatingIfNeeded: address), at: Self.selfPointer)
    teb.setU32(processId, at: Self.clientIdProcess)
    teb.setU32(threadId, at: Self.clientIdThread)
    teb.setU32(UInt32(truncatingIfNeeded: pebAddress), at: Self.processEnvironmentBlock)
    teb.setU32(lastError, at: Self.lastErrorValue)
    return teb
  }
}
