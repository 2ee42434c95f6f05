/// Reads from the dump through the memory range last used (one binary search per range change).
struct MemoryCursor {
  let space: AddressSpace
  var start: UInt64 = 1
  var end: UInt64 = 0
  var base: UnsafeRawPointer?

  init(space: AddressSpace) { self.space = space }

  @inline(__always)
  mutating func u64(_ a: UInt64) -> UInt64? { load(UInt64.self, a) }
  @inline(__always)
  mutating func u16(_ a: UInt64) -> UInt16? { load(UInt16.self, a) }

  @inline(__always)
  mutating func load<T: FixedWidthInteger>(_: T.Type, _ a: UInt64) -> T? {
    let n = UInt64(MemoryLayout<T>.size)
    if a >= start, a <= end &- n, end >= n, let b = base {
      return T(littleEndian: b.loadUnaligned(fromByteOffset: Int(a &- start), as: T.self))
    }
    guard let i = space.rangeIndex(containing: a) else { return nil }
    let r = space.ranges[i]
    guard let raw = space.file.bytes(at: r.fileOffset, count: r.size), let p = raw.baseAddress else { return nil }
    start = r.address
    end = r.address &+ r.size
    base = p
    guard a <= end &- n else { return space.load(T.self, at: a) }
    return T(littleEndian: p.loadUnaligned(fromByteOffset: Int(a &- start), as: T.self))
  }
}
