/// `.printf [/D] [/o?] "FormatString" [, Argument, ...]` (WinDbg `.printf`).
///
/// Arguments are MASM expressions. Conversions as in C, with the debugger's additions:
/// `%p` a target pointer (hex, pointer width, no backtick), `%N` a host pointer (16 digits on a
/// 64-bit host), `%I` 64-bit value shown as 64 or 32 bits, `%ma`/`%mu` the ASCII / UTF-16 string
/// at an address, `%msa`/`%msu` an ANSI_STRING / UNICODE_STRING, `%y` the symbol with displacement
/// and the address in parentheses, `%%` a percent sign. `%d %i %u %x %X %o %c` use 32 bits unless
/// `I64` or `ll` is given; flags and width (`%08x`, `%-10s`) work. `%s` takes a quoted string
/// argument, or prints the ASCII string at an address like `%ma`. Escapes `\n`, `\t`, `\"`, `\\`.
enum PrintfVerb {
  static let spec = VerbSpec(
    names: [".printf"], summary: "formatted output (%p %x %d %u %s %ma %mu %msu %y %N %%)",
    usage: ".printf \"FormatString\" [, Argument, ...]"
  ) { invocation, session throws(CommandError) in
    var scanner = ArgumentScanner(invocation)
    while scanner.peek() == "/" { _ = scanner.word() }
    guard scanner.peek() == "\"" else { throw scanner.syntaxError() }
    let parts = splitArguments(String(scanner.rest.drop(while: { $0 == " " || $0 == "\t" })))
    guard let format = parts.first, format.count >= 2, format.hasPrefix("\""), format.hasSuffix("\"") else {
      throw scanner.syntaxError()
    }
    session.write(try render(unescape(String(format.dropFirst().dropLast())), Array(parts.dropFirst()), session))
  }

  /// Comma-separated parts; commas inside quotes do not split. Parts are trimmed.
  static func splitArguments(_ text: String) -> [String] {
    var parts: [String] = []
    var cur = ""
    var inQuote = false
    var escaped = false
    for c in text {
      if inQuote, escaped {
        escaped = false
      } else if inQuote, c == "\\" {
        escaped = true
      } else if c == "\"" {
        inQuote.toggle()
      } else if !inQuote, c == "," {
        parts.append(cur.trimmedBlanks)
        cur = ""
        continue
      }
      cur.append(c)
    }
    parts.append(cur.trimmedBlanks)
    return parts.filter { !$0.isEmpty }
  }

  static func unescape(_ s: String) -> String {
    var out = ""
    var escaped = false
    for c in s {
      if escaped {
        switch c {
        case "n": out.append("\n")
        case "t": out.append("\t")
        case "r": out.append("\r")
        default: out.append(c)
        }
        escaped = false
      } else if c == "\\" {
        escaped = true
      } else {
        out.append(c)
      }
    }
    return out
  }

  static func render(_ format: String, _ arguments: [String], _ session: Session) throws(CommandError) -> String {
    let f = Array(format)
    var out = ""
    var next = 0
    var i = 0
    func argument() throws(CommandError) -> String {
      guard next < arguments.count else { throw .message("Too few arguments for the format string in .printf") }
      defer { next += 1 }
      return arguments[next]
    }
    func value() throws(CommandError) -> UInt64 {
      let text = try argument()
      do {
        return try ExpressionParser.evaluate(text, in: session)
      } catch {
        throw .message(error.message)
      }
    }
    while i < f.count {
      guard f[i] == "%", i + 1 < f.count else {
        out.append(f[i])
        i += 1
        continue
      }
      i += 1
      var flags = ""
      while i < f.count, "-+ 0#".contains(f[i]) { flags.append(f[i]); i += 1 }
      var width = ""
      while i < f.count, f[i].isNumber { width.append(f[i]); i += 1 }
      var wide = false
      for m in ["I64", "ll", "l", "h", "I32"] where String(f[i...].prefix(m.count)) == m {
        wide = m == "I64" || m == "ll"
        i += m.count
        break
      }
      guard i < f.count else { break }
      let conv = f[i]
      i += 1
      var text: String
      switch conv {
      case "%":
        out.append("%")
        continue
      case "p":
        text = HexFormat.hex(try value(), session.pointerSize * 2)
      case "N":
        text = HexFormat.upperHex(try value(), 16)
      case "I":
        let v = try value()
        text = HexFormat.hex(v, v > 0xFFFF_FFFF ? 16 : 8)
      case "x", "X", "o", "u", "d", "i", "c":
        var v = try value()
        if !wide { v &= 0xFFFF_FFFF }
        switch conv {
        case "x": text = String(v, radix: 16)
        case "X": text = String(v, radix: 16, uppercase: true)
        case "o": text = String(v, radix: 8)
        case "u": text = String(v)
        case "c": text = String(UnicodeScalar(UInt8(truncatingIfNeeded: v)))
        default: text = wide ? String(Int64(bitPattern: v)) : String(Int32(truncatingIfNeeded: v))
        }
      case "y":
        let v = try value()
        let symbol = session.symbolize(v)
        let address = session.pointer(v)
        text = symbol == address ? address : "\(symbol) (\(address))"
      case "m":
        var kind = ""
        while i < f.count, "asu".contains(f[i]), kind.count < 2 { kind.append(f[i]); i += 1 }
        guard ["a", "u", "sa", "su"].contains(kind) else { throw .message("Invalid format '%m\(kind)' in .printf") }
        let v = try value()
        guard let s = session.readString("m" + kind, at: v) else {
          throw .message("Memory access error at '\(session.pointer(v))'")
        }
        text = s
      case "s":
        let arg = try argument()
        if arg.count >= 2, arg.hasPrefix("\""), arg.hasSuffix("\"") {
          text = unescape(String(arg.dropFirst().dropLast()))
        } else {
          next -= 1
          let v = try value()
          guard let s = session.readString("ma", at: v) else { throw .message("Memory access error at '\(session.pointer(v))'") }
          text = s
        }
      default:
        throw .message("Invalid format '%\(conv)' in .printf")
      }
      if let w = Int(width), text.count < w {
        let pad = String(repeating: flags.contains("0") && !flags.contains("-") ? "0" : " ", count: w - text.count)
        text = flags.contains("-") ? text + pad.replacingZeros : pad + text
      }
      out += text
    }
    return out
  }
}

extension String {
  var trimmedBlanks: String {
    var t = Substring(self).drop(while: { $0 == " " || $0 == "\t" })
    while let l = t.last, l == " " || l == "\t" { t = t.dropLast() }
    return String(t)
  }

  fileprivate var replacingZeros: String { String(map { $0 == "0" ? " " : $0 }) }
}
