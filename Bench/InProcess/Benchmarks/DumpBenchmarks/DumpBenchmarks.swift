import Benchmark
import Commands
import DumpModel

#if canImport(Glibc)
import Glibc
#endif

/// In-process timings of the `make bench` workloads (Bench/bench.py forges them into bench-out/):
/// the same verbs as the whole-command bench, without process start, output or the shell.
/// `DUMPDBG_BENCH_DUMPS` names the folder holding b1-regions.dmp and b2-heaps.dmp (default: the
/// repository's bench-out/); a missing dump skips its benchmarks with one line.
let benchmarks: @Sendable () -> Void = {
  let config = Benchmark.Configuration(
    metrics: [.wallClock, .peakMemoryResident], timeUnits: .milliseconds, warmupIterations: 1,
    maxDuration: .seconds(30), maxIterations: 5)

  if let b1 = BenchDumps.path("b1-regions.dmp") {
    Benchmark("B1 open + !address -summary", configuration: config) { benchmark in
      for _ in benchmark.scaledIterations { blackHole(BenchDumps.run(b1, "!address -summary")) }
    }
  }
  guard let b2 = BenchDumps.path("b2-heaps.dmp") else { return }
  Benchmark("B2 open + !heap -s (walk)", configuration: config) { benchmark in
    for _ in benchmark.scaledIterations { blackHole(BenchDumps.run(b2, "!heap -s")) }
  }
  Benchmark("B2 1,000 !heap -p -a after the first (index built)", configuration: config) { benchmark in
    guard let session = BenchDumps.session(b2), let heap = session.dump.heaps.heaps.first?.address else { return }
    let probe = heap &+ 0x20000
    session.execute(line: "!heap -x 0x\(String(probe, radix: 16))")
    let lines = (0..<1000).map { "!heap -p -a 0x\(String(probe &+ UInt64($0) &* 0x40, radix: 16))" }
    benchmark.startMeasurement()
    for line in lines { session.execute(line: line) }
    benchmark.stopMeasurement()
    blackHole(session.sink)
  }
  Benchmark("B2 open + s -q over all memory", configuration: config) { benchmark in
    for _ in benchmark.scaledIterations { blackHole(BenchDumps.run(b2, "s -q 0 L?0x7fffffffffff 4141414141414141")) }
  }
}

/// Output that only counts bytes (the benchmarks time the work, not a terminal).
final class CountingSink: OutputSink {
  var bytes = 0
  func write(_ text: String) { bytes &+= text.utf8.count }
}

enum BenchDumps {
  /// The repository root, from this file's place (Bench/InProcess/Benchmarks/DumpBenchmarks/).
  static var root: String {
    var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(5)
    return parts.joined(separator: "/")
  }

  /// `name` in the dump folder, or nil (with one line saying the benchmarks are skipped).
  static func path(_ name: String) -> String? {
    let folder = getenv("DUMPDBG_BENCH_DUMPS").map { String(cString: $0) } ?? root + "/bench-out"
    let p = folder + "/" + name
    guard access(p, R_OK) == 0 else {
      print("skipping the benchmarks on \(name): \(p) is missing (make bench forges it; DUMPDBG_BENCH_DUMPS names another folder)")
      return nil
    }
    return p
  }

  static func session(_ path: String) -> Session? {
    guard let dump = try? Dump.open(path: path) else { return nil }
    return Session(dump: dump, sink: CountingSink())
  }

  /// Opens `path` and runs `command`; returns the bytes printed.
  static func run(_ path: String, _ command: String) -> Int {
    guard let s = session(path) else { return 0 }
    s.execute(line: command)
    return (s.sink as? CountingSink)?.bytes ?? 0
  }
}
