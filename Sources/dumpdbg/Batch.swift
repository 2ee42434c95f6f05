import ArgumentParser
import Commands

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `dumpdbg batch --jobs N -c "cmds" DUMP... [--from FILE]`: runs the same commands over many
/// dumps, each in its own `dumpdbg -z DUMP --json -c cmds` process, at most N at once.
///
/// Standard output gets the JSON records of every dump (Docs/json.md), one per line, as each dump
/// finishes; a dump that cannot be opened gets one record with `"ok":false` and `"error"`, and the
/// others go on. Standard error gets a summary table at the end. Exit status: 0 when every dump
/// opened and every command succeeded, 1 otherwise.
struct BatchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "batch", abstract: "Run commands over many dumps in parallel processes; JSON lines out.")

  @Option(name: .customLong("jobs"), help: "How many dumps at once (default: 2).")
  var jobs: Int = 2

  @Option(name: .customShort("c"), help: ArgumentHelp("Commands to run on each dump, separated by ';'.", valueName: "cmds"))
  var commands: String

  @Option(name: .customLong("from"), help: ArgumentHelp("A file with one dump path per line.", valueName: "file"))
  var listFile: String?

  @Argument(help: "Dump files.")
  var dumps: [String] = []

  func run() throws {
    var paths = dumps
    if let listFile {
      guard let f = fopen(listFile, "r") else {
        printError("Unable to open '\(listFile)': \(String(cString: strerror(errno)))")
        throw ExitCode(2)
      }
      defer { fclose(f) }
      var line: UnsafeMutablePointer<CChar>?
      var cap = 0
      while getline(&line, &cap, f) > 0, let line {
        let p = String(cString: line).trimmingBlanks
        if !p.isEmpty, !p.hasPrefix("#") { paths.append(p) }
      }
      free(line)
    }
    guard !paths.isEmpty else {
      printError("batch: no dumps given (pass DUMP... or --from FILE)")
      throw ExitCode(2)
    }
    let results = BatchRunner(commands: commands, jobs: max(1, jobs)).run(paths) { output in
      writeOut(output)
    }
    printError(BatchRunner.summary(results))
    throw ExitCode(results.allSatisfy { $0.status == "ok" } ? 0 : 1)
  }
}

/// One dump's outcome in a batch.
struct BatchResult {
  var dump: String
  var status: String
  var okCount: Int
  var failedCount: Int
  var seconds: Double
}

/// Spawns the child processes and collects their output.
struct BatchRunner {
  let commands: String
  let jobs: Int

  struct Child {
    var index: Int
    var outPath: String
    var errPath: String
    var started: Double
  }

  func run(_ paths: [String], emit: (String) -> Void) -> [BatchResult] {
    var results = [BatchResult?](repeating: nil, count: paths.count)
    var running: [pid_t: Child] = [:]
    var next = 0
    while next < paths.count || !running.isEmpty {
      while next < paths.count, running.count < jobs {
        if let (pid, child) = spawn(paths[next], index: next) {
          running[pid] = child
        } else {
          results[next] = BatchResult(dump: paths[next], status: "failed", okCount: 0, failedCount: 0, seconds: 0)
          emit(failureRecord(paths[next], "could not start a dumpdbg process"))
        }
        next += 1
      }
      guard !running.isEmpty else { continue }
      var status: Int32 = 0
      let pid = waitpid(-1, &status, 0)
      if pid < 0 {
        if errno == EINTR { continue }
        break
      }
      guard let child = running.removeValue(forKey: pid) else { continue }
      let out = readTextFile(child.outPath) ?? ""
      let err = readTextFile(child.errPath) ?? ""
      unlink(child.outPath)
      unlink(child.errPath)
      let exited = status & 0x7f == 0
      let code = (status >> 8) & 0xff
      let lines = out.split(separator: "\n").filter { $0.hasPrefix("{") }
      let ok = lines.filter { $0.contains(",\"ok\":true,") }.count
      let failed = lines.count - ok
      let path = paths[child.index]
      var state = "ok"
      if !exited || code == 2 || (code != 0 && code != 1) {
        state = "failed"
        let why = exited ? err.trimmingBlanks : "dumpdbg ended by signal \(status & 0x7f)"
        emit(failureRecord(path, why.isEmpty ? "exit status \(code)" : why))
      } else if code == 1 || failed > 0 {
        state = "errors"
      }
      if !lines.isEmpty { emit(lines.joined(separator: "\n") + "\n") }
      results[child.index] = BatchResult(
        dump: path, status: state, okCount: ok, failedCount: failed, seconds: now() - child.started)
    }
    return results.compactMap { $0 }
  }

