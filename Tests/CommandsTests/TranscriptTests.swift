import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every `*.txt` file in Transcripts/ runs here: a dump, commands, and the exact output. New files
/// are picked up without editing this list.
@Suite("Transcripts")
struct TranscriptTests {
  static let files: [String] = {
    guard let dir = opendir(Fixtures.packageRoot + "/Tests/CommandsTests/Transcripts") else { return [] }
    defer { closedir(dir) }
    var names: [String] = []
    while let entry = readdir(dir) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name.hasSuffix(".txt") { names.append(name) }
    }
    return names.sorted()
  }()

  @Test func everyTranscriptFileIsFound() {
    #expect(Self.files.count >= 10, "transcripts found: \(Self.files)")
  }

  @Test(arguments: files)
  func transcript(_ name: String) throws {
    try Transcript.check(name)
  }
}
