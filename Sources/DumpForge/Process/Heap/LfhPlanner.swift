/// Routes a heap's small requests to the LFH front end and lays out its subsegments
/// (Win10 2004 x64, Win7 SP1 x64 or Win7 SP1 x86 structures, nt-layouts.md §3.7; the same routing
/// for all, in the architecture's granules: 16 bytes, x86 8, §3.2).
///
/// Simplifications (ours, documented in Docs/scenario-format.md):
/// - Every request whose LFH block (request + header, rounded up to the granule; 16 / x86 8) is at
///   most 0x400 bytes (x86 0x200, so buckets stay 2…64 granules) goes to the LFH from the first call; Windows only activates a bucket after a run of
///   allocations of that size (the heuristic is not modelled).
/// - Bucket granularity: one bucket per 16-byte block size, SizeIndex = BlockUnits = block granules
///   (2…64). That matches the belief that the first 64 Win8+ buckets are 16-byte granular, but
///   nt-layouts.md §7.9 leaves the bucket ↔ size mapping unverified; larger buckets are not used.
/// - Subsegment capacity: BlockCount = 0x4000 / block bytes clamped to 8…128; a bucket's requests
///   fill subsegments in scenario order, freed requests leave free slots, the rest of the last
///   subsegment is free.
enum LfhPlanner {
  static let maximumBlockBytes: UInt64 = 0x400
  static let maximumBlockBytesX86: UInt64 = 0x200
  static let userBlocksTarget: UInt64 = 0x4000
  static let minimumBlocksPerSubsegment: UInt64 = 8
  static let maximumBlocksPerSubsegment: UInt64 = 128

  /// Granules of the block holding `size` bytes: header (one granule) + data, rounded up.
  static func blockGranules(for size: UInt64, granule: UInt64 = HeapConstants.granularity) -> UInt64 {
    max(2, (size + 2 * granule - 1) / granule)
  }

  static func isLfhSized(_ size: UInt64, granule: UInt64 = HeapConstants.granularity) -> Bool {
    blockGranules(for: size, granule: granule) * granule <= (granule == 8 ? maximumBlockBytesX86 : maximumBlockBytes)
  }

  /// The subsegments for `requests` (all LFH-sized), by ascending bucket; addresses are placed later.
  static func subsegments(for requests: [HeapRequest], granule: UInt64 = HeapConstants.granularity) -> [LfhPlan.Subsegment] {
    var buckets: [UInt64: [HeapRequest]] = [:]
    for request in requests { buckets[blockGranules(for: request.size, granule: granule), default: []].append(request) }
    var result: [LfhPlan.Subsegment] = []
    for granules in buckets.keys.sorted() {
      let bucket = buckets[granules] ?? []
      let blockBytes = granules * granule
      let capacity = Int(min(maximumBlocksPerSubsegment, max(minimumBlocksPerSubsegment, userBlocksTarget / blockBytes)))
      var start = 0
      while start < bucket.count {
        let chunk = bucket[start..<min(bucket.count, start + capacity)]
        var slots = chunk.map { LfhPlan.Slot(requested: $0.freed ? 0 : $0.size, fill: $0.freed ? nil : $0.fill) }
        slots += Array(repeating: LfhPlan.Slot(requested: 0, fill: nil), count: capacity - slots.count)
        result.append(LfhPlan.Subsegment(sizeIndex: Int(granules), blockGranules: granules, slots: slots))
        start += capacity
      }
    }
    return result
  }

  /// The busy back-end blocks the front end needs, in the order they are laid out from FirstEntry
  /// (before the heap's own back-end requests): the metadata block, then each subsegment's user blocks.
  static func backEndBlocks(for plan: LfhPlan) -> [HeapPlan.Block] {
    let granule: UInt64 = plan.x86 ? 8 : HeapConstants.granularity
    func block(_ bytes: UInt64, _ role: HeapPlan.LfhRole) -> HeapPlan.Block {
      let granules = blockGranules(for: bytes, granule: granule)
      return HeapPlan.Block(address: 0, granules: granules, busy: true, requested: bytes, granule: granule, lfhRole: role)
    }
    return [block(plan.metadataBytes, .metadata)]
      + plan.subsegments.enumerated().map { block($1.userBlocksBytes, .userBlocks($0)) }
  }

  /// Gives the plan its addresses from the placed back-end blocks.
  static func place(_ plan: inout LfhPlan, segments: [HeapPlan.Segment]) throws {
    var metadata: UInt64?
    var userBlocks = [UInt64](repeating: 0, count: plan.subsegments.count)
    // The user pointer follows the block header: 0x10 bytes, x86 8 (§3.3).
    let header: UInt64 = plan.x86 ? 8 : 0x10
    for block in segments.flatMap(\.blocks) {
      switch block.lfhRole {
      case .metadata: metadata = block.address + header
      case .userBlocks(let index): userBlocks[index] = block.address + header
      case .none: break
      }
    }
    guard let metadata, !userBlocks.contains(0) else {
      throw ForgeError.internalInconsistency("LFH back-end blocks were not placed")
    }
    plan.place(metadata: metadata, userBlocks: userBlocks)
  }
}
