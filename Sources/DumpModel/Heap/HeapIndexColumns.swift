/// Read-only views of the compact `HeapIndex` columns as plain collections (`index.entries[i]`,
/// `index.heaps[i]`, `index.traces[i]`): each element is decoded on access (window + low half for
/// an address, the side table for a value that did not fit). Hot loops use `entry(_:)`,
/// `heap(_:)`, `forEachEntry` and `upperBound` directly.
extension HeapIndex {
  public struct Column<Element: Equatable & Sendable>: RandomAccessCollection, Equatable, Sendable {
    let index: HeapIndex
    let read: @Sendable (HeapIndex, Int) -> Element
    public var startIndex: Int { 0 }
    public var endIndex: Int { index.count }
    public subscript(i: Int) -> Element { read(index, i) }

    public static func == (a: Column, b: Column) -> Bool { a.elementsEqual(b) }
    public static func == (a: Column, b: [Element]) -> Bool { a.elementsEqual(b) }
  }

  /// Entry addresses, ascending once built.
  public var entries: Column<UInt64> { Column(index: self) { $0.entry($1) } }
  /// Owning heap of each block (index into `HeapSet.heaps`).
  public var heaps: Column<Int> { Column(index: self) { $0.heap($1) } }
  /// +ust trace index of each block.
  public var traces: Column<UInt32> { Column(index: self) { $0.trace($1) } }
}
