/// Every verb dumpdbg knows, in one explicit list (no reflection; a test checks names are unique,
/// every verb has help, and every verb has a transcript).
public enum BuiltinVerbs {
  public static let all: [VerbSpec] = [
    EvaluateVerb.spec,
    FormatsVerb.spec,
    DisplayMemoryVerb.spec,
    DisplayTypeVerb.spec,
    PebVerb.spec,
    TebVerb.spec,
    NtTypesVerb.spec,
    ListModulesVerb.spec,
    ThreadsVerb.spec,
    ProcessVerb.spec,
    SystemVerb.spec,
    TimeVerb.spec,
    VertargetVerb.spec,
    DumpDebugVerb.spec,
    EchoVerb.spec,
    HelpVerb.spec,
    QuitVerb.spec,
    RegistersVerb.spec,
    StackVerb.spec,
    ContextVerbs.ecxr,
    ContextVerbs.cxr,
    ContextVerbs.frame,
    ExceptionRecordVerb.exr,
    ExceptionRecordVerb.lastEvent,
    UnassembleVerb.spec,
    SymbolVerbs.ln,
    SymbolVerbs.x,
    AnalyzeVerb.spec,
    HeapVerb.spec,
  ]

  public static let registry = Registry(all)
}
