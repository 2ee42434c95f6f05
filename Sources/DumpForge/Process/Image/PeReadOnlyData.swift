/// The `.rdata` contents of a forged image: debug directory + CodeView record, export directory,
/// and one UNWIND_INFO per function.
/// Layouts: PE/COFF specification — IMAGE_DEBUG_DIRECTORY (28 bytes), IMAGE_EXPORT_DIRECTORY
/// (40 bytes, "Export Directory Table"), "x64 exception handling" UNWIND_INFO; CodeView RSDS
/// record as in nt-layouts.md §1.5 (CV_INFO_PDB70).
struct PeReadOnlyData {
  /// Export entries sorted by name as the loader's binary search requires (byte-wise, like strcmp).
  let sortedExports: [ExportSpec]
  /// Distinct function start RVAs, ascending (one RUNTIME_FUNCTION each).
  let functionStarts: [UInt32]

  var bytes = ByteBuffer()
  var debugDirectoryOffset = 0
  var exportDirectoryOffset = 0
  var exportDirectorySize = 0
  var unwindInfoOffsets: [Int] = []

  init(module: ModuleSpec) {
    sortedExports = module.exports.sorted { Array($0.name.utf8).lexicographicallyPrecedes(Array($1.name.utf8)) }
    functionStarts = Array(Set(module.exports.map(\.rva))).sorted()
  }

  /// Bytes needed (to size the section before the final RVAs are known).
  static func estimatedSize(module: ModuleSpec) -> Int {
    let names = module.exports.reduce(0) { $0 + $1.name.utf8.count + 1 }
    return 28 + 24 + module.pdb.name.utf8.count + 1 + 40 + module.exports.count * 10 + module.name.utf8.count + 1
      + names + module.exports.count * (4 + FunctionShape.maximumUnwindInfoSize) + 64
  }

  /// Lays everything out for a section starting at `sectionRva`.
  mutating func build(module: ModuleSpec, sectionRva: UInt32, functions: [UInt32: FunctionCode]) {
    func rva(_ offset: Int) -> UInt32 { sectionRva + UInt32(offset) }

    // IMAGE_DEBUG_DIRECTORY: Characteristics, TimeDateStamp, Major/MinorVersion, Type (2 = CODEVIEW),
    // SizeOfData, AddressOfRawData, PointerToRawData.
    debugDirectoryOffset = bytes.count
    let codeViewOffset = debugDirectoryOffset + 28
    let codeView = Self.codeViewRecord(module.pdb)
    bytes.appendU32(0)
    bytes.appendU32(module.timestamp)
    bytes.appendU16(0)
    bytes.appendU16(0)
    bytes.appendU32(2)
    bytes.appendU32(UInt32(codeView.count))
    bytes.appendU32(rva(codeViewOffset))
    bytes.appendU32(rva(codeViewOffset))  // file offset == RVA (FileAlignment == SectionAlignment)
    bytes.appendBytes(codeView)
    bytes.align(to: 4)

    // IMAGE_EXPORT_DIRECTORY followed by its three arrays, the DLL name and the export names.
    exportDirectoryOffset = bytes.count
    let count = sortedExports.count
    let functionsOffset = exportDirectoryOffset + 40
    let namesOffset = functionsOffset + 4 * count
    let ordinalsOffset = namesOffset + 4 * count
    var stringsOffset = ordinalsOffset + 2 * count
    bytes.appendU32(0)  // Characteristics
    bytes.appendU32(module.timestamp)
    bytes.appendU16(0)  // MajorVersion
    bytes.appendU16(0)  // MinorVersion
    bytes.appendU32(rva(stringsOffset))  // Name (the DLL name comes first in the string area)
    bytes.appendU32(1)  // Base: first ordinal
    bytes.appendU32(UInt32(count))  // NumberOfFunctions
    bytes.appendU32(UInt32(count))  // NumberOfNames
    bytes.appendU32(rva(functionsOffset))
    bytes.appendU32(rva(namesOffset))
    bytes.appendU32(rva(ordinalsOffset))
    // Ordinals follow the sorted name order, so NameOrdinals[i] == i.
    for export in sortedExports { bytes.appendU32(export.rva) }
    var nameRvas: [UInt32] = []
    stringsOffset += module.name.utf8.count + 1
    for export in sortedExports {
      nameRvas.append(rva(stringsOffset))
      stringsOffset += export.name.utf8.count + 1
    }
    for nameRva in nameRvas { bytes.appendU32(nameRva) }
    for index in 0..<count { bytes.appendU16(UInt16(index)) }
    bytes.appendBytes(Array(module.name.utf8) + [0])
    for export in sortedExports { bytes.appendBytes(Array(export.name.utf8) + [0]) }
    exportDirectorySize = bytes.count - exportDirectoryOffset

    // UNWIND_INFO per function: the codes of its forged prolog (FunctionShape) when it appears in a
    // call chain, else Version 1 | Flags 0, SizeOfProlog 0, CountOfCodes 0, FrameRegister 0 (a
    // function with no prolog: its return address is at rsp).
    bytes.align(to: 4)
    for start in functionStarts {
      unwindInfoOffsets.append(bytes.count)
      bytes.appendBytes(functions[start]?.shape.unwindInfo ?? FunctionShape.leaf.unwindInfo)
    }
  }

  /// CV_INFO_PDB70: "RSDS", GUID, Age, NUL-terminated PDB name (nt-layouts.md §1.5).
  static func codeViewRecord(_ pdb: PdbSpec) -> [UInt8] {
    var record = ByteBuffer()
    record.appendU32(0x5344_5352)
    record.appendBytes(pdb.guid)
    record.appendU32(pdb.age)
    record.appendBytes(Array(pdb.name.utf8) + [0])
    return record.bytes
  }
}
