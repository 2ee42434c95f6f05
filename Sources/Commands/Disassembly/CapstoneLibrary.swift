import CCapstone

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Capstone's five entry points, loaded with `dlopen` the first time a verb disassembles (`u`,
/// `r`, `.ecxr`, `!analyze`). Linking libcapstone would map it into every session: its relocated
/// tables cost 3.1 MB of resident memory before a byte of the dump is read (issue #9's 10% target,
/// Docs/performance.md), for the one verb family that needs it. The header (CCapstone) still gives
/// the types, so the calls are checked against Capstone 4's prototypes.
struct CapstoneLibrary: @unchecked Sendable {
  // @unchecked: C function pointers, resolved once and never changed.
  typealias Open = @convention(c) (cs_arch, cs_mode, UnsafeMutablePointer<csh>?) -> cs_err
  typealias Option = @convention(c) (csh, cs_opt_type, Int) -> cs_err
  typealias Close = @convention(c) (UnsafeMutablePointer<csh>?) -> cs_err
  typealias Disasm = @convention(c) (csh, UnsafePointer<UInt8>?, Int, UInt64, Int, UnsafeMutablePointer<UnsafeMutablePointer<cs_insn>?>?) -> Int
  typealias Free = @convention(c) (UnsafeMutablePointer<cs_insn>?, Int) -> Void

  let open: Open
  let option: Option
  let close: Close
  let disasm: Disasm
  let free: Free

  /// Debian's runtime name first (libcapstone4 ships no unversioned link without the -dev
  /// package), then other majors and Homebrew's.
  static let names = [
    "libcapstone.so.4", "libcapstone.so.5", "libcapstone.so", "libcapstone.dylib",
    "/opt/homebrew/lib/libcapstone.dylib", "/usr/local/lib/libcapstone.dylib",
  ]

  /// The library, loaded on first use; nil (and `u` says so) when no name opens.
  static let shared: CapstoneLibrary? = load()

  static func load() -> CapstoneLibrary? {
    guard let handle = names.lazy.compactMap({ dlopen($0, RTLD_NOW | RTLD_LOCAL) }).first else { return nil }
    func symbol<F>(_ name: String, _: F.Type) -> F? {
      dlsym(handle, name).map { unsafeBitCast($0, to: F.self) }
    }
    guard let open = symbol("cs_open", Open.self), let option = symbol("cs_option", Option.self),
      let close = symbol("cs_close", Close.self), let disasm = symbol("cs_disasm", Disasm.self),
      let free = symbol("cs_free", Free.self)
    else { return nil }
    return CapstoneLibrary(open: open, option: option, close: close, disasm: disasm, free: free)
  }
}
