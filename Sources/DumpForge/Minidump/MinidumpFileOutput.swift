#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a laid-out dump with `pwrite` at fixed offsets. Pages that are all zero are never
/// written: `ftruncate` to the final size leaves them as holes, so a scenario that commits many
/// gigabytes costs little disk. Prints progress on stderr when a write takes more than a second.
enum MinidumpFileOutput {
  static func write(layout: MinidumpWriter.Layout, memory: ProcessMemory, to path: String, progress: Bool) throws {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard descriptor >= 0 else { throw ForgeError.io(path: path, message: "cannot create: \(errorText())") }
    defer { close(descriptor) }
    try writeAll(layout.metadata, at: 0, descriptor: descriptor, path: path)

    let clock = ContinuousClock()
    let start = clock.now
    var lastReport = start
    var reported = false
    let page = AddressSpaceLimits.pageSize
    var fileOffset = layout.memoryBaseRva
    for range in layout.ranges {
      var pending: [UInt8] = []
      var pendingOffset: UInt64 = 0
      var pageAddress = range.base
      while pageAddress < range.base + range.size {
        if let contents = memory.pageContents(at: pageAddress), contents.contains(where: { $0 != 0 }) {
          if pending.isEmpty { pendingOffset = fileOffset }
          pending.append(contentsOf: contents)
          if pending.count >= 1 << 20 {
            try writeAll(pending, at: pendingOffset, descriptor: descriptor, path: path)
            pending.removeAll(keepingCapacity: true)
          }
        } else if !pending.isEmpty {
          try writeAll(pending, at: pendingOffset, descriptor: descriptor, path: path)
          pending.removeAll(keepingCapacity: true)
        }
        pageAddress += page
        fileOffset += page
        if progress && clock.now - lastReport > .seconds(1) {
          lastReport = clock.now
          reported = true
          printError(
            "dumpforge: \(fileOffset >> 20) of \(layout.fileSize >> 20) MB laid out")
        }
      }
      if !pending.isEmpty { try writeAll(pending, at: pendingOffset, descriptor: descriptor, path: path) }
    }
    guard ftruncate(descriptor, off_t(layout.fileSize)) == 0 else {
      throw ForgeError.io(path: path, message: "cannot set the file size: \(errorText())")
    }
    var status = stat()
    guard fstat(descriptor, &status) == 0, UInt64(status.st_size) == layout.fileSize else {
      throw ForgeError.internalInconsistency("\(path) is not \(layout.fileSize) bytes after writing")
    }
    if reported { printError("dumpforge: wrote \(layout.fileSize >> 20) MB in \(clock.now - start)") }
  }

  private static func writeAll(_ bytes: [UInt8], at offset: UInt64, descriptor: Int32, path: String) throws {
    var written = 0
    while written < bytes.count {
      let result = bytes.withUnsafeBytes { raw -> Int in
        guard let base = raw.baseAddress else { return 0 }
        return pwrite(descriptor, base + written, bytes.count - written, off_t(offset) + off_t(written))
      }
      guard result > 0 else { throw ForgeError.io(path: path, message: "write failed: \(errorText())") }
      written += result
    }
  }

  private static func errorText() -> String { String(cString: strerror(errno)) }

  static func printError(_ line: String) {
    var text = line + "\n"
    text.withUTF8 { buffer in
      #if canImport(Glibc)
        _ = Glibc.write(2, buffer.baseAddress, buffer.count)
      #elseif canImport(Darwin)
        _ = Darwin.write(2, buffer.baseAddress, buffer.count)
      #endif
    }
  }
}
