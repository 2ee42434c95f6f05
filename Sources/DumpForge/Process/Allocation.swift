/// One VirtualAlloc-style allocation: a reservation starting at `base` with consecutive parts,
/// each committed or reserved with its own protection (what `VirtualQuery` reports as regions
/// sharing one `AllocationBase`). Layout source: MEMORY_BASIC_INFORMATION / MINIDUMP_MEMORY_INFO
/// (nt-layouts.md §1.6).
public struct Allocation: Sendable {
  /// A run of pages with one state and protection inside the allocation.
  public struct Part: Sendable, Equatable {
    public var offset: UInt64
    public var size: UInt64
    public var state: MemoryState
    /// Current protection; ignored (written as 0) for MEM_RESERVE parts.
    public var protect: UInt32

    public init(offset: UInt64, size: UInt64, state: MemoryState, protect: UInt32) {
      self.offset = offset
      self.size = size
      self.state = state
      self.protect = protect
    }
  }

  public var base: UInt64
  public var size: UInt64
  public var type: MemoryType
  /// Protection given when the allocation was made (MEMORY_BASIC_INFORMATION.AllocationProtect).
  public var allocationProtect: UInt32
  /// Human-readable owner used in error messages and `--describe-json` ("TEB of thread 0x1a2c").
  public var label: String
  public var parts: [Part]
  /// Bytes repeated over committed pages from the allocation base (nil: zero-filled).
  public var fillPattern: [UInt8]?

  public init(
    base: UInt64, size: UInt64, type: MemoryType, allocationProtect: UInt32, label: String,
    parts: [Part], fillPattern: [UInt8]? = nil
  ) {
    self.base = base
    self.size = size
    self.type = type
    self.allocationProtect = allocationProtect
    self.label = label
    self.parts = parts
    self.fillPattern = fillPattern
  }

  /// An allocation whose first `committed` bytes are committed with `protect` and the rest reserved.
  public static func simple(
    base: UInt64, reserve: UInt64, committed: UInt64, protect: UInt32, type: MemoryType, label: String,
    fillPattern: [UInt8]? = nil
  ) -> Allocation {
    var parts: [Part] = []
    if committed > 0 { parts.append(Part(offset: 0, size: committed, state: .commit, protect: protect)) }
    if reserve > committed {
      parts.append(Part(offset: committed, size: reserve - committed, state: .reserve, protect: 0))
    }
    return Allocation(
      base: base, size: reserve, type: type, allocationProtect: protect, label: label, parts: parts,
      fillPattern: fillPattern)
  }

  public var end: UInt64 { base + size }

  /// A short description for error messages: `stack of thread 0x10 [00000000`00030000, 00000000`00130000)`.
  public var summary: String { "\(label) [\(formatAddress(base)), \(formatAddress(end)))" }
}
