#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `$<File`, `$><File`, `$$<File`, `$$><File`, `$$>a<File [args]` (WinDbg "$<, $><, $$<, $$><,
/// $$>a< (Run Script File)").
///
/// | form | `;` in the name | commands after it | one block | arguments | echo |
/// |---|---|---|---|---|---|
/// | `$<` | yes | no | no | no | yes |
/// | `$><` | yes | no | yes | no | yes |
/// | `$$<` | no | yes | no | no | yes |
/// | `$$><` | no | yes | yes | no | yes |
/// | `$$>a<` | no | yes | yes | `${$arg1}`..., `${$argc}` | no |
///
/// Line forms run each line as if typed at the prompt, echoed as `0:000> line`. Block forms turn
/// the file into one command block (newlines become `;`), echoed once as `0:000> a;b;c`.
/// Missing arguments leave `${$argN}` literal; extra ones are ignored; quoted arguments keep
/// their blanks. Scripts nest and recurse up to 32 levels. dumpdbg ends a `*` comment at the end
/// of its line inside a block-form file, where WinDbg would comment out the rest of the file.
struct ScriptFileCommand {
  var path: String
  var asBlock: Bool
  var echo: Bool
  var arguments: [String]?

  init?(_ text: String) {
    let forms: [(String, Bool, Bool, Bool)] = [
      ("$$>a<", true, false, true), ("$$><", true, true, false), ("$$<", false, true, false),
      ("$><", true, true, false), ("$<", false, true, false),
    ]
    guard let form = forms.first(where: { text.hasPrefix($0.0) }) else { return nil }
    let rest = String(text.dropFirst(form.0.count))
    asBlock = form.1
    echo = form.2
    if form.3 {
      let words = ScriptFileCommand.words(rest)
      path = words.first ?? ""
      arguments = Array(words.dropFirst())
    } else {
      var p = Substring(rest).drop(while: { $0 == " " || $0 == "\t" })
      while let l = p.last, l == " " || l == "\t" { p = p.dropLast() }
      if p.count >= 2, p.first == "\"", p.last == "\"" { p = p.dropFirst().dropLast() }
      path = String(p)
      arguments = nil
    }
  }

  /// Blank-separated words; `"..."` keeps blanks and loses its quotes.
  static func words(_ text: String) -> [String] {
    var out: [String] = []
    var cur = ""
    var inQuote = false
    var has = false
    for c in text {
      if c == "\"" {
        inQuote.toggle()
        has = true
      } else if !inQuote, c == " " || c == "\t" {
        if has { out.append(cur) }
        cur = ""
        has = false
      } else {
        cur.append(c)
        has = true
      }
    }
    if has { out.append(cur) }
    return out
  }
}

extension Session {
  func runScriptFile(_ file: ScriptFileCommand) -> ScriptFlow {
    guard !file.path.isEmpty else {
      report(.message("Syntax error: script file name missing"))
      return .abort
    }
    guard script.scriptFiles.count < ScriptState.maxScriptDepth else {
      report(.message("Script files nested too deeply (\(ScriptState.maxScriptDepth) levels) at '\(file.path)'"))
      return .abort
    }
    guard let contents = readTextFile(file.path) else {
      report(.message("Unable to open script file '\(file.path)': \(String(cString: strerror(errno)))"))
      return .abort
    }
    var lines = contents.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
      line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
    }
    if lines.last == "" { lines.removeLast() }
    script.scriptFiles.append(file.path)
    defer { script.scriptFiles.removeLast() }
    if !file.asBlock {
      for line in lines {
        if file.echo { print(prompt + line) }
        if runProgram(line) == .abort, quitRequested { return .abort }
      }
      return .normal
    }
    var text = lines.joined(separator: "\n")
    if let arguments = file.arguments { text = AliasExpander.substituteArguments(arguments, in: text) }
    if file.echo { print(prompt + lines.joined(separator: ";")) }
    let flow = nested { runProgram(text) }
    return flow == .abort && quitRequested ? .abort : .normal
  }
}
