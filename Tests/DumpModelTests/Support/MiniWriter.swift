import Foundation

/// Little-endian byte builder for hand-made test structures (a class so calls chain).
///
/// Written from the format description (minidumpapiset.h), not from DumpModel: the tests must not
/// share layout constants with the parser they check.
final class LE {
  var bytes: [UInt8] = []

  @discardableResult func u8(_ v: UInt8) -> LE { bytes.append(v); return self }
  @discardableResult func u16(_ v: UInt16) -> LE { put(v); return self }
  @discardableResult func u32(_ v: UInt32) -> LE { put(v); return self }
  @discardableResult func u64(_ v: UInt64) -> LE { put(v); return self }
  @discardableResult func raw(_ b: [UInt8]) -> LE { bytes += b; return self }
  @discardableResult func zeros(_ n: Int) -> LE { bytes += Array(repeating: 0, count: n); return self }
  /// Zero-fills up to `size` bytes.
  @discardableResult func pad(to size: Int) -> LE {
    if bytes.count < size { zeros(size - bytes.count) }
    return self
  }
  /// UTF-16LE characters of `s` in a fixed WCHAR[count] array, NUL-padded.
  @discardableResult func wchars(_ s: String, count: Int) -> LE {
    let units = Array(s.utf16.prefix(count - 1))
    for u in units + Array(repeating: 0, count: count - units.count) { put(u) }
    return self
  }

  private func put<T: FixedWidthInteger>(_ v: T) {
    withUnsafeBytes(of: v.littleEndian) { bytes += $0 }
  }
}

/// Assembles a minidump in memory: header at 0, blobs appended 4-byte aligned, and the stream
/// directory written last (so streams can point at blobs appended before them).
struct MiniWriter {
  /// MINIDUMP_STREAM_TYPE numbers used by the tests.
  enum Kind: UInt32 {
    case threadList = 3, moduleList = 4, memoryList = 5, exception = 6, systemInfo = 7
    case threadExList = 8, memory64List = 9, commentA = 10, commentW = 11, handleData = 12
    case unloadedModuleList = 14, miscInfo = 15, memoryInfoList = 16, threadInfoList = 17
    case processVmCounters = 22, threadNames = 24
  }

  private(set) var data: [UInt8] = Array(repeating: 0, count: 32)
  private var directory: [(type: UInt32, size: UInt32, rva: UInt32)] = []
  var flags: UInt64 = 0

  /// Appends `blob` (4-byte aligned) and returns its file offset.
  @discardableResult mutating func append(_ blob: [UInt8]) -> UInt32 {
    while data.count % 4 != 0 { data.append(0) }
    let rva = UInt32(data.count)
    data += blob
    return rva
  }

  /// Appends a MINIDUMP_STRING (u32 byte length, UTF-16LE, 2-byte NUL not counted).
  mutating func string(_ s: String) -> UInt32 {
    let b = LE()
    let units = Array(s.utf16)
    b.u32(UInt32(units.count * 2))
    for u in units { b.u16(u) }
    b.u16(0)
    return append(b.bytes)
  }

  /// Appends a stream body and its directory entry.
  mutating func stream(_ kind: Kind, _ body: [UInt8]) { stream(raw: kind.rawValue, body) }

  mutating func stream(raw type: UInt32, _ body: [UInt8]) {
    let rva = append(body)
    directory.append((type, UInt32(body.count), rva))
  }

  /// A directory entry with an arbitrary location (for out-of-bounds tests).
  mutating func entry(raw type: UInt32, size: UInt32, rva: UInt32) { directory.append((type, size, rva)) }

  /// The finished file bytes.
  func finish() -> [UInt8] {
    var out = self
    let dirRva = out.append([])
    let d = LE()
    for e in directory { d.u32(e.type).u32(e.size).u32(e.rva) }
    out.data += d.bytes
    let h = LE()
    h.u32(0x504D_444D).u32(0xA793).u32(UInt32(directory.count)).u32(dirRva)
    h.u32(0).u32(0x6500_0000).u64(flags)
    out.data.replaceSubrange(0..<32, with: h.bytes)
    return out.data
  }

  /// Writes the finished file to a new temporary path.
  func write() throws -> String { try TempFile.write(finish()) }
}

/// Temporary files for tests in one folder per test process, removed at exit; tests also remove
/// their own files early (`TempFile.remove`).
enum TempFile {
  static let directory: URL = {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("dumpmodel-tests-\(ProcessInfo.processInfo.processIdentifier)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    // Removed (with any decompressed fixtures) when the test process exits.
    atexit { try? FileManager.default.removeItem(at: TempFile.directory) }
    return url
  }()

  static func path(_ suffix: String = ".dmp") -> String {
    directory.appendingPathComponent(UUID().uuidString + suffix).path
  }

  static func write(_ bytes: [UInt8], suffix: String = ".dmp") throws -> String {
    let p = path(suffix)
    try Data(bytes).write(to: URL(fileURLWithPath: p))
    return p
  }

  static func remove(_ path: String) { try? FileManager.default.removeItem(atPath: path) }
}