  func failureRecord(_ dump: String, _ error: String) -> String {
    JSONValue.object([
      ("v", .number(jsonSchemaVersion)), ("dump", .string(dump)), ("command", .null), ("ok", .bool(false)),
      ("error", .string(error)),
    ]).encoded + "\n"
  }

  /// Starts `dumpdbg -z dump --json -c commands` with stdin from /dev/null and output in temp files.
  func spawn(_ dump: String, index: Int) -> (pid_t, Child)? {
    guard let outPath = tempFile(), let errPath = tempFile() else { return nil }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_TRUNC, 0o600)
    let exe = "/proc/self/exe"
    let args = [exe, "-z", dump, "--json", "-c", commands]
    var cargs = args.map { strdup($0) }
    cargs.append(nil)
    defer { cargs.forEach { free($0) } }
    var pid: pid_t = 0
    let started = now()
    let rc = posix_spawn(&pid, exe, &actions, nil, cargs, environ)
    guard rc == 0 else {
      unlink(outPath)
      unlink(errPath)
      return nil
    }
    return (pid, Child(index: index, outPath: outPath, errPath: errPath, started: started))
  }

  func tempFile() -> String? {
    var template = Array("/tmp/dumpdbg-batch-XXXXXX".utf8CString)
    return template.withUnsafeMutableBufferPointer { buf -> String? in
      guard let base = buf.baseAddress else { return nil }
      let fd = mkstemp(base)
      guard fd >= 0 else { return nil }
      close(fd)
      return String(cString: base)
    }
  }

  func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
  }

  /// `dump  status  ok  failed  seconds`, one row per dump, then a totals line.
  static func summary(_ results: [BatchResult]) -> String {
    let width = max(4, results.map(\.dump.count).max() ?? 4)
    func pad(_ s: String, _ w: Int) -> String { s.count >= w ? s : s + String(repeating: " ", count: w - s.count) }
    func right(_ s: String, _ w: Int) -> String { s.count >= w ? s : String(repeating: " ", count: w - s.count) + s }
    var lines = [pad("dump", width) + "  status    ok  failed  seconds"]
    for r in results {
      let tenths = Int((r.seconds * 100).rounded())
      let secs = "\(tenths / 100)." + (tenths % 100 < 10 ? "0" : "") + "\(tenths % 100)"
      lines.append(pad(r.dump, width) + "  " + pad(r.status, 7) + right(String(r.okCount), 5) + right(String(r.failedCount), 8) + right(secs, 9))
    }
    let bad = results.filter { $0.status != "ok" }.count
    lines.append("\(results.count) dumps, \(results.count - bad) ok, \(bad) with errors or unreadable")
    return lines.joined(separator: "\n")
  }
}

/// Writes text to stdout unbuffered (batch records).
func writeOut(_ text: String) {
  let bytes = Array(text.utf8)
  var offset = 0
  while offset < bytes.count {
    let n = bytes[offset...].withUnsafeBytes { raw -> Int in
      guard let base = raw.baseAddress else { return 0 }
      return write(1, base, raw.count)
    }
    if n < 0, errno == EINTR { continue }
    if n <= 0 { return }
    offset += n
  }
}

extension String {
  var trimmingBlanks: String {
    var t = Substring(self).drop(while: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
    while let l = t.last, l == " " || l == "\t" || l == "\n" || l == "\r" { t = t.dropLast() }
    return String(t)
  }
}
