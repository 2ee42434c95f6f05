import DumpModel

/// `!teb [address]`: the current thread's (or a given) thread environment block in exts.dll's
/// layout (windbg-output-and-peers.md §1.6), offsets from the type catalog.
enum TebVerb {
  static let spec = VerbSpec(names: ["!teb"], summary: "the thread environment block of the current or a given thread", usage: "!teb [address]") {
    invocation, session throws(CommandError) in
    var scanner = ArgumentScanner(invocation)
    guard let catalog = session.typeCatalog else { throw .message("No type catalog for this dump's OS build; .nttypes lists them and picks one") }
    let teb: UInt64
    if scanner.atEnd {
      guard let t = session.register("$teb") else { throw .message("error InitTypeRead( TEB )") }
      teb = t
    } else {
      teb = try scanner.expression(in: session)
    }
    let v = TypedReader(catalog: catalog, session: session)
    let w = catalog.pointerSize == 8 ? 16 : 8
    func ptr(_ x: UInt64?) -> String { x.map { HexFormat.hex($0, w) } ?? "????" }
    session.print("TEB at " + HexFormat.hex(teb, w))
    guard session.dump.addressSpace.isReadable(teb) else { throw .message("error InitTypeRead( TEB )") }
    let rows: [(String, String)] = [
      ("ExceptionList", "NtTib.ExceptionList"), ("StackBase", "NtTib.StackBase"), ("StackLimit", "NtTib.StackLimit"),
      ("SubSystemTib", "NtTib.SubSystemTib"), ("FiberData", "NtTib.FiberData"), ("ArbitraryUserPointer", "NtTib.ArbitraryUserPointer"),
      ("Self", "NtTib.Self"), ("EnvironmentPointer", "EnvironmentPointer"),
    ]
    for (label, path) in rows {
      session.print("    " + HexFormat.left(label + ":", 22) + ptr(v.read("_TEB", path, at: teb)))
    }
    let pid = v.read("_TEB", "ClientId.UniqueProcess", at: teb)
    let tid = v.read("_TEB", "ClientId.UniqueThread", at: teb)
    session.print("    ClientId:             " + ptr(pid) + " . " + ptr(tid))
    session.print("    RpcHandle:            " + ptr(v.read("_TEB", "ActiveRpcHandle", at: teb)))
    session.print("    Tls Storage:          " + ptr(v.read("_TEB", "ThreadLocalStoragePointer", at: teb)))
    session.print("    PEB Address:          " + ptr(v.read("_TEB", "ProcessEnvironmentBlock", at: teb)))
    session.print("    LastErrorValue:       " + (v.read("_TEB", "LastErrorValue", at: teb).map { String($0) } ?? "????"))
    session.print("    LastStatusValue:      " + (v.read("_TEB", "LastStatusValue", at: teb).map { HexFormat.hex($0) } ?? "????"))
    session.print("    Count Owned Locks:    " + (v.read("_TEB", "CountOfOwnedCriticalSections", at: teb).map { String($0) } ?? "????"))
    session.print("    HardErrorMode:        " + (v.read("_TEB", "HardErrorMode", at: teb).map { String($0) } ?? "????"))
  }
}
