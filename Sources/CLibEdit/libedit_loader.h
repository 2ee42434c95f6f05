/* libedit opened with dlopen on first use instead of linked (libedit_loader.c): a batch session
 * (-c, -cf, stdin not a terminal) never edits a line, so it never maps libedit, libtinfo, libbsd
 * and libmd (0.36 MB resident and their relocation at every start; Docs/performance.md). shim.c
 * calls libedit through the pointers below; dd_el_init and dd_history_init load the library, and
 * every other shim takes an editor or history those two made. The pointer types come from
 * histedit.h's own prototypes. Private to CLibEdit (not in include/). */
#ifndef DD_LIBEDIT_LOADER_H
#define DD_LIBEDIT_LOADER_H

#include "CLibEdit.h"

struct dd_libedit {
    __typeof__(el_init) *el_init;
    __typeof__(el_end) *el_end;
    __typeof__(el_reset) *el_reset;
    __typeof__(el_gets) *el_gets;
    __typeof__(el_set) *el_set;
    __typeof__(el_get) *el_get;
    __typeof__(el_push) *el_push;
    __typeof__(el_insertstr) *el_insertstr;
    __typeof__(el_deletestr) *el_deletestr;
    __typeof__(el_line) *el_line;
    __typeof__(el_beep) *el_beep;
    __typeof__(history_init) *history_init;
    __typeof__(history_end) *history_end;
    __typeof__(history) *history;
};

extern struct dd_libedit dd_lib;

/* 1 when libedit is loaded with every entry point, 0 when it cannot be (the caller then reads
   plain lines). */
int dd_load_libedit(void);

#ifndef DD_LIBEDIT_LOADER_IMPL
#define el_init (*dd_lib.el_init)
#define el_end (*dd_lib.el_end)
#define el_reset (*dd_lib.el_reset)
#define el_gets (*dd_lib.el_gets)
#define el_set (*dd_lib.el_set)
#define el_get (*dd_lib.el_get)
#define el_push (*dd_lib.el_push)
#define el_insertstr (*dd_lib.el_insertstr)
#define el_deletestr (*dd_lib.el_deletestr)
#define el_line (*dd_lib.el_line)
#define el_beep (*dd_lib.el_beep)
#define history_init (*dd_lib.history_init)
#define history_end (*dd_lib.history_end)
#define history (*dd_lib.history)
#endif

#endif
