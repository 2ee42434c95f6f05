import DumpModel
import Foundation
import Testing

/// Writes `w` to a temporary file, opens it, runs `body`, and removes the file.
func withDump(_ w: MiniWriter, _ body: (Dump) throws -> Void) throws {
  let path = try w.write()
  defer { TempFile.remove(path) }
  let dump = try Dump.open(path: path)
  try body(dump)
}

/// An x64 CONTEXT of `size` bytes with Rsp, Rbp and Rip set (offsets 0x98, 0xA0, 0xF8 per winnt.h).
func amd64Context(rip: UInt64, rsp: UInt64, rbp: UInt64 = 0, size: Int = 0x4D0) -> [UInt8] {
  let b = LE()
  b.zeros(0x30).u32(0x10_000B).u32(0x1F80)
  b.u16(0x33).u16(0x2B).u16(0x2B).u16(0x53).u16(0x2B).u16(0x2B).u32(0x246)
  b.zeros(6 * 8)  // Dr0..Dr7
  for i in 0..<16 {  // Rax Rcx Rdx Rbx Rsp Rbp Rsi Rdi R8..R15
    b.u64(i == 4 ? rsp : i == 5 ? rbp : UInt64(0x1000 + i))
  }
  b.u64(rip)
  b.pad(to: size)
  return Array(b.bytes.prefix(size))
}

/// MINIDUMP_SYSTEM_INFO for `arch` (9 = AMD64, 0 = x86), 0x38 bytes.
func systemInfoBody(arch: UInt16 = 9, csdRva: UInt32 = 0) -> [UInt8] {
  let b = LE()
  b.u16(arch).u16(6).u16(0x4501).u8(4).u8(1)
  b.u32(10).u32(0).u32(19045).u32(2).u32(csdRva).u16(0x100).u16(0)
  b.raw(Array("GenuineIntel".utf8)).u32(0x000906EA).u32(0xBFEBFBFF).u32(0)
  return b.bytes
}

/// One MINIDUMP_THREAD (0x30 bytes), optionally extended to `size`.
func threadEntry(
  id: UInt32, teb: UInt64, stackStart: UInt64, stackSize: UInt32, stackRva: UInt32,
  contextSize: UInt32, contextRva: UInt32, size: Int = 0x30
) -> [UInt8] {
  let b = LE()
  b.u32(id).u32(1).u32(0x20).u32(0).u64(teb)
  b.u64(stackStart).u32(stackSize).u32(stackRva)
  b.u32(contextSize).u32(contextRva)
  b.pad(to: size)
  return b.bytes
}

/// The failure, if `result` failed with a DumpError.
func failure<T>(_ result: Result<T, DumpError>) -> DumpError? {
  if case .failure(let e) = result { return e }
  return nil
}
