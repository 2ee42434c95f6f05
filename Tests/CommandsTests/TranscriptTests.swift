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
    "forge-tiny-basics.txt",
    "forge-tiny-address.txt",
    "wine-crash-address.txt",
  ])
  func transcript(_ name: String) throws {
    try Transcript.check(name)
  }
}
