import Testing

@Test func placeholderCommandsTests() { #expect(Bool(true)) }
