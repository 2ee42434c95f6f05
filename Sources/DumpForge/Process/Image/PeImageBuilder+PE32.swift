/// IMAGE_OPTIONAL_HEADER32 (224 bytes incl. 16 data directories) for x86 images. Layout: PE/COFF
/// specification, "Optional Header (Image Only)": Magic 0x10B, BaseOfData at 24, ImageBase u32 at 28,
/// the stack/heap sizes as u32 at 72–84, LoaderFlags 88, NumberOfRvaAndSizes 92, directories at 96.
/// No exception directory: x86 images have no .pdata (frames use EBP chains).
extension PeImageBuilder {
  static let optionalHeader32Size = 224

  /// Writes the header at `optional` and returns the offset of the first section header.
  func writeOptionalHeader32(
    _ header: inout ByteBuffer, at optional: Int, plan: PeSectionPlan, readOnly: PeReadOnlyData, entryRva: UInt32
  ) -> Int {
    let initializedData = plan.readOnlyData.size + plan.data.size + plan.exceptionData.size
    header.setU16(0x10B, at: optional)  // Magic: PE32
    header.setU8(14, at: optional + 2)  // MajorLinkerVersion
    header.setU8(29, at: optional + 3)
    header.setU32(plan.text.size, at: optional + 4)  // SizeOfCode
    header.setU32(initializedData, at: optional + 8)
    header.setU32(entryRva, at: optional + 16)  // AddressOfEntryPoint
    header.setU32(plan.text.rva, at: optional + 20)  // BaseOfCode
    header.setU32(plan.readOnlyData.rva, at: optional + 24)  // BaseOfData
    header.setU32(UInt32(truncatingIfNeeded: base), at: optional + 28)  // ImageBase (as loaded)
    header.setU32(PeSectionPlan.pageSize, at: optional + 32)  // SectionAlignment
    header.setU32(PeSectionPlan.pageSize, at: optional + 36)  // FileAlignment
    header.setU16(module.version[0], at: optional + 40)  // MajorOperatingSystemVersion
    header.setU16(module.version[1], at: optional + 42)
    header.setU16(module.version[0], at: optional + 44)  // MajorImageVersion
    header.setU16(module.version[1], at: optional + 46)
    header.setU16(6, at: optional + 48)  // MajorSubsystemVersion
    header.setU32(UInt32(module.size), at: optional + 56)  // SizeOfImage
    header.setU32(plan.headersSize, at: optional + 60)  // SizeOfHeaders
    header.setU32(module.checksum, at: optional + 64)  // CheckSum
    header.setU16(3, at: optional + 68)  // Subsystem: WINDOWS_CUI
    // DYNAMIC_BASE | NX_COMPAT (| TERMINAL_SERVER_AWARE for executables); no HIGH_ENTROPY_VA on x86.
    header.setU16(module.isExecutable ? 0x8140 : 0x0140, at: optional + 70)
    header.setU32(0x10_0000, at: optional + 72)  // SizeOfStackReserve
    header.setU32(0x1000, at: optional + 76)  // SizeOfStackCommit
    header.setU32(0x10_0000, at: optional + 80)  // SizeOfHeapReserve
    header.setU32(0x1000, at: optional + 84)  // SizeOfHeapCommit
    header.setU32(16, at: optional + 92)  // NumberOfRvaAndSizes
    let directories = optional + 96
    if !readOnly.sortedExports.isEmpty {
      header.setU32(plan.readOnlyData.rva + UInt32(readOnly.exportDirectoryOffset), at: directories + 0 * 8)
      header.setU32(UInt32(readOnly.exportDirectorySize), at: directories + 0 * 8 + 4)
    }
    header.setU32(plan.readOnlyData.rva + UInt32(readOnly.debugDirectoryOffset), at: directories + 6 * 8)
    header.setU32(28, at: directories + 6 * 8 + 4)
    return optional + Self.optionalHeader32Size
  }
}
