import DumpModel

/// Symbols without PDBs: module names and the export tables of the module images in the dump.
extension Session {
  /// WinDbg's name for a module: the file name without its extension (`ntdll`, `KERNELBASE`).
  public func moduleName(_ module: DumpModule) -> String { module.moduleName }

  /// The module whose WinDbg name is `name` (case-insensitive).
  public func module(named name: String) -> DumpModule? {
    let lower = name.lowercased()
    return modules.first { $0.moduleName.lowercased() == lower }
      ?? modules.first { $0.fileName.lowercased() == lower }
  }

  /// `ntdll!RtlUserThreadStart+0x21`, `tiny+0x1234`, or the bare pointer when no module holds it.
  ///
  /// The nearest export at or below the address names it unless the image's unwind data shows
  /// that a function starting after that export holds the address (an unexported function such as
  /// `main`): then `module+0x175c`, since `Export+0xd2` would name the wrong function.
  public func symbolize(_ address: UInt64) -> String {
    guard let m = module(containing: address) else { return pointer(address) }
    let name = moduleName(m)
    if let exports = dump.exports(of: m), let sym = exports.nearest(below: address), sym.address >= m.base,
      !startsAfter(sym.address, functionOf: address, in: m)
    {
      let off = address &- sym.address
      return off == 0 ? "\(name)!\(sym.name)" : "\(name)!\(sym.name)+0x\(HexFormat.hex(off))"
    }
    let off = address &- m.base
    return off == 0 ? name : "\(name)+0x\(HexFormat.hex(off))"
  }

  /// `true` when `.pdata` puts `address` in a function that begins after `symbolAddress`.
  /// Also `true` when the two lie in different sections (an import slot in `.idata` is no part of
  /// the last exported function in `.text`).
  func startsAfter(_ symbolAddress: UInt64, functionOf address: UInt64, in m: DumpModule) -> Bool {
    guard let image = dump.image(of: m) else { return false }
    func section(_ a: UInt64) -> Int? {
      let rva = a &- m.base
      return image.sections.firstIndex {
        UInt64($0.virtualAddress) <= rva && rva < UInt64($0.virtualAddress) &+ UInt64(max($0.virtualSize, 1))
      }
    }
    if section(symbolAddress) != section(address) { return true }
    guard image.isPE32Plus else { return false }
    let unwinder = X64Unwinder(space: dump.addressSpace)
    guard let fn = unwinder.function(in: image, containing: address) else { return false }
    return m.base &+ UInt64(unwinder.primaryBegin(image, fn)) > symbolAddress
  }

  /// `symbolize` only when a module holds the address (for `dps` columns), else nil.
  public func symbolIfAny(_ address: UInt64) -> String? {
    module(containing: address) == nil ? nil : symbolize(address)
  }

  /// The value of `module`, `module!export` or an unqualified export name, or nil.
  public func resolveSymbol(_ name: String) -> UInt64? {
    if let bang = name.firstIndex(of: "!") {
      let modName = String(name[..<bang])
      let symName = String(name[name.index(after: bang)...])
      guard let m = module(named: modName) else { return nil }
      if symName.isEmpty { return m.base }
      return dump.exports(of: m)?.address(of: symName)
    }
    if let m = module(named: name) { return m.base }
    // Unqualified export names, but never something that reads as a hex number.
    if UInt64(String(name.filter { $0 != "`" }), radix: 16) != nil { return nil }
    for m in modules {
      if let a = dump.exports(of: m)?.address(of: name) { return a }
    }
    return nil
  }
}
