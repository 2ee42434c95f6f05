/// `MINIDUMP_MODULE` (108 bytes) of ModuleListStream (type 4; nt-layouts.md §1.5).
public struct DumpModule: Sendable, Equatable {
  public var base: UInt64
  public var size: UInt32
  public var checkSum: UInt32
  public var timeDateStamp: UInt32
  /// Full path from ModuleNameRva, e.g. `C:\windows\system32\ntdll.dll`.
  public var path: String
  /// `VS_FIXEDFILEINFO`, nil when its signature is not 0xFEEF04BD.
  public var versionInfo: FixedFileInfo?
  public var codeView: CodeViewRecord?

  /// `base + size`, saturated (the exclusive end WinDbg prints in `lm`).
  public var end: UInt64 {
    let (e, o) = base.addingReportingOverflow(UInt64(size))
    return o ? UInt64.max : e
  }

  /// File name without directory (`ntdll.dll`).
  public var fileName: String {
    var s = Substring(path)
    if let i = s.lastIndex(where: { $0 == "\\" || $0 == "/" }) { s = s[s.index(after: i)...] }
    return String(s)
  }

  /// The module name WinDbg uses: the file name without its extension, with every character
  /// that cannot appear in a symbol name replaced by `_` (`sample-crash.exe` → `sample_crash`,
  /// `api-ms-win-core-synch-l1-2-0.dll` → `api_ms_win_core_synch_l1_2_0`).
  public var moduleName: String {
    var f = Substring(fileName)
    if let dot = f.lastIndex(of: "."), dot != f.startIndex { f = f[..<dot] }
    return String(f.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") ? $0 : "_" })
  }
}

/// `VS_FIXEDFILEINFO` (0x34 bytes).
public struct FixedFileInfo: Sendable, Equatable {
  public var structVersion: UInt32
  public var fileVersionMS: UInt32
  public var fileVersionLS: UInt32
  public var productVersionMS: UInt32
  public var productVersionLS: UInt32
  public var fileFlagsMask: UInt32
  public var fileFlags: UInt32
  public var fileOS: UInt32
  public var fileType: UInt32
  public var fileSubtype: UInt32
  public var fileDateMS: UInt32
  public var fileDateLS: UInt32

  /// `a.b.c.d` from the MS/LS halves.
  public var fileVersion: String {
    "\(fileVersionMS >> 16).\(fileVersionMS & 0xFFFF).\(fileVersionLS >> 16).\(fileVersionLS & 0xFFFF)"
  }
  public var productVersion: String {
    "\(productVersionMS >> 16).\(productVersionMS & 0xFFFF).\(productVersionLS >> 16).\(productVersionLS & 0xFFFF)"
  }
}

/// The CodeView record a module's CvRecord points at.
public enum CodeViewRecord: Sendable, Equatable {
  /// `CV_INFO_PDB70` ("RSDS"): GUID bytes as stored (Data1..3 little-endian), age, PDB path.
  case pdb70(guid: [UInt8], age: UInt32, pdbName: String)
  /// `CV_INFO_PDB20` ("NB10").
  case pdb20(signature: UInt32, age: UInt32, pdbName: String)
  /// Anything else: the first four bytes.
  case unknown(signature: UInt32)
}

/// `MINIDUMP_UNLOADED_MODULE` (0x18 bytes) of UnloadedModuleListStream (type 14).
public struct UnloadedModule: Sendable, Equatable {
  public var base: UInt64
  public var size: UInt32
  public var checkSum: UInt32
  public var timeDateStamp: UInt32
  public var path: String
}

extension DumpModule {
  /// Parses ModuleListStream (`MINIDUMP_MODULE_LIST`; minidumpapiset.h; nt-layouts.md §1.5): u32
  /// count, then 108-byte MINIDUMP_MODULE entries at +4 (or +8 with padding): BaseOfImage u64 @0,
  /// SizeOfImage @8, CheckSum @0xC, TimeDateStamp @0x10, ModuleNameRva @0x14 (MINIDUMP_STRING),
  /// VS_FIXEDFILEINFO @0x18 (0x34 bytes, used only when dwSignature is 0xFEEF04BD), CvRecord
  /// LOCATION_DESCRIPTOR @0x4C, MiscRecord @0x54, two reserved u64.
  ///
  /// An unreadable name gives "" and an unreadable CodeView record gives nil for that module only.
  static func parseList(_ r: StreamReader) throws(DumpError) -> [DumpModule] {
    let (n, base) = try r.countedArray(entrySize: 108, what: "modules", cap: .modules)
    var out: [DumpModule] = []
    out.reserveCapacity(Int(n))
    for i in 0..<n {
      let e = try r.entry(i, of: 108, at: base)  // e + 108 is inside the stream: offsets below are safe
      let nameRva = try r.u32(e &+ 0x14)
      let cv = try r.locationDescriptor(at: e &+ 0x4C)
      out.append(
        DumpModule(
          base: try r.u64(e), size: try r.u32(e &+ 8), checkSum: try r.u32(e &+ 0x0C),
          timeDateStamp: try r.u32(e &+ 0x10),
          path: MinidumpString.readOr("", r.file, at: UInt64(nameRva), stream: r.stream, what: "name of module \(i)"),
          versionInfo: try FixedFileInfo(r, at: e &+ 0x18),
          codeView: CodeViewRecord(file: r.file, location: cv)))
    }
    return out
  }
}

extension FixedFileInfo {
  /// `VS_FIXEDFILEINFO` (0x34 bytes; verrsrc.h; nt-layouts.md §1.5) at relative `offset`, or nil
  /// when dwSignature is not 0xFEEF04BD (dbghelp leaves it zero when it has no version resource).
  init?(_ r: StreamReader, at offset: UInt64) throws(DumpError) {
    try r.require(offset, 0x34, "VS_FIXEDFILEINFO")
    guard try r.u32(offset) == 0xFEEF_04BD else { return nil }
    var v: [UInt32] = []
    for k in UInt64(1)...12 { v.append(try r.u32(offset &+ k &* 4)) }
    self.init(
      structVersion: v[0], fileVersionMS: v[1], fileVersionLS: v[2], productVersionMS: v[3],
      productVersionLS: v[4], fileFlagsMask: v[5], fileFlags: v[6], fileOS: v[7], fileType: v[8],
      fileSubtype: v[9], fileDateMS: v[10], fileDateLS: v[11])
  }
}

extension CodeViewRecord {
  /// The longest PDB path accepted.
  static let maxNameBytes: UInt64 = 64 * 1024

