/// Where the sections of a forged PE32+ image go. Images are laid out the way the loader maps
/// them: headers in the first page, then `.text`, `.rdata`, `.data`, `.pdata`, each page-aligned
/// (SectionAlignment 0x1000). File alignment equals section alignment, so raw offsets = RVAs.
/// Section characteristics: PE/COFF specification, "Section Flags".
struct PeSectionPlan {
  struct Section {
    var name: String
    var rva: UInt32
    var size: UInt32
    /// IMAGE_SCN_* characteristics.
    var characteristics: UInt32
    /// Page protection the loader gives the section (reported in MemoryInfoList).
    var protect: UInt32
  }

  static let pageSize: UInt32 = 0x1000
  /// IMAGE_SCN_CNT_CODE | MEM_EXECUTE | MEM_READ
  static let textCharacteristics: UInt32 = 0x6000_0020
  /// IMAGE_SCN_CNT_INITIALIZED_DATA | MEM_READ
  static let readOnlyDataCharacteristics: UInt32 = 0x4000_0040
  /// IMAGE_SCN_CNT_INITIALIZED_DATA | MEM_READ | MEM_WRITE
  static let dataCharacteristics: UInt32 = 0xC000_0040

  let headersSize: UInt32 = pageSize
  var sections: [Section]

  var text: Section { sections[0] }
  var readOnlyData: Section { sections[1] }
  var data: Section { sections[2] }
  var exceptionData: Section { sections[3] }

  /// Splits an image of `imageSize` bytes: `.text` gets about half (at least enough for the
  /// highest export), `.rdata` what the export/debug/unwind data needs (at least a quarter of the
  /// rest), `.pdata` the RUNTIME_FUNCTION table, `.data` the remainder.
  init(
    module: ModuleSpec, imageSize: UInt32, highestCodeRva: UInt32, readOnlyDataBytes: Int, runtimeFunctionCount: Int
  ) throws {
    let page = Self.pageSize
    func pages(_ bytes: Int) -> UInt32 { (UInt32(max(bytes, 1)) + page - 1) / page * page }
    let body = imageSize - page
    let textSize = max(pages(Int(highestCodeRva) + 0x40 - Int(page)), body / 2 / page * page)
    let exceptionSize = pages(runtimeFunctionCount * 12)
    let minimumReadOnly = pages(readOnlyDataBytes)
    guard textSize + exceptionSize + minimumReadOnly + page <= body else {
      throw ForgeError.scenario(
        location: module.location,
        message: "module \(module.name): size \(hex(UInt64(imageSize))) is too small for its code and "
          + "\(module.exports.count) exports (needs at least "
          + "\(hex(UInt64(page + textSize + exceptionSize + minimumReadOnly + page))))")
    }
    let rest = body - textSize - exceptionSize
    let readOnlySize = max(minimumReadOnly, rest / 2 / page * page)
    let dataSize = rest - readOnlySize
    let textRva = page
    let readOnlyRva = textRva + textSize
    let dataRva = readOnlyRva + readOnlySize
    let exceptionRva = dataRva + dataSize
    sections = [
      Section(
        name: ".text", rva: textRva, size: textSize, characteristics: Self.textCharacteristics,
        protect: PageProtection.executeRead),
      Section(
        name: ".rdata", rva: readOnlyRva, size: readOnlySize, characteristics: Self.readOnlyDataCharacteristics,
        protect: PageProtection.readOnly),
      Section(
        name: ".data", rva: dataRva, size: dataSize, characteristics: Self.dataCharacteristics,
        protect: PageProtection.readWrite),
      Section(
        name: ".pdata", rva: exceptionRva, size: exceptionSize, characteristics: Self.readOnlyDataCharacteristics,
        protect: PageProtection.readOnly),
    ]
  }

  /// The image as one MEM_IMAGE allocation: headers PAGE_READONLY, then each section with its protection.
  /// AllocationProtect of image mappings is PAGE_EXECUTE_WRITECOPY, as VirtualQuery reports for images.
  func allocation(base: UInt64, imageSize: UInt32, label: String) -> Allocation {
    var parts = [Allocation.Part(offset: 0, size: UInt64(headersSize), state: .commit, protect: PageProtection.readOnly)]
    for section in sections {
      parts.append(
        Allocation.Part(offset: UInt64(section.rva), size: UInt64(section.size), state: .commit, protect: section.protect))
    }
    return Allocation(
      base: base, size: UInt64(imageSize), type: .image, allocationProtect: PageProtection.executeWriteCopy,
      label: label, parts: parts)
  }
}
