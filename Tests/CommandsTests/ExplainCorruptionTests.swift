import Commands
import DumpForge
import DumpModel
import Testing

/// `.explain` on the other two kinds of damaged header the forge makes (`how: size`, `how:
/// prevsize`; the checksum kind is in Transcripts/forge-heap-corruption-explain.txt): the
/// heap-corruption scenario is forged again with the other kind, and the explanation must name
/// the rule that failed and the value a valid header would hold.
@Suite("Explain damaged headers")
struct ExplainCorruptionTests {
  /// The damaged block of the parser heap (block 9, `corruptions[0].address` of --describe-json).
  static let damaged: UInt64 = 0x68_0382_16B0

  /// The explanation printed for the damaged block after forging with `how`.
  func explanation(_ how: String) throws -> String {
    let scenario = Fixtures.packageRoot + "/Samples/heap-corruption/scenario.yaml"
    let text = try #require(readFile(scenario))
    #expect(text.contains("how: checksum"))
    let variant = Fixtures.tempDir + "/heap-corruption-\(how).yaml"
    writeFile(variant, text.replacingAll("how: checksum", with: "how: \(how)"))
    let dumpPath = Fixtures.tempDir + "/heap-corruption-\(how).dmp"
    try Forge.forge(scenarioPath: variant, outputPath: dumpPath, progress: false)
    let sink = CaptureSink()
    let session = Session(dump: try Dump.open(path: dumpPath), sink: sink)
    session.execute(line: ".explain on")
    _ = sink.take()
    session.execute(line: "!heap -x 0x68038216c0")
    return sink.take()
  }

  @Test func previousSizeRule() throws {
    let out = try explanation("prevsize")
    // The forge writes PreviousSize + 0x0101: 6 becomes 0x107; the block before is 6 granules.
    #expect(out.contains("the walk stopped at 00000068`038216b0 (PreviousSize 107 does not match the previous block's size 6)"), "\(out)")
    #expect(out.contains("rule failed    PreviousSize: it says 0107 granules but the block before (00000068`03821650) has Size 0006"), "\(out)")
    #expect(out.contains("if valid       PreviousSize 0006"), "\(out)")
    #expect(out.contains("equal: the checksum test passes"), "\(out)")
  }

  @Test func sizeRule() throws {
    let out = try explanation("size")
    // The forge writes Size ^ 0x4000 with a valid checksum: 0x4006 granules run past the 256 KB segment.
    #expect(out.contains("(size 4006 runs past the segment end)"), "\(out)")
    #expect(out.contains("rule failed    size: 4006 granules would end at 00000068`03861710, past the segment's LastValidEntry 00000068`03860000"), "\(out)")
  }
}

extension String {
  /// Every occurrence of `target` replaced (no Foundation in this target's support code).
  func replacingAll(_ target: String, with replacement: String) -> String {
    var out = ""
    var rest = Substring(self)
    while let r = rest.range(of: target) {
      out += rest[..<r.lowerBound] + replacement
      rest = rest[r.upperBound...]
    }
    return out + rest
  }
}
