/// Local byte images of a heap's committed pages (segments, the first page of each virtual block),
/// so the heap writer patches plain buffers and hands each to `ProcessMemory.write` once.
struct HeapBytes {
  private var images: [(base: UInt64, buffer: ByteBuffer)] = []

  mutating func addImage(base: UInt64, size: UInt64) { images.append((base, ByteBuffer(count: Int(size)))) }

  private func locate(_ address: UInt64, _ width: Int) throws -> (Int, Int) {
    for (index, image) in images.enumerated()
    where address >= image.base && address + UInt64(width) <= image.base + UInt64(image.buffer.count) {
      return (index, Int(address - image.base))
    }
    throw ForgeError.internalInconsistency("heap write at \(hex(address)) outside the heap's committed pages")
  }

  mutating func setU8(_ value: UInt8, at address: UInt64) throws {
    let (index, offset) = try locate(address, 1)
    images[index].buffer.setU8(value, at: offset)
  }
  mutating func setU16(_ value: UInt16, at address: UInt64) throws {
    let (index, offset) = try locate(address, 2)
    images[index].buffer.setU16(value, at: offset)
  }
  mutating func setU32(_ value: UInt32, at address: UInt64) throws {
    let (index, offset) = try locate(address, 4)
    images[index].buffer.setU32(value, at: offset)
  }
  mutating func setU64(_ value: UInt64, at address: UInt64) throws {
    let (index, offset) = try locate(address, 8)
    images[index].buffer.setU64(value, at: offset)
  }
  mutating func setBytes(_ bytes: [UInt8], at address: UInt64) throws {
    let (index, offset) = try locate(address, bytes.count)
    images[index].buffer.setBytes(bytes, at: offset)
  }

  /// Writes a circular doubly linked list (LIST_ENTRY Flink at +0, Blink at +8; x86: 4-byte
  /// pointers, Blink at +4): head ↔ nodes ↔ head.
  mutating func link(head: UInt64, nodes: [UInt64], pointerSize: Int = 8) throws {
    let all = [head] + nodes
    for (position, node) in all.enumerated() {
      try setPointer(all[(position + 1) % all.count], at: node, size: pointerSize)
      try setPointer(all[(position + all.count - 1) % all.count], at: node + UInt64(pointerSize), size: pointerSize)
    }
  }

  mutating func setPointer(_ value: UInt64, at address: UInt64, size: Int) throws {
    if size == 4 { try setU32(UInt32(truncatingIfNeeded: value), at: address) } else { try setU64(value, at: address) }
  }

  func flush(into memory: inout ProcessMemory, what: String) throws {
    for image in images { try memory.write(image.buffer, at: image.base, what: what) }
  }
}
