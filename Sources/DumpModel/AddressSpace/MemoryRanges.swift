/// The address space's ranges, sorted by address and non-overlapping: either an array (built and
/// repaired from MemoryListStream and Memory64ListStream) or, for the common full-memory dump
/// whose Memory64ListStream needs no repair, the stream's descriptors read in place.
///
/// In place, range i's file offset is BaseRva + the sizes of ranges 0..<i (minidumpapiset.h,
/// nt-layouts.md §1.6); `Memory64Descriptors` keeps that sum for every 64th range, so a lookup adds
/// at most 63 sizes and opening a dump with a million ranges allocates 128 KB instead of 24 MB.
public struct MemoryRanges: RandomAccessCollection, Sendable {
  enum Storage: Sendable {
    case array([MemoryRange])
    case descriptors(Memory64Descriptors)
  }

  let storage: Storage

  init(_ array: [MemoryRange]) { storage = .array(array) }
  init(_ descriptors: Memory64Descriptors) { storage = .descriptors(descriptors) }

  public var startIndex: Int { 0 }
  public var endIndex: Int {
    switch storage {
    case .array(let a): return a.count
    case .descriptors(let d): return d.count
    }
  }

  public subscript(i: Int) -> MemoryRange {
    switch storage {
    case .array(let a): return a[i]
    case .descriptors(let d): return MemoryRange(address: d.address(i), size: d.size(i), fileOffset: d.fileOffset(i))
    }
  }

  /// Address of range i, without its file offset (bisection).
  @inline(__always)
  func address(_ i: Int) -> UInt64 {
    switch storage {
    case .array(let a): return a[i].address
    case .descriptors(let d): return d.address(i)
    }
  }

  /// Exclusive end of range i (never wraps: checked when the storage was made).
  @inline(__always)
  func end(_ i: Int) -> UInt64 {
    switch storage {
    case .array(let a): return a[i].end
    case .descriptors(let d): return d.address(i) &+ d.size(i)
    }
  }

  public func makeIterator() -> Iterator { Iterator(ranges: self) }

  /// Walks the ranges in order, carrying the file offset forward instead of re-adding sizes.
  public struct Iterator: IteratorProtocol {
    let ranges: MemoryRanges
    var index = 0
    var offset: UInt64?

    public mutating func next() -> MemoryRange? {
      guard index < ranges.count else { return nil }
      defer { index += 1 }
      guard case .descriptors(let d) = ranges.storage else { return ranges[index] }
      let at = offset ?? d.fileOffset(index)
      let r = MemoryRange(address: d.address(index), size: d.size(index), fileOffset: at)
      offset = at &+ r.size
      return r
    }
  }
}

/// Memory64ListStream's `MINIDUMP_MEMORY_DESCRIPTOR64` array {StartOfMemoryRange u64, DataSize u64}
/// read in place from the mapped file, with the running file offset kept every 64 ranges. Made
/// only when the list needs none of `AddressSpace`'s repairs: every range non-empty, in address
/// order, clear of the previous one, not wrapping, its bytes inside the file.
struct Memory64Descriptors: @unchecked Sendable {
  /// The descriptors (16 bytes each) inside `file`'s read-only mapping, which `file` keeps alive.
  let file: MappedFile
  private let raw: UnsafeRawBufferPointer
  let count: Int
  /// File offset of range `64 * k`.
  private let checkpoints: [UInt64]

  /// Nil when the stream is unreadable or any range would need a repair (the caller then builds
  /// the array and repairs it, with warnings).
  init?(_ r: StreamReader) {
    guard let n = try? r.u64(0), let baseRva = try? r.u64(8),
      (try? r.requireArray(count: n, entrySize: 16, at: 16, what: "memory ranges")) != nil,
      (try? r.requireWithin(.memoryRanges, count: n, what: "memory ranges")) != nil,
      let raw = try? r.bytes(at: 16, count: n &* 16)
    else { return nil }
    file = r.file
    self.raw = raw
    count = Int(n)
    var marks: [UInt64] = []
    marks.reserveCapacity(count / 64 + 1)
    var offset = baseRva
    var previousEnd: UInt64 = 0
    for i in 0..<count {
      if i & 63 == 0 { marks.append(offset) }
      let address = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i &* 16, as: UInt64.self))
      let size = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i &* 16 &+ 8, as: UInt64.self))
      let (end, wraps) = address.addingReportingOverflow(size)
      let (next, pastFile) = offset.addingReportingOverflow(size)
      guard size > 0, !wraps, !pastFile, next <= r.file.size, i == 0 || address >= previousEnd else { return nil }
      previousEnd = end
      offset = next
    }
    checkpoints = marks
  }

  @inline(__always)
  func address(_ i: Int) -> UInt64 {
    UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i &* 16, as: UInt64.self))
  }

  @inline(__always)
  func size(_ i: Int) -> UInt64 {
    UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i &* 16 &+ 8, as: UInt64.self))
  }

  /// File offset of range i: the checkpoint before it plus at most 63 sizes (no overflow: the
  /// whole sum was checked against the file size in init).
  func fileOffset(_ i: Int) -> UInt64 {
    var offset = checkpoints[i >> 6]
    var k = i & ~63
    while k < i {
      offset &+= size(k)
      k += 1
    }
    return offset
  }
}
