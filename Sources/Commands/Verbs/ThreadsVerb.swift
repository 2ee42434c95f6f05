import DumpModel

/// `~` thread status and thread-scoped commands:
/// `~` list, `~.` / `~#` / `~N` one thread, `~Ns` / `~#s` switch, `~* cmd` / `~N cmd` run a command
/// with each thread (or thread N) current.
///
/// Line format (WinDbg): `.  0  Id: 874c.bb08 Suspend: 1 Teb: 00000001`222ab000 Unfrozen`, where `.`
/// marks the current thread and `#` the thread of the stored exception; a name from
/// ThreadNamesStream follows in quotes.
enum ThreadsVerb {
  static let spec = VerbSpec(
    names: ["~"], summary: "list threads, switch thread (~Ns), run a command per thread (~*k)",
    usage: "~ | ~. | ~# | ~N | ~Ns | ~#s | ~* command | ~N command"
  ) { invocation, session throws(CommandError) in
    let threads = try session.threadList()
    var scanner = ArgumentScanner(invocation)
    scanner.skipSpaces()
    let spec = scanner.rest
    // Which threads.
    var selected: [Int]
    var rest: Substring
    if spec.first == "*" {
      selected = Array(threads.indices)
      rest = spec.dropFirst()
    } else if spec.first == "." {
      selected = [session.currentThread]
      rest = spec.dropFirst()
    } else if spec.first == "#" {
      selected = [session.eventThreadIndex ?? session.currentThread]
      rest = spec.dropFirst()
    } else if let d = spec.first, d.isNumber {
      let digits = spec.prefix(while: { $0.isNumber })
      guard let n = Int(digits), threads.indices.contains(n) else {
        throw .caret(column: scanner.column, message: "Illegal thread error in '\(invocation.text)'")
      }
      selected = [n]
      rest = spec.dropFirst(digits.count)
    } else if spec.allSatisfy({ $0 == " " }) {
      for i in threads.indices { session.print(line(session, threads, i)) }
      session.emitRows(
        columns: ["index", "current", "event", "tid", "suspend", "teb", "name"],
        rows: threads.indices.map { i in
          let t = threads[i]
          return [
            .number(UInt64(i)), .bool(i == session.currentThread), .bool(i == session.eventThreadIndex),
            .number(UInt64(t.threadId)), .number(UInt64(t.suspendCount)), .string(HexFormat.hex(t.teb)),
            session.threadName(t.threadId).map { .string($0) } ?? .null,
          ]
        })
      return
    } else {
      throw scanner.syntaxError()
    }
    let command = rest.drop(while: { $0 == " " })
    if command.isEmpty {
      for i in selected { session.print(line(session, threads, i)) }
      return
    }
    if command.lowercased() == "s" {
      guard selected.count == 1, let index = selected.first else { throw scanner.syntaxError() }
      session.currentThread = index
      if let ctx = session.context(ofThread: index) { session.printCurrentInstruction(ctx) }
      return
    }
    let saved = (session.currentThread, session.contextOverride, session.scope)
    defer {
      session.currentThread = saved.0
      session.contextOverride = saved.1
      session.scope = saved.2
    }
    for i in selected {
      try session.checkCancel()
      session.print()
      // The `.` marks the thread that was current before `~*` started, not the one last visited.
      session.print(line(session, threads, i, current: saved.0))
      session.currentThread = i
      session.run(command: String(command))
    }
  }

  static func line(_ session: Session, _ threads: [DumpThread], _ i: Int, current: Int? = nil) -> String {
    let t = threads[i]
    let marker = i == (current ?? session.currentThread) ? "." : (i == session.eventThreadIndex ? "#" : " ")
    let pid = HexFormat.hex(UInt64(session.processId ?? 0))
    var s = marker + HexFormat.right(String(i), 3) + "  Id: \(pid).\(HexFormat.hex(UInt64(t.threadId)))"
    s += " Suspend: \(t.suspendCount) Teb: \(session.pointer(t.teb)) Unfrozen"
    if let name = session.threadName(t.threadId) { s += " \"\(name)\"" }
    return s
  }
}

extension Session {
  /// The thread's name from ThreadNamesStream, if any.
  func threadName(_ id: UInt32) -> String? {
    guard case .success(let names) = dump.threadNames else { return nil }
    return names.first { $0.threadId == id && !$0.name.isEmpty }?.name
  }
}
