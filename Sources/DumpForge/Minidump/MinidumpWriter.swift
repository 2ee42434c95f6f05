/// Lays out a full-memory minidump for a forged process (header, directory, streams, then the
/// Memory64 data) and writes it. Layout as dbghelp writes `.dump /ma` files (nt-layouts.md §1.1):
/// header at 0, directory at 0x20, stream bodies, then one contiguous block of raw memory.
public struct MinidumpWriter {
  public struct Summary: Sendable {
    public var fileSize: UInt64
    public var metadataSize: Int
    public var memoryRanges: Int
    public var memoryBytes: UInt64
    public var streamCount: Int
  }

  /// The metadata plus where the memory data goes.
  struct Layout {
    var metadata: [UInt8]
    var memoryBaseRva: UInt64
    var ranges: [MemoryRegionInfo]
    var fileSize: UInt64
    var streamCount: Int
  }

  @discardableResult
  public static func write(_ process: ForgedProcess, to path: String, progress: Bool = true) throws -> Summary {
    let layout = try makeLayout(process)
    try MinidumpFileOutput.write(layout: layout, memory: process.memory, to: path, progress: progress)
    return Summary(
      fileSize: layout.fileSize, metadataSize: layout.metadata.count, memoryRanges: layout.ranges.count,
      memoryBytes: layout.fileSize - layout.memoryBaseRva, streamCount: layout.streamCount)
  }

  static func makeLayout(_ process: ForgedProcess) throws -> Layout {
    let regions = process.memory.regions()
    let committed = regions.filter { $0.state == .commit }
    var streamCount = 9
    if process.exception != nil { streamCount += 1 }
    if process.scenario.comment != nil { streamCount += 1 }

    var blob = MinidumpBlob()
    _ = blob.reserve(MinidumpConstants.headerSize)
    let directoryOffset = blob.reserve(streamCount * MinidumpConstants.directoryEntrySize)
    var directory: [(StreamType, LocationDescriptor)] = []

    let threadList = ThreadListStream.write(process, into: &blob)
    directory.append((.threadList, threadList.location))
    directory.append((.threadInfoList, ThreadInfoListStream.write(process, into: &blob)))
    directory.append((.moduleList, ModuleListStream.write(process, into: &blob)))
    directory.append((.unloadedModuleList, EmptyListStreams.unloadedModules(into: &blob)))
    if let exception = process.exception { directory.append((.exception, ExceptionStream.write(exception, into: &blob))) }
    directory.append((.systemInfo, SystemInfoStream.write(process, into: &blob)))
    directory.append((.miscInfo, MiscInfoStream.write(process, into: &blob)))
    directory.append((.handleData, EmptyListStreams.handleData(into: &blob)))
    directory.append((.memoryInfoList, MemoryInfoListStream.write(regions, into: &blob)))
    if let comment = process.scenario.comment {
      directory.append((.commentW, EmptyListStreams.comment(comment, into: &blob)))
    }
    let memory64 = Memory64ListStream.write(committed, into: &blob)
    directory.append((.memory64List, memory64.location))
    guard directory.count == streamCount else {
      throw ForgeError.internalInconsistency("planned \(streamCount) streams, wrote \(directory.count)")
    }

    let memoryBaseRva = alignUp(UInt64(blob.size), 16)
    let memoryBytes = committed.reduce(UInt64(0)) { $0 + $1.size }
    let fileSize = memoryBaseRva + memoryBytes
    let header = headerBytes(streamCount: streamCount, directoryRva: directoryOffset, process: process)
    let stackRvas = threadList.stackFixups.map { fixup in
      (fixup.rvaFieldOffset, fileOffset(of: fixup.stackStart, in: committed, base: memoryBaseRva))
    }
    blob.patch { buffer in
      buffer.setBytes(header, at: 0)
      for (index, entry) in directory.enumerated() {
        let offset = directoryOffset + index * MinidumpConstants.directoryEntrySize
        buffer.setU32(entry.0.rawValue, at: offset)
        entry.1.write(into: &buffer, at: offset + 4)
      }
      buffer.setU64(memoryBaseRva, at: memory64.baseRvaFieldOffset)
      // Thread stacks point into the Memory64 data (left 0 past 4 GB: readers find them by address).
      for (field, rva) in stackRvas { buffer.setU32(rva.flatMap { UInt32(exactly: $0) } ?? 0, at: field) }
      buffer.align(to: 16)
    }
    guard UInt64(blob.size) == memoryBaseRva else {
      throw ForgeError.internalInconsistency("metadata is \(blob.size) bytes, expected \(memoryBaseRva)")
    }
    return Layout(
      metadata: blob.buffer.bytes, memoryBaseRva: memoryBaseRva, ranges: committed, fileSize: fileSize,
      streamCount: streamCount)
  }

  /// MINIDUMP_HEADER (0x20): Signature, Version, NumberOfStreams, StreamDirectoryRva, CheckSum,
  /// TimeDateStamp, Flags (nt-layouts.md §1.2).
  static func headerBytes(streamCount: Int, directoryRva: Int, process: ForgedProcess) -> [UInt8] {
    var header = ByteBuffer()
    header.appendU32(MinidumpConstants.signature)
    header.appendU32(MinidumpConstants.version)
    header.appendU32(UInt32(streamCount))
    header.appendU32(UInt32(directoryRva))
    header.appendU32(0)
    header.appendU32(UInt32(truncatingIfNeeded: process.scenario.system.dumpTime))
    header.appendU64(MinidumpConstants.fullDumpFlags)
    return header.bytes
  }

  /// File offset of a dumped address inside the Memory64 data.
  static func fileOffset(of address: UInt64, in ranges: [MemoryRegionInfo], base: UInt64) -> UInt64? {
    var offset = base
    for range in ranges {
      if address >= range.base && address < range.base + range.size { return offset + (address - range.base) }
      offset += range.size
    }
    return nil
  }
}
