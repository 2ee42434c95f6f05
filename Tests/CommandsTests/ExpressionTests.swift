import Testing

@testable import Commands

/// A small stand-in for a dump: a few registers, two symbols and a byte-addressed memory map.
struct FakeEnvironment: ExpressionEnvironment {
  var pointerSize = 8
  var registers: [String: UInt64] = [
    "rax": 0x10, "rsp": 0x1000, "rip": 0x7ff8_0001_2345, "$ip": 0x7ff8_0001_2345, "$t0": 0x42, "$ptrsize": 8,
  ]
  var symbols: [String: UInt64] = [
    "ntdll": 0x7ff8_0000_0000,
    "ntdll!RtlAllocateHeap": 0x7ff8_0001_2340,
    "mod!Foo::Bar": 0x5000,
    "mod!??_7Foo@@6B@": 0x6000,
  ]
  var memory: [UInt64: UInt8] = {
    var bytes: [UInt64: UInt8] = [:]
    func put(_ address: UInt64, _ value: UInt64) {
      for i in 0..<8 { bytes[address + UInt64(i)] = UInt8(truncatingIfNeeded: value >> (8 * UInt64(i))) }
    }
    put(0x1000, 0x0123_4567_89ab_cdef)
    put(0x1008, 0x1122_3344_5566_7788)
    return bytes
  }()

  func register(_ name: String) -> UInt64? { registers[name] }
  func symbol(_ name: String) -> UInt64? { symbols[name] }
  func readMemory(_ address: UInt64, size: Int) -> UInt64? {
    var value: UInt64 = 0
    for i in 0..<size {
      guard let byte = memory[address &+ UInt64(i)] else { return nil }
      value |= UInt64(byte) << (8 * UInt64(i))
    }
    return value
  }
}

private let env = FakeEnvironment()

private func eval(_ text: String) throws -> UInt64 {
  try ExpressionParser.evaluate(text, in: env)
}

private func failure(_ text: String) -> ExpressionError? {
  do {
    _ = try ExpressionParser.evaluate(text, in: env)
    return nil
  } catch {
    return error
  }
}

@Suite struct ExpressionNumberTests {
  @Test(arguments: [(String, UInt64)]([
    ("10", 0x10 as UInt64), ("0x10", 0x10), ("0X1f", 0x1f), ("0n10", 10), ("0t17", 15), ("0y101", 5),
    ("0x", 0), ("0n", 0), ("4ab3h", 0x4ab3), ("4aB3H", 0x4ab3), ("abc", 0xabc), ("DEAD", 0xdead),
    ("00007ff6`12340000", 0x7ff6_1234_0000), ("0x00007ff6`12340000", 0x7ff6_1234_0000),
    ("ffffffffffffffff", .max), ("0b1", 0xb1),
  ]))
  func numbers(_ text: String, _ expected: UInt64) throws {
    #expect(try eval(text) == expected)
  }
}

@Suite struct ExpressionOperatorTests {
  @Test(arguments: [(String, UInt64)]([
    ("1+2*3", 7), ("(1+2)*3", 9), ("[1+2]*3", 9), ("10-1-1", 0xe), ("20/2/2", 8), ("11 mod 5", 2),
    ("11 % 5", 2), ("2*3 mod 4", 2),
    // Shifts bind looser than + and - (WinDbg table), tighter than comparisons.
    ("1<<4", 0x10), ("1+1<<4", 0x20), ("100>>4", 0x10), ("-10>>4", 0x0fff_ffff_ffff_ffff),
    ("-10>>>4", .max), ("1<<0n40", 0x100_0000_0000), ("1<<40", 0), ("1<<0n64", 0), ("1<<4 == 10", 1),
    ("1<2", 1), ("2<1", 0), ("2==2", 1), ("2=2", 1), ("3!=3", 0), ("1!=2", 1), ("5>=6", 0), ("6>=6", 1),
    ("5<=6", 1), ("5>6", 0), ("1+1==2", 1), ("-1 > 1", 1),
    ("1 < 2 and 3 > 2", 1), ("6 & 3", 2), ("6 and 3", 2), ("6 ^ 3", 5), ("6 xor 3", 5), ("6 | 1", 7), ("6 or 1", 7),
    ("1 or 2 xor 3 and 1", 3), ("1 | 2 ^ 3 & 1", 3),
    ("-1", .max), ("- 1", .max), ("-rax", 0xffff_ffff_ffff_fff0), ("--5", 5), ("+5", 5), ("~0", .max),
    ("not 0", 1), ("not 5", 0), ("!0", 1), ("!5", 0), ("hi(12345678)", 0x1234), ("low(12345678)", 0x5678),
    ("hi 12345678", 0x1234), ("ffffffffffffffff+2", 1), ("0-1", .max), ("-8000000000000000*2", 0),
  ]))
  func operators(_ text: String, _ expected: UInt64) throws {
    #expect(try eval(text) == expected)
  }
}

