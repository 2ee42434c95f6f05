import DumpModel
import Testing

@Suite struct ThreadStreamTests {
  /// Two threads in a ThreadList, each with an x64 CONTEXT and a stack in a MemoryList.
  func twoThreads(padded: Bool = false, contextSizes: (Int, Int) = (0x4D0, 0x4D0)) -> MiniWriter {
    var w = MiniWriter()
    let c1 = w.append(amd64Context(rip: 0x7FF6_0000_1234, rsp: 0x10_0000, size: contextSizes.0))
    let c2 = w.append(amd64Context(rip: 0x7FFE_0000_5678, rsp: 0x20_0000, size: contextSizes.1))
    let s1 = w.append(Array(repeating: 0xAA, count: 0x100))
    let s2 = w.append(Array(repeating: 0xBB, count: 0x80))
    w.stream(.systemInfo, systemInfoBody())
    let t = LE()
    t.u32(2)
    if padded { t.u32(0) }
    t.raw(threadEntry(id: 0x10, teb: 0x7FF_DE00_0000, stackStart: 0x10_0000, stackSize: 0x100, stackRva: s1, contextSize: UInt32(contextSizes.0), contextRva: c1))
    t.raw(threadEntry(id: 0x20, teb: 0x7FF_DE00_2000, stackStart: 0x20_0000, stackSize: 0x80, stackRva: s2, contextSize: UInt32(contextSizes.1), contextRva: c2))
    w.stream(.threadList, t.bytes)
    let m = LE()
    m.u32(2).u64(0x10_0000).u32(0x100).u32(s1).u64(0x20_0000).u32(0x80).u32(s2)
    w.stream(.memoryList, m.bytes)
    return w
  }

  @Test func threadListAndContexts() throws {
    try withDump(twoThreads()) { dump in
      let threads = try dump.threads.get()
      #expect(threads.count == 2)
      #expect(threads[0].threadId == 0x10 && threads[1].threadId == 0x20)
      #expect(threads[0].priorityClass == 0x20 && threads[0].suspendCount == 1)
      #expect(threads[1].teb == 0x7FF_DE00_2000)
      #expect(threads[0].stack.start == 0x10_0000 && threads[0].stack.location.dataSize == 0x100)
      let ctx = try dump.context(at: threads[1].context).get()
      #expect(ctx.instructionPointer == 0x7FFE_0000_5678)
      #expect(ctx.stackPointer == 0x20_0000)
      guard case .amd64(let c) = ctx else { Issue.record("not an x64 context"); return }
      #expect(c.contextFlags == 0x10_000B && c.segCs == 0x33 && c.eflags == 0x246 && c.rax == 0x1000 && c.r15 == 0x100F)
      #expect(dump.addressSpace.bytes(at: 0x20_0010, count: 2) == [0xBB, 0xBB])
    }
  }

  @Test func paddingAfterCountIsAccepted() throws {
    try withDump(twoThreads(padded: true)) { dump in
      let threads = try dump.threads.get()
      #expect(threads.map(\.threadId) == [0x10, 0x20])
    }
  }

  @Test func shortContextReachingRipIsAcceptedShorterFails() throws {
    try withDump(twoThreads(contextSizes: (0x100, 0xFF))) { dump in
      let threads = try dump.threads.get()
      #expect(try dump.context(at: threads[0].context).get().instructionPointer == 0x7FF6_0000_1234)
      let e = failure(dump.context(at: threads[1].context))
      guard case .badStreamSize = e else { Issue.record("expected badStreamSize, got \(String(describing: e))"); return }
    }
  }

  @Test func threadCountLargerThanStreamFails() throws {
    var w = MiniWriter()
    let t = LE()
    t.u32(0xFFFF_FFFF).raw(threadEntry(id: 1, teb: 0, stackStart: 0, stackSize: 0, stackRva: 0, contextSize: 0, contextRva: 0))
    w.stream(.threadList, t.bytes)
    try withDump(w) { dump in
      let e = failure(dump.threads)
      guard case .badStreamSize(let s, _, _) = e else { Issue.record("got \(String(describing: e))"); return }
      #expect(s.rawValue == 3)
      #expect(e?.description.contains("ThreadListStream") == true)
    }
  }

