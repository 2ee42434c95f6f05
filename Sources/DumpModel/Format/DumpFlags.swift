/// `MINIDUMP_TYPE` bits stored in the header's Flags (minidumpapiset.h; nt-layouts.md §1.9).
public struct DumpFlags: OptionSet, Sendable, Hashable {
  public let rawValue: UInt64
  public init(rawValue: UInt64) { self.rawValue = rawValue }

  public static let withDataSegs = DumpFlags(rawValue: 0x1)
  public static let withFullMemory = DumpFlags(rawValue: 0x2)
  public static let withHandleData = DumpFlags(rawValue: 0x4)
  public static let withFullMemoryInfo = DumpFlags(rawValue: 0x800)
  public static let withThreadInfo = DumpFlags(rawValue: 0x1000)

  /// Every known bit with the name WinDbg's `.dumpdebug` prints for it.
  public static let names: [(UInt64, String)] = [
    (0x1, "MiniDumpWithDataSegs"), (0x2, "MiniDumpWithFullMemory"),
    (0x4, "MiniDumpWithHandleData"), (0x8, "MiniDumpFilterMemory"),
    (0x10, "MiniDumpScanMemory"), (0x20, "MiniDumpWithUnloadedModules"),
    (0x40, "MiniDumpWithIndirectlyReferencedMemory"), (0x80, "MiniDumpFilterModulePaths"),
    (0x100, "MiniDumpWithProcessThreadData"), (0x200, "MiniDumpWithPrivateReadWriteMemory"),
    (0x400, "MiniDumpWithoutOptionalData"), (0x800, "MiniDumpWithFullMemoryInfo"),
    (0x1000, "MiniDumpWithThreadInfo"), (0x2000, "MiniDumpWithCodeSegs"),
    (0x4000, "MiniDumpWithoutAuxiliaryState"), (0x8000, "MiniDumpWithFullAuxiliaryState"),
    (0x10000, "MiniDumpWithPrivateWriteCopyMemory"), (0x20000, "MiniDumpIgnoreInaccessibleMemory"),
    (0x40000, "MiniDumpWithTokenInformation"), (0x80000, "MiniDumpWithModuleHeaders"),
    (0x100000, "MiniDumpFilterTriage"), (0x200000, "MiniDumpWithAvxXStateContext"),
    (0x400000, "MiniDumpWithIptTrace"), (0x800000, "MiniDumpScanInaccessiblePartialPages"),
    (0x1000000, "MiniDumpFilterWriteCombinedMemory"), (0x2000000, "MiniDumpNoIgnoreInaccessibleMemory"),
    (0x4000000, "MiniDumpWithMemoryCompressed"),
  ]
}