@Suite struct ExpressionOperandTests {
  @Test(arguments: [(String, UInt64)]([
    ("rax", 0x10), ("RAX", 0x10), ("@rax", 0x10), ("@RSP", 0x1000), ("rsp+8", 0x1008),
    ("$t0", 0x42), ("@$t0", 0x42), ("$t0*2", 0x84), ("$ptrsize", 8), (".", 0x7ff8_0001_2345),
    ("ntdll", 0x7ff8_0000_0000), ("ntdll+0x10", 0x7ff8_0000_0010), ("ntdll!RtlAllocateHeap", 0x7ff8_0001_2340),
    ("ntdll!RtlAllocateHeap+5", 0x7ff8_0001_2345), ("mod!Foo::Bar", 0x5000), ("mod!??_7Foo@@6B@", 0x6000),
    ("poi(rsp)", 0x0123_4567_89ab_cdef), ("poi rsp", 0x0123_4567_89ab_cdef), ("qwo(rsp)", 0x0123_4567_89ab_cdef),
    ("dwo(@rsp+4)", 0x0123_4567), ("dwo(rsp)", 0x89ab_cdef), ("wo(rsp)", 0xcdef), ("by(rsp)", 0xef),
    ("by(rsp+7)", 0x01), ("poi(rsp+8)", 0x1122_3344_5566_7788), ("poi(@rsp)+1", 0x0123_4567_89ab_cdf0),
    ("poi rsp+1", 0x0123_4567_89ab_cdf0), ("by(rsp) + by(rsp+1)", 0x1bc), ("poi[rsp]", 0x0123_4567_89ab_cdef),
    ("  rax  ", 0x10),
  ]))
  func operands(_ text: String, _ expected: UInt64) throws {
    #expect(try eval(text) == expected)
  }

  @Test func poiUsesPointerSize() throws {
    var env32 = FakeEnvironment()
    env32.pointerSize = 4
    #expect(try ExpressionParser.evaluate("poi(rsp)", in: env32) == 0x89ab_cdef)
  }
}

@Suite struct ExpressionErrorTests {
  @Test func missingOperand() {
    let error = failure("1+")
    #expect(error == ExpressionError(.syntax, offset: 2, input: "1+"))
    #expect(error?.message == "Syntax error at ''")
  }

  @Test func trailingJunk() {
    let error = failure("1 2")
    #expect(error?.kind == .syntax)
    #expect(error?.offset == 2)
    #expect(error?.message == "Syntax error at '2'")
  }

  @Test func unbalancedParenthesis() {
    #expect(failure("(1+2")?.message == "Syntax error at ''")
    #expect(failure("(1+2]")?.message == "Syntax error at ']'")
    #expect(failure("1+)")?.message == "Syntax error at ')'")
    #expect(failure("")?.message == "Syntax error at ''")
    #expect(failure("1 # 2")?.message == "Syntax error at '# 2'")
    #expect(failure("poi(rsp")?.message == "Syntax error at ''")
    #expect(failure("@")?.message == "Syntax error at '@'")
    #expect(failure("1 +  ")?.offset == 5)
  }

  @Test func badNumbers() {
    #expect(failure("0n1a")?.message == "Syntax error at '0n1a'")
    #expect(failure("0y12")?.kind == .syntax)
    #expect(failure("1ffffffffffffffff")?.kind == .syntax)
  }

