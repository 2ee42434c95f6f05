import Foundation

/// `system:` — machine facts (all optional).
enum SystemSection {
  static let defaultDumpTime: Int64 = 1_714_564_800  // 2024-05-01T12:00:00Z

  static func parse(_ node: ScenarioNode?) throws -> SystemSpec {
    var spec = SystemSpec(
      uptimeSeconds: 3 * 86_400 + 7_200, dumpTime: defaultDumpTime, processors: 4, processorMhz: 2_995,
      cpuVendor: "GenuineIntel")
    guard let node else { return spec }
    try node.rejectUnknownKeys(["uptimeSeconds", "dumpTime", "processors", "processorMhz", "cpuVendor"])
    if let value = node.child("uptimeSeconds") { spec.uptimeSeconds = try value.integer() }
    if let value = node.child("dumpTime") { spec.dumpTime = try value.utcTime() }
    if let value = node.child("processors") {
      let count = try value.integer()
      guard (1...255).contains(count) else { throw value.error("expected 1 to 255 processors") }
      spec.processors = UInt8(count)
    }
    if let value = node.child("processorMhz") { spec.processorMhz = try value.integer32() }
    if let value = node.child("cpuVendor") {
      let vendor = try value.string()
      guard vendor.utf8.count == 12 else { throw value.error("a CPU vendor id is 12 characters, like GenuineIntel") }
      spec.cpuVendor = vendor
    }
    return spec
  }
}