  /// The CodeView record at `location` (nt-layouts.md §1.5): `CV_INFO_PDB70` "RSDS" (GUID @4, Age
  /// @0x14, NUL-terminated name @0x18) or `CV_INFO_PDB20` "NB10" (Signature @8, Age @0xC, name
  /// @0x10); other signatures give `.unknown`. Nil when the record is empty, shorter than its
  /// fixed part, or outside the file.
  init?(file: MappedFile, location: LocationDescriptor) {
    let size = UInt64(location.dataSize)
    guard size >= 4, let raw = file.bytes(at: UInt64(location.rva), count: size) else { return nil }
    func u32(_ o: Int) -> UInt32 { raw.loadUnaligned(fromByteOffset: o, as: UInt32.self).littleEndian }
    func name(from o: Int) -> String {
      let end = min(raw.count, o &+ Int(Self.maxNameBytes))
      return MinidumpString.decode8Bit(UnsafeRawBufferPointer(rebasing: raw[o..<end]))
    }
    switch u32(0) {
    case 0x5344_5352 where raw.count >= 0x18:  // "RSDS"
      self = .pdb70(guid: Array(raw[4..<0x14]), age: u32(0x14), pdbName: name(from: 0x18))
    case 0x3031_424E where raw.count >= 0x10:  // "NB10"
      self = .pdb20(signature: u32(8), age: u32(0x0C), pdbName: name(from: 0x10))
    case 0x5344_5352, 0x3031_424E:
      return nil
    default:
      self = .unknown(signature: u32(0))
    }
  }
}

extension UnloadedModule {
  /// Parses UnloadedModuleListStream (`MINIDUMP_UNLOADED_MODULE_LIST`; minidumpapiset.h;
  /// nt-layouts.md §1.5): SizeOfHeader, SizeOfEntry, NumberOfEntries (u32); entries at SizeOfHeader,
  /// each SizeOfEntry (>= 0x18) bytes: BaseOfImage u64 @0, SizeOfImage @8, CheckSum @0xC,
  /// TimeDateStamp @0x10, ModuleNameRva @0x14. An unreadable name gives "".
  static func parseList(_ r: StreamReader) throws(DumpError) -> [UnloadedModule] {
    let (n, base, size) = try r.sizedArray(minHeader: 0x0C, minEntry: 0x18, wideCount: false, what: "unloaded modules", cap: .modules)
    var out: [UnloadedModule] = []
    out.reserveCapacity(Int(n))
    for i in 0..<n {
      let e = try r.entry(i, of: size, at: base)
      let nameRva = try r.u32(e &+ 0x14)
      out.append(
        UnloadedModule(
          base: try r.u64(e), size: try r.u32(e &+ 8), checkSum: try r.u32(e &+ 0x0C),
          timeDateStamp: try r.u32(e &+ 0x10),
          path: MinidumpString.readOr(
            "", r.file, at: UInt64(nameRva), stream: r.stream, what: "name of unloaded module \(i)")))
    }
    return out
  }
}
