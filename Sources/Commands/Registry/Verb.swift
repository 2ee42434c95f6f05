/// One command as the user typed it, after the verb name was recognised.
public struct Invocation: Sendable {
  /// The verb name as registered (`db`, `!address`, `.formats`, `lm`).
  public var name: String
  /// Letters typed right after the name that the verb takes as options (`v` in `lmv`, `m` in `lmvm`).
  public var attached: String
  /// Everything after the name (and attached letters), untrimmed.
  public var arguments: Substring
  /// The whole command text (for caret error lines).
  public var text: String
  /// Column of `arguments`' first character inside `text`.
  public var argumentsColumn: Int

  public init(name: String, attached: String = "", arguments: Substring, text: String, argumentsColumn: Int) {
    self.name = name
    self.attached = attached
    self.arguments = arguments
    self.text = text
    self.argumentsColumn = argumentsColumn
  }
}

/// A verb: its names, one line of help, usage, and what it does.
///
/// One implementation may serve several names (`db`, `dw`, `dd` ... share one; SOS's habit): the
/// `run` closure receives the invocation, whose `name` says which one was typed.
public struct VerbSpec: Sendable {
  /// Names the verb answers to, lower case (`!address`, `.formats`, `db`).
  public var names: [String]
  /// One line for `.help`.
  public var summary: String
  /// Usage line(s) for `.help verb`.
  public var usage: String
  /// `true` when letters glued to the name are options (`lmvm`, `kn`), so the registry may match a
  /// shorter name and hand the rest over as `attached`.
  public var takesAttachedOptions: Bool
  /// What an empty Enter runs after this command (WinDbg continues `d*` and `u`), or nil.
  public var run: @Sendable (Invocation, Session) throws(CommandError) -> Void

  public init(
    names: [String], summary: String, usage: String, takesAttachedOptions: Bool = false,
    run: @escaping @Sendable (Invocation, Session) throws(CommandError) -> Void
  ) {
    self.names = names
    self.summary = summary
    self.usage = usage
    self.takesAttachedOptions = takesAttachedOptions
    self.run = run
  }
}
