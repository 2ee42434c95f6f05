/// An open minidump: the one model of a dump that every verb shares.
///
/// Opening maps the file and reads the header and the stream directory, nothing else; every
/// stream is parsed on first use and cached, so the banner of a 20 GB dump costs a few pages.
/// A damaged stream yields a `DumpError` for that stream only; the rest stays usable.
///
/// Tolerance policy: directory entries of type 0 (UnusedStream) are skipped; when a stream type
/// appears twice the later entry wins and a warning is recorded; entries whose location leaves
/// the file are kept in the directory (so `.dumpdebug` shows them) and fail when read.
public final class Dump {
  public let file: MappedFile
  public let header: MinidumpHeader
  /// Every directory entry, in file order, including unused and unknown ones.
  public let directory: [DirectoryEntry]
  /// The caps on counts read from the file (streams, ranges, modules, threads, list walks, heap
  /// entries, type nesting); a cap that is hit gives one line naming it.
  public let limits: DumpLimits
  /// Soft problems found while reading (duplicate streams, dropped overlapping ranges, ...).
  public private(set) var warnings: [String] = []
  private var byType: [StreamType: DirectoryEntry] = [:]
  var imageCache: [UInt64: PEImage?] = [:]
  var addressSpaceStorage: AddressSpace?
  var exportCache: [UInt64: ExportTable?] = [:]
  /// Module base → the PE file on disk mapped as its image (`loadImageFile`, `.exepath`).
  public internal(set) var imageFiles: [UInt64: String] = [:]

  /// The path the dump was opened from.
  public var path: String { file.path }

  /// Maps `path` and reads the header and directory.
  public static func open(path: String, limits: DumpLimits = .default) throws(DumpError) -> Dump {
    try Dump(file: MappedFile(path: path), limits: limits)
  }

  /// Reads the header and the directory of `file`; throws when the directory leaves the file or
  /// holds more than `limits.streams` entries.
  public init(file: MappedFile, limits: DumpLimits = .default) throws(DumpError) {
    self.file = file
    self.limits = limits
    header = try MinidumpHeader(file: file)
    let rva = UInt64(header.streamDirectoryRva)
    let n = UInt64(header.numberOfStreams)
    guard n <= limits.streams else {
      throw .countTooLarge(what: "stream directory", offset: rva, count: n, items: "streams", limit: limits.streams, name: "streams")
    }
    let (bytes, o1) = n.multipliedReportingOverflow(by: DirectoryEntry.size)
    guard !o1, file.contains(offset: rva, count: bytes) else {
      throw .truncated(
        what: "stream directory (\(n) entries)", offset: rva,
        needed: o1 ? UInt64.max : bytes, fileSize: file.size)
    }
    var entries: [DirectoryEntry] = []
    entries.reserveCapacity(Int(n))
    var warnings: [String] = []
    var byType: [StreamType: DirectoryEntry] = [:]
    for i in 0..<n {
      let at = rva &+ i &* DirectoryEntry.size  // in bounds: checked above
      let e = DirectoryEntry(
        index: Int(i),
        type: StreamType(rawValue: file.load(UInt32.self, at: at) ?? 0),
        dataSize: file.load(UInt32.self, at: at &+ 4) ?? 0,
        rva: file.load(UInt32.self, at: at &+ 8) ?? 0)
      entries.append(e)
      if e.type == .unused { continue }
      if byType[e.type] != nil {
        warnings.append("Duplicate \(e.type.name) in the directory (entry \(i)); using the later one")
      }
      byType[e.type] = e
    }
    directory = entries
    self.warnings = warnings
    self.byType = byType
  }

  /// The directory entry for `type` (the later one when duplicated), or nil.
  public func entry(for type: StreamType) -> DirectoryEntry? { byType[type] }

  /// A bounds-checked reader over the stream's bytes.
  public func reader(for type: StreamType) throws(DumpError) -> StreamReader {
    guard let e = byType[type] else { throw .missingStream(type) }
    var r = try StreamReader(file: file, stream: type, rva: UInt64(e.rva), size: UInt64(e.dataSize))
    r.limits = limits
    return r
  }

  /// Records a soft problem once.
  public func warn(_ message: String) {
    if !warnings.contains(message) { warnings.append(message) }
  }

  private func parse<T>(_ type: StreamType, _ body: (StreamReader) throws(DumpError) -> T) -> Result<T, DumpError> {
    do {
      return .success(try body(try reader(for: type)))
    } catch {
      return .failure(error)
    }
  }

  // MARK: Streams, parsed on first use.

