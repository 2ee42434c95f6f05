import DumpModel
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A sparse 5 GiB dump whose Memory64List puts range bytes beyond 4 GiB: offsets must be 64-bit
/// all the way from BaseRva to the mapped read.
@Suite struct LargeFileTests {
  static let fileSize: UInt64 = 5 << 30
  static let baseRva: UInt64 = 0x1000
  static let lastRangeSize: UInt64 = 0x1000
  static let lastRangeAddress: UInt64 = 0x7FF0_0000_0000
  static let firstRangeAddress: UInt64 = 0x1_0000_0000

  @Test func memory64RangeBeyondFourGiB() throws {
    // Range 0 covers BaseRva..(5 GiB - 4 KiB) (a hole in the sparse file); range 1 is the last 4 KiB.
    let firstSize = Self.fileSize - Self.lastRangeSize - Self.baseRva
    var w = MiniWriter()
    w.stream(.systemInfo, systemInfoBody())
    let m = LE()
    m.u64(2).u64(Self.baseRva)
    m.u64(Self.firstRangeAddress).u64(firstSize)
    m.u64(Self.lastRangeAddress).u64(Self.lastRangeSize)
    w.stream(.memory64List, m.bytes)
    let head = w.finish()
    #expect(head.count < Int(Self.baseRva))

    let path = TempFile.path()
    defer { TempFile.remove(path) }
    let fd = Glibc.open(path, O_CREAT | O_RDWR | O_TRUNC, 0o600)
    try #require(fd >= 0, "cannot create \(path)")
    let lastOffset = Self.fileSize - Self.lastRangeSize
    let pattern: [UInt8] = (0..<64).map { UInt8(0xA0 &+ $0) }
    // A second pattern straddling the 4 GiB file offset inside range 0.
    let straddleOffset: UInt64 = 0xFFFF_FFE0
    let ok =
      ftruncate(fd, off_t(Self.fileSize)) == 0
      && pwrite(fd, head, head.count, 0) == head.count
      && pwrite(fd, pattern, pattern.count, off_t(lastOffset + 0x100)) == pattern.count
      && pwrite(fd, pattern, pattern.count, off_t(straddleOffset)) == pattern.count
    close(fd)
    try #require(ok, "could not write the sparse file: \(String(cString: strerror(errno)))")

    let dump = try Dump.open(path: path)
    #expect(dump.file.size == Self.fileSize)
    let ranges = try dump.memory64List.get()
    #expect(ranges.count == 2)
    #expect(ranges.last?.fileOffset == lastOffset)
    #expect(ranges.last.map { $0.fileOffset > UInt64(UInt32.max) } == true)
    let space = dump.addressSpace
    #expect(space.warnings.isEmpty)
    #expect(space.bytes(at: Self.lastRangeAddress + 0x100, count: pattern.count) == pattern)
    #expect(space.bytes(at: Self.lastRangeAddress, count: 4) == [0, 0, 0, 0])
    #expect(space.load(UInt64.self, at: Self.lastRangeAddress + 0x100) == 0xA7A6_A5A4_A3A2_A1A0)
    let straddleAddress = Self.firstRangeAddress + (straddleOffset - Self.baseRva)
    #expect(space.bytes(at: straddleAddress, count: pattern.count) == pattern)
    #expect(space.bytes(at: Self.lastRangeAddress + Self.lastRangeSize - 2, count: 4) == nil)
  }
}
