/// A bounds-checked view of one stream's bytes inside the mapped file.
///
/// Offsets given to its accessors are relative to the stream start. Every read checks the window
/// with overflow-safe arithmetic and throws a `DumpError` that names the stream and the absolute
/// file offset, so a parser never needs a plain `+` on a value it read from the file.
public struct StreamReader: Sendable {
  public let file: MappedFile
  public let stream: StreamType
  /// Absolute file offset of the window's first byte.
  public let start: UInt64
  /// Window length in bytes.
  public let count: UInt64
  /// The caps that counts read from this stream are checked against (`Dump.limits`).
  public var limits: DumpLimits = .default

  /// A window over `[rva, rva+size)`; throws `.streamOutOfBounds` when it leaves the file.
  public init(file: MappedFile, stream: StreamType, rva: UInt64, size: UInt64) throws(DumpError) {
    guard file.contains(offset: rva, count: size) else {
      throw .streamOutOfBounds(stream: stream, rva: rva, size: size, fileSize: file.size)
    }
    self.file = file
    self.stream = stream
    self.start = rva
    self.count = size
  }

  /// Absolute file offset of relative offset `offset` (saturating; used only for messages).
  public func fileOffset(_ offset: UInt64) -> UInt64 {
    let (r, o) = start.addingReportingOverflow(offset)
    return o ? UInt64.max : r
  }

  /// Throws unless `[offset, offset+length)` lies inside the window.
  public func require(_ offset: UInt64, _ length: UInt64, _ what: @autoclosure () -> String)
    throws(DumpError)
  {
    let (end, o) = offset.addingReportingOverflow(length)
    guard !o, end <= count else {
      throw .badStreamSize(
        stream: stream, offset: fileOffset(offset),
        detail: "\(what()) needs 0x\(hex(length)) bytes at stream offset 0x\(hex(offset)) but the stream holds 0x\(hex(count))"
      )
    }
  }

  /// A little-endian integer at relative `offset`.
  public func load<T: FixedWidthInteger>(_ type: T.Type, at offset: UInt64, _ what: @autoclosure () -> String = "field")
    throws(DumpError) -> T
  {
    try require(offset, UInt64(MemoryLayout<T>.size), what())
    // The window is inside the file (checked in init), so this cannot fail.
    return file.load(T.self, at: start &+ offset) ?? 0
  }

  public func u8(_ o: UInt64) throws(DumpError) -> UInt8 { try load(UInt8.self, at: o) }
  public func u16(_ o: UInt64) throws(DumpError) -> UInt16 { try load(UInt16.self, at: o) }
  public func u32(_ o: UInt64) throws(DumpError) -> UInt32 { try load(UInt32.self, at: o) }
  public func u64(_ o: UInt64) throws(DumpError) -> UInt64 { try load(UInt64.self, at: o) }

  /// Raw bytes at relative `offset`.
  public func bytes(at offset: UInt64, count length: UInt64, _ what: @autoclosure () -> String = "field")
    throws(DumpError) -> UnsafeRawBufferPointer
  {
    try require(offset, length, what())
    return file.bytes(at: start &+ offset, count: length) ?? UnsafeRawBufferPointer(start: nil, count: 0)
  }

  /// A sub-window for entry `index` of a packed array of `entrySize`-byte entries starting at
  /// `arrayOffset`. Checks `arrayOffset + index*entrySize + entrySize` without overflow.
  public func entry(_ index: UInt64, of entrySize: UInt64, at arrayOffset: UInt64) throws(DumpError) -> UInt64 {
    let (rel, o1) = index.multipliedReportingOverflow(by: entrySize)
    let (off, o2) = arrayOffset.addingReportingOverflow(rel)
    guard !o1, !o2 else {
      throw .badStreamSize(stream: stream, offset: start, detail: "entry \(index) overflows")
    }
    try require(off, entrySize, "entry \(index)")
    return off
  }

  /// Throws `.countTooLarge` naming `cap` when `n` exceeds it; `what` names the entries ("threads").
  public func requireWithin(_ cap: DumpLimits.Cap, count n: UInt64, what: String) throws(DumpError) {
    let limit = limits[cap]
    guard n <= limit else {
      throw .countTooLarge(what: stream.name, offset: start, count: n, items: what, limit: limit, name: cap.rawValue)
    }
  }

  /// Checks that `count` entries of `entrySize` bytes fit after `arrayOffset`, before anything is
  /// allocated for them. The count is therefore bounded by the file size.
  public func requireArray(count n: UInt64, entrySize: UInt64, at arrayOffset: UInt64, what: String)
    throws(DumpError)
  {
    let (total, o1) = n.multipliedReportingOverflow(by: entrySize)
    let (end, o2) = arrayOffset.addingReportingOverflow(total)
    guard !o1, !o2, end <= count else {
      throw .badStreamSize(
        stream: stream, offset: start,
        detail: "\(n) \(what) of \(entrySize) bytes need 0x\(o1 || o2 ? "?" : hex(end)) bytes, the stream holds 0x\(hex(count))"
      )
    }
  }
}
