/// Builds a minimal but valid PE32+ image for a module and maps it into process memory.
/// Layouts: PE/COFF specification — MS-DOS header (e_magic "MZ", e_lfanew at 0x3C), "PE\0\0",
/// IMAGE_FILE_HEADER (20 bytes), IMAGE_OPTIONAL_HEADER64 (240 bytes incl. 16 data directories),
/// IMAGE_SECTION_HEADER (40 bytes each); RUNTIME_FUNCTION (12 bytes) from "x64 exception handling".
struct PeImageBuilder {
  static let dosHeaderSize = 0x40
  static let peHeaderOffset = 0x80
  /// Bytes of code placed at each export: `ret` then `int3` padding.
  static let functionLength: UInt32 = 0x10

  let module: ModuleSpec
  let base: UInt64
  /// Functions with forged prologs / call sites / syscall stubs (CallChainPlan), by RVA.
  var functions: [UInt32: FunctionCode] = [:]
  /// PE32 (x86) instead of PE32+ (`PeImageBuilder+PE32.swift`).
  var is32Bit = false

  /// The mapped image; returns the entry point address.
  @discardableResult
  func map(into memory: inout ProcessMemory) throws -> PlacedModule {
    let imageSize = UInt32(module.size)
    let highestCode =
      (module.exports.map(\.rva) + module.code.map { $0.rva + UInt32($0.bytes.count) }
        + functions.map { $0.key + $0.value.length }).max() ?? 0
    for export in module.exports where export.rva < PeSectionPlan.pageSize {
      throw ForgeError.scenario(
        location: module.location,
        message: "module \(module.name): export \(export.name) rva \(hex(UInt64(export.rva))) lies in the headers page")
    }
    var readOnly = PeReadOnlyData(module: module)
    let plan = try PeSectionPlan(
      module: module, imageSize: imageSize, highestCodeRva: highestCode,
      readOnlyDataBytes: PeReadOnlyData.estimatedSize(module: module), runtimeFunctionCount: readOnly.functionStarts.count)
    readOnly.build(module: module, sectionRva: plan.readOnlyData.rva, functions: functions)

    try memory.add(plan.allocation(base: base, imageSize: imageSize, label: "image \(module.name)"))
    // AddressOfEntryPoint: a CRT entry export when there is one, else the first function.
    let entryNames = ["wmainCRTStartup", "mainCRTStartup", "wWinMainCRTStartup", "WinMainCRTStartup", "_DllMainCRTStartup"]
    let entryRva =
      module.exports.first(where: { entryNames.contains($0.name) })?.rva ?? readOnly.functionStarts.first ?? plan.text.rva
    try memory.write(headers(plan: plan, readOnly: readOnly, entryRva: entryRva), at: base, what: "\(module.name) headers")
    try memory.write(readOnly.bytes, at: base + UInt64(plan.readOnlyData.rva), what: "\(module.name) .rdata")

    // Import slots (in .data) for calls into other modules: `call qword ptr [slot]`.
    let imageRange = base..<(base + module.size)
    let targets = Set(functions.values.flatMap { $0.callSites.values }.filter { $0 != FunctionCode.indirectTarget && !imageRange.contains($0) }).sorted()
    guard UInt64(targets.count) * 8 <= UInt64(plan.data.size) else {
      throw ForgeError.scenario(location: module.location, message: "module \(module.name): .data is too small for its import slots")
    }
    var importSlots: [UInt64: UInt64] = [:]
    for (index, target) in targets.enumerated() {
      let slot = base + UInt64(plan.data.rva) + 8 * UInt64(index)
      importSlots[target] = slot
      try memory.writeU64(target, at: slot, what: "\(module.name) import slot")
    }

    // Code at each function, and the RUNTIME_FUNCTION table in .pdata (sorted by BeginAddress).
    var runtimeFunctions = ByteBuffer()
    for (index, start) in readOnly.functionStarts.enumerated() {
      let next = index + 1 < readOnly.functionStarts.count ? readOnly.functionStarts[index + 1] : plan.text.rva + plan.text.size
      var length = min(Self.functionLength, next - start)
      var code = [0xC3] + [UInt8](repeating: 0xCC, count: Int(length) - 1)
      if let function = functions[start] {
        guard function.length <= next - start else {
          throw ForgeError.scenario(
            location: module.location,
            message: "module \(module.name): the code forged at rva \(hex(UInt64(start))) needs "
              + "\(hex(UInt64(function.length))) bytes but the next function starts at \(hex(UInt64(next)))")
        }
        length = function.length
        code = function.render(address: base + UInt64(start), isLocal: { imageRange.contains($0) }, importSlots: importSlots)
      }
      try memory.write(code, at: base + UInt64(start), what: "\(module.name) code")
      runtimeFunctions.appendU32(start)
      runtimeFunctions.appendU32(start + length)
      runtimeFunctions.appendU32(plan.readOnlyData.rva + UInt32(readOnly.unwindInfoOffsets[index]))
    }
    try memory.write(runtimeFunctions, at: base + UInt64(plan.exceptionData.rva), what: "\(module.name) .pdata")
    for patch in module.code {
      guard UInt64(patch.rva) + UInt64(patch.bytes.count) <= module.size else {
        throw ForgeError.scenario(
          location: module.location, message: "module \(module.name): code at rva \(hex(UInt64(patch.rva))) runs past the image")
      }
      try memory.write(patch.bytes, at: base + UInt64(patch.rva), what: "\(module.name) code patch")
    }
    return PlacedModule(spec: module, base: base, entryPoint: base + UInt64(entryRva), sections: plan.sections)
  }

