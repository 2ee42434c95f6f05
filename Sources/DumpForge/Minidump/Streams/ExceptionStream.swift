/// MINIDUMP_EXCEPTION_STREAM (0xA8): ThreadId 0x0, __alignment 0x4, ExceptionRecord 0x8
/// (MINIDUMP_EXCEPTION 0x98: ExceptionCode 0x0, ExceptionFlags 0x4, ExceptionRecord 0x8,
/// ExceptionAddress 0x10, NumberParameters 0x18, ExceptionInformation[15] 0x20), ThreadContext 0xA0.
/// Source: nt-layouts.md §1.7.
enum ExceptionStream {
  static let size = 0xA8

  static func write(_ exception: PlacedException, into blob: inout MinidumpBlob) -> LocationDescriptor {
    let context = blob.append(exception.context.encoded(), alignment: 16)
    var body = ByteBuffer(count: size)
    body.setU32(exception.threadId, at: 0x0)
    body.setU32(exception.code, at: 0x8)
    body.setU32(exception.flags, at: 0xC)
    body.setU64(0, at: 0x10)  // no chained record
    body.setU64(exception.address, at: 0x18)
    body.setU32(UInt32(exception.parameters.count), at: 0x20)
    for (index, parameter) in exception.parameters.enumerated() { body.setU64(parameter, at: 0x28 + index * 8) }
    context.write(into: &body, at: 0xA0)
    return blob.append(body)
  }
}
