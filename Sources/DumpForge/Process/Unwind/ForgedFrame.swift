/// A forged frame as an unwinder must find it (for `--describe-json` and tests).
public struct ForgedFrame: Codable, Sendable, Equatable {
  /// `module!Export+0x…`
  public var name: String
  public var instructionPointer: UInt64
  /// Child-SP.
  public var stackPointer: UInt64
  public var returnAddress: UInt64
  /// rbx, rbp, rsi, rdi, r12–r15 in this frame.
  public var nonvolatile: [String: UInt64]
}
