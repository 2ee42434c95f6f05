@testable import DumpModel
import Foundation

/// A forged dump to damage: its address space (to find the file offset of a memory address) and
/// copies with bytes XORed in at memory addresses, each opened and its heaps walked and indexed.
/// Shared by the heap and LFH damage tests.
struct DamagedCopies {
  let original: [UInt8]
  let space: AddressSpace

  init(_ original: [UInt8]) throws {
    self.original = original
    let path = try TempFile.write(original)
    defer { TempFile.remove(path) }  // the mapping outlives the name
    space = try Dump.open(path: path).addressSpace
  }

  /// The file offset of the dump byte at `address`, nil when no memory range holds it.
  func fileOffset(_ address: UInt64) -> Int? {
    guard let r = space.rangeIndex(containing: address) else { return nil }
    return Int(space.ranges[r].fileOffset + (address - space.ranges[r].address))
  }

  /// Heap `heap`'s walk in a copy with `bytes` XORed in from `address` (every heap indexed first,
  /// as `!heap -x` would); throws when `address` is not in the dump.
  func heapResult(xor bytes: [UInt8], at address: UInt64, heap: Int = 0) throws -> HeapWalkResult {
    guard let at = fileOffset(address) else { throw CocoaError(.fileReadUnknown) }
    var copy = original
    for (k, b) in bytes.enumerated() { copy[at + k] ^= b }
    let path = try TempFile.write(copy)
    defer { TempFile.remove(path) }
    let set = try Dump.open(path: path).heaps
    _ = set.index
    return set.result(heap)
  }
}
