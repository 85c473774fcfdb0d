#ifndef CURSES_SHIM_H
#define CURSES_SHIM_H
/* Keep these identical to Sources/CNcursesw/shim.h. */
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE 1
#endif
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 600
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* Accessors for what Swift 6 cannot import: macros and mutable globals. */
static inline WINDOW *cs_stdscr(void) { return stdscr; }
static inline int cs_lines(void) { return LINES; }
static inline int cs_cols(void) { return COLS; }
static inline int cs_colors(void) { return COLORS; }
static inline attr_t cs_A_BOLD(void) { return A_BOLD; }
static inline attr_t cs_A_REVERSE(void) { return A_REVERSE; }
static inline attr_t cs_A_DIM(void) { return A_DIM; }
static inline attr_t cs_A_UNDERLINE(void) { return A_UNDERLINE; }
static inline attr_t cs_A_ITALIC(void) { return A_ITALIC; }
static inline attr_t cs_COLOR_PAIR(int n) { return (attr_t)COLOR_PAIR(n); }
static inline int cs_KEY_F(int n) { return KEY_F(n); }
static inline void cs_getmaxyx(WINDOW *w, int *y, int *x) { getmaxyx(w, *y, *x); }

/* Signal flags: install BEFORE initscr so ncurses leaves these signals to us. Each of SIGINT/TERM/HUP/QUIT
   records the first signal and writes a byte to `wake_fd` so a poll() on it returns. */
void cs_install_exit_signal_handlers(int wake_fd);
/* After initscr: SIGWINCH still goes to ncurses' own handler (so it returns KEY_RESIZE), and also wakes. */
void cs_forward_winch(void);
/* The first exit signal received (SIGINT/TERM/HUP/QUIT), or 0 if none. */
int cs_pending_exit_signal(void);
/* Whether SIGWINCH arrived since the last call. */
int cs_take_winch(void);
/* Restore the default disposition of `sig` and raise it, so the exit status tells the truth. */
void cs_reraise(int sig);
/* Stop the process with SIGTSTP (default action) until SIGCONT, keeping the current handler afterwards. */
void cs_stop_self(void);
/* Whether terminfo for `term` (NULL: $TERM) exists and can address the cursor (`cup`). */
int cs_has_cursor_addressing(const char *term);
/* The tty's size from TIOCGWINSZ; 0 when unknown. */
int cs_tty_size(int fd, int *rows, int *cols);
/* Draw one cell: a NUL-terminated cluster (cut to CCHARW_MAX), attributes and an extended colour pair. */
int cs_put_cell(WINDOW *window, int y, int x, const wchar_t *text, attr_t attributes, int pair);
/* init_extended_pair. */
int cs_init_pair(int pair, int foreground, int background);
/* Write a control sequence straight to stdout (bracketed paste on/off) and flush. */
void cs_write_control(const char *sequence);
/* newterm(NULL, stdout, stdin): NULL instead of exiting when the terminal cannot be used. */
SCREEN *cs_newterm(void);
/* A non-blocking, close-on-exec pipe for waking the curses thread's poll(). 0 on success. */
int cs_make_wake_pipe(int fds[2]);
/* setlocale(LC_ALL, ""), falling back to C.UTF-8 for LC_CTYPE when the codeset is not UTF-8.
   Returns whether the codeset is UTF-8 afterwards. */
int cs_utf8_locale(void);

#endif