  public private(set) lazy var systemInfo: Result<SystemInfo, DumpError> = parse(.systemInfo) { r throws(DumpError) in try SystemInfo(r) }
  public private(set) lazy var miscInfo: Result<MiscInfo, DumpError> = parse(.miscInfo) { r throws(DumpError) in try MiscInfo(r) }
  /// ThreadListStream, or ThreadExListStream when only that is present.
  public private(set) lazy var threads: Result<[DumpThread], DumpError> =
    entry(for: .threadList) == nil && entry(for: .threadExList) != nil
    ? parse(.threadExList) { r throws(DumpError) in try DumpThread.parseList(r, entrySize: 0x40) }
    : parse(.threadList) { r throws(DumpError) in try DumpThread.parseList(r, entrySize: 0x30) }
  public private(set) lazy var threadInfos: Result<[ThreadInfo], DumpError> = parse(.threadInfoList) { r throws(DumpError) in try ThreadInfo.parseList(r) }
  public private(set) lazy var threadNames: Result<[ThreadName], DumpError> = parse(.threadNames) { r throws(DumpError) in try ThreadName.parseList(r) }
  public private(set) lazy var modules: Result<[DumpModule], DumpError> = parse(.moduleList) { r throws(DumpError) in try DumpModule.parseList(r) }
  public private(set) lazy var unloadedModules: Result<[UnloadedModule], DumpError> = parse(.unloadedModuleList) { r throws(DumpError) in try UnloadedModule.parseList(r) }
  /// MemoryListStream ranges (each with its own RVA).
  public private(set) lazy var memoryList: Result<[MemoryRange], DumpError> = parse(.memoryList) { r throws(DumpError) in try MemoryRange.parseMemoryList(r) }
  /// Memory64ListStream ranges.
  public private(set) lazy var memory64List: Result<[MemoryRange], DumpError> = parse(.memory64List) { r throws(DumpError) in try MemoryRange.parseMemory64List(r) }
  public var memoryInfo: Result<[MemoryInfo], DumpError> { memoryInfo(stop: { false }) ?? .success([]) }
  private var memoryInfoStorage: Result<[MemoryInfo], DumpError>?

  /// MemoryInfoListStream (cached), or nil when `stop` (polled every 64K entries: Ctrl-C) ended
  /// the parse; nothing is cached then.
  func memoryInfo(stop: () -> Bool) -> Result<[MemoryInfo], DumpError>? {
    if let m = memoryInfoStorage { return m }
    var stopped = false
    let m = parse(.memoryInfoList) { r throws(DumpError) in
      try MemoryInfo.parseList(r) {
        stopped = stopped || stop()
        return stopped
      }
    }
    if stopped { return nil }
    memoryInfoStorage = m
    return m
  }
  public private(set) lazy var exception: Result<ExceptionInfo, DumpError> = parse(.exception) { r throws(DumpError) in try ExceptionInfo(r) }
  public private(set) lazy var handles: Result<[HandleDescriptor], DumpError> = parse(.handleData) { r throws(DumpError) in try HandleDescriptor.parseList(r) }
  /// CommentStreamA as text (ANSI bytes decoded as Latin-1/UTF-8).
  public private(set) lazy var commentA: Result<String, DumpError> = parse(.commentA) { r throws(DumpError) in try CommentText.ansi(r) }
  /// CommentStreamW as text (UTF-16LE).
  public private(set) lazy var commentW: Result<String, DumpError> = parse(.commentW) { r throws(DumpError) in try CommentText.wide(r) }
  public private(set) lazy var vmCounters: Result<ProcessVmCounters, DumpError> = parse(.processVmCounters) { r throws(DumpError) in try ProcessVmCounters(r) }

  /// Pointer size of the dumped process (from SystemInfo; 8 when SystemInfo is unreadable).
  public var pointerSize: Int { (try? systemInfo.get())?.pointerSize ?? 8 }

  /// The CONTEXT at `location`, read with the architecture from SystemInfo. `stream` names the
  /// stream that pointed at it, for error messages.
  public func context(at location: LocationDescriptor, from stream: StreamType = .threadList)
    -> Result<ThreadContext, DumpError>
  {
    let arch = (try? systemInfo.get())?.architecture ?? .amd64
    do {
      let r = try StreamReader(
        file: file, stream: stream, rva: UInt64(location.rva), size: UInt64(location.dataSize))
      return .success(try ThreadContext(r, architecture: arch))
    } catch {
      return .failure(error)
    }
  }

  /// The heaps of the process (PEB.ProcessHeaps), walked and indexed on first use (Heap/HeapSet.swift).
  public private(set) lazy var heaps: HeapSet = HeapSet(dump: self)

