import Testing

@Test func placeholderLineEditor() { #expect(Bool(true)) }
