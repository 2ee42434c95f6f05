/// Dates and durations as WinDbg prints them in the banner and `.time`.
///
/// WinDbg prints local time with the zone (`(UTC + 8:00)`); dumps do not say which zone the reader
/// is in, so dumpdbg prints UTC and says so with `(UTC + 0:00)`. Calendar arithmetic is done here
/// (civil-from-days) so output never depends on the host's time zone or locale.
public enum TimeFormat {
  static let weekdays = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]
  static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

  /// Year, month (1-12), day for a count of days since 1970-01-01 (Howard Hinnant's algorithm).
  static func civil(days: Int64) -> (year: Int64, month: Int, day: Int) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    let y = yoe + era * 400
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    return (m <= 2 ? y + 1 : y, Int(m), Int(d))
  }

  /// `Thu Apr 15 15:09:44.839 2021` for `seconds` since 1970 UTC plus `millis`.
  public static func dateTime(unixSeconds seconds: Int64, millis: Int? = nil) -> String {
    let days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400
    let rem = seconds - days * 86400
    let (y, m, d) = civil(days: days)
    let wd = weekdays[Int(((days % 7) + 7) % 7)]
    let hh = rem / 3600, mm = (rem % 3600) / 60, ss = rem % 60
    var s = "\(wd) \(months[m - 1]) \(two(d)) \(two(Int(hh))):\(two(Int(mm))):\(two(Int(ss)))"
    if let millis { s += "." + three(millis) }
    return s + " \(y)"
  }

  /// A duration as `20 days 2:53:31.728`.
  public static func duration(millis total: UInt64) -> String {
    let ms = total % 1000
    let secs = total / 1000
    let days = secs / 86400
    let h = (secs % 86400) / 3600, m = (secs % 3600) / 60, s = secs % 60
    return "\(days) days \(h):\(two(Int(m))):\(two(Int(s))).\(three(Int(ms)))"
  }

  /// Seconds since 1970 for a FILETIME (100 ns since 1601), nil when out of range.
  public static func unixSeconds(fileTime: UInt64) -> Int64? {
    let epochDelta: UInt64 = 116_444_736_000_000_000
    guard fileTime >= epochDelta else { return nil }
    return Int64((fileTime - epochDelta) / 10_000_000)
  }

  static func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
  static func three(_ v: Int) -> String { v < 10 ? "00\(v)" : v < 100 ? "0\(v)" : "\(v)" }
}
