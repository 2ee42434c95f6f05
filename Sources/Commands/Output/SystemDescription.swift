import DumpModel

/// The OS, uptime and exception lines shared by the banner, `vertarget` and `.time`.
public enum SystemDescription {
  /// `Windows 10 Version 19045 MP (8 procs) Free x64`.
  public static func osLine(_ si: SystemInfo) -> String {
    let name: String
    switch (si.majorVersion, si.minorVersion) {
    case (5, 1): name = "Windows XP"
    case (5, 2): name = "Windows Server 2003"
    case (6, 0): name = "Windows Vista"
    case (6, 1): name = "Windows 7"
    case (6, 2): name = "Windows 8"
    case (6, 3): name = "Windows 8.1"
    case (10, _): name = "Windows 10"
    default: name = "Windows \(si.majorVersion).\(si.minorVersion)"
    }
    var line = "\(name) Version \(si.buildNumber)"
    if !si.csdVersion.isEmpty { line += " (\(si.csdVersion))" }
    line += si.numberOfProcessors > 1 ? " MP" : " UP"
    line += " (\(si.numberOfProcessors) procs) Free "
    line += si.architecture == .x86 ? "x86 compatible" : si.architecture.name
    return line
  }

  /// `Product: WinNt, suite: SingleUserTS`.
  public static func productLine(_ si: SystemInfo) -> String {
    let product: String
    switch si.productType {
    case 1: product = "WinNt"
    case 2: product = "LanManNt"
    case 3: product = "Server"
    default: product = "<unknown>"
    }
    let suites: [(UInt16, String)] = [
      (0x1, "SmallBusiness"), (0x2, "Enterprise"), (0x4, "BackOffice"), (0x8, "CommunicationServer"),
      (0x10, "TerminalServer"), (0x20, "SmallBusinessRestricted"), (0x40, "EmbeddedNT"),
      (0x80, "DataCenter"), (0x100, "SingleUserTS"), (0x200, "Personal"), (0x400, "Blade"),
      (0x800, "EmbeddedRestricted"), (0x1000, "SecurityAppliance"), (0x2000, "StorageServer"),
      (0x4000, "ComputeServer"), (0x8000, "WHServer"),
    ]
    let names = suites.filter { si.suiteMask & $0.0 != 0 }.map(\.1)
    return "Product: \(product), suite: \(names.joined(separator: " "))"
  }

  /// `Debug session time: Tue Jun 17 02:28:23.000 2008 (UTC + 0:00)` from the header time stamp.
  public static func sessionTimeLine(_ dump: Dump) -> String {
    "Debug session time: "
      + TimeFormat.dateTime(unixSeconds: Int64(dump.header.timeDateStamp), millis: 0) + " (UTC + 0:00)"
  }

  /// System uptime in milliseconds from KUSER_SHARED_DATA.InterruptTime (0x7ffe0008, a KSYSTEM_TIME
  /// in 100 ns units: LowPart u32, High1Time i32), when that page is in the dump.
  public static func systemUptimeMillis(_ dump: Dump) -> UInt64? {
    guard let low = dump.peek(UInt32.self, at: 0x7FFE_0008),
      let high = dump.peek(UInt32.self, at: 0x7FFE_000C)
    else { return nil }
    let t = UInt64(high) << 32 | UInt64(low)
    return t == 0 ? nil : t / 10_000
  }

  /// Process uptime in milliseconds: dump time minus MiscInfo's process create time.
  public static func processUptimeMillis(_ dump: Dump) -> UInt64? {
    guard let created = (try? dump.miscInfo.get())?.processCreateTime else { return nil }
    let now = dump.header.timeDateStamp
    guard now >= created else { return nil }
    return UInt64(now - created) * 1000
  }

  public static func uptimeLines(_ dump: Dump, withTimes: Bool) -> [String] {
    var lines: [String] = []
    lines.append(
      "System Uptime: " + (systemUptimeMillis(dump).map(TimeFormat.duration(millis:)) ?? "not available"))
    lines.append(
      "Process Uptime: " + (processUptimeMillis(dump).map(TimeFormat.duration(millis:)) ?? "not available"))
    if withTimes, let misc = try? dump.miscInfo.get(), let k = misc.processKernelTime,
      let u = misc.processUserTime
    {
      lines.append("  Kernel time: " + TimeFormat.duration(millis: UInt64(k) * 1000))
      lines.append("  User time: " + TimeFormat.duration(millis: UInt64(u) * 1000))
    }
    return lines
  }

  /// `User Mini Dump File with Full Memory: Only application data is available` and its kin.
  public static func dumpKindLine(_ dump: Dump) -> String {
    if dump.header.flags.contains(.withFullMemory) || dump.entry(for: .memory64List) != nil {
      return "User Mini Dump File with Full Memory: Only application data is available"
    }
    return "User Mini Dump File: Only registers, stack and portions of memory are available"
  }
}
