import DumpModel
import Testing

/// The shipped type catalogs: they parse cleanly, and their offsets match nt-layouts.md.
@Suite("Type catalogs")
struct TypeCatalogTests {
  @Test func everyCatalogParsesWithoutProblems() {
    #expect(TypeCatalog.all.count == 5)
    // Catalogs are found by id before they are parsed: each id must be its text's own.
    #expect(TypeCatalog.all.map(\.id) == TypeCatalog.ids)
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
    #expect(c.layout(named: "_KUSER_SHARED_DATA")?.partial == false)
    #expect(c.offset(of: "_KUSER_SHARED_DATA", field: "NtMajorVersion") == 0x26c)
    #expect(c.offset(of: "_KUSER_SHARED_DATA", field: "XState") == 0x3e0)
    #expect(c.offset(of: "_HEAP", field: "NoSuchField") == nil)
    #expect(c.offset(of: "_HEAP", field: "Flags.Deeper") == nil)
  }

  /// The Windows 7 x64 LFH types the LFH walk reads (nt-layouts.md §3.7, Win7 x64 column), and the
  /// layout the walk takes from them: the Win7 scheme (FreePointer/Limit, no EncodedOffsets).
  @Test func win7x64LfhTypes() throws {
    let c = try #require(TypeCatalog.named("win7sp1-x64"))
    #expect(c.offset(of: "_LFH_HEAP", field: "SubSegmentZones") == 0x28)
    #expect(c.offset(of: "_LFH_HEAP", field: "ZoneBlockSize") == 0x38)
    #expect(c.offset(of: "_LFH_HEAP", field: "Heap") == 0x40)
    #expect(c.offset(of: "_LFH_HEAP", field: "Buckets") == 0x1f0)
    #expect(c.offset(of: "_LFH_HEAP", field: "LocalData") == 0x3f0)
    #expect(c.size(of: "_LFH_HEAP") == 0x6420)
    #expect(c.offset(of: "_LFH_BLOCK_ZONE", field: "FreePointer") == 0x10)
    #expect(c.offset(of: "_LFH_BLOCK_ZONE", field: "Limit") == 0x18)
    #expect(c.size(of: "_LFH_BLOCK_ZONE") == 0x20)
    #expect(c.offset(of: "_HEAP_SUBSEGMENT", field: "UserBlocks") == 0x8)
    #expect(c.offset(of: "_HEAP_SUBSEGMENT", field: "AggregateExchg.Depth") == 0x10)
    #expect(c.offset(of: "_HEAP_SUBSEGMENT", field: "AggregateExchg.FreeEntryOffset") == 0x12)
    #expect(c.offset(of: "_HEAP_SUBSEGMENT", field: "BlockSize") == 0x18)
    #expect(c.offset(of: "_HEAP_SUBSEGMENT", field: "BlockCount") == 0x1c)
    #expect(c.offset(of: "_HEAP_SUBSEGMENT", field: "SizeIndex") == 0x1e)
    #expect(c.offset(of: "_HEAP_SUBSEGMENT", field: "SFreeListEntry") == 0x20)
    #expect(c.size(of: "_HEAP_SUBSEGMENT") == 0x30)
    #expect(c.offset(of: "_HEAP_USERDATA_HEADER", field: "SubSegment") == 0)
    #expect(c.offset(of: "_HEAP_USERDATA_HEADER", field: "SizeIndex") == 0x10)
    #expect(c.offset(of: "_HEAP_USERDATA_HEADER", field: "Signature") == 0x18)
    #expect(c.size(of: "_HEAP_USERDATA_HEADER") == 0x20)
    let l = try #require(LfhLayout(catalog: c))
    let w7 = try #require(l.windows7)
    #expect(l.encoded == nil && w7.zoneFreePointer == 0x10 && w7.zoneLimit == 0x18 && w7.subFreeEntryOffset == 0x12)
    #expect(l.subsegmentSize == 0x30 && l.userHeaderSize == 0x20 && l.blockCode == 0x8 && l.blockUnused == 0xf)
    #expect(l.zoneFirstSubsegment == 0x20)
    // Win8+ keeps its scheme; the Win8+ x86 catalog gets no LFH layout (win7x86LfhTypes below).
    #expect(LfhLayout(catalog: try #require(TypeCatalog.named("win10-2004-x64")))?.encoded?.zoneNextIndex == 0x10)
    #expect(LfhLayout(catalog: try #require(TypeCatalog.named("win10-2004-x86"))) == nil)
  }

