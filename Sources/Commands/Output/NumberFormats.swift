#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// WinDbg's number displays: `.formats` and the `?` (evaluate expression) line.
public enum NumberFormats {
  /// The `?` line: `Evaluate expression: 613867303176 = 0000008e`ed57b108` (64-bit targets) or
  /// `Evaluate expression: 37 = 00000025` (32-bit targets). The decimal is signed at the pointer width.
  public static func evaluateLine(_ value: UInt64, pointerSize: Int) -> String {
    if pointerSize == 4 {
      let v = UInt32(truncatingIfNeeded: value)
      return "Evaluate expression: \(Int32(bitPattern: v)) = \(hex(UInt64(v), digits: 8))"
    }
    return "Evaluate expression: \(Int64(bitPattern: value)) = \(hex64(value))"
  }

  /// The `.formats` output, one string per line.
  ///
  /// On 32-bit targets the value is truncated to 32 bits and shown with 8 hex digits, 11 octal digits,
  /// 4 binary groups and 4 chars (layout from the WinDbg `.formats` documentation example).
  /// Open question: whether WinDbg prints the `Decimal (unsigned)` line on 32-bit targets too; the only
  /// 32-bit samples found predate that line. We print it (as the unsigned 32-bit value) for consistency.
  public static func formatsLines(_ value: UInt64, pointerSize: Int) -> [String] {
    let is32 = pointerSize == 4
    let v = is32 ? UInt64(UInt32(truncatingIfNeeded: value)) : value
    let byteCount = is32 ? 4 : 8
    let signed = is32 ? Int64(Int32(bitPattern: UInt32(v))) : Int64(bitPattern: v)

    var binaryGroups: [String] = []
    var chars = ""
    for i in stride(from: byteCount - 1, through: 0, by: -1) {
      let byte = UInt8(truncatingIfNeeded: v >> (UInt64(i) * 8))
      binaryGroups.append(pad(String(byte, radix: 2), to: 8))
      chars.append(byte >= 0x20 && byte <= 0x7E ? Character(Unicode.Scalar(byte)) : ".")
    }

    let low = Float(bitPattern: UInt32(truncatingIfNeeded: v))
    let high = Float(bitPattern: UInt32(truncatingIfNeeded: v >> 32))
    return [
      "Evaluate expression:",
      "  Hex:     " + (is32 ? hex(v, digits: 8) : hex64(v)),
      "  Decimal: \(signed)",
      "  Decimal (unsigned) : \(v)",
      "  Octal:   " + pad(String(v, radix: 8), to: is32 ? 11 : 22),
      "  Binary:  " + binaryGroups.joined(separator: " "),
      "  Chars:   " + chars,
      "  Time:    " + timeString(v),
      "  Float:   low \(msvcFloat(low)) high \(msvcFloat(high))",
      "  Double:  " + msvcDouble(Double(bitPattern: v)),
    ]
  }

  // MARK: - Hex

  /// `00000000`001506f8`: 16 digits with a backtick between the halves.
  public static func hex64(_ value: UInt64) -> String {
    hex(value >> 32, digits: 8) + "`" + hex(value & 0xFFFF_FFFF, digits: 8)
  }

  static func hex(_ value: UInt64, digits: Int) -> String {
    pad(String(value, radix: 16), to: digits)
  }

  static func pad(_ s: String, to width: Int) -> String {
    s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
  }

  // MARK: - Time

  static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
  static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

