import CPrefetch
import Glibc
import Synchronization

/// Runs `body` for every index of `0..<count` on up to `threads` threads (the caller's one
/// included, the others POSIX threads joined before return). Indices are claimed in ascending
/// order from one atomic counter, so a thread that finishes early takes the next one. `body` is
/// called concurrently: it must only write state of its own index.
func parallelFor(_ count: Int, threads: Int, _ body: (Int) -> Void) {
  let extra = min(max(threads, 1), count) - 1
  guard extra > 0 else {
    for i in 0..<count { body(i) }
    return
  }
  withoutActuallyEscaping(body) { body in
    let job = ParallelJob(count: count, body: body)
    var ids: [pthread_t] = []
    for _ in 0..<extra {
      var id = pthread_t()
      let context = Unmanaged.passRetained(job).toOpaque()
      let rc = pthread_create(&id, nil, { context in
        guard let context else { return nil }
        let job = Unmanaged<ParallelJob>.fromOpaque(context).takeRetainedValue()
        job.run()
        return nil
      }, context)
      if rc == 0 {
        ids.append(id)
      } else {
        Unmanaged<ParallelJob>.fromOpaque(context).release()  // no thread: this one does the work
      }
    }
    job.run()
    for id in ids { pthread_join(id, nil) }
  }
}

/// The indices left to run and the work, shared by the threads of one `parallelFor`.
private final class ParallelJob: @unchecked Sendable {
  let count: Int
  let body: (Int) -> Void
  let next = Atomic<Int>(0)

  init(count: Int, body: @escaping (Int) -> Void) {
    self.count = count
    self.body = body
  }

  func run() {
    while true {
      let i = next.add(1, ordering: .relaxed).oldValue
      guard i < count else { return }
      body(i)
    }
  }
}

/// Results written by index from several threads: each slot by one thread only, read after join.
final class ParallelSlots<T>: @unchecked Sendable {
  private let slots: UnsafeMutableBufferPointer<T?>

  init(_ count: Int) {
    slots = .allocate(capacity: count)
    slots.initialize(repeating: nil)
  }

  deinit {
    slots.deinitialize()
    slots.deallocate()
  }

  subscript(i: Int) -> T? {
    get { slots[i] }
    set { slots[i] = newValue }
  }
}

/// Threads a multi-heap walk or a split region count uses: the CPUs this process may run on (`sched_getaffinity`, so
/// `taskset -c 0` gives one), at most 8.
let walkThreads: Int = {
  min(8, max(1, Int(dd_usable_cpus())))
}()
