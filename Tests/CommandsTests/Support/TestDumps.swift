import Testing

/// Resolves a transcript's `# dump:` header to a file.
enum TestDumps {
  /// `wine/NAME` (decompressed Wine fixture in ../shared), `fixture/FOLDER/NAME` (a dump committed
  /// as Tests/Fixtures/FOLDER/NAME.zst) or `forge/NAME` (forged from Samples/NAME).
  /// Returns nil when the test should be skipped (Wine fixtures missing outside CI).
  static func path(for spec: String, sourceLocation: SourceLocation) throws -> String? {
    if spec.hasPrefix("wine/") {
      return Fixtures.wine(String(spec.dropFirst(5)), sourceLocation: sourceLocation)
    }
    if spec.hasPrefix("fixture/") {
      let parts = spec.dropFirst(8).split(separator: "/", maxSplits: 1).map(String.init)
      guard parts.count == 2 else {
        Issue.record("fixture spec '\(spec)' must be fixture/FOLDER/NAME", sourceLocation: sourceLocation)
        return nil
      }
      return Fixtures.repoFixture(parts[0], parts[1], sourceLocation: sourceLocation)
    }
    if spec.hasPrefix("forge/") {
      return try ForgedDumps.path(String(spec.dropFirst(6)))
    }
    Issue.record("unknown dump spec '\(spec)'", sourceLocation: sourceLocation)
    return nil
  }
}
