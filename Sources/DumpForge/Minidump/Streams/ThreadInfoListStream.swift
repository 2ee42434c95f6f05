/// MINIDUMP_THREAD_INFO_LIST: SizeOfHeader, SizeOfEntry, NumberOfEntries (u32 each), then
/// MINIDUMP_THREAD_INFO (0x40): ThreadId 0x0, DumpFlags 0x4, DumpError 0x8, ExitStatus 0xC,
/// CreateTime 0x10, ExitTime 0x18, KernelTime 0x20, UserTime 0x28, StartAddress 0x30,
/// Affinity 0x38. Source: nt-layouts.md §1.4.
enum ThreadInfoListStream {
  static let headerSize = 0x0C
  static let entrySize = 0x40
  /// STATUS_PENDING / STILL_ACTIVE: the exit status of a running thread.
  static let stillActive: UInt32 = 0x103

  static func write(_ process: ForgedProcess, into blob: inout MinidumpBlob) -> LocationDescriptor {
    var body = ByteBuffer()
    body.appendU32(UInt32(headerSize))
    body.appendU32(UInt32(entrySize))
    body.appendU32(UInt32(process.threads.count))
    let scenario = process.scenario
    let processors = UInt64(scenario.system.processors)
    let affinity: UInt64 = processors >= 64 ? .max : (1 << processors) - 1
    let startAddress = process.modules.first(where: { $0.spec.isExecutable })?.entryPoint ?? 0
    for (index, thread) in process.threads.enumerated() {
      let created = WindowsTime.fileTime(unixSeconds: scenario.process.createTime + Int64(index))
      body.appendU32(thread.id)
      body.appendU32(0)  // DumpFlags
      body.appendU32(0)  // DumpError
      body.appendU32(stillActive)
      body.appendU64(created)
      body.appendU64(0)  // ExitTime
      body.appendU64(index == 0 ? UInt64(scenario.process.kernelSeconds) * 10_000_000 : 156_250)
      body.appendU64(index == 0 ? UInt64(scenario.process.userSeconds) * 10_000_000 : 312_500)
      body.appendU64(startAddress)
      body.appendU64(affinity)
    }
    return blob.append(body)
  }
}
