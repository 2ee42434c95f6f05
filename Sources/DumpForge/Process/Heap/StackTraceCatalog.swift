/// The distinct allocation stacks of a +ust process, in first-use order: what goes into the
/// stack trace database (`_RTL_STACK_TRACE_ENTRY` per stack; index 1-based, nt-layouts.md §4.1).
public struct StackTraceCatalog: Sendable {
  public struct Trace: Sendable, Equatable {
    public var index: UInt16
    /// Return addresses, innermost first (BackTrace[0..Depth)).
    public var frames: [UInt64]
    /// Allocations that captured this stack (TraceCount).
    public var count: UInt64
  }

  public private(set) var traces: [Trace] = []

  /// The 1-based index for `frames`, adding `uses` to its count (0 for an empty stack: no trace).
  mutating func index(for frames: [UInt64], uses: Int) -> UInt16 {
    guard !frames.isEmpty else { return 0 }
    if let position = traces.firstIndex(where: { $0.frames == frames }) {
      traces[position].count += UInt64(uses)
      return traces[position].index
    }
    let index = UInt16(truncatingIfNeeded: traces.count + 1)
    traces.append(Trace(index: index, frames: frames, count: UInt64(uses)))
    return index
  }
}
