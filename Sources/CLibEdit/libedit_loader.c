/* Opens libedit on first use; see libedit_loader.h. */
#define DD_LIBEDIT_LOADER_IMPL
#include "libedit_loader.h"

#include <dlfcn.h>
#include <stddef.h>

struct dd_libedit dd_lib;

int dd_load_libedit(void) {
    static int state = 0; /* 0 not tried, 1 loaded, -1 failed */
    if (state != 0)
        return state > 0;
    /* Debian's soname first, then other sonames and macOS's. */
    static const char *names[] = {"libedit.so.2", "libedit.so.0", "libedit.so", "libedit.3.dylib", "libedit.dylib"};
    void *h = NULL;
    for (size_t i = 0; h == NULL && i < sizeof names / sizeof names[0]; i++)
        h = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
    state = -1;
    if (h == NULL)
        return 0;
#define DD_RESOLVE(name) \
    if ((*(void **)&dd_lib.name = dlsym(h, #name)) == NULL) \
        return 0;
    DD_RESOLVE(el_init) DD_RESOLVE(el_end) DD_RESOLVE(el_reset) DD_RESOLVE(el_gets) DD_RESOLVE(el_set)
    DD_RESOLVE(el_get) DD_RESOLVE(el_push) DD_RESOLVE(el_insertstr) DD_RESOLVE(el_deletestr)
    DD_RESOLVE(el_line) DD_RESOLVE(el_beep) DD_RESOLVE(history_init) DD_RESOLVE(history_end)
    DD_RESOLVE(history)
#undef DD_RESOLVE
    state = 1;
    return 1;
}
