import DumpModel

/// What the shell prints after opening a dump, after cdb's banner
/// (../shared/reference/windbg-output-and-peers.md §1.6; the DumpChk sample in Microsoft's docs).
public enum Banner {
  public static let version = "0.1.0"

  public static func lines(for session: Session) -> [String] {
    let dump = session.dump
    var lines = [
      "", "dumpdbg \(version): a WinDbg-style shell for Windows minidumps", "",
      "Loading Dump File [\(dump.path)]", SystemDescription.dumpKindLine(dump), "",
    ]
    switch dump.systemInfo {
    case .success(let si):
      lines.append(SystemDescription.osLine(si))
      lines.append(SystemDescription.productLine(si))
    case .failure(let e):
      lines.append("WARNING: \(e.description)")
    }
    if let build = (try? dump.miscInfo.get())?.buildString, !build.isEmpty {
      lines.append("Edition build lab: \(build)")
    }
    lines.append(SystemDescription.sessionTimeLine(dump))
    lines += SystemDescription.uptimeLines(dump, withTimes: false)
    if case .success(let e) = dump.exception {
      lines.append("This dump file has an exception of interest stored in it.")
      lines.append("The stored exception information can be accessed via .ecxr.")
      lines.append(eventLine(session, e))
      lines.append("For analysis of this file, run !analyze -v")
    }
    for w in dump.warnings { lines.append("WARNING: \(w)") }
    return lines
  }

  /// `(1d2c.3b80): Access violation - code c0000005 (first/second chance not available)`.
  public static func eventLine(_ session: Session, _ e: ExceptionInfo) -> String {
    let pid = HexFormat.hex(UInt64(session.processId ?? 0))
    let tid = HexFormat.hex(UInt64(e.threadId))
    return "(\(pid).\(tid)): \(ExceptionNames.name(e.record.code)) - code \(HexFormat.hex(UInt64(e.record.code), 8)) (first/second chance not available)"
  }
}
