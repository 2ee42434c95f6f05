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
