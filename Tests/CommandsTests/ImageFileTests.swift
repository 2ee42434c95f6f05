import Commands
import DumpModel
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `.exepath` / `-i`: module images from PE files on disk for the MiniDumpNormal Wine dump of
/// Tests/Fixtures/wine-stacks (README.md there: .text at RVA 0x1000, file offset 0x400; .bss at
/// RVA 0xd000 has no file bytes).
@Suite("Image files (.exepath)")
struct ImageFileTests {
  static func open() throws -> (Dump, Session, String)? {
    guard let dumpPath = Fixtures.repoFixture("wine-stacks", "deep-stack-normal.dmp"),
      let dir = Fixtures.repoImages("wine-stacks")
    else { return nil }
    let dump = try Dump.open(path: dumpPath)
    return (dump, Session(dump: dump, sink: CaptureSink()), dir)
  }

  @Test func loadsTheMatchingExeAndMapsItsSections() throws {
    guard let (dump, session, dir) = try Self.open() else { return }
    #expect(dump.addressSpace.load(UInt16.self, at: 0x1_4000_0000) == nil, "MiniDumpNormal holds no PE header")
    let lines = session.setExecutablePath([dir])
    #expect(lines.first == "Executable image search path is: " + dir)
    #expect(lines.count == 2)
    #expect(lines.last?.hasPrefix("Loaded image " + dir + "/deep-stack.exe for deep_stack at 00000001`40000000: ") == true)
    // StoreSample's code (file offset 0x400 + 0x700 = 0xb00) read through the address space equals the file.
    let file = try MappedFile(path: dir + "/deep-stack.exe")
    let fromFile = file.bytes(at: 0xB00, count: 13).map { Array($0) }
    #expect(fromFile == [0x81, 0xC1, 0x00, 0xB4, 0x7A, 0x03, 0xC1, 0xE1, 0x06, 0x67, 0x89, 0x11, 0xC3])
    #expect(dump.addressSpace.bytes(at: 0x1_4000_1700, count: 13) == fromFile)
    #expect(dump.addressSpace.load(UInt16.self, at: 0x1_4000_0000) == 0x5A4D)
    // .bss is not in the file: it stays unreadable instead of being invented.
    #expect(!dump.addressSpace.isReadable(0x1_4000_D000))
    // Stack memory still comes from the dump.
    #expect(dump.addressSpace.load(UInt64.self, at: 0x21_DBA8) == 0x1_4000_1747)
    let sink = CaptureSink()
    session.sink = sink
    _ = session.execute(line: "lmv m deep_stack")
    #expect(sink.take().contains("\n    Mapped memory image file: " + dir + "/deep-stack.exe\n    Image path: Z:\\tmp\\ws\\deep-stack.exe\n"))
  }

  @Test func refusesAnImageOfAnotherBuild() throws {
    guard let (dump, _, dir) = try Self.open() else { return }
    let modules = try dump.modules.get()
    let ntdll = try #require(modules.first { $0.moduleName == "ntdll" })
    guard case .rejected(let why) = dump.loadImageFile(path: dir + "/deep-stack.exe", for: ntdll) else {
      Issue.record("deep-stack.exe was accepted as ntdll")
      return
    }
    #expect(why.hasPrefix("TimeDateStamp "), "\(why)")
    #expect(!dump.addressSpace.isReadable(ntdll.base))
    var exe = try #require(modules.first { $0.moduleName == "deep_stack" })
    exe.size &+= 0x1000
    guard case .rejected(let sizeWhy) = dump.loadImageFile(path: dir + "/deep-stack.exe", for: exe) else {
      Issue.record("a SizeOfImage mismatch was accepted")
      return
    }
    #expect(sizeWhy.hasPrefix("SizeOfImage 13000 in the file, 14000"), "\(sizeWhy)")
    guard case .rejected(let notPE) = dump.loadImageFile(path: Fixtures.packageRoot + "/Tests/Fixtures/wine-stacks/deep-stack.c", for: exe) else {
      Issue.record("a C file was accepted as an image")
      return
    }
    #expect(notPE == "not a PE image")
  }

  static let wineDir = "/usr/lib/x86_64-linux-gnu/wine/x86_64-windows"

  /// `command`'s output on `dumpName` with the fixture's exes and Wine's own PE DLLs on the image
  /// path; nil when those DLLs are absent or of another build than the one that wrote the dumps.
  static func withWineDlls(_ dumpName: String, _ command: String) throws -> String? {
    guard access(wineDir + "/ntdll.dll", R_OK) == 0, let dumpPath = Fixtures.repoFixture("wine-stacks", dumpName),
      let dir = Fixtures.repoImages("wine-stacks")
    else { return nil }
    let sink = CaptureSink()
    let session = Session(dump: try Dump.open(path: dumpPath), sink: sink)
    let lines = session.setExecutablePath([dir, wineDir])
    guard lines.contains(where: { $0.hasPrefix("Loaded image " + wineDir + "/ntdll.dll") }) else {
      print("skipping: \(wineDir) holds another Wine build: \(lines)")
      return nil
    }
    _ = session.execute(line: command)
    return sink.take()
  }