  func headers(plan: PeSectionPlan, readOnly: PeReadOnlyData, entryRva: UInt32) -> ByteBuffer {
    var header = ByteBuffer(count: Int(plan.headersSize))
    header.setBytes(Array("MZ".utf8), at: 0)  // e_magic
    header.setU16(0x90, at: 2)  // e_cblp
    header.setU16(3, at: 4)  // e_cp
    header.setU16(4, at: 8)  // e_cparhdr
    header.setU16(0xFFFF, at: 0xC)  // e_maxalloc
    header.setU16(0xB8, at: 0x10)  // e_sp
    header.setU16(0x40, at: 0x18)  // e_lfarlc
    header.setU32(UInt32(Self.peHeaderOffset), at: 0x3C)  // e_lfanew
    header.setBytes(Array("This program cannot be run in DOS mode.\r\r\n$".utf8), at: 0x4E)

    var offset = Self.peHeaderOffset
    header.setBytes(Array("PE".utf8) + [0, 0], at: offset)
    offset += 4
    // IMAGE_FILE_HEADER
    header.setU16(is32Bit ? 0x014C : 0x8664, at: offset)  // Machine: I386 / AMD64
    header.setU16(UInt16(plan.sections.count), at: offset + 2)
    header.setU32(module.timestamp, at: offset + 4)
    header.setU16(is32Bit ? 224 : 240, at: offset + 16)  // SizeOfOptionalHeader (PE32 / PE32+)
    // EXECUTABLE_IMAGE | LARGE_ADDRESS_AWARE (PE32: EXECUTABLE_IMAGE | 32BIT_MACHINE), plus DLL for libraries.
    let characteristics: UInt16 = is32Bit ? 0x0102 : 0x0022
    header.setU16(module.isExecutable ? characteristics : characteristics | 0x2000, at: offset + 18)
    offset += 20
    if is32Bit {
      offset = writeOptionalHeader32(&header, at: offset, plan: plan, readOnly: readOnly, entryRva: entryRva)
    } else {
      // IMAGE_OPTIONAL_HEADER64
      let optional = offset
      let initializedData = plan.readOnlyData.size + plan.data.size + plan.exceptionData.size
      header.setU16(0x20B, at: optional)  // Magic: PE32+
      header.setU8(14, at: optional + 2)  // MajorLinkerVersion
      header.setU8(29, at: optional + 3)
      header.setU32(plan.text.size, at: optional + 4)  // SizeOfCode
      header.setU32(initializedData, at: optional + 8)
      header.setU32(entryRva, at: optional + 16)  // AddressOfEntryPoint
      header.setU32(plan.text.rva, at: optional + 20)  // BaseOfCode
      header.setU64(base, at: optional + 24)  // ImageBase (as loaded: no relocation needed)
      header.setU32(PeSectionPlan.pageSize, at: optional + 32)  // SectionAlignment
      header.setU32(PeSectionPlan.pageSize, at: optional + 36)  // FileAlignment
      header.setU16(module.version[0], at: optional + 40)  // MajorOperatingSystemVersion
      header.setU16(module.version[1], at: optional + 42)
      header.setU16(module.version[0], at: optional + 44)  // MajorImageVersion
      header.setU16(module.version[1], at: optional + 46)
      header.setU16(6, at: optional + 48)  // MajorSubsystemVersion
      header.setU16(0, at: optional + 50)
      header.setU32(UInt32(module.size), at: optional + 56)  // SizeOfImage
      header.setU32(plan.headersSize, at: optional + 60)  // SizeOfHeaders
      header.setU32(module.checksum, at: optional + 64)  // CheckSum
      header.setU16(3, at: optional + 68)  // Subsystem: WINDOWS_CUI
      // HIGH_ENTROPY_VA | DYNAMIC_BASE | NX_COMPAT (| TERMINAL_SERVER_AWARE for executables)
      header.setU16(module.isExecutable ? 0x8160 : 0x0160, at: optional + 70)
      header.setU64(0x10_0000, at: optional + 72)  // SizeOfStackReserve
      header.setU64(0x1000, at: optional + 80)  // SizeOfStackCommit
      header.setU64(0x10_0000, at: optional + 88)  // SizeOfHeapReserve
      header.setU64(0x1000, at: optional + 96)  // SizeOfHeapCommit
      header.setU32(16, at: optional + 108)  // NumberOfRvaAndSizes
      let directories = optional + 112
      if !readOnly.sortedExports.isEmpty {
        header.setU32(plan.readOnlyData.rva + UInt32(readOnly.exportDirectoryOffset), at: directories + 0 * 8)
        header.setU32(UInt32(readOnly.exportDirectorySize), at: directories + 0 * 8 + 4)
      }
      if !readOnly.functionStarts.isEmpty {
        header.setU32(plan.exceptionData.rva, at: directories + 3 * 8)
        header.setU32(UInt32(readOnly.functionStarts.count * 12), at: directories + 3 * 8 + 4)
      }
      header.setU32(plan.readOnlyData.rva + UInt32(readOnly.debugDirectoryOffset), at: directories + 6 * 8)
      header.setU32(28, at: directories + 6 * 8 + 4)
      offset = optional + 240
    }

    // IMAGE_SECTION_HEADER[]: Name[8], VirtualSize, VirtualAddress, SizeOfRawData, PointerToRawData,
    // PointerToRelocations, PointerToLinenumbers, NumberOfRelocations, NumberOfLinenumbers, Characteristics.
    for section in plan.sections {
      header.setBytes(Array(section.name.utf8.prefix(8)), at: offset)
      header.setU32(section.size, at: offset + 8)
      header.setU32(section.rva, at: offset + 12)
      header.setU32(section.size, at: offset + 16)
      header.setU32(section.rva, at: offset + 20)
      header.setU32(section.characteristics, at: offset + 36)
      offset += 40
    }
    return header
  }
}

/// A module after it was mapped.
public struct PlacedModule: Sendable {
  public var spec: ModuleSpec
  public var base: UInt64
  public var entryPoint: UInt64
  var sections: [PeSectionPlan.Section]

  public var size: UInt64 { spec.size }

  /// Address of an export by name (case-sensitive, as GetProcAddress).
  public func exportAddress(_ name: String) -> UInt64? {
    spec.exports.first(where: { $0.name == name }).map { base + UInt64($0.rva) }
  }
}
