/// Every verb dumpdbg knows, in one explicit list (no reflection; a test checks names are unique,
/// every verb has help, and every verb has a transcript).
public enum BuiltinVerbs {
  public static let all: [VerbSpec] = [
    EvaluateVerb.spec,
    FormatsVerb.spec,
    DisplayMemoryVerb.spec,
    ListModulesVerb.spec,
    ThreadsVerb.spec,
    ProcessVerb.spec,
    SystemVerb.spec,
    TimeVerb.spec,
    VertargetVerb.spec,
    DumpDebugVerb.spec,
    EchoVerb.spec,
    AddressVerb.spec,
    IfVerb.spec,
    ElseVerb.spec,
    BlockVerb.spec,
    HelpVerb.spec,
    QuitVerb.spec,
  ]

  public static let registry = Registry(all)
}
