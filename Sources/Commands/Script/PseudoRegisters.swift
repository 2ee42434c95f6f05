/// `r $t0 = Expression`, `r $t0`, `r $t0 = 1, $t1 = @$t0 + 1` (WinDbg `r` on pseudo-registers).
///
/// `$t0`..`$t19` are user pseudo-registers: 0 until set, any 64-bit value. The other
/// pseudo-registers (`$ip`, `$peb`, `$ptrsize`, `$pagesize` ...) can be shown, not set.
/// `r $t0` prints `$t0=` and the value in the target's pointer width (16 hex digits on x64, 8 on
/// x86), without a backtick. The value is everything after the first `=`: `==` is MASM equality,
/// so the name is split off before the expression is evaluated.
extension Session {
  /// Handles `r` when every part is a pseudo-register or an assignment; false to let `r` show
  /// ordinary registers.
  func runPseudoRegisterCommand(_ invocation: Invocation) throws(CommandError) -> Bool {
    let text = String(invocation.arguments).trimmedBlanks
    guard !text.isEmpty else { return false }
    let parts = text.split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmedBlanks }
    let relevant = parts.allSatisfy { $0.contains("=") || $0.hasPrefix("$") || $0.hasPrefix("@$") }
    guard relevant else { return false }
    for part in parts {
      if let eq = part.firstIndex(of: "=") {
        var name = String(part[..<eq]).trimmedBlanks.lowercased()
        if name.hasPrefix("@") { name.removeFirst() }
        guard Self.isUserPseudoRegister(name) else {
          if name.hasPrefix("$") { throw .message("Bad register error in '\(invocation.text)'") }
          throw .message("Registers of a dump cannot be changed; only $t0..$t19 can be set")
        }
        let expression = String(part[part.index(after: eq)...])
        do {
          pseudoRegisters[name] = try ExpressionParser.evaluate(expression, in: self)
        } catch {
          throw .message(error.message)
        }
      } else {
        var name = part.lowercased()
        if name.hasPrefix("@") { name.removeFirst() }
        let value = Self.isUserPseudoRegister(name) ? (pseudoRegisters[name] ?? 0) : pseudoRegister(name)
        guard let value else { throw .message("Bad register error in '\(invocation.text)'") }
        print(name + "=" + HexFormat.hex(value, pointerSize * 2))
      }
    }
    return true
  }

  static func isUserPseudoRegister(_ name: String) -> Bool {
    guard name.hasPrefix("$t"), let n = Int(name.dropFirst(2)) else { return false }
    return (0...19).contains(n) && String(n) == name.dropFirst(2)
  }
}
