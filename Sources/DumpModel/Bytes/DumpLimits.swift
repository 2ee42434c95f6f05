/// Caps on what is read from a dump, so a hostile or damaged file cannot make a parser allocate
/// or loop without bound.
///
/// The defaults are far above anything a real process produces (a 13 GB heap dump has about a
/// million memory ranges and a few million heap entries), so they only stop absurd counts. A count
/// read from the file is checked against its cap before anything is allocated for it; when a cap
/// is hit the reader stops with one line that names it, e.g.
/// `ThreadListStream at file offset 0x2c4: 5 threads exceed the limit of 2 (Limits.threads)`.
/// `Dump` holds one value (`Dump.limits`); tests pass tiny ones.
public struct DumpLimits: Sendable, Equatable {
  /// Entries of the stream directory.
  public var streams: UInt64 = 10_000
  /// Entries of MemoryListStream, Memory64ListStream and MemoryInfoListStream (each).
  public var memoryRanges: UInt64 = 50_000_000
  /// Entries of ModuleListStream and UnloadedModuleListStream.
  public var modules: UInt64 = 100_000
  /// Entries of ThreadListStream, ThreadExListStream, ThreadInfoListStream and ThreadNamesStream.
  public var threads: UInt64 = 1_000_000
  /// Nodes followed on one linked list in dump memory (heap segments, uncommitted ranges, large
  /// blocks, the loader's module lists).
  public var listWalks: UInt64 = 10_000_000
  /// Heap entries visited by one heap walk.
  public var heapEntries: UInt64 = 1_000_000_000
  /// Nesting of types when a type is rendered or sized (`dt -r`).
  public var typeNesting: Int = 16

  /// The defaults.
  public static let `default` = DumpLimits()

  public init() {}

  /// A copy with every count cap set to `value` (tests).
  public static func all(_ value: UInt64) -> DumpLimits {
    var l = DumpLimits()
    l.streams = value
    l.memoryRanges = value
    l.modules = value
    l.threads = value
    l.listWalks = value
    l.heapEntries = value
    l.typeNesting = Int(clamping: value)
    return l
  }

  /// One of the count caps, by name (the name is what messages print after `Limits.`).
  public enum Cap: String, Sendable, CaseIterable {
    case streams, memoryRanges, modules, threads, listWalks, heapEntries
  }

  /// The value of `cap`.
  public subscript(cap: Cap) -> UInt64 {
    switch cap {
    case .streams: streams
    case .memoryRanges: memoryRanges
    case .modules: modules
    case .threads: threads
    case .listWalks: listWalks
    case .heapEntries: heapEntries
    }
  }

  /// The one-line message for a cap that was hit: `5 threads exceed the limit of 2 (Limits.threads)`.
  public static func message(count: UInt64, what: String, limit: UInt64, name: String) -> String {
    "\(count) \(what) exceed the limit of \(limit) (Limits.\(name))"
  }
}
