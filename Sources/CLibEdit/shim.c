/* Non-variadic shims around libedit; see the quirk list in CLibEdit.h. */
#include "CLibEdit.h"

#include <errno.h>
#include <limits.h>
#include <locale.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <wchar.h>
#include "libedit_loader.h"

FILE *dd_stdin(void) { return stdin; }
FILE *dd_stdout(void) { return stdout; }
FILE *dd_stderr(void) { return stderr; }

struct dd_editor {
    EditLine *el;
    char *prompt;
    void *user;
    int infd;
    FILE *owned[3]; /* streams opened by dd_el_init_fds, closed by dd_el_end */
    /* Bytes read after a SIGINT arrived, replayed by the next dd_getcfn(). */
    char pending[MB_LEN_MAX];
    size_t npending;
};

static volatile sig_atomic_t dd_interrupt_flag = 0;

static char dd_empty_prompt[] = "";

static dd_editor *dd_wrapper(EditLine *el) {
    void *data = NULL;
    if (el == NULL || el_get(el, EL_CLIENTDATA, &data) != 0)
        return NULL;
    return (dd_editor *)data;
}

static char *dd_prompt_cb(EditLine *el) {
    dd_editor *ed = dd_wrapper(el);
    if (ed == NULL || ed->prompt == NULL)
        return dd_empty_prompt;
    return ed->prompt;
}

/*
 * Our EL_GETCFN (quirk 6): read one multibyte character from the input fd.
 * Returns 1 with *wc set, 0 at EOF, -1 with errno on error. It returns -1 with
 * errno = EINTR whenever the interrupt flag is set, also when the SIGINT raced
 * with a read() that returned data (that byte is kept for the next call), so
 * Ctrl-C always ends el_gets(). EINTR from other signals is retried.
 */
static int dd_getcfn(EditLine *el, wchar_t *wc) {
    dd_editor *ed = dd_wrapper(el);
    char buf[MB_LEN_MAX];
    size_t n = 0;
    *wc = L'\0';
    if (ed == NULL) {
        errno = EBADF;
        return -1;
    }
    for (;;) {
        if (dd_interrupt_flag) {
            /* keep what was read so far for the next line */
            if (n > 0 && ed->npending + n <= sizeof ed->pending) {
                memmove(ed->pending + n, ed->pending, ed->npending);
                memcpy(ed->pending, buf, n);
                ed->npending += n;
            }
            errno = EINTR;
            return -1;
        }
        if (ed->npending > 0) {
            buf[n++] = ed->pending[0];
            ed->npending--;
            memmove(ed->pending, ed->pending + 1, ed->npending);
        } else {
            ssize_t r = read(ed->infd, buf + n, 1);
            if (r < 0) {
                if (errno == EINTR)
                    continue; /* the flag check above decides */
                return -1;
            }
            if (r == 0)
                return 0;
            n++;
            if (dd_interrupt_flag)
                continue; /* keep the byte, report the interrupt */
        }
        mbstate_t mbs;
        memset(&mbs, 0, sizeof mbs);
        size_t k = mbrtowc(wc, buf, n, &mbs);
        if (k == (size_t)-2) {
            if (n < sizeof buf)
                continue; /* incomplete sequence: read another byte */
            n = 0;        /* too long: drop it */
            continue;
        }
        if (k == (size_t)-1) {
            /* invalid sequence: drop all but the last byte, retry with it */
            if (n > 1) {
                buf[0] = buf[n - 1];
                n = 1;
                memset(&mbs, 0, sizeof mbs);
                k = mbrtowc(wc, buf, 1, &mbs);
                if (k != (size_t)-1 && k != (size_t)-2)
                    return 1;
                if (k == (size_t)-2)
                    continue;
            }
            n = 0;
            continue;
        }
        return 1;
    }
}

static int dd_is_c_locale(const char *name) {
    return name == NULL || strcmp(name, "C") == 0 || strcmp(name, "POSIX") == 0;
}

static void dd_ensure_ctype_locale(void) {
    /* Quirk 2: libedit drops non-ASCII input in the C locale. */
    if (!dd_is_c_locale(setlocale(LC_CTYPE, NULL)))
        return;
    if (dd_is_c_locale(setlocale(LC_CTYPE, "")))
        (void)setlocale(LC_CTYPE, "C.UTF-8");
}

