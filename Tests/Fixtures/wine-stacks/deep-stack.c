/* deep-stack.c: a crashing Windows x64 program with a deep, varied stack, for dumpdbg's unwinder.
   Built with x86_64-w64-mingw32-gcc -O2 (see README.md); run under Wine's 64-bit loader. Its
   unhandled-exception filter writes a minidump with MiniDumpWriteDump.
   Stack at the crash (innermost first):
     StoreSample   leaf, no frame pointer: writes 0x600DF00D to 0xDEAD0000 + 0x40 * depth (depth 7)
     FillBlock     > 4 KB of locals: the prolog calls ___chkstk_ms (UWOP_ALLOC_LARGE)
     Descend x 8   recursion 7..0, keeps values in rbx/rsi/rdi/r12-r15 across the call (PUSH_NONVOL)
     Dispatch      alloca + frame pointer (UWOP_SET_FPREG rbp)
     main
   A second thread waits in Worker -> WaitLoop -> WaitForSingleObject, so ~*k has two stacks. */
#include <windows.h>
#include <dbghelp.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NOOPT __attribute__((noinline, noclone, noipa))
static const char* g_path = "deep-stack.dmp";
static DWORD g_type = MiniDumpNormal;
static HANDLE g_ready, g_never;
/* main's copies of the exception's CONTEXT and EXCEPTION_RECORD: main's frame lies above the
   faulting stack pointer, so MiniDumpNormal saves them (for `.cxr ADDR` and `.exr ADDR`). */
static CONTEXT* g_savedContext;
static EXCEPTION_RECORD* g_savedRecord;

static LONG WINAPI write_dump(EXCEPTION_POINTERS* ep) {
  MINIDUMP_EXCEPTION_INFORMATION mei = { GetCurrentThreadId(), ep, FALSE };
  *g_savedContext = *ep->ContextRecord;
  *g_savedRecord = *ep->ExceptionRecord;
  HANDLE f = CreateFileA(g_path, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, 0, NULL);
  BOOL ok = MiniDumpWriteDump(GetCurrentProcess(), GetCurrentProcessId(), f, g_type, &mei, NULL, NULL);
  CloseHandle(f);
  printf("dump ok=%d type=0x%lx ExceptionRecord=%p ContextRecord=%p copies: record %p context %p\n", ok,
         (unsigned long)g_type, (void*)ep->ExceptionRecord, (void*)ep->ContextRecord, (void*)g_savedRecord,
         (void*)g_savedContext);
  fflush(stdout);
  ExitProcess(2);
  return EXCEPTION_EXECUTE_HANDLER;
}

__declspec(dllexport) NOOPT void StoreSample(unsigned depth, unsigned value) {
  volatile unsigned* slot = (volatile unsigned*)(ULONG_PTR)(0xDEAD0000u + 0x40u * depth);
  *slot = value;
}

__declspec(dllexport) NOOPT unsigned FillBlock(unsigned depth, unsigned seed) {
  volatile unsigned char block[6000];
  for (unsigned i = 0; i < sizeof block; i += 64) block[i] = (unsigned char)(seed + i);
  StoreSample(depth, 0x600DF00Du);
  return block[seed % sizeof block] + block[64];
}

__declspec(dllexport) NOOPT unsigned Descend(unsigned n, unsigned depth, unsigned a, unsigned b) {
  unsigned c = a * 3 + b, d = b * 5 + n, e = a ^ (b << 2), f = c + d * 7, g = e - f, h = n * 11 + a;
  unsigned r = n == 0 ? FillBlock(depth, a + b) : Descend(n - 1, depth, c, d);
  return r + c * d + e * f + g * h + (a | b) + (d ^ h);
}

__declspec(dllexport) NOOPT __attribute__((optimize("no-omit-frame-pointer")))
unsigned Dispatch(unsigned count) {
  unsigned* scratch = alloca(16 * (count + 1));
  for (unsigned i = 0; i <= count; i++) scratch[i * 4] = i * i;
  return Descend(count, count, scratch[4], scratch[8]) + scratch[0];
}

__declspec(dllexport) NOOPT DWORD WINAPI WaitLoop(HANDLE h) {
  DWORD r = 0;
  SetEvent(g_ready);
  for (int i = 0; i < 3; i++) r += WaitForSingleObject(h, INFINITE);
  return r;
}

static DWORD WINAPI Worker(void* arg) { return WaitLoop(arg) + 1; }

int main(int argc, char** argv) {
  CONTEXT savedContext;
  EXCEPTION_RECORD savedRecord;
  g_savedContext = &savedContext;
  g_savedRecord = &savedRecord;
  if (argc > 1) g_path = argv[1];
  if (argc > 2) g_type = strtoul(argv[2], 0, 16);
  SetUnhandledExceptionFilter(write_dump);
  g_ready = CreateEventA(NULL, TRUE, FALSE, NULL);
  g_never = CreateEventA(NULL, TRUE, FALSE, NULL);
  HANDLE t = CreateThread(NULL, 0, Worker, g_never, 0, NULL);
  WaitForSingleObject(g_ready, INFINITE);
  unsigned r = Dispatch(7);
  CloseHandle(t);
  return (int)r;
}
