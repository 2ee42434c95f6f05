import ArgumentParser
import Commands
import DumpModel
import LineEditor

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `dumpdbg`: cdb's command line over a minidump.
struct DumpDbg: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dumpdbg",
    abstract: "A WinDbg-style debugger shell for Windows user-mode minidumps.",
    discussion: """
      Opens a minidump and reads WinDbg commands from the terminal, from -c, or from a command
      file. Without -z it opens the default sample dump (samples-out/tiny.dmp, built by `make samples`).
      Options may also be spelled with '/' instead of '-', as cdb allows.
      `dumpdbg batch --jobs N -c "cmds" DUMP...` runs commands over many dumps (JSON lines out).
      """,
    version: Banner.version)

  @Option(name: .customShort("z"), help: ArgumentHelp("The dump file to open.", valueName: "dump"))
  var dumpPath: String?

  @Option(name: .customShort("c"), help: ArgumentHelp("Commands to run first, separated by ';' (end with q to exit).", valueName: "cmds"))
  var commands: String?

  @Option(name: .customLong("cf", withSingleDash: true), help: ArgumentHelp("A command file to run first.", valueName: "file"))
  var commandFile: String?

  @Option(name: .customLong("logo", withSingleDash: true), help: ArgumentHelp("Write all output to this log file too (overwrite).", valueName: "file"))
  var logOverwrite: String?

  @Option(name: .customLong("loga", withSingleDash: true), help: ArgumentHelp("Append all output to this log file too.", valueName: "file"))
  var logAppend: String?

  @Flag(name: .customLong("json"), help: "Print one JSON object per command instead of text (Docs/json.md).")
  var json = false

  @Option(name: .customShort("y"), help: ArgumentHelp("Symbol path (kept for later; exports are read from the dump).", valueName: "path"))
  var symbolPath: String?

  @Option(name: .customShort("i"), help: ArgumentHelp("Folders (';'-separated) or files holding module images the dump lacks (as .exepath).", valueName: "ImagePath"))
  var imagePath: String?

  func run() throws {
    let path = dumpPath ?? "samples-out/tiny.dmp"
    let dump: Dump
    do {
      dump = try Dump.open(path: path)
    } catch {
      printError(dumpPath == nil ? "\(error.description) (no -z given; run `make samples` or pass -z DUMP)" : error.description)
      throw ExitCode(2)
    }
    let sink = StdoutSink()
    if let log = logOverwrite ?? logAppend {
      if let problem = sink.openLog(path: log, append: logAppend != nil && logOverwrite == nil) {
        printError(problem)
      } else {
        sink.write("Opened log file '\(log)'\n")
      }
    }
    let session = Session(dump: dump, sink: sink)
    if let event = session.eventThreadIndex { session.currentThread = event }
    Interrupt.install()
    session.isCancelled = { Interrupt.requested }
    if json {
      session.script.outputFormat = .json
    } else {
      for line in Banner.lines(for: session) { session.print(line) }
    }
    if let imagePath {
      let lines = session.setExecutablePath(imagePath.split(separator: ";").map(String.init))
      if !json { for line in lines { session.print(line) } }
    }

    let shell = Shell(session: session, sink: sink)
    var batch = !isatty(0).isTrue
    if let commands {
      if !shell.run(line: commands, echo: true) { throw ExitCode(shell.exitStatus(batch: true)) }
      batch = batch || false
    }
    if let commandFile {
      guard shell.runFile(commandFile) else { throw ExitCode(shell.exitStatus(batch: true)) }
    }
    shell.interact(batch: batch)
    throw ExitCode(shell.exitStatus(batch: batch))
  }
}

extension Int32 {
  var isTrue: Bool { self != 0 }
}

/// cdb accepts options in any case and with `/` instead of `-` (`/z`, `-CF`); ArgumentParser wants
/// one spelling, so known option names are normalised before parsing.
func normalisedArguments(_ args: [String]) -> [String] {
  let known: Set<String> = ["z", "c", "cf", "i", "logo", "loga", "y", "version"]
  return args.map { arg in
    guard let first = arg.first, first == "-" || first == "/", !arg.hasPrefix("--") else { return arg }
    let name = arg.dropFirst().lowercased()
    guard known.contains(name) else { return arg }
    return name == "version" ? "--version" : "-" + name
  }
}

let arguments = Array(CommandLine.arguments.dropFirst())
#if canImport(Glibc)
// glibc raises its mmap threshold (up to 32 MB) each time a large block is freed, after which
// growing arrays (the heap block index: six columns of up to 10 million entries) leave their old
// buffers in the heap arena, resident: a fixed 1 MB threshold keeps every large buffer in its own
// mapping, returned to the system when freed (B2 first !heap -x: 371 MB peak before, 318 MB after).
@_silgen_name("mallopt") func c_mallopt(_ parameter: Int32, _ value: Int32) -> Int32
_ = c_mallopt(-3 /* M_MMAP_THRESHOLD */, 1 << 20)
#endif

if arguments.first == "batch" {
  BatchCommand.main(Array(arguments.dropFirst()))
} else {
  DumpDbg.main(normalisedArguments(arguments))
}
