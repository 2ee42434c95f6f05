// libFuzzer harness: the NT heap walker on a valid dump whose heap pages are fuzzed. The template
// (a forged heap-101 dump, HEAP_FUZZ_DUMP or .build/fuzz/heap-101.dmp) is read once; the file
// ranges that hold its heap segments and large blocks are its "windows". Each input overwrites
// the windows from their start (input byte i lands on window byte i), so an input shorter than
// the windows leaves the rest valid. Then the heaps are walked, indexed, and `!heap` summaries
// run as a user would. HEAP_FUZZ_SEED=path writes the windows' original bytes there as a seed.
// Built by `make fuzz`; not part of `swift test`.

#if canImport(Glibc)
import Glibc
#endif
@testable import Commands
@testable import DumpModel

/// Output that is thrown away (the harness only looks for crashes and hangs).
final class NullSink: OutputSink {
  func write(_ text: String) {}
}

/// The template dump's bytes and the file ranges of its heap memory.
struct HeapTemplate {
  var bytes: [UInt8]
  var windows: [(offset: Int, count: Int)]
  var windowBytes: Int { windows.reduce(0) { $0 + $1.count } }

  /// Reads the template and finds the file ranges of every heap segment and large block.
  static func load() -> HeapTemplate? {
    let path = getenv("HEAP_FUZZ_DUMP").map { String(cString: $0) } ?? ".build/fuzz/heap-101.dmp"
    guard let file = try? MappedFile(path: path), let all = file.bytes(at: 0, count: file.size),
      let dump = try? Dump(file: file)
    else {
      fputs("heap-fuzz: cannot open the template \(path) (make fuzz forges it)\n", stderr)
      return nil
    }
    var spans: [(UInt64, UInt64)] = []
    for i in dump.heaps.heaps.indices {
      let r = dump.heaps.result(i)
      // Committed segment pages, and only the header page of a large block (its user bytes are data).
      for s in r.segments { spans.append((s.baseAddress, s.baseAddress &+ max(s.committedBytes, 0x1000))) }
      for v in r.virtualEntries { spans.append((v.address, v.address &+ 0x1000)) }
    }
    var windows: [(offset: Int, count: Int)] = []
    for range in dump.addressSpace.ranges {
      for (lo, hi) in spans where range.address < hi && lo < range.end {
        let start = max(lo, range.address)
        let end = min(hi, range.end)
        windows.append((Int(range.fileOffset + (start - range.address)), Int(end - start)))
      }
    }
    guard !windows.isEmpty else {
      fputs("heap-fuzz: the template has no heap segments\n", stderr)
      return nil
    }
    let t = HeapTemplate(bytes: Array(all), windows: windows)
    if let seed = getenv("HEAP_FUZZ_SEED").map({ String(cString: $0) }), let f = fopen(seed, "wb") {
      for w in windows { _ = t.bytes[w.offset..<(w.offset + w.count)].withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, f) } }
      fclose(f)
    }
    fputs("heap-fuzz: \(windows.count) windows, \(t.windowBytes) bytes of heap memory\n", stderr)
    return t
  }
}

let template = HeapTemplate.load()
let quick = getenv("HEAP_FUZZ_QUICK") != nil
nonisolated(unsafe) var scratch: [UInt8] = template?.bytes ?? []

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHeap(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  guard let template else { abort() }
  // Overlay the input on the windows of the scratch copy (memcpy), run, then restore those bytes.
  func overlay(from source: UnsafePointer<UInt8>, windowRelative: Bool) {
    var used = 0
    scratch.withUnsafeMutableBufferPointer { dst in
      guard let d = dst.baseAddress else { return }
      for w in template.windows where used < size {
        let n = min(w.count, size - used)
        (d + w.offset).update(from: windowRelative ? source + used : source + w.offset, count: n)
        used += n
      }
    }
  }
  overlay(from: data, windowRelative: true)
  defer { template.bytes.withUnsafeBufferPointer { if let b = $0.baseAddress { overlay(from: b, windowRelative: false) } } }
  let file = scratch.withUnsafeBytes { try? MappedFile(copying: $0, name: "heap-fuzz.dmp") }
  guard let file, let dump = try? Dump(file: file) else { return 0 }
  let set = dump.heaps
  for i in set.heaps.indices { _ = set.result(i) }
  let index = set.index
  if index.count > 0, let first = set.heaps.first {
    _ = index.position(containing: first.address &+ 0x1000)
  }
  _ = set.stackTraceDatabase
  let session = Session(dump: dump, sink: NullSink())
  // The whole-memory scans (`!heap -l`, `!address -summary`) cost most of a run: only for inputs
  // whose length is a multiple of 8, never with HEAP_FUZZ_QUICK=1.
  var commands = ["!heap", "!heap -s", "!heap -stat -h 0", "!heap -top 3"]
  if !quick, size % 8 == 0 { commands += ["!heap -l", "!address -summary"] }
  if let h = set.heaps.first {
    commands += ["!heap -a \(String(h.address, radix: 16))", "!heap -x \(String(h.address &+ 0x2000, radix: 16))"]
  }
  for c in commands { session.run(command: c) }
  return 0
}
