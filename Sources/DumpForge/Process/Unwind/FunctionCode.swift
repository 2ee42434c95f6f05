/// The code forged inside one exported function that appears in a call chain (or is a system
/// call stub): the prolog its UNWIND_INFO describes, a call instruction ending at every return
/// address into it, a `nop` at each such address and at each place a thread stopped, then the
/// matching epilogue. Encodings: Intel SDM vol. 2 (CALL rel32 `E8 cd`; CALL r/m64 `FF /2` with
/// ModR/M 0x15 = RIP-relative disp32; NOP 90; INT3 CC).
struct FunctionCode: Sendable {
  var shape: FunctionShape
  /// System call stub bytes (replace the generic body; the shape is a leaf).
  var syscallStub: [UInt8]?
  /// Return-address offset in the function → the called function's address.
  var callSites: [UInt32: UInt64] = [:]
  /// Offsets where a thread's innermost frame stopped.
  var stops: Set<UInt32> = []
  /// Where each call site / stop was asked for (errors).
  var locations: [UInt32: String] = [:]

  /// Call-site target meaning "several callees": `call rax` (`FF D0`, a call through a function pointer).
  static let indirectTarget: UInt64 = 0
  static let registerCallLength: UInt32 = 2
  /// Bytes of `call qword ptr [rip+disp32]` (cross-module, through an import slot) and `call rel32`.
  static let indirectCallLength: UInt32 = 6
  static let directCallLength: UInt32 = 5

  /// First offset after the body (where the epilogue starts).
  var bodyEnd: UInt32 {
    let marks = Array(callSites.keys) + Array(stops)
    return max(UInt32(shape.prolog.bytes.count), (marks.max() ?? 0) + 1)
  }

  /// Function length, a multiple of 16 (the RUNTIME_FUNCTION covers it).
  var length: UInt32 {
    if let stub = syscallStub { return (UInt32(stub.count) + 15) / 16 * 16 }
    return (bodyEnd + UInt32(shape.epilogue.count) + 15) / 16 * 16
  }

  /// The function's bytes at `address`; `importSlots` maps cross-module targets to the address of
  /// a pointer slot in this image that holds them.
  func render(address: UInt64, isLocal: (UInt64) -> Bool, importSlots: [UInt64: UInt64]) -> [UInt8] {
    var bytes: [UInt8]
    if let stub = syscallStub {
      bytes = stub
    } else {
      bytes = shape.prolog.bytes
      bytes += [UInt8](repeating: 0x90, count: Int(bodyEnd) - bytes.count) + shape.epilogue
      for (offset, target) in callSites.sorted(by: { $0.key < $1.key }) {
        let returnAddress = address + UInt64(offset)
        let call: [UInt8]
        if target == Self.indirectTarget {
          call = [0xFF, 0xD0]
        } else if isLocal(target) {
          call = [0xE8] + le32(UInt32(truncatingIfNeeded: target &- returnAddress))
        } else {
          let slot = importSlots[target] ?? 0
          call = [0xFF, 0x15] + le32(UInt32(truncatingIfNeeded: slot &- returnAddress))
        }
        let start = Int(offset) - call.count
        bytes.replaceSubrange(start..<Int(offset), with: call)
      }
    }
    return bytes + [UInt8](repeating: 0xCC, count: Int(length) - bytes.count)
  }

  /// Checks that the call instructions fit after the prolog and do not overlap each other.
  func validate(name: String, isLocal: (UInt64) -> Bool) throws {
    let prologEnd = UInt32(shape.prolog.bytes.count)
    var previousEnd: UInt32 = prologEnd
    var previousName = "the prolog"
    for offset in Set(callSites.keys).union(stops).sorted() {
      let location = locations[offset] ?? ""
      var start = offset
      if let target = callSites[offset] {
        let length =
          target == Self.indirectTarget
          ? Self.registerCallLength : isLocal(target) ? Self.directCallLength : Self.indirectCallLength
        start = offset - min(offset, length)
      }
      if syscallStub != nil {
        if callSites[offset] != nil {
          throw ForgeError.scenario(location: location, message: "\(name) is a system call stub: it calls nothing")
        }
        continue
      }
      guard start >= previousEnd else {
        throw ForgeError.scenario(
          location: location,
          message: "\(name)+\(hex(UInt64(offset))) is too close to \(previousName) (ends at +\(hex(UInt64(previousEnd)))): "
            + "a return address needs the call before it, a stop address must be past the prolog")
      }
      previousEnd = offset + 1
      previousName = "\(name)+\(hex(UInt64(offset)))"
    }
  }
}
