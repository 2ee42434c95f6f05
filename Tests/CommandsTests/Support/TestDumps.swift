import Testing

/// Resolves a transcript's `# dump:` header to a file.
enum TestDumps {
  /// `wine/NAME` (decompressed Wine fixture) or `forge/NAME` (forged from Samples/NAME).
  /// Returns nil when the test should be skipped (Wine fixtures missing outside CI).
  static func path(for spec: String, sourceLocation: SourceLocation) throws -> String? {
    if spec.hasPrefix("wine/") {
      return Fixtures.wine(String(spec.dropFirst(5)), sourceLocation: sourceLocation)
    }
    if spec.hasPrefix("forge/") {
      return try ForgedDumps.path(String(spec.dropFirst(6)))
    }
    Issue.record("unknown dump spec '\(spec)'", sourceLocation: sourceLocation)
    return nil
  }
}
