/// The heaps of a forged process: plans every heap, writes them, writes the +ust stack trace
/// database, and fills in PEB.ProcessHeap / NumberOfHeaps / ProcessHeaps[] (nt-layouts.md §2.1:
/// ProcessHeap 0x030, NumberOfHeaps 0x0E8 u32, ProcessHeaps array after the PEB; §6 "PEB" row).
struct HeapsBuilder {
  struct Result: Sendable {
    var plans: [HeapPlan] = []
    var traces = StackTraceCatalog()
    var databaseAddress: UInt64?
    /// ntdll!RtlpLFHKey when a heap has the LFH front end (nil otherwise).
    var lfhKey: UInt64?
  }

  /// NtGlobalFlag FLG_USER_STACK_TRACE_DB (+ust), §2.1.
  static let userStackTraceFlag: UInt32 = 0x1000

  let scenario: Scenario
  let pebAddress: UInt64
  let processHeapsAddress: UInt64
  let resolver: SymbolResolver

  func build(memory: inout ProcessMemory, hint: inout UInt64) throws -> Result {
    var result = Result()
    guard !scenario.heaps.isEmpty else { return result }
    let ust = scenario.globalFlags & Self.userStackTraceFlag != 0
    if scenario.os == .win10X86, let heap = scenario.heaps.first(where: \.lfh) {
      throw ForgeError.scenario(
        location: heap.location, message: "win10-x86 heaps are forged without lfh so far (only win7sp1-x86 has the x86 LFH)")
    }
    var catalog = StackTraceCatalog()
    var keyRandom = SeededRandom(seed: scenario.seed, purpose: "lfh key")
    // Win7 x64 block headers use the key in a 40-bit scheme (nt-layouts.md §3.7); the seed's
    // Win7 key 0x0000004c4f657ebf has no higher bits, so ours has none either. Win7 x86 XORs a
    // 32-bit SubSegmentCode with it (§3.7), so its key is 32 bits.
    let draw = keyRandom.next()
    let lfhKey =
      scenario.os == .win7SP1X64 ? draw & Lfh7Layout.mask40 : scenario.os == .win7SP1X86 ? draw & 0xFFFF_FFFF : draw
    if scenario.heaps.contains(where: \.lfh) { result.lfhKey = lfhKey }
    for (index, spec) in scenario.heaps.enumerated() {
      let stacks = try spec.allocations.map { group in
        try group.stack.map { try resolver.resolve($0, location: group.location) }
      }
      let planner = HeapPlanner(spec: spec, index: index, os: scenario.os, seed: scenario.seed, capturesStacks: ust,
        lfhKey: lfhKey)
      let plan = try planner.plan(memory: &memory, hint: &hint) { group in
        ust ? catalog.index(for: stacks[group], uses: spec.allocations[group].count) : 0
      }
      if scenario.os.isX86 {
        try Heap32Writer(plan: plan, os: scenario.os, seed: scenario.seed).write(into: &memory)
      } else {
        try HeapWriter(plan: plan, os: scenario.os, seed: scenario.seed).write(into: &memory)
      }
      result.plans.append(plan)
    }
    result.traces = catalog
    if ust {
      let reserveSize = StackTraceDatabaseLayout.reserveSize(x86: scenario.os.isX86)
      guard let base = memory.findFree(size: reserveSize, from: hint) else {
        throw ForgeError.scenario(location: "", message: "no free space for the stack trace database")
      }
      hint = base + reserveSize
      let database = StackTraceDatabaseLayout(base: base, traces: catalog.traces, isX86: scenario.os.isX86)
      try memory.add(database.allocation())
      let (lower, upper) = database.build()
      try memory.write(lower, at: base, what: "stack trace database")
      try memory.write(upper, at: database.top - database.upperCommitted, what: "stack trace index array")
      result.databaseAddress = base
    }
    // x86: PEB32 ProcessHeap 0x18, NumberOfHeaps 0x88, u32 ProcessHeaps slots (§2.1 x86 column).
    let x86 = scenario.os.isX86
    func pointer(_ value: UInt64) -> ByteBuffer {
      var buffer = ByteBuffer()
      if x86 { buffer.appendU32(UInt32(truncatingIfNeeded: value)) } else { buffer.appendU64(value) }
      return buffer
    }
    let processHeap = x86 ? Peb32Layout.processHeap : PebLayout.processHeap
    try memory.write(pointer(result.plans[0].base), at: pebAddress + UInt64(processHeap), what: "PEB.ProcessHeap")
    var count = ByteBuffer()
    count.appendU32(UInt32(result.plans.count))
    let numberOfHeaps = x86 ? Peb32Layout.numberOfHeaps : PebLayout.numberOfHeaps
    try memory.write(count, at: pebAddress + UInt64(numberOfHeaps), what: "PEB.NumberOfHeaps")
    for (index, plan) in result.plans.enumerated() {
      try memory.write(
        pointer(plan.base), at: processHeapsAddress + UInt64(index * (x86 ? 4 : 8)), what: "PEB.ProcessHeaps")
    }
    return result
  }

  /// Lines appended to the comment stream so a reader without ntdll symbols can be told where the
  /// heap-related globals point.
  static func commentLines(_ result: Result) -> [String] {
    var lines: [String] = []
    if let database = result.databaseAddress {
      lines.append("dumpforge: ntdll!RtlpStackTraceDatabase = \(hex(database)) (\(result.traces.traces.count) traces)")
    }
    if let key = result.lfhKey {
      let use = result.plans.contains { $0.lfh?.x86 == true }
        ? "Windows 7 x86 LFH block headers XOR their SubSegmentCode with it, the scheme of nt-layouts.md section 3.7 (third-party, unverified)"
        : result.plans.contains { $0.lfh?.windows7 == true }
        ? "Windows 7 x64 LFH block headers use it in the unverified 40-bit scheme of nt-layouts.md section 3.7"
        : "the Win8+ x64 LFH encodings use its low 32 bits"
      lines.append("dumpforge: ntdll!RtlpLFHKey = \(hex(key)) (\(use))")
    }
    for plan in result.plans {
      let lfh = plan.lfh.map { ", LFH front end at \(hex($0.address))" } ?? ""
      lines.append("dumpforge: heap \(plan.index) '\(plan.name)' at \(hex(plan.base)), flags \(hex(UInt64(plan.flags)))\(lfh)")
    }
    return lines
  }
}
