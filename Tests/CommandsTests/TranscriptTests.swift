import Testing

/// Every file in Transcripts/ runs here: a dump, commands, and the exact output.
@Suite("Transcripts")
struct TranscriptTests {
  @Test(arguments: [
    "wine-crash-basics.txt",
    "wine-crash-memory.txt",
    "wine-crash-errors.txt",
    "wine-mini-dumpdebug.txt",
    "wine-leak-threads.txt",
    "wine-crash-stack.txt",
    "wine-crash-disasm.txt",
    "wine-crash-analyze.txt",
    "wine-mini-stack.txt",
  ])
  func transcript(_ name: String) throws {
    try Transcript.check(name)
  }
}
