import DumpModel

/// `.explain [on|off]`: after their normal output, `!heap -x`, `!heap -p -a` and `dt` print the
/// steps that produced it — the bytes read and where, the Encoding key and the XOR, the decoded
/// fields, the checksum test, how UnusedBytes became the requested size, how a trace index became
/// a stack, which catalog offsets were used. Beyond WinDbg; meant for learning (Docs/heap-internals.md).
enum ExplainVerb {
  static let usage = ".explain [on|off]    show the steps behind !heap -x, !heap -p -a and dt (no argument: the current state)"

  static let spec = VerbSpec(names: [".explain"], summary: "show how heap verbs and dt got their answer (on|off)", usage: usage) {
    invocation, session throws(CommandError) in
    var scanner = ArgumentScanner(invocation)
    switch scanner.word()?.lowercased() {
    case nil: break
    case "on": session.explain = true
    case "off": session.explain = false
    default: throw .message(".explain: expected on or off; " + usage)
    }
    guard scanner.atEnd else { throw scanner.syntaxError() }
    session.print("Explanations are " + (session.explain ? "on" : "off"))
  }
}

/// Text helpers shared by the explanation producers.
enum ExplainText {
  /// The line that separates a command's normal output from its explanation.
  static let heading = "--- how this was read (.explain) ---"

  /// Bytes as `3f 1f 00 5b`.
  static func bytes(_ b: [UInt8]) -> String { b.map { HexFormat.hex(UInt64($0), 2) }.joined(separator: " ") }

  /// The little-endian bytes of `value` (8 of them).
  static func bytes(of value: UInt64) -> [UInt8] { (0..<8).map { UInt8(truncatingIfNeeded: value >> ($0 * 8)) } }

  /// `count` bytes at `address`, nil when any is not in the dump.
  static func read(_ address: UInt64, _ count: Int, _ session: Session) -> [UInt8]? {
    var out: [UInt8] = []
    for i in 0..<count {
      guard let b = session.dump.addressSpace.load(UInt8.self, at: address &+ UInt64(i)) else { return nil }
      out.append(b)
    }
    return out
  }

  /// `0x` + hex.
  static func x(_ v: UInt64) -> String { "0x" + HexFormat.hex(v) }

  /// `+0x1f` for a field offset (3 digits, as dt prints them).
  static func off(_ v: UInt64) -> String { "+0x" + HexFormat.hex(v, 3) }

  /// A label padded to the explanation's column.
  static func row(_ label: String, _ text: String) -> String { "  " + HexFormat.left(label, 15) + text }
}
