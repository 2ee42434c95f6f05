/// `q`, `qq`: end the session. cdb prints `quit:` as it leaves.
enum QuitVerb {
  static let spec = VerbSpec(
    names: ["q", "qq", "qd"], summary: "quit the session", usage: "q"
  ) { _, session throws(CommandError) in
    session.print("quit:")
    throw .quit
  }
}
