import Testing

@testable import LineEditor

@Suite struct CompletionTests {
  @Test func longestCommonPrefix() {
    #expect(Completion.longestCommonPrefix([]) == "")
    #expect(Completion.longestCommonPrefix(["lm"]) == "lm")
    #expect(Completion.longestCommonPrefix([".reload", ".restart", ".res"]) == ".re")
    #expect(Completion.longestCommonPrefix(["abc", "xyz"]) == "")
    #expect(Completion.longestCommonPrefix(["", "abc"]) == "")
    #expect(Completion.longestCommonPrefix(["caf\u{E9}1", "caf\u{E9}2"]) == "caf\u{E9}")
  }

  @Test func columnsFitWidth() {
    let items = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta"]
    let rows = Completion.columns(items, width: 30)
    // cell = 7 + 2 = 9 -> (30 + 2) / 9 = 3 columns, 3 rows, column-major.
    #expect(rows == [
      "alpha    delta    eta",
      "beta     epsilon",
      "gamma    zeta",
    ])
    #expect(rows.allSatisfy { $0.count <= 30 })
  }

  @Test func columnsEdgeCases() {
    #expect(Completion.columns([], width: 80).isEmpty)
    #expect(Completion.columns(["a", "b"], width: 0) == ["a", "b"])
    #expect(Completion.columns(["a", "b"], width: -5) == ["a", "b"])
    #expect(Completion.columns(["a", "b", "c"], width: 80) == ["a  b  c"])
    let long = String(repeating: "x", count: 200)
    #expect(Completion.columns([long, "y"], width: 80) == [long, "y"])
  }

  @Test func planSingleCandidate() {
    #expect(
      Completion.plan(line: "lm", cursor: 2, prefixStart: 0, candidates: ["lm"])
        == .replace(deleteCount: 2, text: "lm ", complete: true))
    #expect(
      Completion.plan(line: "!ana", cursor: 4, prefixStart: 0, candidates: ["!analyze"])
        == .replace(deleteCount: 4, text: "!analyze ", complete: true))
  }

  @Test func planCommonPrefixThenAmbiguous() {
    let c = [".reload", ".restart"]
    #expect(
      Completion.plan(line: ".r", cursor: 2, prefixStart: 0, candidates: c)
        == .replace(deleteCount: 2, text: ".re", complete: false))
    #expect(
      Completion.plan(line: ".re", cursor: 3, prefixStart: 0, candidates: c)
        == .ambiguous([".reload", ".restart"]))
  }

  @Test func planNoneAndOddInput() {
    #expect(Completion.plan(line: "zz", cursor: 2, prefixStart: 0, candidates: []) == .none)
    #expect(Completion.plan(line: "zz", cursor: 2, prefixStart: 0, candidates: [""]) == .none)
    // Out-of-range cursor and prefixStart are clamped, not trapped on.
    #expect(
      Completion.plan(line: "ab", cursor: 99, prefixStart: -4, candidates: ["abc"])
        == .replace(deleteCount: 2, text: "abc ", complete: true))
    #expect(
      Completion.plan(line: "ab", cursor: -1, prefixStart: 5, candidates: ["x"])
        == .replace(deleteCount: 0, text: "x ", complete: true))
    // Duplicates collapse to a single candidate.
    #expect(
      Completion.plan(line: "k", cursor: 1, prefixStart: 0, candidates: ["kb", "kb"])
        == .replace(deleteCount: 1, text: "kb ", complete: true))
  }

  @Test func planCaseFixAndMidLine() {
    #expect(
      Completion.plan(line: "LM", cursor: 2, prefixStart: 0, candidates: ["lm", "lmv"])
        == .replace(deleteCount: 2, text: "lm", complete: false))
    // Completing a module name after the verb, cursor in the middle of the line.
    #expect(
      Completion.plan(line: "x ntd!foo", cursor: 4, prefixStart: 2, candidates: ["ntdll"])
        == .replace(deleteCount: 2, text: "ntdll ", complete: true))
  }
}
