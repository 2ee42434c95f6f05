import DumpModel
import Testing

/// The shipped type catalogs: they parse cleanly, and their offsets match nt-layouts.md.
@Suite("Type catalogs")
struct TypeCatalogTests {
  @Test func everyCatalogParsesWithoutProblems() {
    #expect(TypeCatalog.all.count == 4)
    for c in TypeCatalog.all {
      #expect(c.problems.isEmpty, "\(c.id): \(c.problems)")
      #expect(!c.sources.isEmpty, "\(c.id) names its sources")
      // Fields lie inside their type and are sorted by nothing in particular, but never past the end.
      for t in c.types where t.size > 0 {
        for f in t.fields {
          #expect(f.offset < t.size, "\(c.id) \(t.name).\(f.name) at \(f.offset) >= size \(t.size)")
        }
      }
    }
  }

  @Test func win7x64HeapOffsets() throws {
    let c = try #require(TypeCatalog.named("win7sp1-x64"))
    #expect(c.offset(of: "_HEAP", field: "VirtualAllocdBlocks") == 0x118)
    #expect(c.offset(of: "_HEAP", field: "SegmentList") == 0x128)
    #expect(c.offset(of: "_HEAP", field: "FrontEndHeap") == 0x178)
    #expect(c.offset(of: "_HEAP", field: "Counters.TotalMemoryReserved") == 0x188)
    #expect(c.offset(of: "_HEAP", field: "Counters.TotalSegments") == 0x1a8)
    #expect(c.offset(of: "_HEAP", field: "Encoding.Size") == 0x88)
    #expect(c.size(of: "_HEAP") == 0x208)
    #expect(c.offset(of: "_HEAP_VIRTUAL_ALLOC_ENTRY", field: "Entry") == 0)
    #expect(c.offset(of: "_HEAP_VIRTUAL_ALLOC_ENTRY", field: "ExtraStuff") == 0x10)
    #expect(c.offset(of: "_HEAP_VIRTUAL_ALLOC_ENTRY", field: "CommitSize") == 0x20)
    #expect(c.offset(of: "_HEAP_VIRTUAL_ALLOC_ENTRY", field: "ReserveSize") == 0x28)
    #expect(c.offset(of: "_HEAP_VIRTUAL_ALLOC_ENTRY", field: "BusyBlock") == 0x30)
    #expect(c.size(of: "_HEAP_VIRTUAL_ALLOC_ENTRY") == 0x40)
    #expect(c.offset(of: "_PEB", field: "Ldr") == 0x18)
    #expect(c.offset(of: "_PEB", field: "ProcessHeaps") == 0xf0)
    #expect(c.offset(of: "_TEB", field: "ProcessEnvironmentBlock") == 0x60)
    #expect(c.offset(of: "_TEB", field: "NtTib.StackBase") == 0x8)
    #expect(c.offset(of: "_LDR_DATA_TABLE_ENTRY", field: "BaseDllName") == 0x58)
    #expect(c.offset(of: "_STACK_TRACE_DATABASE", field: "EntryIndexArray") == 0xb8)
    #expect(c.offset(of: "_HEAP", field: "NoSuchField") == nil)
    #expect(c.offset(of: "_HEAP", field: "Flags.Deeper") == nil)
  }

  @Test func win10x64HeapOffsets() throws {
    let v1507 = try #require(TypeCatalog.named("win10-1507-x64"))
    let v2004 = try #require(TypeCatalog.named("win10-2004-x64"))
    for c in [v1507, v2004] {
      #expect(c.offset(of: "_HEAP", field: "VirtualAllocdBlocks") == 0x110)
      #expect(c.offset(of: "_HEAP", field: "SegmentList") == 0x120)
      #expect(c.offset(of: "_HEAP", field: "Signature") == 0x98)
      #expect(c.offset(of: "_HEAP_VIRTUAL_ALLOC_ENTRY", field: "BusyBlock") == 0x30)
      #expect(c.size(of: "_HEAP_COUNTERS") == 0x78)
    }
    #expect(v1507.offset(of: "_HEAP", field: "FrontEndHeap") == 0x170)
    #expect(v1507.offset(of: "_HEAP", field: "Counters") == 0x210)
    #expect(v1507.size(of: "_HEAP") == 0x298)
    #expect(v2004.offset(of: "_HEAP", field: "FrontEndHeap") == 0x198)
    #expect(v2004.offset(of: "_HEAP", field: "Counters.LastPolledSize") == 0x238 + 0x70)
    #expect(v2004.size(of: "_HEAP") == 0x2c0)
    #expect(v2004.layout(named: "_PEB")?.partial == true)
  }

  @Test func win7x86HeapOffsets() throws {
    let c = try #require(TypeCatalog.named("win7sp1-x86"))
    #expect(c.pointerSize == 4)
    #expect(c.offset(of: "_HEAP", field: "VirtualAllocdBlocks") == 0xa0)
    #expect(c.offset(of: "_HEAP", field: "Counters") == 0xdc)
    #expect(c.offset(of: "_HEAP_VIRTUAL_ALLOC_ENTRY", field: "BusyBlock") == 0x18)
  }

  @Test func catalogChoiceByBuild() {
    #expect(TypeCatalog.forBuild(major: 6, minor: 1, build: 7601, architecture: .amd64)?.id == "win7sp1-x64")
    #expect(TypeCatalog.forBuild(major: 10, minor: 0, build: 10240, architecture: .amd64)?.id == "win10-1507-x64")
    #expect(TypeCatalog.forBuild(major: 10, minor: 0, build: 19045, architecture: .amd64)?.id == "win10-2004-x64")
    #expect(TypeCatalog.forBuild(major: 10, minor: 0, build: 22631, architecture: .amd64)?.id == "win10-2004-x64")
    #expect(TypeCatalog.forBuild(major: 6, minor: 1, build: 7601, architecture: .x86)?.id == "win7sp1-x86")
    #expect(TypeCatalog.forBuild(major: 6, minor: 3, build: 9600, architecture: .amd64) == nil)
  }

  @Test func hostileCatalogText() {
    let deep = String(repeating: "Ptr64 ", count: 50) + "Void"
    let c = TypeCatalog(text: """
      catalog t
      struct _A 0x10
      +0x000 Huge : [99999999] UChar
      +0x000 Deep : \(deep)
      +0x000 Bits : Pos 70, 3 Bits
      +0x008 Self : _A
      garbage line
      """)
    #expect(c.problems.count == 4)
    #expect(c.layout(named: "_A")?.fields.map(\.name) == ["Self"])
    #expect(c.offset(of: "_A", field: String(repeating: "Self.", count: 40) + "Self") == nil)
    #expect(c.names(matching: "_a*") == ["_A"])
  }
}