dd_editor *dd_el_init(const char *prog, FILE *fin, FILE *fout, FILE *ferr) {
    if (fin == NULL || fout == NULL || ferr == NULL || !dd_load_libedit())
        return NULL;
    dd_ensure_ctype_locale();
    dd_editor *ed = calloc(1, sizeof *ed);
    if (ed == NULL)
        return NULL;
    ed->el = el_init(prog != NULL ? prog : "dumpdbg", fin, fout, ferr);
    if (ed->el == NULL) {
        free(ed);
        return NULL;
    }
    ed->infd = fileno(fin);
    if (el_set(ed->el, EL_CLIENTDATA, (void *)ed) != 0 ||
        el_set(ed->el, EL_PROMPT, dd_prompt_cb) != 0 ||
        el_set(ed->el, EL_GETCFN, dd_getcfn) != 0) {
        el_end(ed->el);
        free(ed);
        return NULL;
    }
    return ed;
}

dd_editor *dd_el_init_fds(const char *prog, int infd, int outfd, int errfd) {
    FILE *f[3] = {NULL, NULL, NULL};
    const int fds[3] = {infd, outfd, errfd};
    const char *modes[3] = {"r", "w", "w"};
    for (int i = 0; i < 3; i++) {
        int d = dup(fds[i]);
        if (d < 0 || (f[i] = fdopen(d, modes[i])) == NULL) {
            if (d >= 0)
                close(d);
            for (int j = 0; j < i; j++)
                fclose(f[j]);
            return NULL;
        }
    }
    dd_editor *ed = dd_el_init(prog, f[0], f[1], f[2]);
    if (ed == NULL) {
        for (int j = 0; j < 3; j++)
            fclose(f[j]);
        return NULL;
    }
    for (int j = 0; j < 3; j++)
        ed->owned[j] = f[j];
    return ed;
}

void dd_el_end(dd_editor *ed) {
    if (ed == NULL)
        return;
    if (ed->el != NULL)
        el_end(ed->el);
    for (int j = 0; j < 3; j++)
        if (ed->owned[j] != NULL)
            fclose(ed->owned[j]);
    free(ed->prompt);
    free(ed);
}

EditLine *dd_el_editline(dd_editor *ed) { return ed != NULL ? ed->el : NULL; }

int dd_el_set_prompt(dd_editor *ed, const char *prompt) {
    if (ed == NULL)
        return -1;
    char *copy = strdup(prompt != NULL ? prompt : "");
    if (copy == NULL)
        return -1;
    free(ed->prompt);
    ed->prompt = copy;
    return 0;
}

int dd_el_set_editor(dd_editor *ed, int vi) {
    if (ed == NULL)
        return -1;
    return el_set(ed->el, EL_EDITOR, vi ? "vi" : "emacs");
}

void dd_el_set_clientdata(dd_editor *ed, void *data) {
    if (ed != NULL)
        ed->user = data;
}

void *dd_el_get_clientdata(EditLine *el) {
    dd_editor *ed = dd_wrapper(el);
    return ed != NULL ? ed->user : NULL;
}

int dd_el_add_function(dd_editor *ed, const char *name, const char *help, dd_el_func fn) {
    if (ed == NULL || name == NULL || fn == NULL)
        return -1;
    return el_set(ed->el, EL_ADDFN, name, help != NULL ? help : "", fn);
}

int dd_el_bind(dd_editor *ed, const char *key, const char *function) {
    if (ed == NULL || key == NULL || function == NULL)
        return -1;
    return el_set(ed->el, EL_BIND, key, function, (const char *)NULL);
}

int dd_el_set_history(dd_editor *ed, History *h) {
    if (ed == NULL || h == NULL)
        return -1;
    return el_set(ed->el, EL_HIST, history, h);
}

int dd_el_set_signal(dd_editor *ed, int on) {
    if (ed == NULL)
        return -1;
    return el_set(ed->el, EL_SIGNAL, on ? 1 : 0);
}

const char *dd_el_gets(dd_editor *ed, int *count, int *err) {
    int n = 0;
    const char *line = NULL;
    errno = 0;
    if (ed != NULL)
        line = el_gets(ed->el, &n);
    else
        n = -1;
    if (err != NULL)
        *err = (line == NULL && n < 0) ? errno : 0;
    if (count != NULL)
        *count = n;
    return line;
}

