/// A parsed scenario: what the user wrote, with defaults for plain values already applied.
/// Addresses left open (module bases, stack bases, region bases) are chosen later by
/// `ProcessBuilder`, from the seed, so the same scenario and seed always give the same dump.
/// The file format is documented in Docs/scenario-format.md.
public struct Scenario: Sendable {
  public var os: OperatingSystemProfile
  public var seed: UInt64
  public var process: ProcessSpec
  public var system: SystemSpec
  public var modules: [ModuleSpec]
  public var threads: [ThreadSpec]
  public var regions: [RegionSpec]
  /// NT heaps; the first one is the process heap.
  public var heaps: [HeapSpec]
  public var exception: ExceptionSpec?
  /// PEB.NtGlobalFlag.
  public var globalFlags: UInt32
  /// Optional CommentStreamW text.
  public var comment: String?
}

public struct ProcessSpec: Sendable {
  public var pid: UInt32
  public var imagePath: String
  public var commandLine: String
  public var currentDirectory: String
  public var windowTitle: String
  public var environment: [String]
  /// Unix seconds (UTC).
  public var createTime: Int64
  public var userSeconds: UInt32
  public var kernelSeconds: UInt32
}

public struct SystemSpec: Sendable {
  public var uptimeSeconds: UInt64
  /// Unix seconds (UTC); also the minidump header TimeDateStamp.
  public var dumpTime: Int64
  public var processors: UInt8
  public var processorMhz: UInt32
  public var cpuVendor: String
}

public struct PdbSpec: Sendable {
  public var name: String
  /// 16 bytes in on-disk GUID order (Data1..3 little-endian).
  public var guid: [UInt8]
  public var age: UInt32
}

public struct ExportSpec: Sendable, Equatable {
  public var name: String
  public var rva: UInt32
}

/// Bytes placed at an RVA of a module image (e.g. the faulting instruction).
public struct CodePatch: Sendable {
  public var rva: UInt32
  public var bytes: [UInt8]
}

public struct ModuleSpec: Sendable {
  public var name: String
  public var path: String
  public var base: UInt64?
  public var size: UInt64
  public var timestamp: UInt32
  public var checksum: UInt32
  public var pdb: PdbSpec
  /// a.b.c.d
  public var version: [UInt16]
  public var exports: [ExportSpec]
  public var code: [CodePatch]
  /// Where the module was declared, for error messages.
  public var location: String

  public var isExecutable: Bool { name.lowercased().hasSuffix(".exe") }
}

public struct StackSpec: Sendable {
  /// NT_TIB.StackBase: the high end of the stack (nil: placed automatically).
  public var base: UInt64?
  /// Reservation size.
  public var size: UInt64
  /// Committed bytes below `base` (a guard page sits just under them).
  public var committed: UInt64
}

public struct StackWord: Sendable {
  /// Byte offset from the thread's rsp.
  public var offset: UInt64
  public var value: ValueExpression
}

/// One frame of a thread's call chain: where the function stopped (innermost) or will return to.
public struct FrameSpec: Sendable {
  public var at: SymbolReference
  /// Stack bytes the prolog allocates (`sub rsp, N`); nil: the function's default.
  public var frameSize: UInt64?
  /// Nonvolatile registers pushed by the prolog, in push order.
  public var pushes: [String]
  /// SET_FPREG: `mov <reg>, rsp` after the allocation.
  public var frameRegister: String?
  public var location: String
}

public struct ThreadSpec: Sendable {
  public var id: UInt32
  public var stack: StackSpec
  /// Register name (lowercase, e.g. "rip") → value, in document order.
  public var registers: [(String, ValueExpression)]
  public var stackWords: [StackWord]
  /// Call chain, innermost first (empty: none forged).
  public var frames: [FrameSpec] = []
  public var suspendCount: UInt32
  public var priority: UInt32
  public var lastError: UInt32
  public var location: String
}

/// Fill applied to a region's committed pages.
public enum RegionFill: Sendable, Equatable {
  case byte(UInt8)
  case pattern([UInt8])
  case text(String)

  var patternBytes: [UInt8] {
    switch self {
    case .byte(let value): return [value]
    case .pattern(let bytes): return bytes
    case .text(let text): return Array(text.utf8)
    }
  }
}

public struct RegionSpec: Sendable {
  public var name: String
  public var base: UInt64?
  public var reserve: UInt64
  public var commit: UInt64
  public var protect: UInt32
  public var type: MemoryType
  public var fill: RegionFill?
  /// `repeat: N` with `stride`: N allocations at base, base+stride, ... (one spec, N regions).
  public var repeatCount: Int = 1
  public var stride: UInt64 = 0
  public var location: String

  /// Address span from the first allocation's base to the end of the last one.
  var span: UInt64 { stride * UInt64(repeatCount - 1) + reserve }
}

public struct ExceptionSpec: Sendable {
  public var code: UInt32
  public var flags: UInt32
  public var address: ValueExpression?
  public var threadId: UInt32?
  public var parameters: [ValueExpression]
  /// Registers overriding the thread's context in the exception stream's CONTEXT copy.
  public var contextOverride: [(String, ValueExpression)]
  public var location: String
}
