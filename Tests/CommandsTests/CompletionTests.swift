import Commands
import DumpModel
import Testing

/// Tab completion candidates (the line editor shows them; the session computes them).
@Suite struct CommandCompletionTests {
  func session() throws -> Session? {
    guard let path = try ForgedDumps.path("tiny") else { return nil }
    return Session(dump: try Dump.open(path: path), sink: CaptureSink())
  }

  @Test func verbNamesAtTheStartOfALine() throws {
    guard let s = try session() else { return }
    let (start, names) = CommandCompletion.candidates(s, line: ".for", cursor: 4)
    #expect(start == 0)
    #expect(names.contains(".formats"))
    #expect(CommandCompletion.candidates(s, line: "!ad", cursor: 3).candidates == ["!address"])
  }

  @Test func moduleNamesAndExportsInArguments() throws {
    guard let s = try session() else { return }
    #expect(CommandCompletion.candidates(s, line: "lmv m ker", cursor: 9).candidates == ["KERNELBASE", "kernel32"])
    let (start, exports) = CommandCompletion.candidates(s, line: "u kernel32!Heap", cursor: 15)
    #expect(start == 2)
    #expect(exports.contains("kernel32!HeapAlloc"))
  }

  @Test func typeNamesAfterDt() throws {
    guard let s = try session() else { return }
    #expect(CommandCompletion.candidates(s, line: "dt _PEB_L", cursor: 9).candidates == ["_PEB_LDR_DATA"])
    #expect(CommandCompletion.candidates(s, line: "dt -r1 ntdll!_HEAP_VIR", cursor: 22).candidates == ["ntdll!_HEAP_VIRTUAL_ALLOC_ENTRY"])
  }
}
