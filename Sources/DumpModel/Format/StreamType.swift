/// A minidump stream type number (`MINIDUMP_STREAM_TYPE`, minidumpapiset.h).
///
/// Unknown values are kept as they are: Wine writes a private stream of type 0xFFF0 and Breakpad
/// uses 0x4767xxxx; `.dumpdebug` lists them and nothing else cares.
public struct StreamType: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
  public let rawValue: UInt32
  public init(rawValue: UInt32) { self.rawValue = rawValue }

  public static let unused = StreamType(rawValue: 0)
  public static let threadList = StreamType(rawValue: 3)
  public static let moduleList = StreamType(rawValue: 4)
  public static let memoryList = StreamType(rawValue: 5)
  public static let exception = StreamType(rawValue: 6)
  public static let systemInfo = StreamType(rawValue: 7)
  public static let threadExList = StreamType(rawValue: 8)
  public static let memory64List = StreamType(rawValue: 9)
  public static let commentA = StreamType(rawValue: 10)
  public static let commentW = StreamType(rawValue: 11)
  public static let handleData = StreamType(rawValue: 12)
  public static let functionTable = StreamType(rawValue: 13)
  public static let unloadedModuleList = StreamType(rawValue: 14)
  public static let miscInfo = StreamType(rawValue: 15)
  public static let memoryInfoList = StreamType(rawValue: 16)
  public static let threadInfoList = StreamType(rawValue: 17)
  public static let handleOperationList = StreamType(rawValue: 18)
  public static let token = StreamType(rawValue: 19)
  public static let javaScriptData = StreamType(rawValue: 20)
  public static let systemMemoryInfo = StreamType(rawValue: 21)
  public static let processVmCounters = StreamType(rawValue: 22)
  public static let iptTrace = StreamType(rawValue: 23)
  public static let threadNames = StreamType(rawValue: 24)
  /// Not a stream: the header and directory, named in errors about them.
  public static let header = StreamType(rawValue: 0xFFFF_FFFF)

  /// WinDbg's name for the type, e.g. `Memory64ListStream`; unknown types print as `Stream 0xfff0`.
  public var name: String {
    switch rawValue {
    case 0: return "UnusedStream"
    case 1: return "ReservedStream0"
    case 2: return "ReservedStream1"
    case 3: return "ThreadListStream"
    case 4: return "ModuleListStream"
    case 5: return "MemoryListStream"
    case 6: return "ExceptionStream"
    case 7: return "SystemInfoStream"
    case 8: return "ThreadExListStream"
    case 9: return "Memory64ListStream"
    case 10: return "CommentStreamA"
    case 11: return "CommentStreamW"
    case 12: return "HandleDataStream"
    case 13: return "FunctionTableStream"
    case 14: return "UnloadedModuleListStream"
    case 15: return "MiscInfoStream"
    case 16: return "MemoryInfoListStream"
    case 17: return "ThreadInfoListStream"
    case 18: return "HandleOperationListStream"
    case 19: return "TokenStream"
    case 20: return "JavaScriptDataStream"
    case 21: return "SystemMemoryInfoStream"
    case 22: return "ProcessVmCountersStream"
    case 23: return "IptTraceStream"
    case 24: return "ThreadNamesStream"
    case 0xFFFF_FFFF: return "minidump header"
    default: return "Stream 0x\(hex(UInt64(rawValue)))"
    }
  }

  public var description: String { name }
}
