/* qsort-callback.c: a crash inside a qsort comparator, for dumpdbg's unwinder. Built with
   x86_64-w64-mingw32-gcc -O2 (see README.md); run under Wine's 64-bit loader; its
   unhandled-exception filter writes a minidump with MiniDumpWriteDump.
   Stack at the crash (innermost first):
     Weigh          reads item->next->weight with next == NULL: read access violation at 0x10
     CompareItems   keeps the first weight in xmm6 across the second call (UWOP_SAVE_XMM128)
     msvcrt!qsort   Wine's msvcrt.dll: no image in a MiniDumpNormal dump, so unwinding must scan
     SortBatch      calls qsort through the import table
     main */
#include <windows.h>
#include <dbghelp.h>
#include <stdio.h>
#include <stdlib.h>

#define NOOPT __attribute__((noinline, noclone, noipa))
static const char* g_path = "qsort-callback.dmp";
static DWORD g_type = MiniDumpNormal;

typedef struct Item {
  int key;
  struct Item* next;  /* +0x08 */
  double weight;      /* +0x10 */
} Item;

static LONG WINAPI write_dump(EXCEPTION_POINTERS* ep) {
  MINIDUMP_EXCEPTION_INFORMATION mei = { GetCurrentThreadId(), ep, FALSE };
  HANDLE f = CreateFileA(g_path, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, 0, NULL);
  BOOL ok = MiniDumpWriteDump(GetCurrentProcess(), GetCurrentProcessId(), f, g_type, &mei, NULL, NULL);
  CloseHandle(f);
  printf("dump ok=%d type=0x%lx\n", ok, (unsigned long)g_type);
  fflush(stdout);
  ExitProcess(2);
  return EXCEPTION_EXECUTE_HANDLER;
}

static volatile double g_bias = 1.5;

__declspec(dllexport) NOOPT double Weigh(const Item* item, double bias) { return item->next->weight * bias + item->key; }

__declspec(dllexport) NOOPT int CompareItems(const void* a, const void* b) {
  double wa = Weigh(a, g_bias);
  double wb = Weigh(b, g_bias);
  return (wa > wb) - (wa < wb);
}

__declspec(dllexport) NOOPT int SortBatch(Item* items, size_t count) {
  qsort(items, count, sizeof *items, CompareItems);
  return items[0].key;
}

int main(int argc, char** argv) {
  if (argc > 1) g_path = argv[1];
  if (argc > 2) g_type = strtoul(argv[2], 0, 16);
  SetUnhandledExceptionFilter(write_dump);
  Item items[6];
  for (int i = 0; i < 6; i++) {
    items[i].key = 60 - i * 7;
    items[i].next = &items[i];
    items[i].weight = i * 0.25;
  }
  items[4].next = NULL;
  return SortBatch(items, 6);
}
