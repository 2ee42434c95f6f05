/// Where a session's output goes. Verbs never call `print`: they write to the session, which
/// writes here, so tests capture text and the executable writes to stdout and a log.
public protocol OutputSink: AnyObject {
  func write(_ text: String)
}

/// Collects output in memory (tests, `-c:` capture).
public final class CaptureSink: OutputSink {
  public private(set) var text = ""
  public init() {}
  public func write(_ text: String) { self.text += text }
  public func take() -> String {
    defer { text = "" }
    return text
  }
}