  /// The Win7 SP1 x86 LFH types (ntdiff Win7_SP1/x86 ALL_SORTED.h; nt-layouts.md §3.7 Win7 x86
  /// paragraphs: subsegment 0x20, user-blocks header 0x10, zone header 0x10) give the Windows 7
  /// scheme with x86 offsets: SubSegmentCode +0, UnusedBytes +7 (§3.3).
  @Test func win7x86LfhTypes() throws {
    let c = try #require(TypeCatalog.named("win7sp1-x86"))
    #expect(c.offset(of: "_LFH_HEAP", field: "SubSegmentZones") == 0x18)
    #expect(c.offset(of: "_LFH_HEAP", field: "Heap") == 0x24)
    #expect(c.size(of: "_LFH_HEAP") == 0x3728)
    #expect(c.size(of: "_LFH_BLOCK_ZONE") == 0x10)
    #expect(c.offset(of: "_HEAP_SUBSEGMENT", field: "AggregateExchg.FreeEntryOffset") == 0xa)
    let l = try #require(LfhLayout(catalog: c))
    let w7 = try #require(l.windows7)
    #expect(l.encoded == nil && w7.zoneFreePointer == 0x8 && w7.zoneLimit == 0xc && w7.subFreeEntryOffset == 0xa)
    #expect(l.subSegmentZones == 0x18 && l.lfhHeap == 0x24 && l.zoneFirstSubsegment == 0x10)
    #expect(l.subsegmentSize == 0x20 && l.subUserBlocks == 0x4 && l.subDepth == 0x8 && l.subBlockSize == 0x10)
    #expect(l.subBlockCount == 0x14 && l.subSizeIndex == 0x16)
    #expect(l.userSubSegment == 0 && l.userSizeIndex == 0x8 && l.userSignature == 0xc && l.userHeaderSize == 0x10)
    #expect(l.blockCode == 0 && l.blockUnused == 0x7)
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
  }

