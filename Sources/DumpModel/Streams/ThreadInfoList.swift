/// `MINIDUMP_THREAD_INFO` (0x40 bytes) of ThreadInfoListStream (type 17).
public struct ThreadInfo: Sendable, Equatable {
  public var threadId: UInt32
  /// 1 ERROR_THREAD, 2 WRITING_THREAD, 4 EXITED_THREAD, 8 INVALID_INFO, 0x10 INVALID_CONTEXT, 0x20 INVALID_TEB.
  public var dumpFlags: UInt32
  public var dumpError: UInt32
  public var exitStatus: UInt32
  /// FILETIME (100 ns since 1601).
  public var createTime: UInt64
  public var exitTime: UInt64
  /// 100 ns units.
  public var kernelTime: UInt64
  public var userTime: UInt64
  public var startAddress: UInt64
  public var affinity: UInt64
}

/// One entry of ThreadNamesStream (type 24): ThreadId u32, RvaOfThreadName RVA64 → MINIDUMP_STRING.
public struct ThreadName: Sendable, Equatable {
  public var threadId: UInt32
  public var name: String
}

extension ThreadInfo {
  /// Parses ThreadInfoListStream (`MINIDUMP_THREAD_INFO_LIST`; minidumpapiset.h; nt-layouts.md
  /// §1.4): SizeOfHeader, SizeOfEntry, NumberOfEntries (u32 each); entries at SizeOfHeader, each
  /// SizeOfEntry (>= 0x40) bytes: ThreadId @0, DumpFlags @4, DumpError @8, ExitStatus @0xC, then u64
  /// CreateTime @0x10, ExitTime @0x18, KernelTime @0x20, UserTime @0x28, StartAddress @0x30,
  /// Affinity @0x38.
  static func parseList(_ r: StreamReader) throws(DumpError) -> [ThreadInfo] {
    let (n, base, size) = try r.sizedArray(minHeader: 0x0C, minEntry: 0x40, wideCount: false, what: "thread infos", cap: .threads)
    var out: [ThreadInfo] = []
    out.reserveCapacity(Int(n))
    for i in 0..<n {
      let e = try r.entry(i, of: size, at: base)
      out.append(
        ThreadInfo(
          threadId: try r.u32(e), dumpFlags: try r.u32(e &+ 4), dumpError: try r.u32(e &+ 8),
          exitStatus: try r.u32(e &+ 0x0C), createTime: try r.u64(e &+ 0x10), exitTime: try r.u64(e &+ 0x18),
          kernelTime: try r.u64(e &+ 0x20), userTime: try r.u64(e &+ 0x28),
          startAddress: try r.u64(e &+ 0x30), affinity: try r.u64(e &+ 0x38)))
    }
    return out
  }
}

extension ThreadName {
  /// Parses ThreadNamesStream (`MINIDUMP_THREAD_NAME_LIST`; minidumpapiset.h; nt-layouts.md §1.4):
  /// u32 count, then 12-byte entries {ThreadId u32 @0, RvaOfThreadName RVA64 @4} pointing at a
  /// MINIDUMP_STRING. A name that cannot be read gives "" for that thread only.
  static func parseList(_ r: StreamReader) throws(DumpError) -> [ThreadName] {
    let (n, base) = try r.countedArray(entrySize: 12, what: "thread names", cap: .threads)
    var out: [ThreadName] = []
    out.reserveCapacity(Int(n))
    for i in 0..<n {
      let e = try r.entry(i, of: 12, at: base)
      let tid = try r.u32(e)
      let rva = try r.u64(e &+ 4)
      out.append(
        ThreadName(
          threadId: tid,
          name: MinidumpString.readOr("", r.file, at: rva, stream: r.stream, what: "name of thread \(tid)")))
    }
    return out
  }
}
