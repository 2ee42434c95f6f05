/// `vertarget`: the target's OS, build, session time and uptimes.
enum VertargetVerb {
  static let spec = VerbSpec(
    names: ["vertarget"], summary: "show the target computer's version", usage: "vertarget"
  ) { _, session throws(CommandError) in
    let dump = session.dump
    switch dump.systemInfo {
    case .success(let si):
      session.print(SystemDescription.osLine(si))
      session.print(SystemDescription.productLine(si))
    case .failure(let e):
      throw .message(e.description)
    }
    if let build = (try? dump.miscInfo.get())?.buildString, !build.isEmpty {
      session.print("Edition build lab: \(build)")
    }
    session.print(SystemDescription.sessionTimeLine(dump))
    for line in SystemDescription.uptimeLines(dump, withTimes: true) { session.print(line) }
  }
}
