import Testing

@Test func placeholderDumpModelTests() { #expect(Bool(true)) }