  /// The types issue 6 listed as partial or missing are complete on Windows 10 x64; offsets and
  /// sizes checked against nt-layouts.md §2-§3 where it lists them.
  @Test func win10x64CompleteTypes() throws {
    let v1507 = try #require(TypeCatalog.named("win10-1507-x64"))
    let v2004 = try #require(TypeCatalog.named("win10-2004-x64"))
    let complete = ["_PEB", "_TEB", "_PEB_LDR_DATA", "_LDR_DATA_TABLE_ENTRY", "_RTL_USER_PROCESS_PARAMETERS",
                    "_HEAP_ENTRY", "_HEAP_FREE_ENTRY", "_HEAP_ENTRY_EXTRA", "_HEAP_LIST_LOOKUP", "_HEAP_TUNING_PARAMETERS",
                    "_KUSER_SHARED_DATA", "_LFH_HEAP", "_HEAP_SUBSEGMENT", "_HEAP_USERDATA_HEADER",
                    "_HEAP_LOCAL_SEGMENT_INFO", "_INTERLOCK_SEQ", "_SEGMENT_HEAP"]
    for c in [v1507, v2004] {
      for name in complete {
        let t = try #require(c.layout(named: name), "\(c.id) \(name)")
        #expect(!t.partial, "\(c.id) \(name) is complete")
        #expect(!c.missing.contains { $0.name == name }, "\(c.id) \(name) not listed missing")
      }
      // nt-layouts.md §2.1 / §2.2 / §2.3 (x64, Win7 and Win10/11)
      #expect(c.offset(of: "_PEB", field: "BeingDebugged") == 0x2)
      #expect(c.offset(of: "_PEB", field: "Ldr") == 0x18)
      #expect(c.offset(of: "_PEB", field: "ProcessHeap") == 0x30)
      #expect(c.offset(of: "_PEB", field: "NtGlobalFlag") == 0xbc)
      #expect(c.offset(of: "_PEB", field: "NumberOfHeaps") == 0xe8)
      #expect(c.offset(of: "_PEB", field: "ProcessHeaps") == 0xf0)
      #expect(c.offset(of: "_PEB", field: "OSBuildNumber") == 0x120)
      #expect(c.offset(of: "_TEB", field: "NtTib.StackBase") == 0x8)
      #expect(c.offset(of: "_TEB", field: "ClientId.UniqueThread") == 0x48)
      #expect(c.offset(of: "_TEB", field: "ProcessEnvironmentBlock") == 0x60)
      #expect(c.offset(of: "_TEB", field: "LastErrorValue") == 0x68)
      #expect(c.offset(of: "_TEB", field: "TlsSlots") == 0x1480)
      #expect(c.size(of: "_TEB") == 0x1838)
      #expect(c.offset(of: "_PEB_LDR_DATA", field: "InMemoryOrderModuleList") == 0x20)
      #expect(c.size(of: "_PEB_LDR_DATA") == 0x58)
      #expect(c.offset(of: "_LDR_DATA_TABLE_ENTRY", field: "DllBase") == 0x30)
      #expect(c.offset(of: "_LDR_DATA_TABLE_ENTRY", field: "BaseDllName.Buffer") == 0x60)
      #expect(c.offset(of: "_LDR_DATA_TABLE_ENTRY", field: "TimeDateStamp") == 0x80)
      #expect(c.offset(of: "_RTL_USER_PROCESS_PARAMETERS", field: "CommandLine") == 0x70)
      // nt-layouts.md §3.3 (x64)
      #expect(c.offset(of: "_HEAP_ENTRY", field: "UnusedBytes") == 0xf)
      #expect(c.offset(of: "_HEAP_ENTRY", field: "ExtendedBlockSignature") == 0xf)
      #expect(c.size(of: "_HEAP_ENTRY") == 0x10)
      #expect(c.offset(of: "_HEAP_FREE_ENTRY", field: "FreeList") == 0x10)
      #expect(c.size(of: "_HEAP_FREE_ENTRY") == 0x20)
      #expect(c.offset(of: "_HEAP_ENTRY_EXTRA", field: "Settable") == 0x8)
      #expect(c.offset(of: "_HEAP_LIST_LOOKUP", field: "ListHints") == 0x30)
      #expect(c.size(of: "_HEAP_LIST_LOOKUP") == 0x38)
      #expect(c.size(of: "_HEAP_TUNING_PARAMETERS") == 0x10)
      // nt-layouts.md §3.7 (W10 2004 x64 column; 1507 read identical)
      #expect(c.offset(of: "_LFH_HEAP", field: "SubSegmentZones") == 0x8)
      #expect(c.offset(of: "_LFH_HEAP", field: "Buckets") == 0x2a4)
      #expect(c.offset(of: "_LFH_HEAP", field: "LocalData") == 0xcc0)
      #expect(c.size(of: "_LFH_HEAP") == 0xcf0)
      #expect(c.offset(of: "_HEAP_SUBSEGMENT", field: "BlockCount") == 0x28)
      #expect(c.size(of: "_HEAP_SUBSEGMENT") == 0x40)
      #expect(c.offset(of: "_HEAP_USERDATA_HEADER", field: "Signature") == 0x14)
      #expect(c.offset(of: "_HEAP_USERDATA_HEADER", field: "EncodedOffsets") == 0x18)
      #expect(c.size(of: "_HEAP_USERDATA_HEADER") == 0x38)
      #expect(c.offset(of: "_HEAP_LOCAL_SEGMENT_INFO", field: "BucketIndex") == 0xac)
      // nt-layouts.md §5: segment heap signature at +0x10 on x64
      #expect(c.offset(of: "_SEGMENT_HEAP", field: "Signature") == 0x10)
      #expect(c.offset(of: "_KUSER_SHARED_DATA", field: "NtSystemRoot") == 0x30)
      #expect(c.offset(of: "_KUSER_SHARED_DATA", field: "NtBuildNumber") == 0x260)
    }
    #expect(v2004.size(of: "_PEB") == 0x7c8)
    #expect(v1507.size(of: "_PEB") == 0x388)
    #expect(v2004.size(of: "_LDR_DATA_TABLE_ENTRY") == 0x120)
    #expect(v1507.size(of: "_LDR_DATA_TABLE_ENTRY") == 0x118)
    #expect(v2004.size(of: "_RTL_USER_PROCESS_PARAMETERS") == 0x440)
    #expect(v1507.size(of: "_RTL_USER_PROCESS_PARAMETERS") == 0x410)
    #expect(v2004.size(of: "_KUSER_SHARED_DATA") == 0x720)
    #expect(v1507.size(of: "_KUSER_SHARED_DATA") == 0x708)
    #expect(v2004.size(of: "_SEGMENT_HEAP") == 0x800)
    #expect(v1507.size(of: "_SEGMENT_HEAP") == 0x5f0)
  }

