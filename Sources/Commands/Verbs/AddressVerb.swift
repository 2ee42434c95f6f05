import DumpModel

/// `!address`: the user address space region by region, classified as WinDbg's ext.dll does
/// (MSDOC -address.md; windbg-output-and-peers.md §1.2–1.4 and §6).
///
/// - `!address` lists every region; `-f:F1,F2` (or `/f:`) filters (AddressFilter).
/// - `!address -summary` prints the five summary sections (AddressSummary).
/// - `!address ADDR` prints the block for one region (AddressRegionBlock).
/// - `-c:"cmd"` runs cmd per matching region with `%1`..`%7` replaced; quotes inside are `\"`.
/// - `-o:csv`, `-o:tsv`, `-o:1` choose the output style.
///
/// The classified region map is built once per dump (`Dump.classifiedRegions`) and reused.
enum AddressVerb {
  static let spec = VerbSpec(
    names: ["!address"], summary: "address space regions and their usage (-summary, -f:, -c:, ADDR)",
    usage: usageText
  ) { invocation, session throws(CommandError) in
    let options = try Options.parse(invocation, session)
    if options.help {
      session.print("Usage: " + usageText)
      return
    }
    if options.summary {
      try AddressSummary.render(session)
      return
    }
    let regions = try session.cancellable { () throws(Cancelled) in try session.dump.classifiedRegions }
    if let address = options.address {
      try AddressRegionBlock.render(address, regions, session)
      return
    }
    let list = regions.map.regions
    if let command = options.command {
      for i in list.indices where options.filter?.matches(i, regions) ?? true {
        try session.checkCancel()
        session.execute(line: AddressListing.expand(command, i, regions))
      }
      return
    }
    switch options.style {
    case .table:
      session.print()
      for h in AddressListing.header(session) { session.print(h) }
    case .csv: session.print(AddressListing.csvHeader.joined(separator: ","))
    case .tsv: session.print(AddressListing.csvHeader.joined(separator: "\t"))
    case .bare: break
    }
    for i in list.indices where options.filter?.matches(i, regions) ?? true {
      if i & 0x3FF == 0 { try session.checkCancel() }
      session.print(options.style == .table ? AddressListing.row(i, regions, session) : AddressListing.styled(i, options.style, regions, session))
    }
    if regions.map.isPartial, options.style == .table { session.print(); session.print(AddressSummary.partialNote) }
  }

  static let usageText = "!address [ADDR] | !address -summary | !address [-f:F1,F2,...] [-o:{csv|tsv|1}] [-c:\"command\"]"

  struct Options {
    var summary = false
    var help = false
    var address: UInt64?
    var filter: AddressFilter?
    var command: String?
    var style: AddressListing.Style = .table

    /// Reads `-summary`, `-f:list`, `-o:style`, `-c:"cmd"` (or `/` forms) and one address
    /// expression, in any order.
    static func parse(_ invocation: Invocation, _ session: Session) throws(CommandError) -> Options {
      var o = Options()
      var rest = invocation.arguments
      func column() -> Int { invocation.argumentsColumn + invocation.arguments.distance(from: invocation.arguments.startIndex, to: rest.startIndex) }
      while true {
        rest = rest.drop(while: { $0 == " " || $0 == "\t" })
        guard let c = rest.first else { break }
        let at = column()
        guard c == "-" || c == "/" else {
          guard o.address == nil else { throw .caret(column: at, message: "Syntax error in '\(invocation.text)'") }
          var scanner = ArgumentScanner(
            Invocation(name: invocation.name, arguments: rest, text: invocation.text, argumentsColumn: at))
          o.address = try scanner.expression(in: session)
          rest = scanner.rest
          continue
        }
        rest = rest.dropFirst()
        let name = rest.prefix(while: { $0 != ":" && $0 != " " && $0 != "\t" }).lowercased()
        rest = rest.dropFirst(name.count)
        var value = ""
        if rest.first == ":" {
          rest = rest.dropFirst()
          if name == "c", rest.first == "\"" {
            value = try quoted(&rest, at)
          } else {
            let v = rest.prefix(while: { $0 != " " && $0 != "\t" })
            value = String(v)
            rest = rest.dropFirst(v.count)
          }
        }
        switch name {
        case "summary": o.summary = true
        case "?", "help": o.help = true
        case "f": o.filter = try AddressFilter(value)
        case "c": o.command = value
        case "o":
          switch value.lowercased() {
          case "csv": o.style = .csv
          case "tsv": o.style = .tsv
          case "1": o.style = .bare
          default: throw .caret(column: at, message: "Invalid output style '\(value)'")
          }
        default: throw .caret(column: at, message: "Unknown option '\(name)'")
        }
      }
      return o
    }

    /// `"..."` with `\"` escapes; `rest` starts at the opening quote and ends after the closing one.
    static func quoted(_ rest: inout Substring, _ column: Int) throws(CommandError) -> String {
      var out = ""
      var s = rest.dropFirst()
      while let c = s.first {
        s = s.dropFirst()
        if c == "\\", s.first == "\"" {
          out.append("\"")
          s = s.dropFirst()
        } else if c == "\"" {
          rest = s
          return out
        } else {
          out.append(c)
        }
      }
      throw .caret(column: column, message: "Missing closing quote in -c:")
    }
  }
}
