#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `.foreach [/pS InitialSkipNumber] [/ps SkipNumber] ( Variable { InCommands } ) { OutCommands }`,
/// `.foreach /s ( Variable "InString" ) { }` and `.foreach /f ( Variable "InFile" ) { }` (WinDbg
/// `.foreach`).
///
/// The output of InCommands (not displayed), the string or the file is split at any run of
/// blanks, tabs and newlines. `/pS n` skips the first n tokens; `/ps n` skips n tokens after each
/// one used. In OutCommands the variable is replaced where it stands alone (blank, `;` or `"`
/// on both sides) or as `${Variable}`; then the commands run, once per token.
extension Session {
  func runForeach(_ spec: ForeachSpec) -> ScriptFlow {
    let text: String
    switch spec.source {
    case .commands(let commands):
      text = captureOutput(commands)
    case .string(let s):
      text = s
    case .file(let path):
      guard let contents = readTextFile(path) else {
        report(.message("Unable to open file '\(path)': \(String(cString: strerror(errno)))"))
        return .abort
      }
      text = contents
    }
    let tokens = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).map(String.init)
    let initialSkip: Int, skip: Int
    do {
      initialSkip = try count(spec.initialSkip)
      skip = try count(spec.skip)
    } catch {
      report(error)
      return .abort
    }
    var index = initialSkip
    var iterations = 0
    while index < tokens.count {
      if let stop = loopStep(&iterations) {
        report(stop)
        return .abort
      }
      let body = AliasExpander.substitute(variable: spec.variable, with: tokens[index], in: spec.body)
      let flow = nested { runProgram(body) }
      if flow == .abort { return .abort }
      if flow == .breakLoop { break }
      index += 1 + skip
    }
    return .normal
  }

  /// A `/pS` or `/ps` number (a MASM expression, default radix 16 as everywhere).
  private func count(_ text: String?) throws(CommandError) -> Int {
    guard let text else { return 0 }
    do {
      return Int(clamping: try ExpressionParser.evaluate(text, in: self))
    } catch {
      throw .message(error.message)
    }
  }
}

/// Reads a whole text file (script files, `.foreach /f`), or nil with `errno` set.
public func readTextFile(_ path: String) -> String? {
  guard let f = fopen(path, "rb") else { return nil }
  defer { fclose(f) }
  var bytes: [UInt8] = []
  var buffer = [UInt8](repeating: 0, count: 65536)
  while true {
    let n = fread(&buffer, 1, buffer.count, f)
    if n <= 0 { break }
    bytes += buffer[0..<n]
  }
  return String(decoding: bytes, as: UTF8.self)
}
