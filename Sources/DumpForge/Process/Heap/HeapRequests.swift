/// One heap allocation call of the scenario, expanded from its group with seeded sizes and a
/// seeded choice of which calls were later freed.
struct HeapRequest {
  var size: UInt64
  var freed: Bool
  var traceIndex: UInt16
  var fill: RegionFill?
}

enum HeapRequests {
  /// Expands the groups of `spec` in order. `traceIndex(group)` gives each group's +ust index.
  static func expand(_ spec: HeapSpec, heapIndex: Int, seed: UInt64, traceIndex: (Int) throws -> UInt16) rethrows
    -> [HeapRequest]
  {
    var random = SeededRandom(seed: seed, purpose: "heap \(heapIndex) allocations")
    var requests: [HeapRequest] = []
    for (groupIndex, group) in spec.allocations.enumerated() {
      let trace = try traceIndex(groupIndex)
      let freedCount = group.freed.count(of: group.count)
      var freed = [Bool](repeating: false, count: group.count)
      // Partial Fisher–Yates over the group's call numbers: the first `freedCount` picks are freed.
      var order = Array(0..<group.count)
      for pick in 0..<freedCount {
        let other = pick + Int(random.below(UInt64(group.count - pick)))
        order.swapAt(pick, other)
        freed[order[pick]] = true
      }
      for call in 0..<group.count {
        let size: UInt64
        switch group.size {
        case .fixed(let value): size = value
        case .list(let values): size = values[call % values.count]
        case .range(let low, let high): size = low + random.below(high - low + 1)
        }
        requests.append(HeapRequest(size: size, freed: freed[call], traceIndex: trace, fill: group.fill))
      }
    }
    return requests
  }
}
