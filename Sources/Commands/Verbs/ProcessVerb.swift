/// `|` (process status) and `||` (system status). A dump holds one process and one system.
/// WinDbg: `.  0\tid: 1a5c\texamine\tname: C:\app.exe` and `.  0 User mini dump: C:\x.dmp`.
enum ProcessVerb {
  static let spec = VerbSpec(
    names: ["|"], summary: "show the process (a dump holds one)", usage: "|"
  ) { _, session throws(CommandError) in
    let pid = HexFormat.hex(UInt64(session.processId ?? 0))
    let exe = session.modules.first?.path ?? "?"
    session.print(".  0\tid: \(pid)\texamine\tname: \(exe)")
  }
}

enum SystemVerb {
  static let spec = VerbSpec(
    names: ["||"], summary: "show the system (the dump file)", usage: "||"
  ) { _, session throws(CommandError) in
    session.print(".  0 User mini dump: \(session.dump.path)")
  }
}
