/// Percentages of 64-bit byte counts without overflow: a damaged heap can hold sizes near 2^64,
/// where `part * 100` traps (found by the heap fuzz harness in `!heap -s`).
public enum Percent {
  /// `part * scale / whole` in 128-bit arithmetic, rounded half up when `rounded`; 0 when `whole`
  /// is 0 and `UInt64.max` when the quotient does not fit.
  public static func scaled(_ part: UInt64, of whole: UInt64, scale: UInt64, rounded: Bool = true) -> UInt64 {
    guard whole > 0 else { return 0 }
    var (hi, lo) = part.multipliedFullWidth(by: scale)
    if rounded {
      let (sum, carry) = lo.addingReportingOverflow(whole / 2)
      lo = sum
      if carry { hi &+= 1 }  // hi < scale before, so this cannot wrap
    }
    guard hi < whole else { return UInt64.max }
    return whole.dividingFullWidth((hi, lo)).quotient
  }
}
