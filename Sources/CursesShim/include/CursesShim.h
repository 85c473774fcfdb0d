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

/* Signal flags: install BEFORE initscr so ncurses leaves these signals to us. */
void cs_install_exit_signal_handlers(void);
/* The first exit signal received (SIGINT/TERM/HUP/QUIT), or 0 if none. */
int cs_pending_exit_signal(void);
/* Restore the default disposition of `sig` and raise it, so the exit status tells the truth. */
void cs_reraise(int sig);

#endif
