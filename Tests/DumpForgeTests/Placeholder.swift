import Testing

@Test func placeholderDumpForgeTests() { #expect(Bool(true)) }
