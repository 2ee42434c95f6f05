/// A JSON value for dumpdbg's machine output (Docs/json.md). Numbers are unsigned 64-bit or
/// signed integers; addresses are strings of hex digits, never numbers.
public enum JSONValue: Equatable, Sendable {
  case string(String)
  case number(UInt64)
  case integer(Int64)
  case bool(Bool)
  case null
  case array([JSONValue])
  /// Keys keep their order.
  case object([(String, JSONValue)])

  public static func == (a: JSONValue, b: JSONValue) -> Bool { a.encoded == b.encoded }

  /// Compact JSON text on one line.
  public var encoded: String {
    switch self {
    case .string(let s): return JSONValue.quote(s)
    case .number(let n): return String(n)
    case .integer(let n): return String(n)
    case .bool(let b): return b ? "true" : "false"
    case .null: return "null"
    case .array(let items): return "[" + items.map(\.encoded).joined(separator: ",") + "]"
    case .object(let fields): return "{" + fields.map { JSONValue.quote($0.0) + ":" + $0.1.encoded }.joined(separator: ",") + "}"
    }
  }

  /// A JSON string literal: `"` and `\` escaped, control characters as `\n`, `\t` or `\u00XX`.
  public static func quote(_ s: String) -> String {
    var out = "\""
    for u in s.unicodeScalars {
      switch u {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if u.value < 0x20 || u.value == 0x7F {
          let h = String(u.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - h.count) + h
        } else {
          out.unicodeScalars.append(u)
        }
      }
    }
    return out + "\""
  }
}

/// The version of the JSON record schema (Docs/json.md); bump it when a field changes meaning.
public let jsonSchemaVersion: UInt64 = 1

extension Session {
  /// Attaches table rows to the command being run, for its JSON record; a no-op in text mode.
  /// `columns` names the fields in order; each row has one value per column.
  public func emitRows(columns: [String], rows: [[JSONValue]]) {
    guard script.outputFormat == .json else { return }
    let objects = rows.map { row in JSONValue.object(Array(zip(columns, row))) }
    script.rows = .object([("columns", .array(columns.map { .string($0) })), ("rows", .array(objects))])
  }

  /// Runs each statement of `line` with its output captured, then prints one JSON object per
  /// statement: `{"v":1,"dump":...,"command":...,"ok":...,"text":...[,"columns":[...],"rows":[...]]}`.
  func runLineAsJSON(_ line: String) {
    let expanded = AliasExpander.expand(line, aliases: script.aliases)
    let statements: [(ScriptStatement, String)]
    do {
      statements = try ProgramParser.parseWithSource(expanded)
    } catch {
      let capture = CaptureSink()
      let saved = sink
      sink = capture
      report(error)
      sink = saved
      print(record(command: expanded, ok: false, text: capture.text))
      return
    }
    for (statement, source) in statements {
      let saved = sink
      let capture = CaptureSink()
      sink = capture
      script.rows = nil
      let before = errorCount
      script.depth += 1
      _ = runStatement(statement)
      script.depth -= 1
      restoreSink(saved, after: capture)
      print(record(command: source, ok: errorCount == before, text: capture.text))
      if quitRequested { return }
    }
  }

  func record(command: String, ok: Bool, text: String) -> String {
    var fields: [(String, JSONValue)] = [
      ("v", .number(jsonSchemaVersion)), ("dump", .string(dump.path)), ("command", .string(command)),
      ("ok", .bool(ok)), ("text", .string(text)),
    ]
    if case .object(let extra) = script.rows { fields += extra }
    script.rows = nil
    return JSONValue.object(fields).encoded
  }
}

/// `.outputformat [text|json]` (dumpdbg only): `json` prints one JSON object per command (the
/// schema is in Docs/json.md); `text` goes back to WinDbg's text. Without an argument it names the
/// current format.
enum OutputFormatVerb {
  static let spec = VerbSpec(
    names: [".outputformat"], summary: "text (WinDbg) or json (one JSON object per command)",
    usage: ".outputformat [text|json]"
  ) { invocation, session throws(CommandError) in
    var scanner = ArgumentScanner(invocation)
    guard let word = scanner.word() else {
      session.print("Output format: \(session.script.outputFormat.rawValue)")
      return
    }
    guard let format = OutputFormat(rawValue: word.lowercased()) else {
      throw .message("Unknown output format '\(word)' (text or json)")
    }
    session.script.outputFormat = format
  }
}
