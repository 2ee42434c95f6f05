// TEMPORARY: stubs so the skeleton compiles; the stream parsers replace this file.
private func todo(_ r: StreamReader) -> DumpError { .badValue(stream: r.stream, offset: r.start, detail: "parser not written yet") }
extension SystemInfo { init(_ r: StreamReader) throws(DumpError) { throw todo(r) } }
extension MiscInfo { init(_ r: StreamReader) throws(DumpError) { throw todo(r) } }
extension DumpThread { static func parseList(_ r: StreamReader, entrySize: UInt64) throws(DumpError) -> [DumpThread] { throw todo(r) } }
extension ThreadInfo { static func parseList(_ r: StreamReader) throws(DumpError) -> [ThreadInfo] { throw todo(r) } }
extension ThreadName { static func parseList(_ r: StreamReader) throws(DumpError) -> [ThreadName] { throw todo(r) } }
extension DumpModule { static func parseList(_ r: StreamReader) throws(DumpError) -> [DumpModule] { throw todo(r) } }
extension UnloadedModule { static func parseList(_ r: StreamReader) throws(DumpError) -> [UnloadedModule] { throw todo(r) } }
extension MemoryRange {
  static func parseMemoryList(_ r: StreamReader) throws(DumpError) -> [MemoryRange] { throw todo(r) }
  static func parseMemory64List(_ r: StreamReader) throws(DumpError) -> [MemoryRange] { throw todo(r) }
}
extension MemoryInfo { static func parseList(_ r: StreamReader) throws(DumpError) -> [MemoryInfo] { throw todo(r) } }
extension ExceptionInfo { init(_ r: StreamReader) throws(DumpError) { throw todo(r) } }
extension HandleDescriptor { static func parseList(_ r: StreamReader) throws(DumpError) -> [HandleDescriptor] { throw todo(r) } }
enum CommentText {
  static func ansi(_ r: StreamReader) throws(DumpError) -> String { throw todo(r) }
  static func wide(_ r: StreamReader) throws(DumpError) -> String { throw todo(r) }
}
extension ProcessVmCounters { init(_ r: StreamReader) throws(DumpError) { throw todo(r) } }
extension ThreadContext { init(_ r: StreamReader, architecture: ProcessorArchitecture) throws(DumpError) { throw todo(r) } }
