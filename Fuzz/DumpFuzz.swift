// libFuzzer harness: minidump open plus every stream, every thread context, the address-space
// reader, the region summary and map, and PE export tables. Built by `make fuzz` with
// `swiftc -sanitize=fuzzer,address` from the DumpModel sources; not part of `swift test`.

@testable import DumpModel

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDump(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = UnsafeRawBufferPointer(start: data, count: size)
  guard let file = try? MappedFile(copying: bytes, name: "fuzz.dmp"), let dump = try? Dump(file: file) else {
    return 0
  }
  _ = dump.systemInfo
  _ = dump.miscInfo
  _ = dump.threadInfos
  _ = dump.threadNames
  _ = dump.unloadedModules
  _ = dump.memoryInfo
  _ = dump.handles
  _ = dump.commentA
  _ = dump.commentW
  _ = dump.vmCounters
  if case .success(let e) = dump.exception { _ = dump.context(at: e.context, from: .exception) }
  if case .success(let threads) = dump.threads {
    for t in threads.prefix(64) {
      _ = dump.context(at: t.context)
      _ = dump.addressSpace.pointer(at: t.teb)
    }
  }
  let space = dump.addressSpace
  for r in space.ranges.prefix(16) {
    _ = space.readPrefix(at: r.address &+ r.size &- 8, count: 32)
  }
  // The in-place region summary (mapped MemoryInfoList), then the classified map it must agree with.
  _ = try? dump.regionSummary()
  _ = try? dump.classifiedRegions
  if case .success(let modules) = dump.modules {
    for m in modules.prefix(16) { _ = dump.exports(of: m)?.nearest(below: m.base &+ 0x1000) }
  }
  return 0
}
