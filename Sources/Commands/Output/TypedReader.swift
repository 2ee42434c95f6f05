import DumpModel

/// Reads fields by name through the type catalog (`!peb`, `!teb`); every read is bounds-checked
/// and answers nil when the field is not in the catalog or its bytes are not in the dump.
struct TypedReader {
  let catalog: TypeCatalog
  let session: Session
  var space: AddressSpace { session.dump.addressSpace }

  func address(_ type: String, _ path: String, at base: UInt64) -> UInt64? {
    guard let off = catalog.offset(of: type, field: path) else { return nil }
    let (a, o) = base.addingReportingOverflow(off)
    return o ? nil : a
  }

  func pointer(at a: UInt64) -> UInt64? {
    catalog.pointerSize == 4 ? space.load(UInt32.self, at: a).map(UInt64.init) : space.load(UInt64.self, at: a)
  }

  /// An integer or pointer field, zero-extended.
  func read(_ type: String, _ path: String, at base: UInt64) -> UInt64? {
    guard let (off, field) = catalog.field(of: type, path: path) else { return nil }
    let (a, o) = base.addingReportingOverflow(off)
    guard !o, let size = catalog.size(of: field.type), size > 0, size <= 8 else { return nil }
    switch size {
    case 1: return space.load(UInt8.self, at: a).map(UInt64.init)
    case 2: return space.load(UInt16.self, at: a).map(UInt64.init)
    case 4: return space.load(UInt32.self, at: a).map(UInt64.init)
    default: return space.load(UInt64.self, at: a)
    }
  }

  /// A UNICODE_STRING field's text (at most 0x1000 characters).
  func string(_ type: String, _ path: String, at base: UInt64) -> String? {
    guard let a = address(type, path, at: base), let length = space.load(UInt16.self, at: a),
      let buffer = pointer(at: a &+ UInt64(catalog.pointerSize))
    else { return nil }
    if length == 0 { return "" }
    guard let bytes = space.bytes(at: buffer, count: min(Int(length), 0x2000)) else { return nil }
    var units: [UInt16] = []
    var i = 0
    while i + 1 < bytes.count {
      units.append(UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8)
      i += 2
    }
    return String(decoding: units, as: UTF16.self)
  }
}
