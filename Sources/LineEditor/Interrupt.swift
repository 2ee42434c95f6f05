import CLibEdit

/// Ctrl-C handling shared by the prompt and by long-running commands.
///
/// `install()` sets a SIGINT handler (via `sigaction`, without `SA_RESTART`, so a
/// blocked `read` returns `EINTR` and libedit gives control back). The handler
/// only sets a C `volatile sig_atomic_t` flag, which is async-signal-safe.
/// Commands poll ``requested`` to cancel long work and call ``clear()`` when done.
public enum Interrupt {
  /// Installs the SIGINT handler. Idempotent; once installed, Ctrl-C no longer
  /// terminates the process.
  public static func install() {
    _ = dd_interrupt_install()
  }

  /// Whether SIGINT arrived (or ``request()`` was called) since the last ``clear()``.
  public static var requested: Bool {
    dd_interrupt_requested() != 0
  }

  /// Resets the flag.
  public static func clear() {
    dd_interrupt_clear()
  }

  /// Sets the flag as if Ctrl-C had been pressed (for tests and programmatic cancel).
  public static func request() {
    dd_interrupt_request()
  }
}
