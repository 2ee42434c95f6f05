/// SplitMix64: a tiny deterministic generator so that the same scenario and seed always give
/// the same dump (Swift's `SystemRandomNumberGenerator` is not seedable).
/// Algorithm: Steele, Lea, Flood, "Fast splittable pseudorandom number generators" (2014).
public struct SeededRandom: RandomNumberGenerator, Sendable {
  private var state: UInt64

  public init(seed: UInt64) { state = seed }

  /// A generator derived from `seed` and a purpose label, so that adding a new consumer of
  /// randomness never shifts the values an older consumer gets.
  public init(seed: UInt64, purpose: String) {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a 64 offset basis
    for byte in purpose.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01b3  // FNV-1a 64 prime
    }
    state = seed ^ hash
  }

  public mutating func next() -> UInt64 {
    state = state &+ 0x9e37_79b9_7f4a_7c15
    var mixed = state
    mixed = (mixed ^ (mixed >> 30)) &* 0xbf58_476d_1ce4_e5b9
    mixed = (mixed ^ (mixed >> 27)) &* 0x94d0_49bb_1331_11eb
    return mixed ^ (mixed >> 31)
  }

  /// A value in `0..<bound` (bound > 0).
  public mutating func below(_ bound: UInt64) -> UInt64 { next() % bound }

  public mutating func bytes(_ count: Int) -> [UInt8] {
    var result: [UInt8] = []
    result.reserveCapacity(count)
    while result.count < count {
      let word = next()
      for index in 0..<8 where result.count < count { result.append(UInt8(truncatingIfNeeded: word >> (8 * UInt64(index)))) }
    }
    return result
  }
}
