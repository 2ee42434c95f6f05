/*
 * CLibEdit: non-variadic shims around libedit (BSD editline) for Swift.
 *
 * Swift cannot call C variadic functions, and libedit's el_set/el_get/history
 * are all variadic, so every option dumpdbg needs gets a small fixed-signature
 * wrapper here. The Swift side (target LineEditor) only uses these functions.
 *
 * libedit quirks met while writing this (Debian libedit 3.1-20221030; the
 * same list LLDB keeps at the top of its Editline.h, adapted):
 *
 *  1. el_set/el_get/history are variadic -> not importable into Swift; use the
 *     dd_* shims below. The narrow (char) API is used throughout; libedit is
 *     built wide internally and converts with the *current C locale*.
 *  2. In the "C"/"POSIX" locale libedit discards every byte >= 0x80 as an
 *     invalid multibyte sequence, so UTF-8 input silently vanishes. Swift never
 *     calls setlocale(), so dd_el_init() sets LC_CTYPE from the environment and
 *     falls back to "C.UTF-8" when that still yields "C".
 *  3. The prompt callback receives only the EditLine*, so per-editor data
 *     (prompt string, user client data) must travel through EL_CLIENTDATA.
 *     dd_el_init() takes EL_CLIENTDATA for its own wrapper struct; the user
 *     pointer is stored in that wrapper (dd_el_set_clientdata /
 *     dd_el_get_clientdata).
 *  4. The string returned by the prompt callback must stay valid until the
 *     next call; it is owned by the wrapper and replaced by dd_el_set_prompt.
 *  5. el_gets() returns the line *including* the trailing '\n', in a buffer
 *     owned by libedit that the next el_gets() overwrites. count == 0 with
 *     NULL means EOF (Ctrl-D on an empty line); count == -1 with NULL means a
 *     read error, errno says which (EINTR for a signal).
 *  6. EINTR: libedit's built-in read_char() returns -1 on the first EINTR
 *     unless EL_SAFEREAD is set (then it retries once, so one Ctrl-C would be
 *     swallowed; older libedits always retried once). Worse, a SIGINT that
 *     lands while read() is returning a byte (Ctrl-C followed quickly by
 *     another key) does not interrupt anything: the flag is set but el_gets()
 *     keeps going. So dd_el_init() installs its own EL_GETCFN (dd_getcfn): it
 *     reads the fd, decodes multibyte with mbrtowc like libedit does, retries
 *     EINTR from other signals, and returns -1/EINTR whenever the interrupt
 *     flag is set (a byte read in the race is replayed on the next call). The
 *     SIGINT handler is installed *without* SA_RESTART.
 *     The getc function has the wide signature int (*)(EditLine *, wchar_t *)
 *     even through the narrow el_set().
 *  7. Every el_gets() starts with an empty line (read_prepare -> ch_reset), so
 *     el_insertstr() before el_gets() is lost; use el_push() to pre-seed input
 *     (it is read back as keystrokes).
 *  8. EL_SIGNAL (libedit's own signal handlers) re-raises caught signals with
 *     kill(0, sig), i.e. to the whole process group; we keep it off. Without
 *     it the terminal size is only re-read at the start of each el_gets().
 *  9. el_line() returns pointers into a conversion buffer that the next
 *     el_line()/el_insertstr() invalidates, and the buffer is NOT
 *     NUL-terminated: use lastchar - buffer as the length. The cursor is a
 *     byte pointer; el_deletestr() counts wide characters, not bytes.
 * 10. el_insertstr("") returns -1 (not an error worth reporting).
 * 11. After printing text yourself inside a bound function (completion list),
 *     return CC_REDISPLAY so libedit redraws prompt and line on a fresh row.
 * 12. history(H_LOAD/H_SAVE) open the file with fopen(): they follow symlinks
 *     and create it with 0666 & ~umask, and use a vis(3)-encoded format with a
 *     "_HiStOrY_V2_" header. dumpdbg therefore persists history itself
 *     (LineEditor.HistoryFile) and only feeds entries in with H_ENTER; the
 *     load/save shims exist for completeness.
 * 13. With H_SETUNIQUE 1, H_ENTER of a string equal to the newest entry is a
 *     no-op (returns 0, not an error).
 * 14. The key name syntax for EL_BIND is "^I" for Tab (a literal "\t" also
 *     works); the function must first be registered with EL_ADDFN.
 * 15. Ctrl-D on an empty line makes libedit echo "^D" with no newline before
 *     el_gets() returns NULL; the caller must print the newline.
 * 16. Arrow keys work even with TERM unset/unknown: libedit binds the ANSI
 *     sequences (ESC [ A ...) besides the termcap ones.
 * 17. el_init() on a non-terminal sets NO_TTY and el_gets() degrades to a
 *     plain read without prompt; LineEditor uses PlainLineReader instead.
 */
