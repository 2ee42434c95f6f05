import Testing

@testable import Commands

@Suite struct NumberFormatsTests {
  @Test func sample64() {
    // The WinDbg sample showed 23:47:20 in a UTC+1 local time; dumpdbg prints UTC.
    #expect(
      NumberFormats.formatsLines(0x1506f8, pointerSize: 8) == [
        "Evaluate expression:",
        "  Hex:     00000000`001506f8",
        "  Decimal: 1378040",
        "  Decimal (unsigned) : 1378040",
        "  Octal:   0000000000000005203370",
        "  Binary:  00000000 00000000 00000000 00000000 00000000 00010101 00000110 11111000",
        "  Chars:   ........",
        "  Time:    Fri Jan 16 22:47:20 1970",
        "  Float:   low 1.93105e-039 high 0",
        "  Double:  6.80842e-318",
      ])
  }

  @Test func zero() {
    #expect(
      NumberFormats.formatsLines(0, pointerSize: 8) == [
        "Evaluate expression:",
        "  Hex:     00000000`00000000",
        "  Decimal: 0",
        "  Decimal (unsigned) : 0",
        "  Octal:   0000000000000000000000",
        "  Binary:  00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000",
        "  Chars:   ........",
        "  Time:    Thu Jan  1 00:00:00 1970",
        "  Float:   low 0 high 0",
        "  Double:  0",
      ])
  }

  @Test func allOnes() {
    #expect(
      NumberFormats.formatsLines(.max, pointerSize: 8) == [
        "Evaluate expression:",
        "  Hex:     ffffffff`ffffffff",
        "  Decimal: -1",
        "  Decimal (unsigned) : 18446744073709551615",
        "  Octal:   1777777777777777777777",
        "  Binary:  11111111 11111111 11111111 11111111 11111111 11111111 11111111 11111111",
        "  Chars:   ........",
        "  Time:    ***** Invalid FILETIME",
        "  Float:   low -1.#QNAN high -1.#QNAN",
        "  Double:  -1.#QNAN",
      ])
  }

  @Test func ascii() {
    #expect(
      NumberFormats.formatsLines(0x41424344, pointerSize: 8) == [
        "Evaluate expression:",
        "  Hex:     00000000`41424344",
        "  Decimal: 1094861636",
        "  Decimal (unsigned) : 1094861636",
        "  Octal:   0000000000010120441504",
        "  Binary:  00000000 00000000 00000000 00000000 01000001 01000010 01000011 01000100",
        "  Chars:   ....ABCD",
        "  Time:    Sat Sep 11 00:13:56 2004",
        "  Float:   low 12.1414 high 0",
        "  Double:  5.40934e-315",
      ])
  }

  @Test func docSample32() {
    // The .formats doc example (1c407e62), with the time in UTC instead of the author's local time.
    #expect(
      NumberFormats.formatsLines(0x1c407e62, pointerSize: 4) == [
        "Evaluate expression:",
        "  Hex:     1c407e62",
        "  Decimal: 473988706",
        "  Decimal (unsigned) : 473988706",
        "  Octal:   03420077142",
        "  Binary:  00011100 01000000 01111110 01100010",
        "  Chars:   .@~b",
        "  Time:    Mon Jan  7 23:31:46 1985",
        "  Float:   low 6.36908e-022 high 0",
        "  Double:  2.34182e-315",
      ])
  }

  @Test func negative32() {
    let lines = NumberFormats.formatsLines(0xffff_ffff_c000_0005, pointerSize: 4)
    #expect(lines[1] == "  Hex:     c0000005")
    #expect(lines[2] == "  Decimal: -1073741819")
    #expect(lines[3] == "  Decimal (unsigned) : 3221225477")
    #expect(lines[4] == "  Octal:   30000000005")
    #expect(lines[8] == "  Float:   low -2 high 0")
  }

  @Test func fileTime() {
    #expect(NumberFormats.timeString(0x01d0_0000_0000_0000) == "Fri Nov 14 11:41:59.374 2014 (UTC + 0:00)")
    #expect(NumberFormats.timeString(0x1_0000_0000) == "Mon Jan  1 00:07:09.496 1601 (UTC + 0:00)")
    #expect(NumberFormats.timeString(116_444_736_012_345_678) == "Thu Jan  1 00:00:01.234 1970 (UTC + 0:00)")
    #expect(NumberFormats.timeString(0x8000_0000_0000_0000) == "***** Invalid FILETIME")
    #expect(NumberFormats.timeString(0xffff_ffff) == "Sun Feb  7 06:28:15 2106")
  }

  @Test func msvcFloatingPoint() {
    #expect(NumberFormats.msvcDouble(0.5) == "0.5")
    #expect(NumberFormats.msvcDouble(1e100) == "1e+100")
    #expect(NumberFormats.msvcDouble(-1.5e-7) == "-1.5e-007")
    #expect(NumberFormats.msvcDouble(123456789) == "1.23457e+008")
    #expect(NumberFormats.msvcDouble(.infinity) == "1.#INF")
    #expect(NumberFormats.msvcDouble(-.infinity) == "-1.#INF")
    #expect(NumberFormats.msvcDouble(Double(bitPattern: 0x7ff8_0000_0000_0000)) == "1.#QNAN")
    #expect(NumberFormats.msvcDouble(Double(bitPattern: 0x7ff0_0000_0000_0001)) == "1.#SNAN")
    #expect(NumberFormats.msvcDouble(Double(bitPattern: 0xfff8_0000_0000_0000)) == "-1.#IND")
    #expect(NumberFormats.msvcFloat(Float(bitPattern: 0xffc0_0000)) == "-1.#IND")
    #expect(NumberFormats.msvcFloat(Float(bitPattern: 0x7f80_0001)) == "1.#QNAN")
    #expect(NumberFormats.msvcFloat(Float(bitPattern: 0xff80_0000)) == "-1.#INF")
  }

  @Test func evaluateLine() {
    #expect(
      NumberFormats.evaluateLine(613_867_303_176, pointerSize: 8)
        == "Evaluate expression: 613867303176 = 0000008e`ed57b108")
    #expect(NumberFormats.evaluateLine(.max, pointerSize: 8) == "Evaluate expression: -1 = ffffffff`ffffffff")
    #expect(NumberFormats.evaluateLine(0x25, pointerSize: 4) == "Evaluate expression: 37 = 00000025")
    #expect(NumberFormats.evaluateLine(0xffff_ffff, pointerSize: 4) == "Evaluate expression: -1 = ffffffff")
  }
}
