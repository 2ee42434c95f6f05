/// One `MINIDUMP_HANDLE_DESCRIPTOR` (0x20) or `_2` (0x28) of HandleDataStream (type 12).
public struct HandleDescriptor: Sendable, Equatable {
  public var handle: UInt64
  public var typeName: String?
  public var objectName: String?
  public var attributes: UInt32
  public var grantedAccess: UInt32
  public var handleCount: UInt32
  public var pointerCount: UInt32
}

extension HandleDescriptor {
  /// Parses HandleDataStream (`MINIDUMP_HANDLE_DATA_STREAM`; minidumpapiset.h; nt-layouts.md
  /// §1.8): SizeOfHeader @0, SizeOfDescriptor @4 (0x20 or 0x28; larger accepted), NumberOfDescriptors
  /// @8, Reserved @0xC; descriptors at SizeOfHeader: Handle u64 @0, TypeNameRva @8, ObjectNameRva
  /// @0xC (MINIDUMP_STRINGs, RVA 0 = none), Attributes @0x10, GrantedAccess @0x14, HandleCount
  /// @0x18, PointerCount @0x1C. A name that cannot be read is nil for that handle only.
  static func parseList(_ r: StreamReader) throws(DumpError) -> [HandleDescriptor] {
    let (n, base, size) = try r.sizedArray(minHeader: 0x10, minEntry: 0x20, wideCount: false, what: "handle descriptors", cap: .memoryRanges)
    var out: [HandleDescriptor] = []
    out.reserveCapacity(Int(n))
    func name(_ rva: UInt32, _ what: String) -> String? {
      guard rva != 0 else { return nil }
      return try? MinidumpString.read(r.file, at: UInt64(rva), stream: r.stream, what: what)
    }
    for i in 0..<n {
      let e = try r.entry(i, of: size, at: base)
      out.append(
        HandleDescriptor(
          handle: try r.u64(e), typeName: name(try r.u32(e &+ 8), "type name of handle \(i)"),
          objectName: name(try r.u32(e &+ 0x0C), "object name of handle \(i)"),
          attributes: try r.u32(e &+ 0x10), grantedAccess: try r.u32(e &+ 0x14),
          handleCount: try r.u32(e &+ 0x18), pointerCount: try r.u32(e &+ 0x1C)))
    }
    return out
  }
}
