import DumpModel

/// `db dw dd dq dp dc da du dps dds dqs`: display memory, one implementation with presets
/// (windbg-output-and-peers.md §1.6).
///
/// Range syntax: `start`, `start L count`, `start L?count`, `start end` (end inclusive). Without
/// an address the display continues after the last one, and an empty Enter repeats the command
/// from there. Unreadable bytes print as `??` (`?` in the text column); nothing is read beyond
/// what is printed, so `db` on a 20 GB dump costs one page.
enum DisplayMemoryVerb {
  enum Style { case bytes, words, dwords, qwords, chars, ascii, unicode, pointers }

  struct Preset {
    var style: Style
    var unit: Int
    /// Default number of units when no length is given.
    var defaultCount: Int
  }

  static func preset(_ name: String, pointerSize: Int) -> Preset? {
    switch name {
    case "db": return Preset(style: .bytes, unit: 1, defaultCount: 0x80)
    case "dw": return Preset(style: .words, unit: 2, defaultCount: 0x40)
    case "dd": return Preset(style: .dwords, unit: 4, defaultCount: 0x20)
    case "dq": return Preset(style: .qwords, unit: 8, defaultCount: 0x10)
    case "dp": return pointerSize == 8 ? preset("dq", pointerSize: 8) : preset("dd", pointerSize: 4)
    case "dc": return Preset(style: .chars, unit: 4, defaultCount: 0x20)
    case "da": return Preset(style: .ascii, unit: 1, defaultCount: 0x200)
    case "du": return Preset(style: .unicode, unit: 2, defaultCount: 0x200)
    case "dps": return Preset(style: .pointers, unit: pointerSize, defaultCount: 0x80 / pointerSize)
    case "dds": return Preset(style: .pointers, unit: 4, defaultCount: 0x20)
    case "dqs": return Preset(style: .pointers, unit: 8, defaultCount: 0x10)
    default: return nil
    }
  }

  /// Ranges larger than this need `L?` (WinDbg refuses them with a range error otherwise).
  static let rangeLimit: UInt64 = 0x1000_0000

  static let spec = VerbSpec(
    names: ["db", "dw", "dd", "dq", "dp", "dc", "da", "du", "dps", "dds", "dqs"],
    summary: "display memory (bytes, words, dwords, qwords, pointers, chars, strings, symbols)",
    usage: "d{b|w|d|q|p|c|a|u|ps|ds|qs} [start [L count | L?count | end]]"
  ) { invocation, session throws(CommandError) in
    guard let p = preset(invocation.name, pointerSize: session.pointerSize) else { throw .message("unknown display verb") }
    var scanner = ArgumentScanner(invocation)
    var start = session.nextDisplayAddress ?? session.currentContext?.instructionPointer ?? 0
    var count = UInt64(p.defaultCount)
    var explicitLength = false
    if !scanner.atEnd {
      start = try scanner.expression(in: session)
      if session.pointerSize == 4 { start &= 0xFFFF_FFFF }
      if !scanner.atEnd {
        let lengthColumn = scanner.column
        if scanner.consume("l?") {
          count = try scanner.expression(in: session)
          explicitLength = true
        } else if scanner.consume("l") {
          count = try scanner.expression(in: session)
          explicitLength = true
          if count &* UInt64(p.unit) > rangeLimit || count > rangeLimit {
            throw .caret(column: lengthColumn, message: "Range error in '\(invocation.text)'")
          }
        } else {
          let end = try scanner.expression(in: session)
          guard end >= start else { throw .caret(column: lengthColumn, message: "Range error in '\(invocation.text)'") }
          let bytes = end - start + 1
          if bytes > rangeLimit { throw .caret(column: lengthColumn, message: "Range error in '\(invocation.text)'") }
          count = (bytes + UInt64(p.unit) - 1) / UInt64(p.unit)
          explicitLength = true
        }
        guard scanner.atEnd else { throw scanner.syntaxError() }
      }
    }
    let next = try display(p, start: start, count: count, stringLimit: explicitLength, session)
    session.nextDisplayAddress = next
    let lengthText = p.style == .ascii || p.style == .unicode ? "" : " L0x\(HexFormat.hex(count))"
    session.repeatCommand = "\(invocation.name) 0x\(HexFormat.hex(next))\(lengthText)"
  }