  /// Every embedded (non-pointer) named type a catalog uses is defined in that catalog, and no
  /// field runs past the end of its type.
  @Test func everyEmbeddedTypeIsDefined() {
    for c in TypeCatalog.all {
      for t in c.types {
        for f in t.fields {
          var inner = f.type
          while case .array(_, let of) = inner { inner = of }
          if case .named(let n) = inner {
            #expect(c.layout(named: n) != nil || c.missing.contains { $0.name == n }, "\(c.id) \(t.name).\(f.name): \(n)")
          }
          if t.size > 0, let s = c.size(of: f.type) {
            #expect(f.offset + s <= t.size, "\(c.id) \(t.name).\(f.name) ends past \(t.size)")
          }
        }
      }
    }
  }

  @Test func win7x86HeapOffsets() throws {
    let c = try #require(TypeCatalog.named("win7sp1-x86"))
    #expect(c.pointerSize == 4)
    #expect(c.offset(of: "_HEAP", field: "VirtualAllocdBlocks") == 0xa0)
    #expect(c.offset(of: "_HEAP", field: "Counters") == 0xdc)
    #expect(c.offset(of: "_HEAP_VIRTUAL_ALLOC_ENTRY", field: "BusyBlock") == 0x18)
  }

  /// Windows 7 SP1 x86 is complete; offsets against the x86 columns of nt-layouts.md §2-§4.
  @Test func win7x86CompleteTypes() throws {
    let c = try #require(TypeCatalog.named("win7sp1-x86"))
    #expect(c.types.filter { $0.partial && !$0.fields.isEmpty }.isEmpty)
    for name in ["_PEB", "_TEB", "_PEB_LDR_DATA", "_LDR_DATA_TABLE_ENTRY", "_RTL_USER_PROCESS_PARAMETERS", "_HEAP",
                 "_HEAP_ENTRY", "_HEAP_FREE_ENTRY", "_HEAP_ENTRY_EXTRA", "_HEAP_LIST_LOOKUP", "_HEAP_TUNING_PARAMETERS",
                 "_LFH_HEAP", "_HEAP_LOCAL_SEGMENT_INFO", "_INTERLOCK_SEQ", "_KUSER_SHARED_DATA", "_CONTEXT",
                 "_EXCEPTION_RECORD", "_CURDIR", "_STRING", "_STACK_TRACE_DATABASE"] {
      let t = try #require(c.layout(named: name), "\(name)")
      #expect(!t.partial, "\(name) is complete")
      #expect(!c.missing.contains { $0.name == name }, "\(name) not listed missing")
    }
    #expect(c.offset(of: "_PEB", field: "Ldr") == 0xc)
    #expect(c.offset(of: "_PEB", field: "ProcessHeap") == 0x18)
    #expect(c.offset(of: "_PEB", field: "NtGlobalFlag") == 0x68)
    #expect(c.offset(of: "_PEB", field: "ProcessHeaps") == 0x90)
    #expect(c.offset(of: "_PEB", field: "OSBuildNumber") == 0xac)
    #expect(c.size(of: "_PEB") == 0x248)
    #expect(c.offset(of: "_TEB", field: "NtTib.StackLimit") == 0x8)
    #expect(c.offset(of: "_TEB", field: "ClientId.UniqueProcess") == 0x20)
    #expect(c.offset(of: "_TEB", field: "ProcessEnvironmentBlock") == 0x30)
    #expect(c.offset(of: "_TEB", field: "LastErrorValue") == 0x34)
    #expect(c.offset(of: "_TEB", field: "TlsSlots") == 0xe10)
    #expect(c.size(of: "_TEB") == 0xfe4)
    #expect(c.offset(of: "_PEB_LDR_DATA", field: "InInitializationOrderModuleList") == 0x1c)
    #expect(c.offset(of: "_LDR_DATA_TABLE_ENTRY", field: "DllBase") == 0x18)
    #expect(c.offset(of: "_LDR_DATA_TABLE_ENTRY", field: "HashLinks") == 0x3c)
    #expect(c.size(of: "_LDR_DATA_TABLE_ENTRY") == 0x78)
    #expect(c.offset(of: "_HEAP", field: "Signature") == 0x64)
    #expect(c.offset(of: "_HEAP", field: "FrontEndHeap") == 0xd4)
    #expect(c.offset(of: "_HEAP", field: "TuningParameters") == 0x130)
    #expect(c.size(of: "_HEAP") == 0x138)
    #expect(c.size(of: "_HEAP_COUNTERS") == 0x54)
    #expect(c.offset(of: "_HEAP_LIST_LOOKUP", field: "ListHints") == 0x20)
    #expect(c.offset(of: "_HEAP_SUBSEGMENT", field: "BlockCount") == 0x14)
    #expect(c.offset(of: "_HEAP_SUBSEGMENT", field: "Lock") == 0x1c)
    #expect(c.size(of: "_HEAP_USERDATA_HEADER") == 0x10)
    #expect(c.offset(of: "_STACK_TRACE_DATABASE", field: "EntryIndexArray") == 0x64)
    #expect(c.offset(of: "_STACK_TRACE_DATABASE", field: "Buckets") == 0x17c)
    #expect(c.size(of: "_STACK_TRACE_DATABASE") == 0x188)
    #expect(c.offset(of: "_RTL_STACK_TRACE_ENTRY", field: "BackTrace") == 0xc)
    #expect(c.offset(of: "_DPH_BLOCK_INFORMATION", field: "EndStamp") == 0x1c)
    #expect(c.size(of: "_KUSER_SHARED_DATA") == 0x5f0)
    #expect(c.size(of: "_CONTEXT") == 0x2cc)
    #expect(c.offset(of: "_CONTEXT", field: "Esp") == 0xc4)
    let layout = try HeapLayout(catalog: c)
    #expect(layout.granularity == 8)
    #expect(layout.traceDatabase != nil)
  }

