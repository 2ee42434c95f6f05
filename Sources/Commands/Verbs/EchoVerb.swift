/// `.echo text`: prints the text; surrounding double quotes are removed (WinDbg `.echo`).
enum EchoVerb {
  static let spec = VerbSpec(
    names: [".echo"], summary: "print a line of text", usage: ".echo [\"]text[\"]"
  ) { invocation, session throws(CommandError) in
    var text = invocation.arguments.drop(while: { $0 == " " || $0 == "\t" })
    if text.count >= 2, text.first == "\"", text.last == "\"" { text = text.dropFirst().dropLast() }
    session.print(String(text))
  }
}
