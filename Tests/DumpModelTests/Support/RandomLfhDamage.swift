@testable import DumpModel
import Foundation

/// Rounds of random single-byte writes into a forged dump's LFH metadata, shared by the Win8+ and
/// Win7 LFH tests: each round writes 16 bytes at addresses `pick` draws (mapped to file offsets
/// through the dump's memory ranges), opens the damaged file, walks and indexes every heap, decodes
/// every `lookupStride`-th indexed block again and asks the front end's note, then restores the
/// bytes. Nothing here may trap; the generator is seeded so a failure reproduces.
enum RandomLfhDamage {
  static func run(
    original: [UInt8], rounds: Int, seed: UInt64, lookupStride: Int, pick: (inout SplitMix64) -> UInt64
  ) throws {
    let path = try TempFile.write(original)
    defer { TempFile.remove(path) }
    let space = try Dump.open(path: path).addressSpace
    guard let handle = FileHandle(forUpdatingAtPath: path) else { throw CocoaError(.fileWriteUnknown) }
    defer { try? handle.close() }
    var rng = SplitMix64(seed: seed)
    for _ in 0..<rounds {
      var changed: [(UInt64, UInt8)] = []
      for _ in 0..<16 {
        let address = pick(&rng)
        guard let r = space.rangeIndex(containing: address) else { continue }
        let offset = space.ranges[r].fileOffset + (address - space.ranges[r].address)
        changed.append((offset, original[Int(offset)]))
        try handle.seek(toOffset: offset)
        handle.write(Data([UInt8(truncatingIfNeeded: rng.next())]))
      }
      let set = try Dump.open(path: path).heaps
      let index = set.index
      for i in stride(from: 0, to: index.count, by: lookupStride) { _ = set.lfhBlock(at: index.entries[i], heap: Int(index.heaps[i])) }
      _ = set.result(0).lfh?.note
      for (offset, byte) in changed.reversed() {
        try handle.seek(toOffset: offset)
        handle.write(Data([byte]))
      }
    }
  }
}
