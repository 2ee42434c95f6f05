import DumpModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `.exepath [Dir[;Dir...]]`, `.exepath+ Dir` and cdb's `-i ImagePath`: where to find the module
/// images a minidump does not hold (MiniDumpNormal dumps carry stacks but no code, `.pdata` or
/// export tables).
///
/// WinDbg prints `Executable image search path is: <path>` (`.exepath` documentation,
/// windbg-output-and-peers.md). For every module whose headers are not in dump memory, each entry is
/// tried as a folder holding the module's file name (as written, then lower case) or as the file
/// itself; a file is used only when its TimeDateStamp and SizeOfImage equal the module list's
/// (Dump.loadImageFile), and one line per module says what was loaded or why a file was refused.
enum ExePathVerb {
  static let spec = VerbSpec(
    names: [".exepath"], summary: "set the folders searched for module images missing from the dump",
    usage: ".exepath [Dir[;Dir...]] | .exepath+ Dir"
  ) { invocation, session throws(CommandError) in
    var text = Substring(invocation.arguments.drop { $0 == " " || $0 == "\t" })
    let append = text.first == "+"
    if append { text = text.dropFirst() }
    let entries = text.split(separator: ";").map { String($0).trimmedBlanks }.filter { !$0.isEmpty }
    if entries.isEmpty && !append {
      session.print("Executable image search path is: " + session.executablePath.joined(separator: ";"))
      return
    }
    for line in session.setExecutablePath(append ? session.executablePath + entries : entries) { session.print(line) }
  }
}

extension Session {
  /// Sets `.exepath` and loads every matching image the dump lacks; returns the lines to print.
  public func setExecutablePath(_ entries: [String]) -> [String] {
    executablePath = entries
    var lines = ["Executable image search path is: " + entries.joined(separator: ";")]
    for m in modules where PEImage(space: dump.addressSpace, base: m.base) == nil {
      var refusals: [String] = []
      var loaded = false
      for candidate in imageCandidates(for: m, in: entries) where access(candidate, R_OK) == 0 {
        switch dump.loadImageFile(path: candidate, for: m) {
        case .loaded(let bytes):
          lines.append("Loaded image \(candidate) for \(m.moduleName) at \(pointer(m.base)): 0x\(HexFormat.hex(bytes)) bytes (TimeDateStamp and SizeOfImage match)")
          loaded = true
        case .rejected(let why):
          refusals.append("Image \(candidate) not used for \(m.moduleName): \(why)")
        }
        if loaded { break }
      }
      if !loaded { lines += refusals }
    }
    return lines
  }

  /// `entry/File.dll`, `entry/file.dll`, or `entry` itself when it names the module's file.
  private func imageCandidates(for m: DumpModule, in entries: [String]) -> [String] {
    var out: [String] = []
    for e in entries {
      let last = e.split(separator: "/").last.map(String.init) ?? e
      if last.lowercased() == m.fileName.lowercased() {
        out.append(e)
        continue
      }
      let dir = e.hasSuffix("/") ? e : e + "/"
      out.append(dir + m.fileName)
      if m.fileName.lowercased() != m.fileName { out.append(dir + m.fileName.lowercased()) }
    }
    return out
  }
}
