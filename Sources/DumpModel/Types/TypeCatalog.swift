/// NT types without PDBs: one catalog of type layouts per OS build family, shipped as data
/// (Docs/type-catalog.md, Sources/DumpModel/Types/Catalogs) and parsed once on first use.
///
/// `dt`, `!peb`, `!teb` and the heap walker all read offsets from here, so they cannot disagree.
/// Each catalog names its sources (PDB-derived public dumps; ../shared/reference/nt-layouts.md)
/// and the types it lacks; nothing is invented to fill a gap.
public struct TypeCatalog: Sendable {
  /// Short id used by `.nttypes` (`win7sp1-x64`).
  public let id: String
  public let title: String
  public let pointerSize: Int
  public let sources: [String]
  public let notes: [String]
  /// Types the issue asks for that this catalog does not have, with the reason.
  public let missing: [(name: String, reason: String)]
  /// Every type, in catalog order.
  public let types: [TypeLayout]
  /// Lines the parser could not read (empty for the shipped catalogs; a test checks it).
  public let problems: [String]
  private let byName: [String: Int]

  /// Nested-type depth beyond which lookups stop (hostile or cyclic catalogs).
  public static let maxDepth = 16

  public init(text: String) {
    let (h, types, problems) = CatalogParser.parse(text)
    id = h.id
    title = h.title
    pointerSize = h.pointerSize
    sources = h.sources
    notes = h.notes
    missing = h.missing.map { (name: $0.0, reason: $0.1) }
    self.types = types
    self.problems = problems
    var map: [String: Int] = [:]
    for (i, t) in types.enumerated() where map[t.name] == nil { map[t.name] = i }
    byName = map
  }

  /// The ids of the shipped catalogs, in listing order (each text's `catalog ID` line).
  public static let ids = ["win7sp1-x64", "win10-1507-x64", "win10-2004-x64", "win7sp1-x86", "win10-2004-x86"]

  /// Every shipped catalog (parses those not parsed yet).
  public static var all: [TypeCatalog] { ids.compactMap { named($0) } }

  /// The catalog with `id` (case-insensitive), if shipped. Each catalog is parsed on its first
  /// use only: a dump needs one, and parsing all five cost ~35 ms at every heap or `!address` start.
  public static func named(_ id: String) -> TypeCatalog? {
    switch id.lowercased() {
    case "win7sp1-x64": return Shipped.win7x64
    case "win10-1507-x64": return Shipped.win10v1507x64
    case "win10-2004-x64": return Shipped.win10v2004x64
    case "win7sp1-x86": return Shipped.win7x86
    case "win10-2004-x86": return Shipped.win10v2004x86
    default: return nil
    }
  }

  /// One lazily initialised (thread-safe, Swift global semantics) parse per catalog.
  private enum Shipped {
    static let win7x64 = TypeCatalog(text: Win7SP1x64Catalog.text)
    static let win10v1507x64 = TypeCatalog(text: Win10v1507x64Catalog.text)
    static let win10v2004x64 = TypeCatalog(text: Win10v2004x64Catalog.text)
    static let win7x86 = TypeCatalog(text: Win7SP1x86Catalog.text)
    static let win10v2004x86 = TypeCatalog(text: Win10v2004x86Catalog.text)
  }

  /// The catalog for a SystemInfo build, or nil when none fits (the caller says so).
  ///
  /// x64: 6.1 → Windows 7 SP1; 6.2/6.3 (Windows 8/8.1, no catalog of their own) and 10.0 builds
  /// below 19041 → Windows 10 1507 (the _HEAP tail moved at an unverified build between 1507 and
  /// 2004, nt-layouts.md §7.2); 10.0 build 19041 and later (Windows 10 2004+ and Windows 11) →
  /// Windows 10 2004. x86: 6.1 → Windows 7 SP1 x86; 10.0 (any build) → Windows 10 2004 x86.
  /// `fallbackNote` says when the choice is a stand-in.
  public static func forBuild(major: UInt32, minor: UInt32, build: UInt32, architecture: ProcessorArchitecture) -> TypeCatalog? {
    switch (architecture.pointerSize, major, minor) {
    case (8, 6, 1): return named("win7sp1-x64")
    case (8, 6, 2), (8, 6, 3): return named("win10-1507-x64")
    case (8, 10, 0): return named(build >= 19041 ? "win10-2004-x64" : "win10-1507-x64")
    case (4, 6, 1): return named("win7sp1-x86")
    case (4, 10, 0): return named("win10-2004-x86")
    default: return nil
    }
  }

