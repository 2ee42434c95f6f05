#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `as`, `aS` (Set Alias), `ad` (Delete Alias) and `al` (List Aliases), after WinDbg's pages.
///
/// - `as Name EquivalentLine`: the rest of the line, `;` and quotes included (the program parser
///   keeps the line whole for it).
/// - `aS Name EquivalentPhrase` / `aS Name "Equivalent Phrase"`: ends at `;` unless quoted.
/// - `/x Name Expression` sets `0x` and the 64-bit value in hex; `/ma`, `/mu` the NUL-terminated
///   ASCII / UTF-16 string at an address; `/msa`, `/msu` an ANSI_STRING / UNICODE_STRING;
///   `/e Name Variable` an environment variable; `/f Name File` a file's contents; `/c Name
///   Commands` the output of the commands.
/// - `${/v:Name}` as the name stands for `Name`.
/// - `ad Name`, `ad *` (all), `ad /q Name` (no message when missing); `al` lists aliases by name.
enum AliasVerbs {
  static let set = VerbSpec(
    names: ["as"], summary: "set an alias (as: rest of line; aS: phrase up to ';')",
    usage: "as Name EquivalentLine | aS Name EquivalentPhrase | as /x|/ma|/mu|/msa|/msu|/e|/f|/c Name Argument"
  ) { invocation, session throws(CommandError) in
    var scanner = ArgumentScanner(invocation)
    var option: String?
    if scanner.peek() == "/" {
      option = scanner.word()
    }
    guard var name = scanner.word() else { throw scanner.syntaxError() }
    if name.hasPrefix("${/v:"), name.hasSuffix("}") { name = String(name.dropFirst(5).dropLast()) }
    scanner.skipSpaces()
    let rest = String(scanner.rest)
    let value: String
    switch option {
    case nil:
      value = invocation.text.hasPrefix("aS") ? phrase(rest) : rest
    case "/x":
      value = "0x" + HexFormat.hex(try session.evaluateWhole(&scanner))
    case "/ma", "/mu", "/msa", "/msu":
      let address = try session.evaluateWhole(&scanner)
      guard let s = session.readString(option ?? "", at: address) else {
        throw .message("Memory access error at '\(scanner.invocation.arguments.drop(while: { $0 == " " }))'")
      }
      value = s
    case "/e":
      guard let v = getenv(scanner.remainder) else { throw .message("Environment variable '\(scanner.remainder)' not found") }
      value = String(cString: v)
    case "/f":
      guard let contents = readTextFile(scanner.remainder) else { throw .message("Unable to open file '\(scanner.remainder)'") }
      value = contents
    case "/c":
      value = session.captureOutput(phrase(rest))
    default:
      throw scanner.syntaxError()
    }
    session.script.aliases[name] = value
  }

  /// An `aS` phrase: surrounding quotes removed.
  static func phrase(_ text: String) -> String {
    var t = Substring(text)
    while let l = t.last, l == " " || l == "\t", t.count > 1, t.first == "\"" { t = t.dropLast() }
    if t.count >= 2, t.first == "\"", t.last == "\"" { return String(t.dropFirst().dropLast()) }
    return String(t)
  }

  static let delete = VerbSpec(
    names: ["ad"], summary: "delete an alias (ad * deletes all)", usage: "ad [/q] Name | ad *"
  ) { invocation, session throws(CommandError) in
    var scanner = ArgumentScanner(invocation)
    var quiet = false
    if scanner.peek() == "/" { quiet = scanner.word() == "/q" }
    guard var name = scanner.word() else { throw scanner.syntaxError() }
    if name.hasPrefix("${/v:"), name.hasSuffix("}") { name = String(name.dropFirst(5).dropLast()) }
    if name == "*" {
      session.script.aliases.removeAll()
      return
    }
    if session.script.aliases.removeValue(forKey: name) == nil, !quiet {
      throw .message("No alias named '\(name)'")
    }
  }

  static let list = VerbSpec(
    names: ["al"], summary: "list the user-named aliases", usage: "al"
  ) { _, session throws(CommandError) in
    let aliases = session.script.aliases
    guard !aliases.isEmpty else {
      session.print("No aliases")
      return
    }
    session.print("  Alias            Value  ")
    session.print(" -------          ------- ")
    for name in aliases.keys.sorted() {
      session.print(" " + name.padding(16) + " " + (aliases[name] ?? ""))
    }
  }
}

extension String {
  /// Left-aligned in `width` columns.
  func padding(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
}

extension Session {
  /// `%ma`/`/ma` (ASCII), `%mu`/`/mu` (UTF-16), `%msa`/`/msa` (ANSI_STRING), `%msu`/`/msu`
  /// (UNICODE_STRING) at `address`, at most 64 KiB; nil when the first bytes are unreadable.
  func readString(_ kind: String, at address: UInt64) -> String? {
    let space = dump.addressSpace
    switch kind {
    case "/ma", "ma":
      let bytes = space.readPrefix(at: address, count: 0x10000)
      guard !bytes.isEmpty else { return nil }
      return String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
    case "/mu", "mu":
      let bytes = space.readPrefix(at: address, count: 0x10000)
      guard bytes.count >= 2 else { return nil }
      var units: [UInt16] = []
      var i = 0
      while i + 1 < bytes.count {
        let u = UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8
        if u == 0 { break }
        units.append(u)
        i += 2
      }
      return String(decoding: units, as: UTF16.self)
    default:
      // ANSI_STRING / UNICODE_STRING: Length (USHORT), MaximumLength, then Buffer at +8 (x64) or +4.
      guard let length = space.load(UInt16.self, at: address),
        let buffer = space.pointer(at: address &+ (pointerSize == 8 ? 8 : 4)),
        let bytes = space.bytes(at: buffer, count: Int(length))
      else { return nil }
      if kind.hasSuffix("sa") { return String(decoding: bytes, as: UTF8.self) }
      let units = stride(from: 0, to: bytes.count - 1, by: 2).map { UInt16(bytes[$0]) | UInt16(bytes[$0 + 1]) << 8 }
      return String(decoding: units, as: UTF16.self)
    }
  }
}
