#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A dump file mapped read-only into memory.
///
/// The file is never read whole: `mmap` with `PROT_READ` and `MAP_PRIVATE`, so pages come from the
/// page cache on demand and a 20 GB dump costs only the pages a verb touches. The mapping is
/// immutable after `init`, hence safe to share. Every accessor checks bounds with overflow-safe
/// arithmetic and returns `nil` past the end; nothing here can trap on a hostile offset.
public final class MappedFile: @unchecked Sendable {
  /// The path the file was opened from, as the user gave it.
  public let path: String
  /// The file's size in bytes when it was mapped.
  public let size: UInt64
  private let base: UnsafeRawPointer?
  /// True when `base` was allocated by `init(copying:name:)` rather than mapped.
  private let ownsAllocation: Bool

  /// Maps `path` read-only. Throws `DumpError.cannotOpen` or `.empty`.
  public init(path: String) throws(DumpError) {
    self.path = path
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw .cannotOpen(path: path, reason: String(cString: strerror(errno))) }
    defer { close(fd) }
    var st = stat()
    guard fstat(fd, &st) == 0 else {
      throw .cannotOpen(path: path, reason: String(cString: strerror(errno)))
    }
    if (st.st_mode & S_IFMT) == S_IFDIR { throw .cannotOpen(path: path, reason: "Is a directory") }
    guard st.st_size > 0 else { throw .empty(path: path) }
    size = UInt64(st.st_size)
    guard let p = mmap(nil, Int(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0), p != MAP_FAILED else {
      throw .cannotOpen(path: path, reason: "mmap failed: " + String(cString: strerror(errno)))
    }
    base = UnsafeRawPointer(p)
    ownsAllocation = false
  }

  /// A copy of `bytes` in memory, named `name` in messages (fuzzing and tests).
  public init(copying bytes: UnsafeRawBufferPointer, name: String) throws(DumpError) {
    path = name
    guard bytes.count > 0, let src = bytes.baseAddress else { throw .empty(path: name) }
    let copy = UnsafeMutableRawPointer.allocate(byteCount: bytes.count, alignment: 16)
    copy.copyMemory(from: src, byteCount: bytes.count)
    base = UnsafeRawPointer(copy)
    size = UInt64(bytes.count)
    ownsAllocation = true
  }

  deinit {
    guard let base else { return }
    if ownsAllocation {
      UnsafeMutableRawPointer(mutating: base).deallocate()
    } else {
      munmap(UnsafeMutableRawPointer(mutating: base), Int(size))
    }
  }

  /// Drops the whole pages of `[offset, offset+count)` from this process's mapping
  /// (`madvise(MADV_DONTNEED)`): they stay in the page cache and come back on the next access
  /// (the mapping is private and never written, so nothing is lost). Whole-dump scans call it
  /// behind themselves so resident memory stays near what they keep, not the dump's size.
  public func release(offset: UInt64, count: UInt64) {
    guard let base, !ownsAllocation else { return }
    let page = UInt64(max(sysconf(Int32(_SC_PAGESIZE)), 4096))
    let (end, overflow) = offset.addingReportingOverflow(count)
    guard !overflow else { return }
    let first = (offset &+ page &- 1) / page &* page
    let last = min(end, size) / page &* page
    guard first < last, first < size else { return }
    _ = madvise(UnsafeMutableRawPointer(mutating: base + Int(first)), Int(last - first), MADV_DONTNEED)
  }

  /// The bytes `[offset, offset+count)` or `nil` when any of them lies past the end of the file.
  public func bytes(at offset: UInt64, count: UInt64) -> UnsafeRawBufferPointer? {
    guard let base else { return nil }
    let (end, overflow) = offset.addingReportingOverflow(count)
    guard !overflow, end <= size, count <= UInt64(Int.max) else { return nil }
    return UnsafeRawBufferPointer(start: base + Int(offset), count: Int(count))
  }

  /// `true` when `[offset, offset+count)` lies inside the file.
  public func contains(offset: UInt64, count: UInt64) -> Bool {
    let (end, overflow) = offset.addingReportingOverflow(count)
    return !overflow && end <= size
  }

  /// A little-endian integer at `offset`, or `nil` past the end of the file.
  public func load<T: FixedWidthInteger>(_: T.Type, at offset: UInt64) -> T? {
    guard let raw = bytes(at: offset, count: UInt64(MemoryLayout<T>.size)) else { return nil }
    return T(littleEndian: raw.loadUnaligned(as: T.self))
  }
}
