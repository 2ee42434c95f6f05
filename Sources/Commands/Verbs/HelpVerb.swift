/// `.help [verb]`: one line per verb, or the usage of one verb.
enum HelpVerb {
  static let spec = VerbSpec(
    names: [".help", "help", ".hh"], summary: "list commands, or show one command's usage",
    usage: ".help [command]"
  ) { invocation, session throws(CommandError) in
    let topic = invocation.arguments.trimmingSpaces
    if !topic.isEmpty {
      guard let verb = session.registry.verb(named: topic) else {
        throw .message("No help for '\(topic)'; .help lists every command")
      }
      session.print("\(verb.names.joined(separator: ", ")) - \(verb.summary)")
      for line in verb.usage.split(separator: "\n", omittingEmptySubsequences: false) {
        session.print("  " + line)
      }
      return
    }
    session.print("dumpdbg commands (WinDbg syntax; .help <command> for usage):")
    for verb in session.registry.verbs.sorted(by: { $0.names[0] < $1.names[0] }) {
      session.print("  " + HexFormat.left(verb.names.joined(separator: ", "), 24) + " " + verb.summary)
    }
  }
}

extension Substring {
  /// The text without leading and trailing spaces and tabs.
  var trimmingSpaces: String {
    var s = String(drop(while: { $0 == " " || $0 == "\t" }))
    while let l = s.last, l == " " || l == "\t" { s.removeLast() }
    return s
  }
}
