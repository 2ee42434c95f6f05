/// MINIDUMP_THREAD_LIST: NumberOfThreads u32, then MINIDUMP_THREAD (0x30 each): ThreadId 0x0,
/// SuspendCount 0x4, PriorityClass 0x8, Priority 0xC, Teb 0x10, Stack (MEMORY_DESCRIPTOR) 0x18,
/// ThreadContext (LOCATION_DESCRIPTOR) 0x28. Source: nt-layouts.md §1.4.
enum ThreadListStream {
  static let entrySize = 0x30
  /// NORMAL_PRIORITY_CLASS
  static let normalPriorityClass: UInt32 = 0x20

  /// Returns the stream location and, per thread, the offset of its Stack.Memory.Rva field and the
  /// stack start, so the writer can point it into the Memory64 data once that is placed.
  static func write(_ process: ForgedProcess, into blob: inout MinidumpBlob)
    -> (location: LocationDescriptor, stackFixups: [(rvaFieldOffset: Int, stackStart: UInt64)])
  {
    let contexts = process.threads.map { blob.append($0.context.encoded(), alignment: 16) }
    let count = process.threads.count
    let offset = blob.reserve(4 + count * entrySize)
    var fixups: [(rvaFieldOffset: Int, stackStart: UInt64)] = []
    blob.patch { buffer in
      buffer.setU32(UInt32(count), at: offset)
      for (index, thread) in process.threads.enumerated() {
        let entry = offset + 4 + index * entrySize
        let stackStart = thread.context["rsp"]
        let stackInRange = stackStart >= thread.stackLimit && stackStart < thread.stackBase
        buffer.setU32(thread.id, at: entry)
        buffer.setU32(thread.spec.suspendCount, at: entry + 0x4)
        buffer.setU32(normalPriorityClass, at: entry + 0x8)
        buffer.setU32(thread.spec.priority, at: entry + 0xC)
        buffer.setU64(thread.teb, at: entry + 0x10)
        buffer.setU64(stackInRange ? stackStart : 0, at: entry + 0x18)
        buffer.setU32(stackInRange ? UInt32(thread.stackBase - stackStart) : 0, at: entry + 0x20)
        contexts[index].write(into: &buffer, at: entry + 0x28)
        if stackInRange { fixups.append((entry + 0x24, stackStart)) }
      }
    }
    return (LocationDescriptor(size: UInt32(4 + count * entrySize), rva: UInt32(offset)), fixups)
  }
}
