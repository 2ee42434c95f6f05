/// Busy blocks by requested size (`!heap -stat`, windbg-output-and-peers.md §1.5): sizes below
/// `direct` counted in an array indexed by size (no hashing per block), larger ones, rare, in a
/// dictionary. LFH blocks count one by one; their user-blocks container does not.
public struct RequestedSizes: Sendable {
  public static let direct = 0x1_0000
  public var counts: [UInt64]
  public var large: [UInt64: (count: UInt64, total: UInt64)] = [:]
  /// Σ requested bytes of the blocks counted.
  public var all: UInt64 = 0

  public init() { counts = [UInt64](repeating: 0, count: Self.direct) }

  public mutating func add(_ b: HeapBlock) {
    guard b.isBusy, !b.isLfhContainer else { return }
    all &+= b.requested
    if b.requested < UInt64(Self.direct) {
      counts[Int(b.requested)] &+= 1
      return
    }
    let e = large[b.requested] ?? (0, 0)
    large[b.requested] = (e.count &+ 1, e.total &+ b.requested)
  }
}
