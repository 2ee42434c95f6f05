/// The dumped process's memory: a sorted, non-overlapping list of ranges whose bytes are in the
/// file, read by virtual address.
///
/// Built from MemoryListStream and Memory64ListStream. Hostile input rules: ranges of size zero are
/// dropped; a range whose bytes run past the end of the file is cut at the end of the file; a
/// range that overlaps an earlier one (by address) is dropped with a warning (rust-minidump keeps
/// the first, so do we). Lookups are binary searches; reads copy only what the caller asked for,
/// and `contiguous` gives zero-copy access inside one range.
public struct AddressSpace: Sendable {
  public let file: MappedFile
  /// Sorted by address, non-overlapping.
  public let ranges: MemoryRanges
  public let pointerSize: Int
  public let warnings: [String]
  /// Bytes of module images read from PE files on disk (`.exepath`, `-i`), sorted by address;
  /// consulted only where the dump itself holds no byte (the dump's memory always wins).
  public private(set) var imageRanges: [ImageFileRange] = []

  public init(file: MappedFile, ranges input: [MemoryRange], pointerSize: Int) {
    self.file = file
    self.pointerSize = pointerSize
    // The common case, checked in one pass that allocates nothing: every range non-empty, in
    // address order, inside the file and clear of the previous one. The list is then kept as it
    // came (a million ranges: no second and third copy).
    if Self.isClean(input, fileSize: file.size) {
      ranges = MemoryRanges(input)
      self.warnings = []
      return
    }
    var warnings: [String] = []
    var sorted = input.filter { $0.size > 0 }
    // Memory64List is written in address order by every writer seen so far: check in one pass
    // and sort only when it is not (a million ranges sort in about 0.1 s).
    var inOrder = true
    for i in sorted.indices.dropFirst() where sorted[i - 1].address > sorted[i].address {
      inOrder = false
      break
    }
    if !inOrder { sorted.sort { $0.address < $1.address } }
    var kept: [MemoryRange] = []
    kept.reserveCapacity(sorted.count)
    var cut = 0
    var overlaps = 0
    var firstOverlap = ""
    for var r in sorted {
      // Bytes must lie in the file.
      if r.fileOffset >= file.size {
        cut += 1
        continue
      }
      let available = file.size - r.fileOffset
      if r.size > available {
        r.size = available
        cut += 1
      }
      // Address range must not wrap.
      let (_, wraps) = r.address.addingReportingOverflow(r.size)
      if wraps { r.size = UInt64.max - r.address }
      if let last = kept.last, r.address < last.end {
        if overlaps == 0 {
          firstOverlap = "0x\(hex(r.address))-0x\(hex(r.end)) overlaps 0x\(hex(last.address))-0x\(hex(last.end))"
        }
        overlaps += 1
        continue
      }
      kept.append(r)
    }
    if overlaps > 0 {
      // One line however many: a hostile dump can hold millions of overlapping ranges.
      warnings.append("\(overlaps) memory range(s) overlap earlier ones and were dropped (first: \(firstOverlap))")
    }
    if cut > 0 {
      warnings.append("\(cut) memory range(s) extend past the end of the file; their bytes were cut (truncated dump)")
    }
    ranges = MemoryRanges(kept)
    self.warnings = warnings
  }

  /// The space over a Memory64ListStream that needs no repair, read in place (`MemoryRanges`).
  init(file: MappedFile, descriptors: Memory64Descriptors, pointerSize: Int) {
    self.file = file
    self.pointerSize = pointerSize
    ranges = MemoryRanges(descriptors)
    warnings = []
  }

  /// True when `input` needs none of the init's repairs (see the type's comment).
  static func isClean(_ input: [MemoryRange], fileSize: UInt64) -> Bool {
    var previousEnd: UInt64 = 0
    for (i, r) in input.enumerated() {
      let (end, wraps) = r.address.addingReportingOverflow(r.size)
      let (fileEnd, pastFile) = r.fileOffset.addingReportingOverflow(r.size)
      guard r.size > 0, !wraps, !pastFile, fileEnd <= fileSize, i == 0 || r.address >= previousEnd else { return false }
      previousEnd = end
    }
    return true
  }

