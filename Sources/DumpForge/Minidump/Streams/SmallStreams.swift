/// The three small streams with a fixed header and (for now) no entries: UnloadedModuleList,
/// HandleData and CommentW. Kept together because each is a handful of lines.
enum EmptyListStreams {
  /// MINIDUMP_UNLOADED_MODULE_LIST: SizeOfHeader 0xC, SizeOfEntry 0x18, NumberOfEntries 0
  /// (nt-layouts.md §1.5).
  static func unloadedModules(into blob: inout MinidumpBlob) -> LocationDescriptor {
    var body = ByteBuffer()
    body.appendU32(0x0C)
    body.appendU32(0x18)
    body.appendU32(0)
    return blob.append(body)
  }

  /// MINIDUMP_HANDLE_DATA_STREAM: SizeOfHeader 0x10, SizeOfDescriptor 0x28 (DESCRIPTOR_2),
  /// NumberOfDescriptors 0, Reserved 0 (nt-layouts.md §1.8).
  static func handleData(into blob: inout MinidumpBlob) -> LocationDescriptor {
    var body = ByteBuffer()
    body.appendU32(0x10)
    body.appendU32(0x28)
    body.appendU32(0)
    body.appendU32(0)
    return blob.append(body)
  }

  /// CommentStreamW: raw UTF-16LE text with a NUL (nt-layouts.md §1.3).
  static func comment(_ text: String, into blob: inout MinidumpBlob) -> LocationDescriptor {
    blob.append(text.utf16LittleEndianBytes(nulTerminated: true))
  }
}
