import Foundation

/// A tiny independent reader for the tests: little-endian values at file offsets.
/// Deliberately not DumpModel and not the forge's own types, so a layout mistake cannot hide
/// by appearing on both sides.
struct DumpBytes {
  let data: [UInt8]

  init(path: String) throws {
    data = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
  }

  func u16(_ offset: Int) -> UInt64 { value(offset, 2) }
  func u32(_ offset: Int) -> UInt64 { value(offset, 4) }
  func u64(_ offset: Int) -> UInt64 { value(offset, 8) }

  private func value(_ offset: Int, _ width: Int) -> UInt64 {
    guard offset >= 0, offset + width <= data.count else { return 0xDEAD_DEAD_DEAD_DEAD }
    var result: UInt64 = 0
    for index in (0..<width).reversed() { result = result << 8 | UInt64(data[offset + index]) }
    return result
  }

  /// (type, size, rva) for each directory entry (MINIDUMP_DIRECTORY: 12 bytes).
  var directory: [(type: UInt64, size: UInt64, rva: Int)] {
    let count = Int(u32(8))
    let start = Int(u32(12))
    return (0..<count).map { index in
      let entry = start + index * 12
      return (u32(entry), u32(entry + 4), Int(u32(entry + 8)))
    }
  }

  func stream(_ type: UInt64) -> (size: UInt64, rva: Int)? {
    directory.first(where: { $0.type == type }).map { ($0.size, $0.rva) }
  }

  /// Bytes of virtual memory read through the Memory64 list.
  func readMemory(_ address: UInt64, count: Int) -> [UInt8]? {
    guard let memory64 = stream(9) else { return nil }
    let ranges = Int(u64(memory64.rva))
    var fileOffset = Int(u64(memory64.rva + 8))
    for index in 0..<ranges {
      let start = u64(memory64.rva + 16 + index * 16)
      let size = u64(memory64.rva + 24 + index * 16)
      if address >= start && address + UInt64(count) <= start + size {
        let offset = fileOffset + Int(address - start)
        return Array(data[offset..<(offset + count)])
      }
      fileOffset += Int(size)
    }
    return nil
  }

  func memoryU64(_ address: UInt64) -> UInt64? {
    guard let bytes = readMemory(address, count: 8) else { return nil }
    return bytes.reversed().reduce(0) { $0 << 8 | UInt64($1) }
  }
}

/// Paths used by the tests.
enum TestPaths {
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let tinyScenario = packageRoot.appendingPathComponent("Samples/tiny/scenario.yaml").path
  static let crosscheckScript = packageRoot.appendingPathComponent("Tests/crosscheck/crosscheck.py").path

  static func temporaryFile(_ name: String) -> String {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "dumpforge-tests-\(ProcessInfo.processInfo.processIdentifier)")
    try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    return directory.appendingPathComponent(name).path
  }
}