  /// Index of the range holding `address`, or nil.
  public func rangeIndex(containing address: UInt64) -> Int? {
    var lo = 0
    var hi = ranges.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if ranges.end(mid) <= address { lo = mid + 1 } else { hi = mid }
    }
    guard lo < ranges.count, ranges.address(lo) <= address else { return nil }
    return lo
  }

  /// `true` when the byte at `address` is in the dump (or in a loaded image file).
  public func isReadable(_ address: UInt64) -> Bool { locate(address) != nil }

  /// Where the byte at `address` lies: the file, the offset in it, and how many bytes from there
  /// belong to the same range. Dump memory first, then image files (cut at the next dump range).
  func locate(_ address: UInt64) -> (file: MappedFile, offset: UInt64, available: UInt64)? {
    if let i = rangeIndex(containing: address) {
      let r = ranges[i]
      let off = address - r.address
      return (file, r.fileOffset &+ off, r.size - off)
    }
    guard !imageRanges.isEmpty else { return nil }
    var lo = 0
    var hi = imageRanges.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if imageRanges[mid].range.end <= address { lo = mid + 1 } else { hi = mid }
    }
    guard lo < imageRanges.count, imageRanges[lo].range.address <= address else { return nil }
    let r = imageRanges[lo].range
    let off = address - r.address
    var available = r.size - off
    if let next = firstRange(after: address), next.address > address { available = min(available, next.address - address) }
    return (imageRanges[lo].file, r.fileOffset &+ off, available)
  }

  /// The first dump range that starts after `address`.
  func firstRange(after address: UInt64) -> MemoryRange? {
    var lo = 0
    var hi = ranges.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if ranges.address(mid) <= address { lo = mid + 1 } else { hi = mid }
    }
    return lo < ranges.count ? ranges[lo] : nil
  }

  /// This space with `added` image-file ranges too (sorted; ranges overlapping one already added
  /// are dropped, the earlier file wins).
  public func adding(imageRanges added: [ImageFileRange]) -> AddressSpace {
    var copy = self
    var all = imageRanges
    for r in added.sorted(by: { $0.range.address < $1.range.address }) where r.range.size > 0 {
      if all.contains(where: { $0.range.address < r.range.end && r.range.address < $0.range.end }) { continue }
      all.append(r)
    }
    copy.imageRanges = all.sorted { $0.range.address < $1.range.address }
    return copy
  }

  /// Zero-copy view of `[address, address+count)` when it lies inside one range.
  public func contiguous(at address: UInt64, count: Int) -> UnsafeRawBufferPointer? {
    guard count >= 0, let (f, offset, available) = locate(address), UInt64(count) <= available else { return nil }
    return f.bytes(at: offset, count: UInt64(count))
  }

  /// Copies bytes starting at `address` into `buffer` across range boundaries and returns how many
  /// were copied; a result shorter than the buffer means `address + result` is not in the dump.
  public func read(at address: UInt64, into buffer: UnsafeMutableRawBufferPointer) -> Int {
    var done = 0
    var addr = address
    while done < buffer.count {
      guard let (f, offset, available) = locate(addr) else { break }
      let n = Int(min(UInt64(buffer.count - done), available))
      guard let src = f.bytes(at: offset, count: UInt64(n)), let from = src.baseAddress,
        let dst = buffer.baseAddress
      else { break }
      (dst + done).copyMemory(from: from, byteCount: n)
      done += n
      let (next, o) = addr.addingReportingOverflow(UInt64(n))
      if o { break }
      addr = next
    }
    return done
  }

  /// The bytes `[address, address+count)`, or nil unless all of them are in the dump.
  public func bytes(at address: UInt64, count: Int) -> [UInt8]? {
    let got = readPrefix(at: address, count: count)
    return got.count == count ? got : nil
  }

  /// As many bytes from `address` as are readable, up to `count`.
  public func readPrefix(at address: UInt64, count: Int) -> [UInt8] {
    guard count > 0 else { return [] }
    var out = [UInt8](repeating: 0, count: count)
    let n = out.withUnsafeMutableBytes { read(at: address, into: $0) }
    if n < count { out.removeSubrange(n...) }
    return out
  }

  /// A little-endian integer at `address`.
  public func load<T: FixedWidthInteger>(_: T.Type, at address: UInt64) -> T? {
    let size = MemoryLayout<T>.size
    if let raw = contiguous(at: address, count: size) {
      return T(littleEndian: raw.loadUnaligned(as: T.self))
    }
    var value = T.zero
    let n = withUnsafeMutableBytes(of: &value) { read(at: address, into: $0) }
    return n == size ? T(littleEndian: value) : nil
  }

  /// A pointer of the dump's width at `address`, zero-extended.
  public func pointer(at address: UInt64) -> UInt64? {
    pointerSize == 4 ? load(UInt32.self, at: address).map(UInt64.init) : load(UInt64.self, at: address)
  }

  /// The first address in `[address, address+count)` that is not in the dump, or nil.
  public func firstUnreadable(from address: UInt64, count: UInt64) -> UInt64? {
    var addr = address
    let (end, o) = address.addingReportingOverflow(count)
    let limit = o ? UInt64.max : end
    while addr < limit {
      guard let (_, _, available) = locate(addr) else { return addr }
      let (next, o) = addr.addingReportingOverflow(available)
      if o { return nil }
      addr = next
    }
    return nil
  }

  /// Total bytes of memory in the dump.
  public var totalBytes: UInt64 { ranges.reduce(0) { $0 &+ $1.size } }
}

/// A range of a module image whose bytes come from a PE file on disk (a section's raw data or the
/// headers), mapped at the module's base + the section's RVA.
public struct ImageFileRange: Sendable {
  public var file: MappedFile
  /// `fileOffset` is an offset in `file`.
  public var range: MemoryRange

  public init(file: MappedFile, range: MemoryRange) {
    self.file = file
    self.range = range
  }
}
