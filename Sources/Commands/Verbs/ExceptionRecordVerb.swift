import DumpModel

/// `.exr -1` (the exception record of the Exception stream), `.exr ADDR` (an EXCEPTION_RECORD in
/// dump memory, `Dump.exceptionRecord(inMemoryAt:)`, printed the same way) and `.lastevent`.
///
/// `.exr` layout (MicrosoftDocs getting-started-with-windbg--user-mode-, windbg-output-and-peers.md):
/// `ExceptionAddress: 00007ff63be11064 (MyApp!MyFunction+0x0000000000000044)` (flat address,
/// offset in 16 digits), `   ExceptionCode: c0000094 (Integer divide-by-zero)`,
/// `  ExceptionFlags: 00000000`, `NumberParameters: 2`, `   Parameter[0]: 0000000000000001`,
/// and for access violations `Attempt to write to address 0000000000000000` (parameter 0: 0 read,
/// 1 write, 8 execute). `.lastevent` prints
/// `Last event: 20.24: Integer divide-by-zero - code c0000094 (first/second chance not available)`
/// and `  debugger time: <dump time>`.
enum ExceptionRecordVerb {
  static let exr = VerbSpec(
    names: [".exr"], summary: "the exception record (.exr -1: the Exception stream's)", usage: ".exr -1 | .exr ADDR"
  ) { invocation, session throws(CommandError) in
    var scanner = ArgumentScanner(invocation)
    guard !scanner.atEnd else { throw .message("Usage: .exr -1 | .exr ADDR") }
    let address = try scanner.expression(in: session)
    guard scanner.atEnd else { throw scanner.syntaxError() }
    let minusOne: UInt64 = session.pointerSize == 8 ? UInt64.max : 0xFFFF_FFFF
    if address == minusOne || address == UInt64.max {
      for line in try recordLines(session) { session.print(line) }
      return
    }
    guard let record = session.dump.exceptionRecord(inMemoryAt: address) else {
      throw .message("Cannot read the exception record at \(session.pointer(address)): it is not in the dump")
    }
    for line in recordLines(record, session) { session.print(line) }
  }

  static let lastEvent = VerbSpec(
    names: [".lastevent"], summary: "the event that stopped the target (the dump's exception)", usage: ".lastevent"
  ) { _, session throws(CommandError) in
    guard case .success(let e) = session.dump.exception else {
      session.print("Last event: <no event>")
      return
    }
    let pid = HexFormat.hex(UInt64(session.processId ?? 0))
    session.print("Last event: \(pid).\(HexFormat.hex(UInt64(e.threadId))): \(ExceptionNames.name(e.record.code)) - code "
      + HexFormat.hex(UInt64(e.record.code), 8) + " (first/second chance not available)")
    session.print("  debugger time: " + SystemDescription.sessionTimeLine(session.dump).dropFirst("Debug session time: ".count))
  }

  static func recordLines(_ session: Session) throws(CommandError) -> [String] {
    let info: ExceptionInfo
    switch session.dump.exception {
    case .success(let e): info = e
    case .failure(let e): throw .message("Unable to read the exception record: \(e.description)")
    }
    return recordLines(info.record, session)
  }

  /// `.exr`'s lines for one record.
  static func recordLines(_ r: ExceptionRecord, _ session: Session) -> [String] {
    let flat = { (v: UInt64) in session.pointerSize == 8 ? HexFormat.hex(v, 16) : HexFormat.hex(v, 8) }
    var lines: [String] = []
    var symbol = ""
    if let m = session.module(containing: r.address) {
      let name = session.symbolize(r.address)
      let base = name.split(separator: "+").first.map(String.init) ?? name
      let off: UInt64
      if let e = session.dump.exports(of: m)?.nearest(below: r.address), e.address >= m.base, name.contains("!") {
        off = r.address &- e.address
      } else {
        off = r.address &- m.base
      }
      symbol = " (" + base + "+0x" + HexFormat.hex(off, session.pointerSize * 2) + ")"
    }
    lines.append("ExceptionAddress: " + flat(r.address) + symbol)
    lines.append("   ExceptionCode: " + HexFormat.hex(UInt64(r.code), 8) + " (\(ExceptionNames.name(r.code)))")
    lines.append("  ExceptionFlags: " + HexFormat.hex(UInt64(r.flags), 8))
    lines.append("NumberParameters: \(r.parameters.count)")
    for (i, p) in r.parameters.enumerated() {
      lines.append("   Parameter[\(i)]: " + flat(p))
    }
    if let access = accessLine(r, flat: flat) { lines.append(access) }
    return lines
  }

  /// `Attempt to read from address ...` for access violations and in-page errors.
  static func accessLine(_ r: ExceptionRecord, flat: (UInt64) -> String) -> String? {
    guard r.code == 0xC000_0005 || r.code == 0xC000_0006, r.parameters.count >= 2 else { return nil }
    switch r.parameters[0] {
    case 0: return "Attempt to read from address " + flat(r.parameters[1])
    case 1: return "Attempt to write to address " + flat(r.parameters[1])
    case 8: return "Attempt to execute non-executable address " + flat(r.parameters[1])
    default: return nil
    }
  }
}
