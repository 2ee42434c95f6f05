/// `.time`: session time, system and process uptime, process kernel and user time.
enum TimeVerb {
  static let spec = VerbSpec(
    names: [".time"], summary: "show the dump time and the system and process uptimes", usage: ".time"
  ) { _, session throws(CommandError) in
    session.print(SystemDescription.sessionTimeLine(session.dump))
    for line in SystemDescription.uptimeLines(session.dump, withTimes: true) { session.print(line) }
  }
}