  @Test func couldNotResolve() {
    let error = failure("xyz_nope")
    #expect(error == ExpressionError(.couldNotResolve, offset: 0, input: "xyz_nope"))
    #expect(error?.message == "Couldn't resolve error at 'xyz_nope'")
    let inside = failure("1 + xyz_nope + 2")
    #expect(inside?.offset == 4)
    #expect(inside?.message == "Couldn't resolve error at 'xyz_nope + 2'")
    #expect(failure("ntdll!Nope")?.message == "Couldn't resolve error at 'ntdll!Nope'")
  }

  @Test func memoryAccess() {
    let error = failure("poi(1)")
    #expect(error == ExpressionError(.memoryAccess(1), offset: 5, input: "poi(1)"))
    #expect(error?.message == "Memory access error at ')'")
    #expect(failure("dwo(rsp+0x20)+1")?.message == "Memory access error at ')+1'")
    #expect(failure("by 5")?.kind == .memoryAccess(5))
    #expect(failure("poi(rsp+0xc)")?.kind == .memoryAccess(0x100c))  // 4 readable bytes, 8 needed
  }

  @Test func divideByZero() {
    let error = failure("5/0")
    #expect(error == ExpressionError(.divideByZero, offset: 2, input: "5/0"))
    #expect(error?.message == "Divide by zero error at '0'")
    #expect(failure("5 mod (1-1)")?.message == "Divide by zero error at ')'")
    #expect(failure("5%0")?.kind == .divideByZero)
  }

  @Test func badRegister() {
    #expect(failure("@foo")?.message == "Bad register error at '@foo'")
    #expect(failure("1+$t7")?.message == "Bad register error at '$t7'")
    #expect(failure("1+$t7")?.offset == 2)
  }
}

@Suite struct ExpressionPrefixTests {
  private func split(_ text: Substring) throws -> (UInt64, String) {
    let (value, rest) = try ExpressionParser.evaluatePrefix(text, in: env)
    return (value, String(rest))
  }

  @Test func stopsAtNonOperator() throws {
    let (value, rest) = try split("rsp+8 L10")
    #expect(value == 0x1008)
    #expect(rest == "L10")
  }

  @Test func twoNumbers() throws {
    let (first, rest) = try split("1000 2000")
    #expect(first == 0x1000)
    #expect(rest == "2000")
    let (second, end) = try split(Substring(rest))
    #expect(second == 0x2000)
    #expect(end == "")
  }

  @Test func spacesAroundBinaryOperatorContinue() throws {
    let (value, rest) = try split("@rsp + 0x10 L?20")
    #expect(value == 0x1010)
    #expect(rest == "L?20")
    let (masked, tail) = try split("rsp and ff00 L4")
    #expect(masked == 0x1000)
    #expect(tail == "L4")
  }

  @Test func substringOfACommandLine() throws {
    let line = "db  rsp+8 L10"
    let args = line.dropFirst(2)
    let (value, rest) = try ExpressionParser.evaluatePrefix(args, in: env)
    #expect(value == 0x1008)
    #expect(rest == "L10")
    #expect(rest.startIndex == line.index(line.startIndex, offsetBy: 10))
  }

  @Test func stopsAtPunctuation() throws {
    let (value, rest) = try split("1000,2000")
    #expect(value == 0x1000)
    #expect(rest == ",2000")
  }

  @Test func wholeInput() throws {
    let (value, rest) = try split("  poi(rsp) ")
    #expect(value == 0x0123_4567_89ab_cdef)
    #expect(rest == "")
  }

  @Test func errorsAreRelativeToTheSubstring() {
    let line = "dd 1+ L4"
    do {
      _ = try ExpressionParser.evaluatePrefix(line.dropFirst(3), in: env)
      Issue.record("expected an error")
    } catch {
      // "1+" swallows "L4" as its right operand, which is not a register, symbol or number.
      #expect(error.kind == .couldNotResolve)
      #expect(error.offset == 3)
      #expect(error.message == "Couldn't resolve error at 'L4'")
    }
  }
}