  /// 32-bit values are a CRT `time_t`, shown `ctime`-style; larger ones are a FILETIME with milliseconds.
  /// Both are shown in UTC (WinDbg uses local time; that is a documented difference of dumpdbg).
  ///
  /// The day of month is space-padded as `ctime` does (`Thu Jan  1 08:00:18 1970` in a real WinDbg
  /// capture); the `.formats` doc page shows `Mon Jan 07 ...`, so this is an open question.
  static func timeString(_ value: UInt64) -> String {
    if value <= 0xFFFF_FFFF {
      let seconds = Int64(value)
      let days = seconds / 86_400
      let secondOfDay = seconds % 86_400
      let (y, m, d) = civilFromDays(days)
      let weekday = Int((days + 4) % 7)  // 1970-01-01 was a Thursday.
      return "\(weekdays[weekday]) \(months[m - 1]) \(spacePad(d)) \(clock(secondOfDay)) \(y)"
    }
    // FileTimeToSystemTime rejects values with the top bit set.
    guard value <= 0x7FFF_FFFF_FFFF_FFFF else { return "***** Invalid FILETIME" }
    let milliseconds = Int64(value / 10_000)
    let seconds = milliseconds / 1000
    let daysSince1601 = seconds / 86_400
    let secondOfDay = seconds % 86_400
    let (y, m, d) = civilFromDays(daysSince1601 - 134_774)  // 1601-01-01 → 1970-01-01
    let weekday = Int((daysSince1601 + 1) % 7)  // 1601-01-01 was a Monday.
    let ms = milliseconds % 1000
    let msText = ms < 10 ? "00\(ms)" : ms < 100 ? "0\(ms)" : "\(ms)"
    return "\(weekdays[weekday]) \(months[m - 1]) \(spacePad(d)) \(clock(secondOfDay)).\(msText) \(y) (UTC + 0:00)"
  }

  static func spacePad(_ n: Int) -> String { n < 10 ? " \(n)" : "\(n)" }

  static func clock(_ secondOfDay: Int64) -> String {
    func two(_ n: Int64) -> String { n < 10 ? "0\(n)" : "\(n)" }
    return "\(two(secondOfDay / 3600)):\(two(secondOfDay / 60 % 60)):\(two(secondOfDay % 60))"
  }

  /// Proleptic Gregorian date from days since 1970-01-01 (H. Hinnant's `civil_from_days`).
  static func civilFromDays(_ z0: Int64) -> (year: Int64, month: Int, day: Int) {
    let z = z0 + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = Int(doy - (153 * mp + 2) / 5 + 1)
    let month = Int(mp < 10 ? mp + 3 : mp - 9)
    return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  // MARK: - Floating point, MSVC `%g` style

  /// A float as MSVC's `printf("%g", (double)f)` prints it. Converting to double quiets a signalling NaN,
  /// so every float NaN prints as QNAN (or `-1.#IND` for the x86 default NaN 0xffc00000).
  static func msvcFloat(_ f: Float) -> String {
    if f.isNaN {
      let bits = f.bitPattern
      if bits == 0xFFC0_0000 { return "-1.#IND" }
      return (bits >> 31 == 1 ? "-" : "") + "1.#QNAN"
    }
    return msvcDouble(Double(f))
  }

  /// A double as MSVC's `printf("%g", d)` prints it: 6 significant digits, an exponent of at least
  /// three digits (`1.93105e-039`), `1.#INF`, `1.#QNAN`, `1.#SNAN` and `-1.#IND` (0xfff8000000000000).
  static func msvcDouble(_ d: Double) -> String {
    let bits = d.bitPattern
    let sign = bits >> 63 == 1 ? "-" : ""
    if d.isNaN {
      if bits == 0xFFF8_0000_0000_0000 { return "-1.#IND" }
      let quiet = bits & (1 << 51) != 0
      return sign + (quiet ? "1.#QNAN" : "1.#SNAN")
    }
    if d.isInfinite { return sign + "1.#INF" }
    var text = cFormatG(d)
    // C99 prints at least two exponent digits; the MSVC runtime WinDbg uses prints three.
    if let e = text.firstIndex(of: "e") {
      let signIndex = text.index(after: e)
      let digitsStart = text.index(after: signIndex)
      let digits = text[digitsStart...]
      if digits.count < 3 {
        text = String(text[..<digitsStart]) + String(repeating: "0", count: 3 - digits.count) + digits
      }
    }
    return text
  }

  private static func cFormatG(_ d: Double) -> String {
    var buffer = [CChar](repeating: 0, count: 64)
    _ = withVaList([d]) { args in
      buffer.withUnsafeMutableBufferPointer { vsnprintf($0.baseAddress, $0.count, "%g", args) }
    }
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}
