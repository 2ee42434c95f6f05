/// Module images read from PE files on disk, for dumps that hold no image memory (cdb's
/// `-i ImagePath`, WinDbg's `.exepath`).
///
/// A file is used for a module only when it is the same build: its PE header's TimeDateStamp and
/// SizeOfImage must equal the module list's (MINIDUMP_MODULE TimeDateStamp and SizeOfImage, as
/// WinDbg and dbghelp check them), and its Machine must be x64 for a 64-bit dump or x86 for a
/// 32-bit one. The headers (`SizeOfHeaders` bytes at file offset 0) and every section's raw data
/// (`min(SizeOfRawData, VirtualSize)` bytes at `PointerToRawData`) are then mapped read-only at the
/// module's base + RVA, cut where they would leave the file or the image (PE/COFF specification,
/// section table). Bytes that exist only in memory (`.bss`, relocated or written data) are not
/// invented: they stay unreadable. Dump memory always wins over the file.
public enum ImageFileMatch: Sendable {
  /// The file matches; `bytes` of it are now readable at the module's addresses.
  case loaded(bytes: UInt64)
  /// The file is not the module's build (or not a PE file); the reason says which field differs.
  case rejected(String)
}

extension Dump {
  /// Maps the PE file at `path` into the address space as `module`'s image after checking that it
  /// is the same build. Caches of images and exports are dropped so they are read again.
  public func loadImageFile(path: String, for module: DumpModule) -> ImageFileMatch {
    let pe: MappedFile
    do {
      pe = try MappedFile(path: path)
    } catch {
      return .rejected(error.description)
    }
    let whole = AddressSpace(file: pe, ranges: [MemoryRange(address: 0, size: pe.size, fileOffset: 0)], pointerSize: pointerSize)
    guard let header = PEImage(space: whole, base: 0) else { return .rejected("not a PE image") }
    let wantMachine: UInt16 = pointerSize == 8 ? 0x8664 : 0x14C
    guard header.machine == wantMachine else {
      return .rejected("Machine 0x" + hexString(UInt64(header.machine)) + " does not match the dump's 0x" + hexString(UInt64(wantMachine)))
    }
    guard header.timeDateStamp == module.timeDateStamp else {
      return .rejected("TimeDateStamp " + hexString(UInt64(header.timeDateStamp)) + " in the file, "
        + hexString(UInt64(module.timeDateStamp)) + " in the dump's module list")
    }
    guard header.sizeOfImage == module.size else {
      return .rejected("SizeOfImage " + hexString(UInt64(header.sizeOfImage)) + " in the file, "
        + hexString(UInt64(module.size)) + " in the dump's module list")
    }
    var pieces: [(rva: UInt64, size: UInt64, offset: UInt64)] = [(0, UInt64(header.sizeOfHeaders), 0)]
    for s in header.sections {
      let size = s.virtualSize == 0 ? s.sizeOfRawData : min(s.sizeOfRawData, s.virtualSize)
      pieces.append((UInt64(s.virtualAddress), UInt64(size), UInt64(s.pointerToRawData)))
    }
    var ranges: [ImageFileRange] = []
    var mapped: UInt64 = 0
    for p in pieces where p.size > 0 && p.offset < pe.size && p.rva < UInt64(module.size) {
      let size = min(p.size, pe.size - p.offset, UInt64(module.size) - p.rva)
      let (address, o) = module.base.addingReportingOverflow(p.rva)
      guard !o else { continue }
      ranges.append(ImageFileRange(file: pe, range: MemoryRange(address: address, size: size, fileOffset: p.offset)))
      mapped &+= size
    }
    addressSpaceStorage = addressSpace.adding(imageRanges: ranges)
    imageCache = [:]
    exportCache = [:]
    imageFiles[module.base] = path
    return .loaded(bytes: mapped)
  }

  private func hexString(_ v: UInt64) -> String { String(v, radix: 16) }
}
