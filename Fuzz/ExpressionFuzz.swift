// libFuzzer harness: the MASM expression parser and the script parser on arbitrary text.
// Built by `make fuzz` from the Commands and DumpModel sources; not part of `swift test`.

@testable import Commands
@testable import DumpModel

struct FuzzEnvironment: ExpressionEnvironment {
  var pointerSize: Int { 8 }
  func register(_ name: String) -> UInt64? { name == "rax" ? 0x10 : nil }
  func symbol(_ name: String) -> UInt64? { name == "ntdll" ? 0x7ff8_0000_0000 : nil }
  func readMemory(_ address: UInt64, size: Int) -> UInt64? { address < 0x1000 ? address : nil }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExpression(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  _ = try? ExpressionParser.evaluate(text, in: FuzzEnvironment())
  _ = try? ExpressionParser.evaluatePrefix(Substring(text), in: FuzzEnvironment())
  _ = try? ProgramParser.parse(text)
  _ = BuiltinVerbs.registry.resolve(text)
  _ = NumberFormats.formatsLines(UInt64(size) &* 0x9E37_79B9_7F4A_7C15, pointerSize: 8)
  return 0
}
