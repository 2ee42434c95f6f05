import Foundation

/// `modules:` — loaded images, in load order (the executable first).
enum ModuleSection {
  static let keys = ["name", "path", "base", "size", "timestamp", "checksum", "pdb", "version", "exports", "code"]

  static func parseList(
    _ node: ScenarioNode?, os: OperatingSystemProfile, process: ProcessSpec, random: inout SeededRandom
  ) throws -> [ModuleSpec] {
    guard let node else {
      // Default: the executable named by process.image plus ntdll.
      let exe = ProcessSection.fileName(of: process.imagePath)
      return [
        defaultModule(name: exe, path: process.imagePath, os: os, random: &random, location: "<default>"),
        defaultModule(
          name: "ntdll.dll", path: "C:\\Windows\\System32\\ntdll.dll", os: os, random: &random, location: "<default>"),
      ]
    }
    var modules: [ModuleSpec] = []
    for element in try node.elements() {
      let module = try parse(element, os: os, random: &random)
      if let previous = modules.first(where: { $0.name.lowercased() == module.name.lowercased() }) {
        throw element.error("module \(module.name) is listed twice (first at \(previous.location))")
      }
      modules.append(module)
    }
    return modules
  }

  static func defaultModule(
    name: String, path: String, os: OperatingSystemProfile, random: inout SeededRandom, location: String
  ) -> ModuleSpec {
    let isSystem = path.lowercased().hasPrefix("c:\\windows\\")
    let stem = name.split(separator: ".").first.map(String.init) ?? name
    return ModuleSpec(
      name: name, path: path, base: nil, size: 0x20000,
      timestamp: UInt32(0x5000_0000 + random.below(0x1000_0000)), checksum: UInt32(truncatingIfNeeded: random.next()) & 0x3F_FFFF,
      pdb: PdbSpec(name: stem.lowercased() + ".pdb", guid: random.bytes(16), age: 1),
      version: isSystem ? os.systemFileVersion : [1, 0, 0, 0], exports: [], code: [], location: location)
  }

  static func parse(_ node: ScenarioNode, os: OperatingSystemProfile, random: inout SeededRandom) throws -> ModuleSpec {
    try node.rejectUnknownKeys(keys)
    let name = try node.required("name").string()
    let defaultPath =
      name.lowercased().hasSuffix(".exe") ? "C:\\Program Files\\Sample\\\(name)" : "C:\\Windows\\System32\\\(name)"
    let path = try node.child("path")?.string() ?? defaultPath
    var module = defaultModule(name: name, path: path, os: os, random: &random, location: node.location)
    if let value = node.child("base") {
      let base = try value.integer()
      guard base % AddressSpaceLimits.allocationGranularity == 0 else {
        throw value.error("an image base must be 64K aligned, got \(hex(base))")
      }
      module.base = base
    }
    if let value = node.child("size") {
      let size = alignUp(try value.size(), AddressSpaceLimits.pageSize)
      guard size >= 0x6000, size <= 0xFFFF_F000 else {
        throw value.error("an image needs 0x6000 to 4G bytes (headers and four sections), got \(hex(size))")
      }
      module.size = size
    }
    if let value = node.child("timestamp") { module.timestamp = try value.integer32() }
    if let value = node.child("checksum") { module.checksum = try value.integer32() }
    if let value = node.child("version") { module.version = try parseVersion(value) }
    if let value = node.child("pdb") { module.pdb = try parsePdb(value, default: module.pdb) }
    if let value = node.child("exports") {
      module.exports = try value.elements().map { element in
        try element.rejectUnknownKeys(["name", "rva"])
        let rva = try element.required("rva").integer()
        guard rva < module.size else {
          throw element.error("export rva \(hex(rva)) lies beyond the image size \(hex(module.size))")
        }
        return ExportSpec(name: try element.required("name").string(), rva: UInt32(rva))
      }
      var seen = Set<String>()
      for export in module.exports where !seen.insert(export.name).inserted {
        throw value.error("export \(export.name) is listed twice")
      }
    }
    if let value = node.child("code") {
      module.code = try value.elements().map { element in
        try element.rejectUnknownKeys(["rva", "bytes"])
        let bytesNode = try element.required("bytes")
        guard let bytes = parseHexBytes(try bytesNode.string()) else {
          throw bytesNode.error("expected hex bytes like \"c7 00 00 00 00 00\"")
        }
        return CodePatch(rva: try element.required("rva").integer32(), bytes: bytes)
      }
    }
    return module
  }

  static func parseVersion(_ node: ScenarioNode) throws -> [UInt16] {
    let text = try node.string()
    let parts = text.split(separator: ".").map { UInt16($0) }
    guard parts.count == 4, parts.allSatisfy({ $0 != nil }) else {
      throw node.error("expected a version like 10.0.19041.1, got \"\(text)\"")
    }
    return parts.compactMap { $0 }
  }

  static func parsePdb(_ node: ScenarioNode, default fallback: PdbSpec) throws -> PdbSpec {
    try node.rejectUnknownKeys(["name", "guid", "age"])
    var pdb = fallback
    if let value = node.child("name") { pdb.name = try value.string() }
    if let value = node.child("age") { pdb.age = try value.integer32() }
    if let value = node.child("guid") {
      let text = try value.string()
      guard let guid = parseGuid(text) else {
        throw value.error("expected a GUID like 1b2c3d4e-0000-1111-2222-333344445555, got \"\(text)\"")
      }
      pdb.guid = guid
    }
    return pdb
  }

  /// Text GUID → 16 bytes as stored in memory (Data1 u32, Data2 u16, Data3 u16 little-endian; Data4 as is).
  static func parseGuid(_ text: String) -> [UInt8]? {
    let digits = text.filter { $0 != "-" && $0 != "{" && $0 != "}" }
    guard digits.count == 32, let raw = parseHexBytes(digits) else { return nil }
    return [raw[3], raw[2], raw[1], raw[0], raw[5], raw[4], raw[7], raw[6]] + raw[8..<16]
  }
}

/// "c7 00 00" or "c70000" → bytes.
func parseHexBytes(_ text: String) -> [UInt8]? {
  let digits = Array(text.filter { !$0.isWhitespace })
  guard !digits.isEmpty, digits.count % 2 == 0 else { return nil }
  var bytes: [UInt8] = []
  var index = 0
  while index < digits.count {
    guard let byte = UInt8(String(digits[index...(index + 1)]), radix: 16) else { return nil }
    bytes.append(byte)
    index += 2
  }
  return bytes
}
