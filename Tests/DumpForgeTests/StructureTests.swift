import DumpForge
import Foundation
import Testing

/// Reads the forged tiny dump with the independent `DumpBytes` reader.
@Suite final class StructureTests {
  let dump: DumpBytes
  let path: String

  /// Swift Testing makes one instance per test and runs them in parallel: one file each.
  init() throws {
    path = TestPaths.temporaryFile("tiny-structure-\(UUID().uuidString).dmp")
    try Forge.forge(scenarioPath: TestPaths.tinyScenario, outputPath: path, progress: false)
    dump = try DumpBytes(path: path)
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  @Test func headerAndDirectory() {
    #expect(Array(dump.data[0..<4]) == Array("MDMP".utf8))
    #expect(dump.u32(4) & 0xFFFF == 0xA793)
    #expect(dump.u32(8) == 11)  // 9 always + exception + comment
    #expect(dump.u32(12) == 0x20)
    #expect(dump.u64(0x18) == 0x1826)
    for entry in dump.directory {
      #expect(entry.rva + Int(entry.size) <= dump.data.count, "stream \(entry.type) runs past the file")
    }
  }

  @Test func streamSizes() throws {
    #expect(try #require(dump.stream(3)).size == 4 + 2 * 0x30)  // thread list
    #expect(try #require(dump.stream(4)).size == 4 + 5 * 108)  // module list
    #expect(try #require(dump.stream(6)).size == 0xA8)  // exception
    #expect(try #require(dump.stream(7)).size == 0x38)  // system info
    #expect(try #require(dump.stream(15)).size == 1364)  // misc info 5
    #expect(try #require(dump.stream(17)).size == 12 + 2 * 0x40)  // thread info list
    let memory64 = try #require(dump.stream(9))
    #expect(memory64.size == 16 + 16 * dump.u64(memory64.rva))
    // The memory data runs exactly to the end of the file.
    var total: UInt64 = 0
    for index in 0..<Int(dump.u64(memory64.rva)) { total += dump.u64(memory64.rva + 24 + index * 16) }
    #expect(dump.u64(memory64.rva + 8) + total == UInt64(dump.data.count))
  }

  @Test func memoryInfoCoversTheUserAddressSpace() throws {
    let info = try #require(dump.stream(16))
    #expect(dump.u32(info.rva) == 16)
    #expect(dump.u32(info.rva + 4) == 0x30)
    let count = Int(dump.u64(info.rva + 8))
    #expect(info.size == 16 + UInt64(count) * 0x30)
    var expectedBase: UInt64 = 0
    for index in 0..<count {
      let entry = info.rva + 16 + index * 0x30
      let base = dump.u64(entry)
      let size = dump.u64(entry + 0x18)
      #expect(base == expectedBase, "entry \(index) starts at \(hex(base)), expected \(hex(expectedBase))")
      #expect(size > 0 && size % 0x1000 == 0)
      if dump.u32(entry + 0x20) == 0x10000 {  // MEM_FREE
        #expect(dump.u64(entry + 8) == 0 && dump.u32(entry + 0x24) == 1 && dump.u32(entry + 0x28) == 0)
      }
      expectedBase = base + size
    }
    #expect(expectedBase == 0x7FFF_FFFF_0000)
  }

  @Test func tebPebAndLoaderChainsResolve() throws {
    let threads = try #require(dump.stream(3))
    let teb = dump.u64(threads.rva + 4 + 0x10)
    #expect(dump.memoryU64(teb + 0x30) == teb)  // NtTib.Self
    #expect(dump.memoryU64(teb + 0x48) == 0x1F40)  // ClientId.UniqueThread
    let peb = try #require(dump.memoryU64(teb + 0x60))
    #expect(dump.memoryU64(peb + 0x10) == 0x7FF6_1C2A_0000)  // ImageBaseAddress
    // Walk InLoadOrderModuleList: exe, ntdll, kernel32, KERNELBASE, ucrtbase, back to the head.
    let ldr = try #require(dump.memoryU64(peb + 0x18))
    var bases: [UInt64] = []
    var link = try #require(dump.memoryU64(ldr + 0x10))
    while link != ldr + 0x10 && bases.count < 10 {
      bases.append(try #require(dump.memoryU64(link + 0x30)))
      link = try #require(dump.memoryU64(link))
    }
    #expect(bases == [0x7FF6_1C2A_0000, 0x7FFA_6A8F_0000, 0x7FFA_69C7_0000, 0x7FFA_6826_0000, 0x7FFA_6806_0000])
    // ProcessParameters.CommandLine.Buffer holds the command line.
    let parameters = try #require(dump.memoryU64(peb + 0x20))
    let length = Int(try #require(dump.readMemory(parameters + 0x70, count: 2)).first ?? 0)
    let buffer = try #require(dump.memoryU64(parameters + 0x78))
    let units = try #require(dump.readMemory(buffer, count: length))
    let text = String(decoding: stride(from: 0, to: units.count, by: 2).map { UInt16(units[$0]) | UInt16(units[$0 + 1]) << 8 }, as: UTF16.self)
    #expect(text == "\"C:\\Samples\\tiny\\tiny.exe\" --crash")
  }

  @Test func sharedUserDataCarriesTheVersion() {
    #expect(dump.readMemory(0x7FFE_0000 + 0x26C, count: 4) == [10, 0, 0, 0])
    #expect(dump.readMemory(0x7FFE_0000 + 0x270, count: 4) == [0, 0, 0, 0])
  }
}
