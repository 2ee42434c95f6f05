import Foundation

/// What `dumpforge --describe-json` prints: the resolved modules, threads and memory regions of a
/// scenario, for independent readers to check a forged dump against (Tests/crosscheck).
public struct ProcessDescription: Codable, Sendable {
  public struct Module: Codable, Sendable {
    public var name: String
    public var path: String
    public var base: UInt64
    public var size: UInt64
    public var timestamp: UInt32
    public var checksum: UInt32
    public var exports: [String: UInt64]
  }
  public struct Thread: Codable, Sendable {
    public var id: UInt32
    public var teb: UInt64
    public var rip: UInt64
    public var rsp: UInt64
    public var stackBase: UInt64
    public var stackLimit: UInt64
    /// The forged call chain, innermost first (absent without `frames:`).
    public var frames: [ForgedFrame]?
  }
  public struct Region: Codable, Sendable {
    public var base: UInt64
    public var size: UInt64
    public var allocationBase: UInt64
    public var allocationProtect: UInt32
    public var state: UInt32
    public var protect: UInt32
    public var type: UInt32
    public var label: String
  }
  public struct Exception: Codable, Sendable {
    public var threadId: UInt32
    public var code: UInt32
    public var address: UInt64
    public var parameters: [UInt64]
  }

  public var os: String
  public var seed: UInt64
  public var pid: UInt32
  public var peb: UInt64
  public var userLimit: UInt64
  public var modules: [Module]
  public var threads: [Thread]
  /// Every region from 0 to the user limit, free gaps included, in address order.
  public var regions: [Region]
  public var exception: Exception?
  /// NT heaps in PEB.ProcessHeaps order (absent when the scenario has none).
  public var heaps: [HeapDescription]?
  public var stackTraceDatabase: StackTraceDatabaseDescription?
  /// ntdll!RtlpLFHKey (absent when no heap has the LFH front end).
  public var lfhKey: UInt64?

  public init(_ process: ForgedProcess) {
    os = process.scenario.os.rawValue
    seed = process.scenario.seed
    pid = process.scenario.process.pid
    peb = process.pebAddress
    userLimit = process.memory.userLimit
    modules = process.modules.map { module in
      var exports: [String: UInt64] = [:]
      for export in module.spec.exports { exports[export.name] = module.base + UInt64(export.rva) }
      return Module(
        name: module.spec.name, path: module.spec.path, base: module.base, size: module.size,
        timestamp: module.spec.timestamp, checksum: module.spec.checksum, exports: exports)
    }
    threads = process.threads.map {
      Thread(
        id: $0.id, teb: $0.teb, rip: $0.context["rip"], rsp: $0.context["rsp"], stackBase: $0.stackBase,
        stackLimit: $0.stackLimit, frames: $0.frames.isEmpty ? nil : $0.frames)
    }
    regions = process.memory.regions().map {
      Region(
        base: $0.base, size: $0.size, allocationBase: $0.allocationBase, allocationProtect: $0.allocationProtect,
        state: $0.state.rawValue, protect: $0.protect, type: $0.type?.rawValue ?? 0, label: $0.label)
    }
    exception = process.exception.map {
      Exception(threadId: $0.threadId, code: $0.code, address: $0.address, parameters: $0.parameters)
    }
    lfhKey = process.lfhKey
    heaps = process.heaps.isEmpty ? nil : process.heaps.map(HeapDescription.init)
    stackTraceDatabase = process.stackTraceDatabase.map { address in
      StackTraceDatabaseDescription(
        address: address,
        traces: process.stackTraces.traces.map { .init(index: $0.index, frames: $0.frames, count: $0.count) })
    }
  }

  /// Pretty, key-sorted JSON (deterministic).
  public func json() throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(self), as: UTF8.self)
  }
}
