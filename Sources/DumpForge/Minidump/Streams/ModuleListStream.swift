/// MINIDUMP_MODULE_LIST: NumberOfModules u32, then MINIDUMP_MODULE (108 bytes, pack 4):
/// BaseOfImage 0x0, SizeOfImage 0x8, CheckSum 0xC, TimeDateStamp 0x10, ModuleNameRva 0x14,
/// VersionInfo (VS_FIXEDFILEINFO, 0x34) 0x18, CvRecord 0x4C, MiscRecord 0x54, Reserved0/1 0x5C/0x64.
/// CodeView record: CV_INFO_PDB70 "RSDS". Source: nt-layouts.md §1.5.
enum ModuleListStream {
  static let entrySize = 108

  static func write(_ process: ForgedProcess, into blob: inout MinidumpBlob) -> LocationDescriptor {
    let names = process.modules.map { blob.appendString($0.spec.path) }
    let codeViews = process.modules.map { blob.append(PeReadOnlyData.codeViewRecord($0.spec.pdb)) }
    var body = ByteBuffer()
    body.appendU32(UInt32(process.modules.count))
    for (index, module) in process.modules.enumerated() {
      body.appendU64(module.base)
      body.appendU32(UInt32(module.size))
      body.appendU32(module.spec.checksum)
      body.appendU32(module.spec.timestamp)
      body.appendU32(names[index])
      body.appendBytes(fixedFileInfo(module.spec))
      body.appendU32(codeViews[index].size)
      body.appendU32(codeViews[index].rva)
      body.appendU32(0)  // MiscRecord.DataSize
      body.appendU32(0)  // MiscRecord.Rva
      body.appendU64(0)
      body.appendU64(0)
    }
    return blob.append(body)
  }

  /// VS_FIXEDFILEINFO (0x34): dwSignature 0xFEEF04BD, StrucVersion 0x10000, FileVersionMS/LS,
  /// ProductVersionMS/LS, FileFlagsMask 0x3F, FileFlags, FileOS VOS_NT_WINDOWS32 (0x40004),
  /// FileType VFT_APP (1) or VFT_DLL (2), FileSubtype, FileDateMS/LS.
  static func fixedFileInfo(_ module: ModuleSpec) -> [UInt8] {
    let version = module.version.map(UInt32.init)
    let mostSignificant = version[0] << 16 | version[1]
    let leastSignificant = version[2] << 16 | version[3]
    var info = ByteBuffer()
    info.appendU32(0xFEEF_04BD)
    info.appendU32(0x0001_0000)
    info.appendU32(mostSignificant)
    info.appendU32(leastSignificant)
    info.appendU32(mostSignificant)
    info.appendU32(leastSignificant)
    info.appendU32(0x3F)
    info.appendU32(0)
    info.appendU32(0x0004_0004)
    info.appendU32(module.isExecutable ? 1 : 2)
    info.appendU32(0)
    info.appendU32(0)
    info.appendU32(0)
    return info.bytes
  }
}
