import DumpModel

/// Convenience views of the dump that several verbs share.
extension Session {
  /// The thread list, or an error line's text.
  public func threadList() throws(CommandError) -> [DumpThread] {
    switch dump.threads {
    case .success(let t): return t
    case .failure(let e): throw .message(e.description)
    }
  }

  /// The module list (empty when the dump has none).
  public var modules: [DumpModule] { (try? dump.modules.get()) ?? [] }

  /// The module holding `address`, if any.
  public func module(containing address: UInt64) -> DumpModule? {
    modules.first { $0.base <= address && address < $0.end }
  }

  /// Index of the thread that raised the stored exception, if any.
  public var eventThreadIndex: Int? {
    guard case .success(let e) = dump.exception, case .success(let threads) = dump.threads else { return nil }
    return threads.firstIndex { $0.threadId == e.threadId }
  }

  /// The process id from MiscInfo, or nil.
  public var processId: UInt32? { (try? dump.miscInfo.get())?.processId }

  /// The register context of thread `index` as stored in the dump.
  public func context(ofThread index: Int) -> ThreadContext? {
    guard case .success(let threads) = dump.threads, threads.indices.contains(index) else { return nil }
    return try? dump.context(at: threads[index].context).get()
  }
}
