/// Thrown by model work that the user stopped (Ctrl-C) through `Dump.isCancelled`: the region map
/// build and the heap walks poll it every few thousand regions or blocks. Nothing half-built is
/// cached; the next call builds again from the start.
public struct Cancelled: Error, Sendable, Equatable {
  public init() {}
}
