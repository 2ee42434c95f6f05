/// CONTEXT and EXCEPTION_RECORD structures read from the dumped process's memory (`.cxr ADDR`,
/// `.exr ADDR`), as exception dispatchers and crash handlers leave them on stacks.
extension Dump {
  /// The CONTEXT at virtual `address`, with the architecture from SystemInfo (x64 0x4D0 bytes,
  /// x86 0x2CC; nt-layouts.md §1.10). Only the general registers must be in the dump (x64 up to
  /// Rip, 0x100 bytes; x86 up to SegSs, 0xCC); nil when they are not.
  public func context(inMemoryAt address: UInt64) -> ThreadContext? {
    let arch = (try? systemInfo.get())?.architecture ?? .amd64
    let full = arch == .x86 ? 0x2CC : 0x4D0
    let bytes = addressSpace.readPrefix(at: address, count: full)
    guard bytes.count >= (arch == .x86 ? 0xCC : 0x100) else { return nil }
    let copy: MappedFile? = bytes.withUnsafeBytes { raw in try? MappedFile(copying: raw, name: "CONTEXT at 0x" + String(address, radix: 16)) }
    guard let copy,
      let reader = try? StreamReader(file: copy, stream: .threadList, rva: 0, size: UInt64(bytes.count))
    else { return nil }
    return try? ThreadContext(reader, architecture: arch)
  }

  /// The EXCEPTION_RECORD at virtual `address`, nil unless its fixed part is in the dump.
  /// x64 (`EXCEPTION_RECORD64`, the layout MINIDUMP_EXCEPTION copies; nt-layouts.md §1.7):
  /// ExceptionCode u32 @0, ExceptionFlags @4, ExceptionRecord u64 @8, ExceptionAddress u64 @0x10,
  /// NumberParameters u32 @0x18, ExceptionInformation[15] u64 @0x20. x86 (`EXCEPTION_RECORD32`,
  /// winnt.h): the pointers are u32, ExceptionRecord @8, ExceptionAddress @0xC, NumberParameters
  /// @0x10, ExceptionInformation[15] u32 @0x14. min(NumberParameters, 15) parameters are read;
  /// parameters missing from the dump end the list.
  public func exceptionRecord(inMemoryAt address: UInt64) -> ExceptionRecord? {
    let space = addressSpace
    let wide = pointerSize == 8
    let w: UInt64 = wide ? 8 : 4
    guard let code = space.load(UInt32.self, at: address),
      let flags = space.load(UInt32.self, at: address &+ 4),
      let chained = space.pointer(at: address &+ 8),
      let where_ = space.pointer(at: address &+ 8 &+ w),
      let count = space.load(UInt32.self, at: address &+ 8 &+ 2 &* w)
    else { return nil }
    let info = address &+ (wide ? 0x20 : 0x14)
    var params: [UInt64] = []
    for k in 0..<UInt64(min(count, 15)) {
      guard let p = space.pointer(at: info &+ k &* w) else { break }
      params.append(p)
    }
    return ExceptionRecord(code: code, flags: flags, recordAddress: chained, address: where_, parameters: params)
  }
}
