/// Time conversions done by hand (no clock, no locale) so output never depends on the machine.
public enum WindowsTime {
  /// 100-ns intervals between 1601-01-01 (FILETIME epoch) and 1970-01-01 (Unix epoch).
  static let unixEpochAsFileTime: UInt64 = 116_444_736_000_000_000

  /// FILETIME (100 ns since 1601, UTC) for Unix seconds.
  public static func fileTime(unixSeconds: Int64) -> UInt64 {
    UInt64(bitPattern: unixSeconds &* 10_000_000) &+ unixEpochAsFileTime
  }

  /// Parses `YYYY-MM-DDTHH:MM:SS[.fff]Z` (UTC only) into Unix seconds, or nil.
  public static func parseISO8601UTC(_ text: String) -> Int64? {
    let characters = Array(text.utf8)
    guard characters.count >= 20, characters.last == UInt8(ascii: "Z") else { return nil }
    func number(_ start: Int, _ length: Int) -> Int64? {
      var value: Int64 = 0
      for index in start..<(start + length) {
        let digit = characters[index]
        guard digit >= 48, digit <= 57 else { return nil }
        value = value * 10 + Int64(digit - 48)
      }
      return value
    }
    let separatorsOK = characters[4] == UInt8(ascii: "-") && characters[7] == UInt8(ascii: "-")
      && (characters[10] == UInt8(ascii: "T") || characters[10] == UInt8(ascii: " "))
      && characters[13] == UInt8(ascii: ":") && characters[16] == UInt8(ascii: ":")
    guard separatorsOK, let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
      let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
      (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61
    else { return nil }
    if characters.count > 20 && characters[19] != UInt8(ascii: ".") { return nil }
    return daysFromCivil(year: year, month: month, day: day) * 86_400 + hour * 3_600 + minute * 60 + second
  }

  /// Days since 1970-01-01 for a proleptic Gregorian date (H. Hinnant's days_from_civil).
  static func daysFromCivil(year: Int64, month: Int64, day: Int64) -> Int64 {
    let adjustedYear = month <= 2 ? year - 1 : year
    let era = (adjustedYear >= 0 ? adjustedYear : adjustedYear - 399) / 400
    let yearOfEra = adjustedYear - era * 400
    let shiftedMonth = month > 2 ? month - 3 : month + 9
    let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }
}
