import DumpForge

#if canImport(Glibc)
import Glibc
#endif
import Testing

/// Dumps forged from `Samples/NAME/scenario.yaml`, once per test process.
enum ForgedDumps {
  nonisolated(unsafe) private static var made: [String: String] = [:]
  private static let lock = Mutex()

  static func path(_ name: String) throws -> String? {
    try lock.withLock {
      if let p = made[name] { return p }
      let scenario = Fixtures.packageRoot + "/Samples/\(name)/scenario.yaml"
      let out = Fixtures.tempDir + "/forged-\(name).dmp"
      try Forge.forge(scenarioPath: scenario, outputPath: out, progress: false)
      made[name] = out
      return out
    }
  }
}

/// A pthread mutex (no Foundation in the test support of this target).
final class Mutex: @unchecked Sendable {
  private var m = pthread_mutex_t()
  init() { pthread_mutex_init(&m, nil) }
  func withLock<T>(_ body: () throws -> T) rethrows -> T {
    pthread_mutex_lock(&m)
    defer { pthread_mutex_unlock(&m) }
    return try body()
  }
}
