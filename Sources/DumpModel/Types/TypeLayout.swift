/// One type of a type catalog: a struct, union or enum with its fields, as WinDbg's `dt` shows it.
///
/// Layouts are data (Docs/type-catalog.md); this file only models them. Anonymous unions and
/// structs are flattened into their parent (fields at the same offset), as `dt` prints them.
public struct TypeLayout: Sendable, Equatable {
  public enum Kind: String, Sendable, Equatable { case `struct`, union, `enum` }

  public var name: String
  public var kind: Kind
  public var size: UInt64
  public var fields: [Field]
  /// Enumerators of an enum type: value and name.
  public var enumerators: [(value: Int64, name: String)]
  /// The catalog lists only some of the type's fields (the rest were not verified).
  public var partial: Bool

  public init(name: String, kind: Kind, size: UInt64, fields: [Field] = [], enumerators: [(value: Int64, name: String)] = [], partial: Bool = false) {
    self.name = name
    self.kind = kind
    self.size = size
    self.fields = fields
    self.enumerators = enumerators
    self.partial = partial
  }

  public static func == (a: TypeLayout, b: TypeLayout) -> Bool {
    a.name == b.name && a.kind == b.kind && a.size == b.size && a.fields == b.fields && a.partial == b.partial
      && a.enumerators.map(\.value) == b.enumerators.map(\.value) && a.enumerators.map(\.name) == b.enumerators.map(\.name)
  }

  /// The field named `name` (case-sensitive, as WinDbg matches), if any.
  public func field(named name: String) -> Field? { fields.first { $0.name == name } }
}

/// One field: its offset inside the type, name and type.
public struct Field: Sendable, Equatable {
  public var offset: UInt64
  public var name: String
  public var type: FieldType

  public init(offset: UInt64, name: String, type: FieldType) {
    self.offset = offset
    self.name = name
    self.type = type
  }
}

/// The base types of WinDbg's type column.
public enum BaseType: String, Sendable, Equatable, CaseIterable {
  case uchar = "UChar", char = "Char", uint2 = "Uint2B", int2 = "Int2B", uint4 = "Uint4B", int4 = "Int4B"
  case uint8 = "Uint8B", int8 = "Int8B", wchar = "Wchar", void = "Void", float = "Float", double = "Double"

  /// Size in bytes (Void is 0: only pointed to).
  public var size: UInt64 {
    switch self {
    case .uchar, .char: return 1
    case .uint2, .int2, .wchar: return 2
    case .uint4, .int4, .float: return 4
    case .uint8, .int8, .double: return 8
    case .void: return 0
    }
  }

  public var isSigned: Bool { self == .char || self == .int2 || self == .int4 || self == .int8 }
}

/// A field's type, spelled as WinDbg's `dt` spells it: `UChar`, `Ptr64 _LIST_ENTRY`, `[4] UChar`,
/// `Pos 0, 1 Bit`, `_UNICODE_STRING`.
public indirect enum FieldType: Sendable, Equatable {
  case base(BaseType)
  /// `Ptr64 T` / `Ptr32 T`; `width` is 8 or 4.
  case pointer(width: Int, to: FieldType)
  case array(count: Int, of: FieldType)
  /// A struct, union or enum of the same catalog, by name.
  case named(String)
  /// `Pos P, W Bit(s)`: bits `[position, position+width)` of the bytes at the field's offset.
  case bitfield(position: Int, width: Int)
  /// A function (the target of `Ptr64 void`).
  case function
  /// `<unnamed-tag>`: an anonymous struct or union member with a name; its fields are not listed.
  case unnamed(size: UInt64)

  /// The text of the type column without an address.
  public var spelling: String {
    switch self {
    case .base(let b): return b.rawValue
    case .pointer(let w, let to): return (w == 8 ? "Ptr64 " : "Ptr32 ") + to.spelling
    case .array(let n, let of): return "[\(n)] " + of.spelling
    case .named(let n): return n
    case .bitfield(let p, let w): return "Pos \(p), \(w) Bit" + (w == 1 ? "" : "s")
    case .function: return "void"
    case .unnamed: return "<unnamed-tag>"
    }
  }
}
