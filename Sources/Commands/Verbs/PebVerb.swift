import DumpModel

/// `!peb [address]`: the process environment block in exts.dll's layout
/// (windbg-output-and-peers.md §1.6), offsets from the type catalog. Module times print in UTC.
/// The loader list walk is cycle-safe and bounded.
enum PebVerb {

  static let spec = VerbSpec(names: ["!peb"], summary: "the process environment block (loader lists, heap, parameters)", usage: "!peb [address]") {
    invocation, session throws(CommandError) in
    var scanner = ArgumentScanner(invocation)
    guard let catalog = session.typeCatalog else { throw .message("No type catalog for this dump's OS build; .nttypes lists them and picks one") }
    let peb: UInt64
    if scanner.atEnd {
      guard let p = session.register("$peb") else { throw .message("error 1 InitTypeRead( nt!_PEB at 0)") }
      peb = p
    } else {
      peb = try scanner.expression(in: session)
    }
    let v = TypedReader(catalog: catalog, session: session)
    let w = catalog.pointerSize == 8 ? 16 : 8
    func ptr(_ x: UInt64?) -> String { x.map { HexFormat.hex($0, w) } ?? "????" }
    func yesNo(_ x: UInt64?) -> String { x.map { $0 != 0 ? "Yes" : "No" } ?? "????" }
    session.print("PEB at " + HexFormat.hex(peb, w))
    guard session.dump.addressSpace.isReadable(peb) else { throw .message("error 1 InitTypeRead( nt!_PEB at \(HexFormat.hex(peb, w)))") }
    session.print("    InheritedAddressSpace:    " + yesNo(v.read("_PEB", "InheritedAddressSpace", at: peb)))
    session.print("    ReadImageFileExecOptions: " + yesNo(v.read("_PEB", "ReadImageFileExecOptions", at: peb)))
    session.print("    BeingDebugged:            " + yesNo(v.read("_PEB", "BeingDebugged", at: peb)))
    session.print("    ImageBaseAddress:         " + ptr(v.read("_PEB", "ImageBaseAddress", at: peb)))
    if let flag = v.read("_PEB", "NtGlobalFlag", at: peb) { session.print("    NtGlobalFlag:             " + HexFormat.hex(flag)) }
    let ldr = v.read("_PEB", "Ldr", at: peb)
    session.print("    Ldr                       " + ptr(ldr))
    if let ldr {
      session.print("    Ldr.Initialized:          " + yesNo(v.read("_PEB_LDR_DATA", "Initialized", at: ldr)))
      for (name, pad) in [("InInitializationOrderModuleList", ""), ("InLoadOrderModuleList", "          "), ("InMemoryOrderModuleList", "        ")] {
        let head = v.address("_PEB_LDR_DATA", name, at: ldr)
        let f = head.flatMap { v.pointer(at: $0) }
        let b = head.flatMap { v.pointer(at: $0 &+ UInt64(catalog.pointerSize)) }
        session.print("    Ldr.\(name): \(pad)" + ptr(f) + " . " + ptr(b))
      }
      try modules(ldr, v, session)
    }
    session.print("    SubSystemData:     " + ptr(v.read("_PEB", "SubSystemData", at: peb)))
    session.print("    ProcessHeap:       " + ptr(v.read("_PEB", "ProcessHeap", at: peb)))
    let params = v.read("_PEB", "ProcessParameters", at: peb)
    session.print("    ProcessParameters: " + ptr(params))
    guard let params, params != 0 else { return }
    let cur = v.string("_RTL_USER_PROCESS_PARAMETERS", "CurrentDirectory.DosPath", at: params)
    session.print("    CurrentDirectory:  '" + (cur ?? "< Name not readable >") + "'")
    for (label, field) in [("WindowTitle:  ", "WindowTitle"), ("ImageFile:    ", "ImagePathName"), ("CommandLine:  ", "CommandLine"), ("DllPath:      ", "DllPath")] {
      session.print("    \(label)'" + (v.string("_RTL_USER_PROCESS_PARAMETERS", field, at: params) ?? "< Name not readable >") + "'")
    }
    let env = v.read("_RTL_USER_PROCESS_PARAMETERS", "Environment", at: params)
    session.print("    Environment:  " + ptr(env))
    if let env, env != 0 { try environment(env, session) }
  }

  /// The `Base TimeStamp Module` table from the load-order list.
  static func modules(_ ldr: UInt64, _ v: TypedReader, _ session: Session) throws(CommandError) {
    guard let head = v.address("_PEB_LDR_DATA", "InLoadOrderModuleList", at: ldr) else { return }
    // The base column is 16 wide on x86 too (Microsoft's DumpChk sample: `          400000 47959d85`).
    let w = 16
    session.print("            Base TimeStamp                     Module")
    var link = v.pointer(at: head)
    var seen: Set<UInt64> = []
    var n = 0
    let cap = session.dump.limits.listWalks
    while let entry = link, entry != head, entry != 0, seen.insert(entry).inserted {
      try session.checkCancel()
      guard UInt64(n) < cap else {
        session.print("    list stopped: " + DumpLimits.message(count: cap &+ 1, what: "modules", limit: cap, name: "listWalks"))
        break
      }
      n += 1
      let base = v.read("_LDR_DATA_TABLE_ENTRY", "DllBase", at: entry) ?? 0
      let stamp = v.read("_LDR_DATA_TABLE_ENTRY", "TimeDateStamp", at: entry) ?? 0
      let name = v.string("_LDR_DATA_TABLE_ENTRY", "FullDllName", at: entry) ?? "?"
      let time = TimeFormat.dateTime(unixSeconds: Int64(stamp)).split(separator: " ").dropFirst().joined(separator: " ")
      session.print(HexFormat.right(HexFormat.hex(base), w) + " " + HexFormat.hex(stamp, 8) + " " + time + " " + name)
      link = v.pointer(at: entry)
    }
  }

  /// `NAME=value` lines of the environment block (UTF-16, double-NUL terminated; bounded).
  static func environment(_ env: UInt64, _ session: Session) throws(CommandError) {
    let raw = session.dump.addressSpace.readPrefix(at: env, count: 0x10000)
    var units: [UInt16] = []
    var i = 0
    while i + 1 < raw.count {
      let u = UInt16(raw[i]) | UInt16(raw[i + 1]) << 8
      i += 2
      if u != 0 {
        units.append(u)
        continue
      }
      if units.isEmpty { break }
      session.print("        " + String(decoding: units, as: UTF16.self))
      units = []
    }
  }
}
