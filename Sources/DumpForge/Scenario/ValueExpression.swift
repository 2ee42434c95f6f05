/// A value in a scenario that may name an address symbolically: `kernel32!HeapAlloc+0x14`.
public enum ValueExpression: Sendable, Equatable {
  case number(UInt64)
  case symbol(SymbolReference)
}

/// `module!Export+offset` (module name with or without `.dll`/`.exe`, case-insensitive).
public struct SymbolReference: Sendable, Equatable, CustomStringConvertible {
  public var module: String
  /// nil: the module base.
  public var export: String?
  public var offset: UInt64

  init?(parsing text: String) {
    var body = Substring(text.trimmingCharacters(in: .whitespaces))
    var offset: UInt64 = 0
    if let plus = body.lastIndex(of: "+") {
      guard let value = parseUnsignedInteger(String(body[body.index(after: plus)...])) else { return nil }
      offset = value
      body = body[..<plus]
    }
    let parts = body.split(separator: "!", omittingEmptySubsequences: false)
    guard parts.count <= 2, let moduleName = parts.first, !moduleName.isEmpty else { return nil }
    guard moduleName.allSatisfy({ $0.isLetter || $0.isNumber || "._-".contains($0) }) else { return nil }
    module = String(moduleName)
    export = parts.count == 2 ? String(parts[1]) : nil
    if export?.isEmpty == true { return nil }
    self.offset = offset
  }

  public var description: String {
    var text = module
    if let export { text += "!" + export }
    if offset != 0 { text += "+" + hex(offset) }
    return text
  }
}

import Foundation
