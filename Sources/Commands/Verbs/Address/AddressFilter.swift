import DumpModel

/// `-f:F1,F2,...` of `!address` (MSDOC -address.md; windbg-output-and-peers.md §1.3): usage names
/// (`VAR Free Image Stack Teb Peb Heap PageHeap Other CSR Actx NLS FileMap`), types
/// (`MEM_IMAGE MEM_MAPPED MEM_PRIVATE`), states (`MEM_COMMIT MEM_FREE MEM_RESERVE`) and
/// protections (`PAGE_READWRITE`, `READWRITE`, `GUARD`, ...), case-insensitive.
///
/// Values of one kind are alternatives (`Image,Stack` is either); different kinds must all match
/// (`Stack,MEM_COMMIT` is the committed part of stacks), which is how `-f:PAGE_READWRITE,MEM_PRIVATE`
/// is used in the wild. `VAR` is busy memory that no other rule claimed (`<unknown>`).
struct AddressFilter {
  var usages: Set<RegionUsage> = []
  /// Names an `Other` region must carry (`CSR`, `Actx`, `NLS`); empty: any.
  var otherNames: [String] = []
  /// `Other` (or `FileMap`) was given: every Other region passes.
  var anyOther = false
  var types: Set<UInt32> = []
  var states: Set<UInt32> = []
  var protections: [UInt32] = []

  /// Parses the comma list; throws the name that is not a filter.
  init(_ list: String) throws(CommandError) {
    for raw in list.split(separator: ",") {
      let name = raw.trimmingSpaces.uppercased()
      switch name {
      case "VAR": usages.insert(.unknown)
      case "FREE": usages.insert(.free)
      case "IMAGE": usages.insert(.image)
      case "STACK": usages.insert(.stack)
      case "TEB": usages.insert(.teb)
      case "PEB": usages.insert(.peb)
      case "HEAP": usages.insert(.heap)
      case "PAGEHEAP": usages.insert(.pageHeap)
      case "OTHER":
        usages.insert(.other)
        anyOther = true
      case "CSR":
        usages.insert(.other)
        otherNames.append("Read Only Shared Memory")
      case "ACTX":
        usages.insert(.other)
        otherNames += ["Activation Context Data", "System Default Activation Context Data"]
      case "NLS":
        usages.insert(.other)
        otherNames.append("NLS Tables")
      case "FILEMAP":  // live sessions only in WinDbg
        usages.insert(.other)
        anyOther = true
      case "MEM_IMAGE": types.insert(MemoryConstants.memImage)
      case "MEM_MAPPED": types.insert(MemoryConstants.memMapped)
      case "MEM_PRIVATE": types.insert(MemoryConstants.memPrivate)
      case "MEM_COMMIT": states.insert(MemoryConstants.memCommit)
      case "MEM_FREE": states.insert(MemoryConstants.memFree)
      case "MEM_RESERVE": states.insert(MemoryConstants.memReserve)
      default:
        let bare = name.hasPrefix("PAGE_") ? String(name.dropFirst(5)) : name
        if let p = (AddressFormat.baseProtections + AddressFormat.protectModifiers).first(where: { $0.1 == "PAGE_" + bare }) {
          protections.append(p.0)
        } else {
          throw .message("Invalid filter value: \(raw.trimmingSpaces)")
        }
      }
    }
  }

  /// True when region `i` passes.
  func matches(_ i: Int, _ regions: ClassifiedRegions) -> Bool {
    let r = regions.map.regions[i]
    if !usages.isEmpty {
      let u = regions.usages[i]
      guard usages.contains(u) else { return false }
      if u == .other, !anyOther, !otherNames.isEmpty {
        if case .other(let name)? = regions.tag(i), otherNames.contains(name) {} else { return false }
      }
    }
    if !types.isEmpty, !types.contains(r.type) { return false }
    if !states.isEmpty, !states.contains(r.state) { return false }
    if !protections.isEmpty {
      guard r.state == MemoryConstants.memCommit || r.isFree else { return false }
      let ok = protections.contains { p in p >= 0x100 ? r.protect & p != 0 : r.protect & 0xFF == p }
      if !ok { return false }
    }
    return true
  }
}