  /// The process memory in the dump: MemoryListStream and Memory64ListStream merged, built on
  /// first use.
  public var addressSpace: AddressSpace {
    if let built = addressSpaceStorage { return built }
    // A full-memory dump's one Memory64ListStream, already in order: read in place.
    if entry(for: .memoryList) == nil, let r = try? reader(for: .memory64List), let d = Memory64Descriptors(r) {
      let space = AddressSpace(file: file, descriptors: d, pointerSize: pointerSize)
      addressSpaceStorage = space
      return space
    }
    var ranges: [MemoryRange] = []
    if case .success(let r) = memory64List { ranges = r } else if case .failure(let e) = memory64List, entry(for: .memory64List) != nil { warn(e.description) }
    if case .success(let r) = memoryList { ranges += r } else if case .failure(let e) = memoryList, entry(for: .memoryList) != nil { warn(e.description) }
    let space = AddressSpace(file: file, ranges: ranges, pointerSize: pointerSize)
    for w in space.warnings { warn(w) }
    addressSpaceStorage = space
    return space
  }

  /// Reads one small value without building the address space when it is not built yet: a linear
  /// scan of the memory-list descriptors in the mapped file, allocating nothing. Opening a dump
  /// with a million ranges and printing the banner (which needs KUSER_SHARED_DATA) stays cheap.
  public func peek<T: FixedWidthInteger>(_: T.Type, at address: UInt64) -> T? {
    if let built = addressSpaceStorage { return built.load(T.self, at: address) }
    let width = UInt64(MemoryLayout<T>.size)
    func inRange(_ start: UInt64, _ size: UInt64) -> UInt64? {
      guard address >= start else { return nil }
      let off = address - start
      guard off < size, size - off >= width else { return nil }
      return off
    }
    if let r = try? reader(for: .memory64List), let n = try? r.u64(0), var data = try? r.u64(8) {
      let count = min(n, r.count >= 16 ? (r.count - 16) / 16 : 0)
      for i in 0..<count {
        guard let start = try? r.u64(16 &+ i &* 16), let size = try? r.u64(24 &+ i &* 16) else { break }
        if let off = inRange(start, size) {
          let (at, o) = data.addingReportingOverflow(off)
          return o ? nil : file.load(T.self, at: at)
        }
        let (next, o) = data.addingReportingOverflow(size)
        if o { break }
        data = next
      }
    }
    if let r = try? reader(for: .memoryList), let n = try? r.u32(0) {
      let count = min(UInt64(n), r.count >= 4 ? (r.count - 4) / 16 : 0)
      for i in 0..<count {
        let e = 4 &+ i &* 16
        guard let start = try? r.u64(e), let size = try? r.u32(e &+ 8), let rva = try? r.u32(e &+ 12) else { break }
        if let off = inRange(start, UInt64(size)) { return file.load(T.self, at: UInt64(rva) &+ off) }
      }
    }
    return nil
  }

  /// Polled by long model work (the region map build, heap walks) so Ctrl-C can stop it; the shell's
  /// session sets it to its interrupt flag. Work it stops throws `Cancelled` or is marked
  /// `cancelled` and is never cached.
  public var isCancelled: () -> Bool = { false }
  var classifiedStorage: ClassifiedRegions?

  /// The user address space as regions with their `!address` usage, built on first use and reused
  /// by every later call (Dump+Regions.swift). Throws `Cancelled` when `isCancelled` stopped the
  /// build; nothing is kept then.
  public var classifiedRegions: ClassifiedRegions {
    get throws(Cancelled) {
      if let c = classifiedStorage { return c }
      let c = try buildClassifiedRegions()
      classifiedStorage = c
      return c
    }
  }
}

extension Dump {
  /// The PE image of `module` read from dump memory (cached), or nil when its headers are not in
  /// the dump (mini dumps without module memory).
  public func image(of module: DumpModule) -> PEImage? {
    if let cached = imageCache[module.base] { return cached }
    let image = PEImage(space: addressSpace, base: module.base)
    imageCache[module.base] = .some(image)
    return image
  }

  /// Whether `module`'s export table was already read: nil when not yet, else whether it had one.
  public func exportsLoaded(of module: DumpModule) -> Bool? {
    guard let cached = exportCache[module.base] else { return nil }
    return cached != nil
  }

  /// The export table of `module` (cached), or nil.
  public func exports(of module: DumpModule) -> ExportTable? {
    if let cached = exportCache[module.base] { return cached }
    let table = image(of: module).flatMap { ExportTable(image: $0, space: addressSpace) }
    exportCache[module.base] = .some(table)
    return table
  }
}
