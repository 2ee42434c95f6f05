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

  /// The module name WinDbg uses: file name without extension (`ntdll`). Names that are not valid
  /// symbol names are kept as they are; callers disambiguate duplicates.
  public var moduleName: String {
    let f = fileName
    if let dot = f.lastIndex(of: "."), dot != f.startIndex { return String(f[..<dot]) }
    return f
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