  /// Why `forBuild` picked a catalog of another build, or nil when it fits the build (or none fits).
  public static func fallbackNote(major: UInt32, minor: UInt32, build: UInt32, architecture: ProcessorArchitecture) -> String? {
    switch (architecture.pointerSize, major, minor) {
    case (8, 6, 2), (8, 6, 3):
      return "Windows 8/8.1 has no catalog of its own; using win10-1507-x64 (the _HEAP header up to CommitRoutine is stable from Windows 8 on, nt-layouts.md section 3.1; other types unverified for 6.2/6.3)"
    case (8, 10, 0) where build != 10240 && build < 19041:
      return "build \(build) has no catalog of its own; using win10-1507-x64 (layouts of builds 10586-18363 unverified)"
    case (4, 10, 0) where build < 19041:
      return "build \(build) has no catalog of its own; using win10-2004-x86 (layouts of x86 builds before 19041 unverified)"
    default: return nil
    }
  }

  /// The catalog for a dump's SystemInfo, or nil.
  public static func forDump(_ dump: Dump) -> TypeCatalog? {
    guard case .success(let s) = dump.systemInfo else { return nil }
    return forBuild(major: s.majorVersion, minor: s.minorVersion, build: s.buildNumber, architecture: s.architecture)
  }

  // MARK: Lookups (the heap walker's API)

  /// The layout named `name` (`_HEAP`), exact case first, then case-insensitive.
  public func layout(named name: String) -> TypeLayout? {
    if let i = byName[name] { return types[i] }
    let lower = name.lowercased()
    return types.first { $0.name.lowercased() == lower }
  }

  /// Size of a type in bytes (`size(of: "_HEAP")` → 0x208 on Windows 7 SP1 x64).
  public func size(of typeName: String) -> UInt64? { layout(named: typeName)?.size }

  /// Size of a field type in bytes; nil for unknown named types.
  public func size(of type: FieldType, depth: Int = 0) -> UInt64? {
    guard depth < Self.maxDepth else { return nil }
    switch type {
    case .base(let b): return b.size
    case .pointer(let w, _): return UInt64(w)
    case .array(let n, let of):
      guard let e = size(of: of, depth: depth + 1) else { return nil }
      let (t, o) = e.multipliedReportingOverflow(by: UInt64(n))
      return o ? nil : t
    case .named(let n): return layout(named: n)?.size
    case .bitfield(let p, let w): return UInt64((p + w + 7) / 8)
    case .function: return 0
    case .unnamed(let s): return s
    }
  }

  /// Resolves a dotted field path (`Counters.TotalMemoryReserved`) to its total offset and the
  /// last field. Each step must name a field of an embedded struct or union.
  public func field(of typeName: String, path: String) -> (offset: UInt64, field: Field)? {
    var type = typeName
    var total: UInt64 = 0
    var last: Field?
    let parts = path.split(separator: ".")
    guard !parts.isEmpty, parts.count <= Self.maxDepth else { return nil }
    for (i, part) in parts.enumerated() {
      guard let layout = layout(named: type), let f = layout.field(named: String(part)) else { return nil }
      let (t, o) = total.addingReportingOverflow(f.offset)
      guard !o else { return nil }
      total = t
      last = f
      if i < parts.count - 1 {
        guard case .named(let inner) = f.type else { return nil }
        type = inner
      }
    }
    guard let last else { return nil }
    return (total, last)
  }

  /// `offset(of: "_HEAP", field: "VirtualAllocdBlocks")` → 0x118 on Windows 7 SP1 x64.
  public func offset(of typeName: String, field path: String) -> UInt64? {
    field(of: typeName, path: path)?.offset
  }

  /// Type names matching a WinDbg wildcard (`*` and `?`), sorted.
  public func names(matching pattern: String) -> [String] {
    types.map(\.name).filter { Wildcard.matches(pattern, $0) }.sorted()
  }
}
