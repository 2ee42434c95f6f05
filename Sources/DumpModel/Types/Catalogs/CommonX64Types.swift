/// x64 types whose layout is the same in every ntdll from Windows 7 SP1 to Windows 11 (fixed by
/// the ABI or the SDK headers). Appended to every x64 catalog.
///
/// Source: ntdiff/headers `Win7_SP1/x64/System32/ntdll.dll/ALL_SORTED.h` (PDB-derived), which
/// matches winnt.h for _LIST_ENTRY, _SINGLE_LIST_ENTRY, _UNICODE_STRING, _STRING, _CLIENT_ID,
/// _NT_TIB, _EXCEPTION_RECORD, _CONTEXT, _M128A and _LARGE_INTEGER; _STACK_TRACE_DATABASE and
/// _RTL_STACK_TRACE_ENTRY per nt-layouts.md §4.1 ("identical Win7 SP1 → Win11 x64").
enum CommonX64Types {
  static let text = #"""
# --- common x64 types (CommonX64Types.swift) ---
struct _LIST_ENTRY 0x10
+0x000 Flink : Ptr64 _LIST_ENTRY
+0x008 Blink : Ptr64 _LIST_ENTRY

struct _SINGLE_LIST_ENTRY 0x8
+0x000 Next : Ptr64 _SINGLE_LIST_ENTRY

struct _UNICODE_STRING 0x10
+0x000 Length : Uint2B
+0x002 MaximumLength : Uint2B
+0x008 Buffer : Ptr64 Wchar

struct _STRING 0x10
+0x000 Length : Uint2B
+0x002 MaximumLength : Uint2B
+0x008 Buffer : Ptr64 Char

struct _CLIENT_ID 0x10
+0x000 UniqueProcess : Ptr64 Void
+0x008 UniqueThread : Ptr64 Void

struct _NT_TIB 0x38
+0x000 ExceptionList : Ptr64 _EXCEPTION_REGISTRATION_RECORD
+0x008 StackBase : Ptr64 Void
+0x010 StackLimit : Ptr64 Void
+0x018 SubSystemTib : Ptr64 Void
+0x020 FiberData : Ptr64 Void
+0x020 Version : Uint4B
+0x028 ArbitraryUserPointer : Ptr64 Void
+0x030 Self : Ptr64 _NT_TIB

struct _EXCEPTION_REGISTRATION_RECORD 0x10
+0x000 Next : Ptr64 _EXCEPTION_REGISTRATION_RECORD
+0x008 Handler : Ptr64 void

union _LARGE_INTEGER 0x8
+0x000 LowPart : Uint4B
+0x004 HighPart : Int4B
+0x000 u : <unnamed-tag> 0x8
+0x000 QuadPart : Int8B

union _ULARGE_INTEGER 0x8
+0x000 LowPart : Uint4B
+0x004 HighPart : Uint4B
+0x000 u : <unnamed-tag> 0x8
+0x000 QuadPart : Uint8B

struct _EXCEPTION_RECORD 0x98
+0x000 ExceptionCode : Int4B
+0x004 ExceptionFlags : Uint4B
+0x008 ExceptionRecord : Ptr64 _EXCEPTION_RECORD
+0x010 ExceptionAddress : Ptr64 Void
+0x018 NumberParameters : Uint4B
+0x020 ExceptionInformation : [15] Uint8B

struct _M128A 0x10
+0x000 Low : Uint8B
+0x008 High : Int8B

struct _CONTEXT 0x4d0
+0x000 P1Home : Uint8B
+0x008 P2Home : Uint8B
+0x010 P3Home : Uint8B
+0x018 P4Home : Uint8B
+0x020 P5Home : Uint8B
+0x028 P6Home : Uint8B
+0x030 ContextFlags : Uint4B
+0x034 MxCsr : Uint4B
+0x038 SegCs : Uint2B
+0x03a SegDs : Uint2B
+0x03c SegEs : Uint2B
+0x03e SegFs : Uint2B
+0x040 SegGs : Uint2B
+0x042 SegSs : Uint2B
+0x044 EFlags : Uint4B
+0x048 Dr0 : Uint8B
+0x050 Dr1 : Uint8B
+0x058 Dr2 : Uint8B
+0x060 Dr3 : Uint8B
+0x068 Dr6 : Uint8B
+0x070 Dr7 : Uint8B
+0x078 Rax : Uint8B
+0x080 Rcx : Uint8B
+0x088 Rdx : Uint8B
+0x090 Rbx : Uint8B
+0x098 Rsp : Uint8B
+0x0a0 Rbp : Uint8B
+0x0a8 Rsi : Uint8B
+0x0b0 Rdi : Uint8B
+0x0b8 R8 : Uint8B
+0x0c0 R9 : Uint8B
+0x0c8 R10 : Uint8B
+0x0d0 R11 : Uint8B
+0x0d8 R12 : Uint8B
+0x0e0 R13 : Uint8B
+0x0e8 R14 : Uint8B
+0x0f0 R15 : Uint8B
+0x0f8 Rip : Uint8B
+0x100 FltSave : <unnamed-tag> 0x200
+0x100 Header : [2] _M128A
+0x120 Legacy : [8] _M128A
+0x1a0 Xmm0 : _M128A
+0x1b0 Xmm1 : _M128A
+0x1c0 Xmm2 : _M128A
+0x1d0 Xmm3 : _M128A
+0x1e0 Xmm4 : _M128A
+0x1f0 Xmm5 : _M128A
+0x200 Xmm6 : _M128A
+0x210 Xmm7 : _M128A
+0x220 Xmm8 : _M128A
+0x230 Xmm9 : _M128A
+0x240 Xmm10 : _M128A
+0x250 Xmm11 : _M128A
+0x260 Xmm12 : _M128A
+0x270 Xmm13 : _M128A
+0x280 Xmm14 : _M128A
+0x290 Xmm15 : _M128A
+0x300 VectorRegister : [26] _M128A
+0x4a0 VectorControl : Uint8B
+0x4a8 DebugControl : Uint8B
+0x4b0 LastBranchToRip : Uint8B
+0x4b8 LastBranchFromRip : Uint8B
+0x4c0 LastExceptionToRip : Uint8B
+0x4c8 LastExceptionFromRip : Uint8B

struct _CURDIR 0x18
+0x000 DosPath : _UNICODE_STRING
+0x010 Handle : Ptr64 Void

struct _RTL_STD_LIST_ENTRY 0x8
+0x000 Next : Ptr64 _RTL_STD_LIST_ENTRY

struct _RTL_STACK_TRACE_ENTRY 0x110
+0x000 HashChain : _RTL_STD_LIST_ENTRY
+0x008 TraceCount : Pos 0, 11 Bits
+0x008 BlockDepth : Pos 11, 5 Bits
+0x00a IndexHigh : Uint2B
+0x00c Index : Uint2B
+0x00e Depth : Uint2B
+0x010 BackTrace : [32] Ptr64 Void
+0x010 FreeChain : _SLIST_ENTRY

struct _SLIST_ENTRY 0x10
+0x000 Next : Ptr64 _SLIST_ENTRY

struct _STACK_TRACE_DATABASE 0x2f0
+0x000 Reserved : [104] Char
+0x000 Lock : _RTL_STACK_DATABASE_LOCK
+0x068 Reserved2 : Ptr64 Void
+0x070 PeakHashCollisionListLength : Uint8B
+0x078 LowerMemoryStart : Ptr64 Void
+0x080 PreCommitted : UChar
+0x081 DumpInProgress : UChar
+0x088 CommitBase : Ptr64 Void
+0x090 CurrentLowerCommitLimit : Ptr64 Void
+0x098 CurrentUpperCommitLimit : Ptr64 Void
+0x0a0 NextFreeLowerMemory : Ptr64 Char
+0x0a8 NextFreeUpperMemory : Ptr64 Char
+0x0b0 NumberOfEntriesLookedUp : Uint4B
+0x0b4 NumberOfEntriesAdded : Uint4B
+0x0b8 EntryIndexArray : Ptr64 Ptr64 _RTL_STACK_TRACE_ENTRY
+0x0c0 NumberOfEntriesAllocated : Uint4B
+0x0c4 NumberOfEntriesAvailable : Uint4B
+0x0c8 NumberOfAllocationFailures : Uint4B
+0x0d0 FreeLists : [32] _SLIST_HEADER
+0x2d0 NumberOfBuckets : Uint4B
+0x2d8 Buckets : [1] _RTL_STD_LIST_HEAD

struct _RTL_STACK_DATABASE_LOCK 0x8
+0x000 Lock : _RTL_SRWLOCK

struct _RTL_SRWLOCK 0x8
+0x000 Locked : Pos 0, 1 Bit
+0x000 Waiting : Pos 1, 1 Bit
+0x000 Waking : Pos 2, 1 Bit
+0x000 MultipleShared : Pos 3, 1 Bit
+0x000 Shared : Pos 4, 60 Bits
+0x000 Value : Uint8B
+0x000 Ptr : Ptr64 Void

struct _RTL_STD_LIST_HEAD 0x10
+0x000 Next : Ptr64 _RTL_STD_LIST_ENTRY
+0x008 Lock : _RTL_STACK_DATABASE_LOCK

union _SLIST_HEADER 0x10
+0x000 Alignment : Uint8B
+0x008 Region : Uint8B
+0x000 Header8 : <unnamed-tag> 0x10
+0x000 Header16 : <unnamed-tag> 0x10
+0x000 HeaderX64 : <unnamed-tag> 0x10

struct _DPH_BLOCK_INFORMATION 0x40
+0x000 StartStamp : Uint4B
+0x008 Heap : Ptr64 Void
+0x010 RequestedSize : Uint8B
+0x018 ActualSize : Uint8B
+0x020 FreeQueue : _LIST_ENTRY
+0x020 FreePushList : _SLIST_ENTRY
+0x020 TraceIndex : Uint2B
+0x030 StackTrace : Ptr64 Void
+0x038 Padding : Uint4B
+0x03c EndStamp : Uint4B
"""#
}