void dd_el_push(dd_editor *ed, const char *str) {
    if (ed != NULL && str != NULL)
        el_push(ed->el, str);
}

void dd_el_reset(dd_editor *ed) {
    if (ed != NULL)
        el_reset(ed->el);
}

void dd_el_beep(EditLine *el) {
    if (el != NULL)
        el_beep(el);
}

int dd_el_insertstr(EditLine *el, const char *str) {
    if (el == NULL || str == NULL)
        return -1;
    return el_insertstr(el, str);
}

void dd_el_deletestr(EditLine *el, int n) {
    if (el != NULL && n > 0)
        el_deletestr(el, n);
}

const char *dd_el_line(EditLine *el, int *cursor, int *length) {
    if (cursor != NULL)
        *cursor = 0;
    if (length != NULL)
        *length = 0;
    if (el == NULL)
        return NULL;
    const LineInfo *li = el_line(el);
    if (li == NULL || li->buffer == NULL)
        return NULL;
    long len = (li->lastchar != NULL && li->lastchar >= li->buffer) ? (long)(li->lastchar - li->buffer) : 0;
    long cur = (li->cursor != NULL && li->cursor >= li->buffer) ? (long)(li->cursor - li->buffer) : len;
    if (cur > len)
        cur = len;
    if (length != NULL)
        *length = (int)len;
    if (cursor != NULL)
        *cursor = (int)cur;
    return li->buffer;
}

History *dd_history_init(int size, int unique) {
    if (!dd_load_libedit())
        return NULL;
    History *h = history_init();
    if (h == NULL)
        return NULL;
    HistEvent ev;
    if (history(h, &ev, H_SETSIZE, size > 0 ? size : 1) < 0 ||
        history(h, &ev, H_SETUNIQUE, unique ? 1 : 0) < 0) {
        history_end(h);
        return NULL;
    }
    return h;
}

void dd_history_end(History *h) {
    if (h != NULL)
        history_end(h);
}

int dd_history_set_size(History *h, int size) {
    HistEvent ev;
    if (h == NULL)
        return -1;
    return history(h, &ev, H_SETSIZE, size > 0 ? size : 1);
}

int dd_history_count(History *h) {
    HistEvent ev;
    if (h == NULL || history(h, &ev, H_GETSIZE) < 0)
        return -1;
    return ev.num;
}

int dd_history_enter(History *h, const char *line) {
    HistEvent ev;
    if (h == NULL || line == NULL)
        return -1;
    return history(h, &ev, H_ENTER, line);
}

int dd_history_clear(History *h) {
    HistEvent ev;
    if (h == NULL)
        return -1;
    return history(h, &ev, H_CLEAR);
}

int dd_history_load(History *h, const char *path) {
    HistEvent ev;
    if (h == NULL || path == NULL)
        return -1;
    return history(h, &ev, H_LOAD, path);
}

int dd_history_save(History *h, const char *path) {
    HistEvent ev;
    if (h == NULL || path == NULL)
        return -1;
    return history(h, &ev, H_SAVE, path);
}

int dd_terminal_columns(int fd) {
    struct winsize ws;
    memset(&ws, 0, sizeof ws);
    if (ioctl(fd, TIOCGWINSZ, &ws) != 0)
        return 0;
    return (int)ws.ws_col;
}

static void dd_sigint_handler(int sig) {
    (void)sig;
    dd_interrupt_flag = 1;
}

int dd_interrupt_install(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = dd_sigint_handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0; /* no SA_RESTART: a blocked read() must return EINTR */
    if (sigaction(SIGINT, &sa, NULL) != 0)
        return -1;
    /* A parent may start us with SIGINT blocked (the mask is inherited across exec; test
     * runners and some process launchers block it): Ctrl-C would then never arrive. */
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    return sigprocmask(SIG_UNBLOCK, &set, NULL);
}

int dd_interrupt_requested(void) { return dd_interrupt_flag != 0; }
void dd_interrupt_clear(void) { dd_interrupt_flag = 0; }
void dd_interrupt_request(void) { dd_interrupt_flag = 1; }
