import DumpModel

/// `.dumpdebug`: the header, its flags, and every directory entry with what it holds, in the
/// format of WinDbg's "User Mini Dump Analysis" (Microsoft's DumpChk documentation shows it).
/// Unknown and unused streams are listed, never fatal; a stream that fails to parse says why.
enum DumpDebugVerb {
  static let spec = VerbSpec(
    names: [".dumpdebug"], summary: "show the dump header and every stream", usage: ".dumpdebug"
  ) { _, session throws(CommandError) in
    let dump = session.dump
    let h = dump.header
    session.print("----- User Mini Dump Analysis")
    session.print()
    session.print("MINIDUMP_HEADER:")
    session.print("Version         \(up(UInt64(h.version & 0xFFFF), 4)) (\(up(UInt64(h.version >> 16), 4)))")
    session.print("NumberOfStreams \(h.numberOfStreams)")
    session.print("Flags           \(up(h.flags.rawValue))")
    for (bit, name) in DumpFlags.names where h.flags.rawValue & bit != 0 {
      session.print("                \(up(bit, 4)) \(name)")
    }
    let unknownFlags = h.flags.rawValue & ~DumpFlags.names.reduce(0) { $0 | $1.0 }
    if unknownFlags != 0 { session.print("                \(up(unknownFlags, 4)) <unknown flags>") }
    session.print()
    session.print("Streams:")
    for e in dump.directory {
      try session.checkCancel()
      let typeName = e.type.name.hasPrefix("Stream 0x") ? "<unknown>" : e.type.name
      session.print("Stream \(e.index): type \(typeName) (\(e.type.rawValue)), size \(up(UInt64(e.dataSize), 8)), RVA \(up(UInt64(e.rva), 8))")
      // Only the entry that the dump model uses for this type is described (duplicates are not).
      guard e.type != .unused, dump.entry(for: e.type)?.index == e.index else { continue }
      try describe(e, session)
    }
  }

  static func up(_ v: UInt64, _ width: Int = 1) -> String { HexFormat.upperHex(v, width) }

  static func ptr(_ v: UInt64, _ session: Session) -> String { session.pointer(v).uppercased() }

  static func show<T>(_ r: Result<T, DumpError>, _ session: Session, _ body: (T) throws(CommandError) -> Void)
    throws(CommandError)
  {
    switch r {
    case .success(let v): try body(v)
    case .failure(let e): session.print("  ERROR: \(e.description)")
    }
  }

  static func describe(_ e: DirectoryEntry, _ s: Session) throws(CommandError) {
    let dump = s.dump
    switch e.type {
    case .threadList, .threadExList:
      try show(dump.threads, s) { threads throws(CommandError) in
        s.print("  \(threads.count) threads")
        let size: UInt64 = e.type == .threadList ? 0x30 : 0x40
        for (i, t) in threads.enumerated() {
          let rva = UInt64(e.rva) &+ 4 &+ UInt64(i) &* size
          s.print("  RVA \(up(rva, 8)), ID \(up(UInt64(t.threadId))), Teb:\(up(t.teb, 16))")
        }
      }
    case .threadInfoList:
      try show(dump.threadInfos, s) { infos throws(CommandError) in
        for (i, t) in infos.enumerated() {
          s.print("  RVA \(up(UInt64(e.rva) &+ 0x0C &+ UInt64(i) &* 0x40, 8)), ID \(up(UInt64(t.threadId)))")
        }
      }
    case .moduleList:
      try show(dump.modules, s) { modules throws(CommandError) in
        s.print("  \(modules.count) modules")
        for (i, m) in modules.enumerated() {
          let rva = UInt64(e.rva) &+ 4 &+ UInt64(i) &* 108
          s.print("  RVA \(up(rva, 8)), \(ptr(m.base, s).lowercased()) - \(ptr(m.end, s).lowercased()): '\(m.path)'")
        }
      }
    case .memory64List:
      try show(dump.memory64List, s) { ranges throws(CommandError) in
        s.print("  \(ranges.count) memory ranges")
        s.print("  RVA 0x\(up(ranges.first?.fileOffset ?? 0)) BaseRva")
        s.print("  range#    RVA      Address      Size")
        for (i, r) in ranges.enumerated() {
          try s.checkCancel()
          s.print(HexFormat.right(String(i), 8) + " \(up(r.fileOffset, 8))    \(ptr(r.address, s).lowercased())   \(ptr(r.size, s).lowercased())")
        }
      }
    case .memoryList:
      try show(dump.memoryList, s) { ranges throws(CommandError) in
        s.print("  \(ranges.count) memory ranges")
        s.print("  range#    RVA      Address      Size")
        for (i, r) in ranges.enumerated() {
          try s.checkCancel()
          s.print(HexFormat.right(String(i), 8) + " \(up(r.fileOffset, 8))    \(ptr(r.address, s).lowercased())   \(ptr(r.size, s).lowercased())")
        }
      }
    case .memoryInfoList:
      try show(dump.memoryInfo, s) { infos throws(CommandError) in s.print("  \(infos.count) memory regions") }
    case .systemInfo:
      try show(dump.systemInfo, s) { si throws(CommandError) in
        s.print("  ProcessorArchitecture \(si.architecture.name), Version \(si.majorVersion).\(si.minorVersion).\(si.buildNumber), NumberOfProcessors \(si.numberOfProcessors), ProductType \(si.productType)")
      }
    case .miscInfo:
      try show(dump.miscInfo, s) { m throws(CommandError) in
        var line = "  SizeOfInfo \(m.sizeOfInfo), Flags1 \(up(UInt64(m.flags1)))"
        if let pid = m.processId { line += ", ProcessId \(up(UInt64(pid)))" }
        s.print(line)
      }
    case .exception:
      try show(dump.exception, s) { x throws(CommandError) in
        s.print("  ThreadId \(up(UInt64(x.threadId))), ExceptionCode \(up(UInt64(x.record.code), 8)), ExceptionAddress \(ptr(x.record.address, s).lowercased())")
      }
    case .unloadedModuleList:
      try show(dump.unloadedModules, s) { u throws(CommandError) in s.print("  \(u.count) unloaded modules") }
    case .handleData:
      try show(dump.handles, s) { h throws(CommandError) in s.print("  \(h.count) handles") }
    case .threadNames:
      try show(dump.threadNames, s) { n throws(CommandError) in s.print("  \(n.count) thread names") }
    case .commentA:
      try show(dump.commentA, s) { c throws(CommandError) in s.print("  '\(c)'") }
    case .commentW:
      try show(dump.commentW, s) { c throws(CommandError) in s.print("  '\(c)'") }
    case .processVmCounters:
      try show(dump.vmCounters, s) { v throws(CommandError) in
        s.print("  Revision \(v.revision), PrivateUsage \(up(v.privateUsage)), WorkingSetSize \(up(v.workingSetSize))")
      }
    default:
      break
    }
  }
}
