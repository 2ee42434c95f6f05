import Foundation

/// Memory protection, state and type constants.
/// Source: winnt.h values as listed in nt-layouts.md §1.6 (MINIDUMP_MEMORY_INFO, PAGE_*).
public enum PageProtection {
  public static let noAccess: UInt32 = 0x01
  public static let readOnly: UInt32 = 0x02
  public static let readWrite: UInt32 = 0x04
  public static let writeCopy: UInt32 = 0x08
  public static let execute: UInt32 = 0x10
  public static let executeRead: UInt32 = 0x20
  public static let executeReadWrite: UInt32 = 0x40
  public static let executeWriteCopy: UInt32 = 0x80
  public static let guardModifier: UInt32 = 0x100
  public static let noCacheModifier: UInt32 = 0x200
  public static let writeCombineModifier: UInt32 = 0x400

  static let namedValues: [(String, UInt32)] = [
    ("PAGE_NOACCESS", noAccess), ("PAGE_READONLY", readOnly), ("PAGE_READWRITE", readWrite),
    ("PAGE_WRITECOPY", writeCopy), ("PAGE_EXECUTE", execute), ("PAGE_EXECUTE_READ", executeRead),
    ("PAGE_EXECUTE_READWRITE", executeReadWrite), ("PAGE_EXECUTE_WRITECOPY", executeWriteCopy),
    ("PAGE_GUARD", guardModifier), ("PAGE_NOCACHE", noCacheModifier), ("PAGE_WRITECOMBINE", writeCombineModifier),
  ]

  /// Parses `PAGE_READWRITE`, `PAGE_READWRITE|PAGE_GUARD` or a number.
  public static func parse(_ text: String) -> UInt32? {
    var result: UInt32 = 0
    for part in text.split(separator: "|") {
      let name = part.trimmingCharacters(in: .whitespaces).uppercased()
      if let match = namedValues.first(where: { $0.0 == name || $0.0 == "PAGE_" + name }) {
        result |= match.1
      } else if let number = parseUnsignedInteger(name) {
        result |= UInt32(truncatingIfNeeded: number)
      } else {
        return nil
      }
    }
    return result == 0 ? nil : result
  }

  /// `PAGE_READWRITE|PAGE_GUARD` style name for a value.
  public static func name(_ value: UInt32) -> String {
    let parts = namedValues.filter { value & $0.1 == $0.1 && ($0.1 >= guardModifier || $0.1 == value & 0xFF) }
    return parts.isEmpty ? hex(UInt64(value)) : parts.map(\.0).joined(separator: "|")
  }
}

/// MEMORY_BASIC_INFORMATION.State values (nt-layouts.md §1.6).
public enum MemoryState: UInt32, Sendable, Codable {
  case commit = 0x1000
  case reserve = 0x2000
  case free = 0x10000

  public var name: String {
    switch self {
    case .commit: return "MEM_COMMIT"
    case .reserve: return "MEM_RESERVE"
    case .free: return "MEM_FREE"
    }
  }
}

/// MEMORY_BASIC_INFORMATION.Type values (nt-layouts.md §1.6).
public enum MemoryType: UInt32, Sendable, Codable {
  case privateMemory = 0x20000
  case mapped = 0x40000
  case image = 0x100_0000

  public var name: String {
    switch self {
    case .privateMemory: return "MEM_PRIVATE"
    case .mapped: return "MEM_MAPPED"
    case .image: return "MEM_IMAGE"
    }
  }
}

/// Address-space constants for x64 user mode.
public enum AddressSpaceLimits {
  /// Page size on x86/x64.
  public static let pageSize: UInt64 = 0x1000
  /// VirtualAlloc allocation granularity.
  public static let allocationGranularity: UInt64 = 0x10000
  /// End of the x64 user address space (128 TB minus 64 KB): MmHighestUserAddress + 1 rounded to 64 KB.
  public static let x64UserLimit: UInt64 = 0x7FFF_FFFF_0000
  /// End of the x86 user address space without /3GB: MmHighestUserAddress 0x7FFEFFFF + 1.
  public static let x86UserLimit: UInt64 = 0x7FFF_0000
  /// KUSER_SHARED_DATA is mapped read-only at this address in every process (x86 and x64).
  public static let sharedUserData: UInt64 = 0x7FFE_0000
}

/// Parses decimal or `0x` hexadecimal text (underscores and backticks allowed, as WinDbg prints).
public func parseUnsignedInteger(_ text: String) -> UInt64? {
  let cleaned = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "_", with: "")
    .replacingOccurrences(of: "`", with: "")
  if cleaned.hasPrefix("0x") || cleaned.hasPrefix("0X") { return UInt64(cleaned.dropFirst(2), radix: 16) }
  return UInt64(cleaned, radix: 10)
}
