import DumpModel

/// `!address ADDR`: the block for the region holding ADDR (windbg-output-and-peers.md §1.4; the
/// MSDOC -address.md example). Labels are padded to 24 columns; State, Protect, Type and
/// Allocation Protect print the 8-digit value, 10 spaces, then the name; addresses print as
/// pointers (`00007ff6`1c2a0000`, `00fd6000` on x86). `More info:` lines name the verb to run next.
enum AddressRegionBlock {
  static func render(_ address: UInt64, _ regions: ClassifiedRegions, _ session: Session) throws(CommandError) {
    guard let i = regions.map.index(containing: address) else {
      throw .message("Invalid address \(session.pointer(address)), outside the user address space (limit \(session.pointer(regions.map.limit)))")
    }
    let r = regions.map.regions[i]
    let u = regions.usages[i]
    func line(_ label: String, _ value: String) { session.print(HexFormat.left(label + ":", 24) + value) }
    func named(_ v: UInt32, _ name: String) -> String { HexFormat.hex(UInt64(v), 8) + "          " + name }
    session.print()
    line("Usage", u.name)
    line("Base Address", session.pointer(r.base))
    line("End Address", session.pointer(r.end))
    line("Region Size", session.pointer(r.size) + " (" + AddressFormat.friendly(r.size) + ")")
    line("State", named(r.state, AddressFormat.stateName(r.state)))
    if r.isFree {
      line("Protect", named(r.protect, AddressFormat.protectName(r.protect)))
      line("Type", "<info not present at the target>")
    } else {
      if r.state == MemoryConstants.memCommit { line("Protect", named(r.protect, AddressFormat.protectName(r.protect))) }
      line("Type", named(r.type, AddressFormat.typeName(r.type)))
      line("Allocation Base", session.pointer(r.allocationBase))
      line("Allocation Protect", named(r.allocationProtect, AddressFormat.protectName(r.allocationProtect)))
    }
    let hexAddr = "0x" + HexFormat.hex(address)
    switch regions.tag(i) {
    case .image(let m)?:
      let mods = session.modules
      if mods.indices.contains(m) {
        let mod = mods[m]
        let name = session.moduleName(mod)
        line("Image Path", mod.path)
        line("Module Name", name)
        line("Loaded Image Name", mod.path)
        session.print("Mapped Image Name:")
        line("More info", "lmv m \(name)")
        line("More info", "!lmi \(name)")
        line("More info", "ln \(hexAddr)")
        line("More info", "!dh 0x\(HexFormat.hex(mod.base))")
      }
    case .stack(let t)?, .teb(let t)?:
      line("More info", "~\(t)k")
    case .peb?:
      line("More info", "!peb")
    case .heap(_, let handle, let kind)?:
      line("More info", "heap owning the address: !heap 0x\(HexFormat.hex(handle))")
      line("More info", kind == .largeBlock ? "heap large/virtual block" : kind == .frontEnd ? "heap front end" : "heap segment")
      line("More info", "heap entry containing the address: !heap -x \(hexAddr)")
    case .other, nil:
      break
    }
    session.print()
    if r.isFree || r.state != MemoryConstants.memCommit || !session.dump.addressSpace.isReadable(address) {
      session.print("Content source: 0 (invalid), length: \(HexFormat.hex(r.end &- address))")
    } else {
      session.print("Content source: 1 (target), length: \(HexFormat.hex(r.end &- address))")
    }
    if regions.map.isPartial { session.print(AddressSummary.partialNote) }
  }
}