  /// Prints the lines and returns the address after the last unit shown.
  static func display(_ p: Preset, start: UInt64, count: UInt64, stringLimit: Bool, _ s: Session)
    throws(CommandError) -> UInt64
  {
    switch p.style {
    case .ascii, .unicode: return try strings(p, start: start, count: count, s)
    default: break
    }
    let perLine: Int
    switch p.style {
    case .bytes: perLine = 16
    case .words: perLine = 8
    case .dwords, .chars: perLine = 4
    case .qwords: perLine = 2
    default: perLine = 1
    }
    let space = s.dump.addressSpace
    var addr = start
    var left = count
    while left > 0 {
      try s.checkCancel()
      let n = Int(min(UInt64(perLine), left))
      let bytes = space.readPrefix(at: addr, count: n * p.unit)
      var line = s.pointer(addr) + "  "
      var cells: [String] = []
      for i in 0..<n {
        let lo = i * p.unit
        let readable = lo + p.unit <= bytes.count
        var v: UInt64 = 0
        if readable { for b in 0..<p.unit { v |= UInt64(bytes[lo + b]) << (8 * UInt64(b)) } }
        switch p.style {
        case .bytes: cells.append(readable ? HexFormat.hex(v, 2) : "??")
        case .words: cells.append(readable ? HexFormat.hex(v, 4) : "????")
        case .dwords, .chars: cells.append(readable ? HexFormat.hex(v, 8) : "????????")
        case .qwords: cells.append(readable ? HexFormat.quad(v) : "????????`????????")
        case .pointers:
          if readable {
            var cell = p.unit == 8 ? HexFormat.quad(v) : HexFormat.hex(v, 8)
            if let sym = s.symbolIfAny(v) { cell += " " + sym }
            cells.append(cell)
          } else {
            cells.append(p.unit == 8 ? "????????`????????" : "????????")
          }
        default: break
        }
      }
      if p.style == .bytes {
        for i in n..<perLine { _ = i; cells.append("  ") }
        line += cells[0..<8].joined(separator: " ") + (n > 8 ? "-" : " ") + cells[8..<16].joined(separator: " ")
        line += "  " + text(bytes, n)
      } else {
        line += cells.joined(separator: " ")
        if p.style == .chars {
          let pad = (perLine - n) * 9
          line += String(repeating: " ", count: pad) + "  " + text(bytes, n * 4)
        }
      }
      s.print(line)
      let step = UInt64(n * p.unit)
      let (na, o) = addr.addingReportingOverflow(step)
      if o { return addr }
      addr = na
      left -= UInt64(n)
    }
    return addr
  }

  /// The text column: printable ASCII as is, other bytes `.`, unreadable `?`; blank past `n`.
  static func text(_ bytes: [UInt8], _ n: Int) -> String {
    var out = ""
    for i in 0..<n {
      if i >= bytes.count {
        out.append("?")
      } else {
        let b = bytes[i]
        out.append(b >= 0x20 && b < 0x7F ? Character(UnicodeScalar(b)) : ".")
      }
    }
    return out
  }

  /// `da` / `du`: up to the first NUL or `count` characters, 48 per line, each line quoted.
  static func strings(_ p: Preset, start: UInt64, count: UInt64, _ s: Session) throws(CommandError) -> UInt64 {
    let space = s.dump.addressSpace
    var addr = start
    var left = count
    repeat {
      try s.checkCancel()
      let n = Int(min(48, left))
      let raw = space.readPrefix(at: addr, count: n * p.unit)
      if raw.count < p.unit {
        s.print(s.pointer(addr) + "  ????")
        return addr
      }
      var text = ""
      var used = 0
      var hitNul = false
      while used < n, (used + 1) * p.unit <= raw.count {
        let v = p.unit == 1 ? UInt32(raw[used]) : UInt32(raw[2 * used]) | UInt32(raw[2 * used + 1]) << 8
        if v == 0 {
          hitNul = true
          break
        }
        if v >= 0x20 && v < 0x7F, let scalar = UnicodeScalar(v) {
          text.unicodeScalars.append(scalar)
        } else if p.unit == 2, v >= 0xA0, let scalar = UnicodeScalar(v) {
          text.unicodeScalars.append(scalar)
        } else {
          text.append(".")
        }
        used += 1
      }
      s.print(s.pointer(addr) + "  \"" + text + "\"")
      let step = UInt64((used + (hitNul ? 1 : 0)) * p.unit)
      let (na, o) = addr.addingReportingOverflow(step)
      if o { return addr }
      addr = na
      left -= UInt64(min(UInt64(used), left))
      if hitNul || used < n { return addr }
    } while left > 0
    return addr
  }
}

extension Session {
  /// Where the next `d*` without an address starts.
  var nextDisplayAddress: UInt64? {
    get { pseudoRegisters["$$nextdisplay"] }
    set { pseudoRegisters["$$nextdisplay"] = newValue }
  }
}