  /// With Wine 8.0~repack-4's own PE DLLs on the path (Debian wine64, when installed here), the
  /// stacks unwind from ntdll to the thread start without scanning: the same end frames the
  /// full-memory dumps of ../shared/fixtures/wine show (kernel32!BaseThreadInitThunk+0x9,
  /// ntdll!RtlUserThreadStart+0x88). Skipped when those DLLs are absent or of another build.
  @Test func wineDllsFromDiskUnwindTheWorkerThread() throws {
    guard let out = try Self.withWineDlls("deep-stack-normal.dmp", "~1k") else { return }
    #expect(!out.contains("WARNING"), "\(out)")
    for frame in ["ntdll!NtWaitForMultipleObjects+0x14", "kernelbase!WaitForSingleObject+0x2e", "deep_stack!WaitLoop+0x30",
      "deep_stack+0x18f9", "kernel32!BaseThreadInitThunk+0x9", "ntdll!RtlUserThreadStart+0x88"]
    {
      #expect(out.contains(frame), "\(frame) missing in \(out)")
    }
  }

  @Test func wineDllsFromDiskUnwindThroughQsort() throws {
    guard let out = try Self.withWineDlls("qsort-callback-normal.dmp", ".ecxr; k") else { return }
    #expect(!out.contains("WARNING"), "\(out)")
    for frame in ["00000000`0021f6c0 00000002`282baebf     qsort_callback!CompareItems+0x1a",
      "00000000`0021fbd0 00000002`282bb9e5     msvcrt!qsort_s+0x3f", "00000000`0021fc10 00000001`400016ea     msvcrt!qsort+0x15",
      "00000000`0021fc50 00000001`40007ebf     qsort_callback!SortBatch+0x1a", "ntdll!RtlUserThreadStart+0x88"]
    {
      #expect(out.contains(frame), "\(frame) missing in \(out)")
    }
  }

  /// A PE file is input too: section table entries pointing past the file, past the image or
  /// wrapping around are cut or dropped, never trusted.
  @Test func hostileSectionTableIsCut() throws {
    guard let (dump, _, dir) = try Self.open() else { return }
    let original = try MappedFile(path: dir + "/deep-stack.exe")
    guard let raw = original.bytes(at: 0, count: original.size) else { return }
    var bytes = Array(raw)
    func u32(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 | Int(bytes[at + 2]) << 16 | Int(bytes[at + 3]) << 24 }
    func put(_ at: Int, _ v: UInt32) { for k in 0..<4 { bytes[at + k] = UInt8(truncatingIfNeeded: v >> (8 * UInt32(k))) } }
    let nt = u32(0x3C)
    let table = nt + 24 + (Int(bytes[nt + 20]) | Int(bytes[nt + 21]) << 8)
    put(table + 0 * 40 + 20, 0xFFFF_FFF0)  // .text: PointerToRawData past the file
    put(table + 0 * 40 + 16, 0xFFFF_FFFF)  //        SizeOfRawData huge
    put(table + 1 * 40 + 12, 0xFFFF_F000)  // .data: VirtualAddress past SizeOfImage
    put(table + 2 * 40 + 8, 0xFFFF_FFFF)   // .rdata: VirtualSize huge (cut at the image end)
    let path = Fixtures.tempDir + "/hostile-deep-stack.exe"
    let f = try #require(fopen(path, "wb"))
    _ = fwrite(bytes, 1, bytes.count, f)
    fclose(f)
    let exe = try #require(try dump.modules.get().first { $0.moduleName == "deep_stack" })
    guard case .loaded(let mapped) = dump.loadImageFile(path: path, for: exe) else {
      Issue.record("the patched file (same TimeDateStamp and SizeOfImage) was refused")
      return
    }
    #expect(mapped > 0 && mapped < UInt64(bytes.count))
    #expect(dump.addressSpace.load(UInt16.self, at: exe.base) == 0x5A4D)
    // .text had no valid file bytes (0x140001689..0x140001789 is in the dump itself: code around the fault).
    let textReadable = dump.addressSpace.isReadable(0x1_4000_1000)
    #expect(!textReadable)
    let headerGap = dump.addressSpace.firstUnreadable(from: exe.base, count: 0x1000)
    #expect(headerGap == exe.base + 0x400)
  }
}
