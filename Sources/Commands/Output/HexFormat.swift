/// WinDbg's number formats (../shared/reference/windbg-output-and-peers.md §1.1).
public enum HexFormat {
  /// Lower-case hex, zero-padded to `width` digits.
  public static func hex(_ value: UInt64, _ width: Int = 1) -> String {
    let s = String(value, radix: 16)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
  }

  /// Upper-case hex, zero-padded (used by `.dumpdebug`).
  public static func upperHex(_ value: UInt64, _ width: Int = 1) -> String {
    hex(value, width).uppercased()
  }

  /// A pointer as WinDbg prints it: `00007ff7`53820000` on 64-bit targets, `7ffe0000` padded to 8
  /// digits on 32-bit targets.
  public static func pointer(_ value: UInt64, pointerSize: Int) -> String {
    if pointerSize == 4 { return hex(value & 0xFFFF_FFFF, 8) }
    return hex(value >> 32, 8) + "`" + hex(value & 0xFFFF_FFFF, 8)
  }

  /// A 64-bit value with the backtick separator regardless of target (`dq`, `?`).
  public static func quad(_ value: UInt64) -> String {
    hex(value >> 32, 8) + "`" + hex(value & 0xFFFF_FFFF, 8)
  }

  /// The `!address` style: high half unpadded, low half padded (`7dfe`953cf000`, `0`02d28000`).
  public static func addressTable(_ value: UInt64, pointerSize: Int) -> String {
    if pointerSize == 4 { return hex(value & 0xFFFF_FFFF, 8) }
    return hex(value >> 32) + "`" + hex(value & 0xFFFF_FFFF, 8)
  }

  /// Right-aligns `s` in `width` columns.
  public static func right(_ s: String, _ width: Int) -> String {
    s.count >= width ? s : String(repeating: " ", count: width - s.count) + s
  }

  /// Left-aligns `s` in `width` columns.
  public static func left(_ s: String, _ width: Int) -> String {
    s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
  }
}