  @Test func threadExListUsedWhenNoThreadList() throws {
    var w = MiniWriter()
    let c = w.append(amd64Context(rip: 0x4000, rsp: 0x5000))
    let t = LE()
    t.u32(1).raw(threadEntry(id: 7, teb: 0x9000, stackStart: 0, stackSize: 0, stackRva: 0, contextSize: 0x4D0, contextRva: c, size: 0x40))
    w.stream(.threadExList, t.bytes)
    try withDump(w) { dump in
      let threads = try dump.threads.get()
      #expect(threads.count == 1 && threads[0].threadId == 7 && threads[0].teb == 0x9000)
      #expect(try dump.context(at: threads[0].context).get().instructionPointer == 0x4000)
    }
  }

  @Test func x86Context() throws {
    var w = MiniWriter()
    w.stream(.systemInfo, systemInfoBody(arch: 0))
    let c = LE()
    c.u32(0x10007).zeros(0x88)  // flags, Dr*, FloatSave up to 0x8C
    c.u32(0x2B).u32(0x53).u32(0x2B).u32(0x2B)  // Gs Fs Es Ds
    c.u32(1).u32(2).u32(3).u32(4).u32(5).u32(6)  // Edi Esi Ebx Edx Ecx Eax
    c.u32(0x0012_FF00).u32(0x0040_1000).u32(0x23).u32(0x202).u32(0x0012_FE00).u32(0x2B)  // Ebp Eip Cs EFlags Esp Ss
    c.pad(to: 0x2CC)
    let rva = w.append(c.bytes)
    try withDump(w) { dump in
      #expect(dump.pointerSize == 4)
      let ctx = try dump.context(at: LocationDescriptor(dataSize: 0x2CC, rva: rva)).get()
      guard case .x86(let x) = ctx else { Issue.record("not x86"); return }
      #expect(x.eip == 0x0040_1000 && x.esp == 0x0012_FE00 && x.ebp == 0x0012_FF00)
      #expect(x.edi == 1 && x.eax == 6 && x.segFs == 0x53 && x.segSs == 0x2B && x.eflags == 0x202)
      #expect(failure(dump.context(at: LocationDescriptor(dataSize: 0xC8, rva: rva))) != nil)
    }
  }

  @Test func threadInfoListWithLargerEntries() throws {
    var w = MiniWriter()
    let b = LE()
    b.u32(0x0C).u32(0x48).u32(2)
    for id: UInt32 in [0x10, 0x20] {
      b.u32(id).u32(4).u32(0).u32(259).u64(0x01D0_0000_0000_0000).u64(0).u64(1_000_000).u64(2_000_000)
      b.u64(0x7FF6_0000_1000 + UInt64(id)).u64(0xF).u64(0xDEAD)  // 8 extra bytes
    }
    w.stream(.threadInfoList, b.bytes)
    try withDump(w) { dump in
      let infos = try dump.threadInfos.get()
      #expect(infos.count == 2)
      #expect(infos[1].threadId == 0x20 && infos[1].dumpFlags == 4 && infos[1].exitStatus == 259)
      #expect(infos[1].startAddress == 0x7FF6_0000_1020 && infos[1].affinity == 0xF && infos[0].userTime == 2_000_000)
    }
  }

  @Test func threadNamesWithOneDanglingRva() throws {
    var w = MiniWriter()
    let name = w.string("worker #1")
    let b = LE()
    b.u32(2).u32(0x10).u64(UInt64(name)).u32(0x20).u64(0xFFFF_FFFF_0000)
    w.stream(.threadNames, b.bytes)
    try withDump(w) { dump in
      let names = try dump.threadNames.get()
      #expect(names.map(\.threadId) == [0x10, 0x20])
      #expect(names.map(\.name) == ["worker #1", ""])
    }
  }

  @Test func threadNameStringEdgeCases() throws {
    var w = MiniWriter()
    let odd = w.append(LE().u32(7).u16(0x41).u16(0x42).u16(0x43).u16(0x44).bytes)
    let huge = w.append(LE().u32(0x2_0000).zeros(0x2_0000).bytes)  // over the 64 KiB cap
    let empty = w.append(LE().u32(0).u16(0).bytes)
    let embedded = w.append(LE().u32(8).u16(0x61).u16(0).u16(0x62).u16(0x63).bytes)
    let b = LE()
    b.u32(4)
    for (i, rva) in [odd, huge, empty, embedded].enumerated() { b.u32(UInt32(i)).u64(UInt64(rva)) }
    w.stream(.threadNames, b.bytes)
    try withDump(w) { dump in
      let names = try dump.threadNames.get()
      #expect(names.map(\.name) == ["", "", "", "a"])
    }
  }
}
