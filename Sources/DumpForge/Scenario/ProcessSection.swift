import Foundation

/// `process:` — identity and command line (all optional).
enum ProcessSection {
  static let keys = [
    "pid", "image", "imagePath", "commandLine", "currentDirectory", "windowTitle", "environment", "createTime",
    "userSeconds", "kernelSeconds",
  ]

  static func parse(_ node: ScenarioNode?, dumpTime: Int64) throws -> ProcessSpec {
    var spec = ProcessSpec(
      pid: 4_242, imagePath: "C:\\Program Files\\Sample\\sample.exe", commandLine: "", currentDirectory: "",
      windowTitle: "", environment: [], createTime: dumpTime - 3_600, userSeconds: 2, kernelSeconds: 1)
    if let node {
      try node.rejectUnknownKeys(keys)
      if let value = node.child("pid") { spec.pid = try value.integer32() }
      if let value = node.child("imagePath") ?? node.child("image") { spec.imagePath = try value.string() }
      if let value = node.child("commandLine") { spec.commandLine = try value.string() }
      if let value = node.child("currentDirectory") { spec.currentDirectory = try value.string() }
      if let value = node.child("windowTitle") { spec.windowTitle = try value.string() }
      if let value = node.child("environment") { spec.environment = try value.elements().map { try $0.string() } }
      if let value = node.child("createTime") {
        spec.createTime = try value.utcTime()
        guard spec.createTime <= dumpTime else { throw value.error("the process cannot start after the dump time") }
      }
      if let value = node.child("userSeconds") { spec.userSeconds = try value.integer32() }
      if let value = node.child("kernelSeconds") { spec.kernelSeconds = try value.integer32() }
    }
    if spec.commandLine.isEmpty { spec.commandLine = "\"\(spec.imagePath)\"" }
    if spec.currentDirectory.isEmpty { spec.currentDirectory = directory(of: spec.imagePath) }
    if !spec.currentDirectory.hasSuffix("\\") { spec.currentDirectory += "\\" }
    if spec.windowTitle.isEmpty { spec.windowTitle = spec.imagePath }
    if spec.environment.isEmpty {
      spec.environment = [
        "ALLUSERSPROFILE=C:\\ProgramData", "COMPUTERNAME=FORGE-PC", "OS=Windows_NT",
        "PATH=C:\\Windows\\system32;C:\\Windows", "SystemRoot=C:\\Windows", "TEMP=C:\\Users\\forge\\AppData\\Local\\Temp",
        "USERNAME=forge",
      ]
    }
    return spec
  }

  /// `C:\dir\app.exe` → `C:\dir\`.
  static func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "\\") else { return "C:\\" }
    return String(path[...slash])
  }

  static func fileName(of path: String) -> String {
    guard let slash = path.lastIndex(of: "\\") else { return path }
    return String(path[path.index(after: slash)...])
  }
}