#pragma once

#include <stdio.h>
#include <histedit.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- std streams (Swift 6 rejects the mutable C globals stdin/stdout) ---- */

FILE *dd_stdin(void);
FILE *dd_stdout(void);
FILE *dd_stderr(void);

/* ---- editor ---- */

/** Opaque wrapper around an EditLine plus its prompt and user data. */
typedef struct dd_editor dd_editor;

/** A bound editor function (EL_ADDFN): returns one of the CC_* codes. */
typedef unsigned char (*dd_el_func)(EditLine *el, int ch);

/** el_init + prompt callback + EL_CLIENTDATA; NULL on failure. */
dd_editor *dd_el_init(const char *prog, FILE *fin, FILE *fout, FILE *ferr);
/** dd_el_init on private FILEs over dup()s of the given descriptors (closed by dd_el_end). */
dd_editor *dd_el_init_fds(const char *prog, int infd, int outfd, int errfd);
/** el_end and free the wrapper. NULL is ignored. */
void dd_el_end(dd_editor *ed);
/** The underlying EditLine (for the functions below that take one). */
EditLine *dd_el_editline(dd_editor *ed);

/** Copy the prompt the callback returns from now on. 0 ok, -1 out of memory. */
int dd_el_set_prompt(dd_editor *ed, const char *prompt);
/** EL_EDITOR "emacs" (or "vi" when vi != 0). */
int dd_el_set_editor(dd_editor *ed, int vi);
/** Store a user pointer for callbacks. */
void dd_el_set_clientdata(dd_editor *ed, void *data);
/** The user pointer of the editor that owns el (usable inside callbacks). */
void *dd_el_get_clientdata(EditLine *el);
/** EL_ADDFN: register fn under name with a help text. */
int dd_el_add_function(dd_editor *ed, const char *name, const char *help, dd_el_func fn);
/** EL_BIND key (e.g. "^I") to a named function. */
int dd_el_bind(dd_editor *ed, const char *key, const char *function);
/** EL_HIST: use h for up/down-arrow navigation. */
int dd_el_set_history(dd_editor *ed, History *h);
/** EL_SIGNAL on/off (see quirk 8). */
int dd_el_set_signal(dd_editor *ed, int on);

/** el_gets: line (with '\n') or NULL; *count as el_gets, *err = errno on error. */
const char *dd_el_gets(dd_editor *ed, int *count, int *err);
/** el_push: queue a string as if typed. */
void dd_el_push(dd_editor *ed, const char *str);
/** el_reset: reset tty and parser state. */
void dd_el_reset(dd_editor *ed);
/** el_beep. */
void dd_el_beep(EditLine *el);

/** el_insertstr at the cursor. 0 ok, -1 error (also for ""). */
int dd_el_insertstr(EditLine *el, const char *str);
/** el_deletestr: delete n characters before the cursor. */
void dd_el_deletestr(EditLine *el, int n);
/**
 * el_line: pointer to the (not NUL-terminated) current line bytes; *length is
 * its byte count and *cursor the cursor's byte offset. NULL if unavailable.
 */
const char *dd_el_line(EditLine *el, int *cursor, int *length);

/* ---- history ---- */

/** history_init + H_SETSIZE size + H_SETUNIQUE unique. NULL on failure. */
History *dd_history_init(int size, int unique);
void dd_history_end(History *h);
int dd_history_set_size(History *h, int size);
/** Number of entries (H_GETSIZE), or -1. */
int dd_history_count(History *h);
int dd_history_enter(History *h, const char *line);
int dd_history_clear(History *h);
/** H_LOAD / H_SAVE: libedit's own format, follows symlinks (quirk 12). */
int dd_history_load(History *h, const char *path);
int dd_history_save(History *h, const char *path);

/* ---- terminal ---- */

/** Columns of the terminal on fd (TIOCGWINSZ), or 0 if unknown. */
int dd_terminal_columns(int fd);

/* ---- interrupt (SIGINT) ---- */

/**
 * Install the SIGINT handler: sigaction without SA_RESTART, so a blocking
 * read() returns EINTR. The handler only sets a volatile sig_atomic_t.
 * Returns 0 on success, -1 on failure.
 */
int dd_interrupt_install(void);
int dd_interrupt_requested(void);
void dd_interrupt_clear(void);
/** Set the flag as if SIGINT had arrived. */
void dd_interrupt_request(void);

#ifdef __cplusplus
}
#endif
