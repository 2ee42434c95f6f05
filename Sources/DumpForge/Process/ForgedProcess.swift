/// Everything the minidump writer needs: the resolved scenario and the process address space.
public struct ForgedProcess: Sendable {
  public var scenario: Scenario
  public var memory: ProcessMemory
  public var pebAddress: UInt64
  public var processParametersAddress: UInt64
  public var loaderDataAddress: UInt64
  public var modules: [PlacedModule]
  public var threads: [PlacedThread]
  public var exception: PlacedException?
  /// MINIDUMP_MISC_INFO_5.ProcessCookie and KUSER_SHARED_DATA.Cookie.
  public var processCookie: UInt32
  /// NT heaps in PEB.ProcessHeaps order.
  public var heaps: [HeapPlan] = []
  /// +ust traces and the database address (nil without +ust).
  public var stackTraces = StackTraceCatalog()
  public var stackTraceDatabase: UInt64?
  /// ntdll!RtlpLFHKey when a heap has the LFH front end.
  public var lfhKey: UInt64? = nil
}

public struct PlacedThread: Sendable {
  public var spec: ThreadSpec
  public var teb: UInt64
  /// NT_TIB.StackBase (high end) and StackLimit (lowest committed, non-guard address).
  public var stackBase: UInt64
  public var stackLimit: UInt64
  public var stackAllocationBase: UInt64
  public var context: X64Context
  /// The forged call chain (innermost first); empty without `frames:`.
  public var frames: [ForgedFrame] = []

  public var id: UInt32 { spec.id }
}

public struct PlacedException: Sendable {
  public var threadId: UInt32
  public var code: UInt32
  public var flags: UInt32
  public var address: UInt64
  public var parameters: [UInt64]
  public var context: X64Context
}