  @Test func catalogChoiceByBuild() {
    #expect(TypeCatalog.forBuild(major: 6, minor: 1, build: 7601, architecture: .amd64)?.id == "win7sp1-x64")
    #expect(TypeCatalog.forBuild(major: 10, minor: 0, build: 10240, architecture: .amd64)?.id == "win10-1507-x64")
    #expect(TypeCatalog.forBuild(major: 10, minor: 0, build: 19045, architecture: .amd64)?.id == "win10-2004-x64")
    #expect(TypeCatalog.forBuild(major: 10, minor: 0, build: 22631, architecture: .amd64)?.id == "win10-2004-x64")
    #expect(TypeCatalog.forBuild(major: 6, minor: 1, build: 7601, architecture: .x86)?.id == "win7sp1-x86")
    #expect(TypeCatalog.forBuild(major: 10, minor: 0, build: 19041, architecture: .x86)?.id == "win10-2004-x86")
    #expect(TypeCatalog.forBuild(major: 10, minor: 0, build: 17763, architecture: .x86)?.id == "win10-2004-x86")
    // Windows 8/8.1 x64 fall back to 1507 with a note; x86 8/8.1 get none.
    #expect(TypeCatalog.forBuild(major: 6, minor: 3, build: 9600, architecture: .amd64)?.id == "win10-1507-x64")
    #expect(TypeCatalog.forBuild(major: 6, minor: 2, build: 9200, architecture: .amd64)?.id == "win10-1507-x64")
    #expect(TypeCatalog.forBuild(major: 6, minor: 3, build: 9600, architecture: .x86) == nil)
    #expect(TypeCatalog.fallbackNote(major: 6, minor: 3, build: 9600, architecture: .amd64) != nil)
    #expect(TypeCatalog.fallbackNote(major: 10, minor: 0, build: 17763, architecture: .amd64) != nil)
    #expect(TypeCatalog.fallbackNote(major: 10, minor: 0, build: 17763, architecture: .x86) != nil)
    for (major, minor, build) in [(6, 1, 7601), (10, 0, 10240), (10, 0, 19045), (10, 0, 22631)] as [(UInt32, UInt32, UInt32)] {
      #expect(TypeCatalog.fallbackNote(major: major, minor: minor, build: build, architecture: .amd64) == nil)
    }
    #expect(TypeCatalog.fallbackNote(major: 10, minor: 0, build: 19041, architecture: .x86) == nil)
  }

