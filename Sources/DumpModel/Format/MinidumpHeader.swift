/// `MINIDUMP_HEADER` (minidumpapiset.h; 0x20 bytes, ../shared/reference/nt-layouts.md §1.2).
///
/// | off | field |
/// |---|---|
/// | 0x00 | Signature u32 = 0x504D444D ("MDMP") |
/// | 0x04 | Version u32: low 16 bits 0xA793, high 16 implementation-specific |
/// | 0x08 | NumberOfStreams u32 |
/// | 0x0C | StreamDirectoryRva u32 |
/// | 0x10 | CheckSum u32 |
/// | 0x14 | TimeDateStamp u32 (time_t) |
/// | 0x18 | Flags u64 (MINIDUMP_TYPE) |
public struct MinidumpHeader: Sendable, Equatable {
  public static let size: UInt64 = 0x20
  public static let signature: UInt32 = 0x504D_444D

  public var version: UInt32
  public var numberOfStreams: UInt32
  public var streamDirectoryRva: UInt32
  public var checkSum: UInt32
  public var timeDateStamp: UInt32
  public var flags: DumpFlags

  /// Reads the header at file offset 0.
  public init(file: MappedFile) throws(DumpError) {
    guard let sig = file.load(UInt32.self, at: 0) else {
      throw .truncated(what: "minidump header", offset: 0, needed: Self.size, fileSize: file.size)
    }
    guard sig == Self.signature else { throw .notAMinidump(path: file.path, signature: sig) }
    guard file.contains(offset: 0, count: Self.size) else {
      throw .truncated(what: "minidump header", offset: 0, needed: Self.size, fileSize: file.size)
    }
    version = file.load(UInt32.self, at: 0x04) ?? 0
    numberOfStreams = file.load(UInt32.self, at: 0x08) ?? 0
    streamDirectoryRva = file.load(UInt32.self, at: 0x0C) ?? 0
    checkSum = file.load(UInt32.self, at: 0x10) ?? 0
    timeDateStamp = file.load(UInt32.self, at: 0x14) ?? 0
    flags = DumpFlags(rawValue: file.load(UInt64.self, at: 0x18) ?? 0)
  }
}

/// `MINIDUMP_DIRECTORY` (0x0C bytes): StreamType u32, Location.DataSize u32, Location.Rva u32.
public struct DirectoryEntry: Sendable, Equatable {
  public static let size: UInt64 = 0x0C
  /// Index of the entry in the directory (what `.dumpdebug` prints as `Stream N`).
  public var index: Int
  public var type: StreamType
  public var dataSize: UInt32
  public var rva: UInt32
}