  /// Windows 10 2004 x86: offsets against nt-layouts.md (§2.1 x86 / PEB32, §2.2 x86, §3.1 "W10 x86",
  /// §3.3 x86, §4.1 x86, §5 x86).
  @Test func win10x86Offsets() throws {
    let c = try #require(TypeCatalog.named("win10-2004-x86"))
    #expect(c.pointerSize == 4)
    #expect(c.types.filter { $0.partial && !$0.fields.isEmpty }.isEmpty)
    #expect(c.offset(of: "_PEB", field: "Ldr") == 0xc)
    #expect(c.offset(of: "_PEB", field: "ProcessHeap") == 0x18)
    #expect(c.offset(of: "_PEB", field: "NtGlobalFlag") == 0x68)
    #expect(c.offset(of: "_PEB", field: "NumberOfHeaps") == 0x88)
    #expect(c.offset(of: "_PEB", field: "ProcessHeaps") == 0x90)
    #expect(c.offset(of: "_PEB", field: "OSBuildNumber") == 0xac)
    #expect(c.size(of: "_PEB") == 0x480)
    #expect(c.offset(of: "_TEB", field: "NtTib.StackBase") == 0x4)
    #expect(c.offset(of: "_TEB", field: "NtTib.Self") == 0x18)
    #expect(c.offset(of: "_TEB", field: "ClientId.UniqueThread") == 0x24)
    #expect(c.offset(of: "_TEB", field: "ProcessEnvironmentBlock") == 0x30)
    #expect(c.offset(of: "_TEB", field: "LastErrorValue") == 0x34)
    #expect(c.offset(of: "_TEB", field: "TlsSlots") == 0xe10)
    #expect(c.size(of: "_TEB") == 0x1000)
    #expect(c.offset(of: "_PEB_LDR_DATA", field: "InMemoryOrderModuleList") == 0x14)
    #expect(c.offset(of: "_LDR_DATA_TABLE_ENTRY", field: "BaseDllName") == 0x2c)
    #expect(c.offset(of: "_LDR_DATA_TABLE_ENTRY", field: "TimeDateStamp") == 0x44)
    #expect(c.offset(of: "_HEAP", field: "Interceptor") == 0x58)
    #expect(c.offset(of: "_HEAP", field: "Signature") == 0x60)
    #expect(c.offset(of: "_HEAP", field: "VirtualAllocdBlocks") == 0x9c)
    #expect(c.offset(of: "_HEAP", field: "SegmentList") == 0xa4)
    #expect(c.offset(of: "_HEAP", field: "FreeLists") == 0xc0)
    #expect(c.offset(of: "_HEAP", field: "FrontEndHeap") == 0xe4)
    #expect(c.offset(of: "_HEAP", field: "FrontEndHeapType") == 0xea)
    #expect(c.offset(of: "_HEAP", field: "Counters") == 0x1f4)
    #expect(c.offset(of: "_HEAP", field: "TuningParameters") == 0x250)
    #expect(c.size(of: "_HEAP") == 0x258)
    #expect(c.size(of: "_HEAP_ENTRY") == 0x8)
    #expect(c.offset(of: "_HEAP_ENTRY", field: "UnusedBytes") == 0x7)
    #expect(c.offset(of: "_HEAP_FREE_ENTRY", field: "FreeList") == 0x8)
    #expect(c.size(of: "_HEAP_LIST_LOOKUP") == 0x24)
    #expect(c.offset(of: "_HEAP_LIST_LOOKUP", field: "ListHints") == 0x20)
    #expect(c.offset(of: "_HEAP_VIRTUAL_ALLOC_ENTRY", field: "BusyBlock") == 0x18)
    #expect(c.size(of: "_HEAP_VIRTUAL_ALLOC_ENTRY") == 0x20)
    #expect(c.offset(of: "_HEAP_UCR_DESCRIPTOR", field: "Size") == 0x14)
    #expect(c.offset(of: "_STACK_TRACE_DATABASE", field: "EntryIndexArray") == 0x64)
    #expect(c.offset(of: "_STACK_TRACE_DATABASE", field: "NumberOfBuckets") == 0x178)
    #expect(c.size(of: "_RTL_STACK_TRACE_ENTRY") == 0x8c)
    #expect(c.offset(of: "_DPH_BLOCK_INFORMATION", field: "StackTrace") == 0x18)
    #expect(c.offset(of: "_SEGMENT_HEAP", field: "Signature") == 0x8)
    #expect(c.size(of: "_CONTEXT") == 0x2cc)
    #expect(c.offset(of: "_CONTEXT", field: "Eip") == 0xb8)
    // The heap walker finds every offset it needs.
    let layout = try HeapLayout(catalog: c)
    #expect(layout.granularity == 8)
    #expect(layout.headerBytes == 0)
    #expect(layout.traceDatabase != nil)
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
      +0x1g BadHex : Uint4B
      +0x12345678901234567 TooWide : Uint4B
      +0x010 Neg : [-1] UChar
      +0x010 Spaced : Some Type
      +0x00C Upper : [2] Uint2B
      """)
    #expect(c.problems.count == 8)
    #expect(c.layout(named: "_A")?.fields.map(\.name) == ["Self", "Upper"])
    #expect(c.offset(of: "_A", field: "Upper") == 0xC)
    #expect(c.offset(of: "_A", field: String(repeating: "Self.", count: 40) + "Self") == nil)
    #expect(c.names(matching: "_a*") == ["_A"])
  }
}
