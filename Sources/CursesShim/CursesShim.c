#include "CursesShim.h"
#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <signal.h>
#include <string.h>
#include <sys/ioctl.h>
#include <ncursesw/term.h>
#include <unistd.h>

static volatile sig_atomic_t pending_signal = 0;
static volatile sig_atomic_t pending_winch = 0;
static volatile int wake_fd = -1;
static struct sigaction curses_winch_action;

static void wake(void) {
    int saved = errno;
    if (wake_fd >= 0) {
        char byte = 1;
        ssize_t ignored = write(wake_fd, &byte, 1);
        (void)ignored;
    }
    errno = saved;
}

static void remember_signal(int sig) {
    if (pending_signal == 0) {
        pending_signal = sig;
    }
    wake();
}

static void forward_winch(int sig) {
    pending_winch = 1;
    if (curses_winch_action.sa_handler != SIG_DFL && curses_winch_action.sa_handler != SIG_IGN
        && curses_winch_action.sa_handler != NULL) {
        curses_winch_action.sa_handler(sig);
    }
    wake();
}

void cs_install_exit_signal_handlers(int fd) {
    wake_fd = fd;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = remember_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    sigaction(SIGINT, &action, NULL);
    sigaction(SIGTERM, &action, NULL);
    sigaction(SIGHUP, &action, NULL);
    sigaction(SIGQUIT, &action, NULL);
}

void cs_forward_winch(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = forward_winch;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGWINCH, &action, &curses_winch_action);
}

int cs_pending_exit_signal(void) {
    return pending_signal;
}

int cs_take_winch(void) {
    int was = pending_winch;
    pending_winch = 0;
    return was;
}

void cs_reraise(int sig) {
    signal(sig, SIG_DFL);
    raise(sig);
}

void cs_stop_self(void) {
    struct sigaction previous, deflt;
    memset(&deflt, 0, sizeof deflt);
    deflt.sa_handler = SIG_DFL;
    sigemptyset(&deflt.sa_mask);
    sigaction(SIGTSTP, &deflt, &previous);
    kill(getpid(), SIGTSTP);
    sigaction(SIGTSTP, &previous, NULL);
}

int cs_has_cursor_addressing(const char *term) {
    int error = 0;
    TERMINAL *saved = cur_term;
    if (setupterm(term, 1, &error) != OK) {
        return 0;
    }
    char *cup = tigetstr("cup");
    int result = cup != NULL && cup != (char *)-1;
    TERMINAL *probe = cur_term;
    set_curterm(saved);
    del_curterm(probe);
    return result;
}

int cs_tty_size(int fd, int *rows, int *cols) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) != 0 || size.ws_row == 0 || size.ws_col == 0) {
        return 0;
    }
    *rows = size.ws_row;
    *cols = size.ws_col;
    return 1;
}

int cs_put_cell(WINDOW *window, int y, int x, const wchar_t *text, attr_t attributes, int pair) {
    cchar_t cell;
    wchar_t buffer[CCHARW_MAX + 1];
    int count = 0;
    while (count < CCHARW_MAX && text[count] != 0) {
        buffer[count] = text[count];
        count++;
    }
    buffer[count] = 0;
    if (setcchar(&cell, buffer, attributes, 0, &pair) != OK) {
        return ERR;
    }
    return mvwadd_wch(window, y, x, &cell);
}

int cs_init_pair(int pair, int foreground, int background) {
    return init_extended_pair(pair, foreground, background);
}

void cs_write_control(const char *sequence) {
    fputs(sequence, stdout);
    fflush(stdout);
}

SCREEN *cs_newterm(void) {
    return newterm(NULL, stdout, stdin);
}

int cs_make_wake_pipe(int fds[2]) {
    if (pipe(fds) != 0) {
        return -1;
    }
    for (int i = 0; i < 2; i++) {
        fcntl(fds[i], F_SETFL, fcntl(fds[i], F_GETFL) | O_NONBLOCK);
        fcntl(fds[i], F_SETFD, FD_CLOEXEC);
    }
    return 0;
}

int cs_utf8_locale(void) {
    setlocale(LC_ALL, "");
    if (strcmp(nl_langinfo(CODESET), "UTF-8") != 0) {
        setlocale(LC_CTYPE, "C.UTF-8");
    }
    return strcmp(nl_langinfo(CODESET), "UTF-8") == 0;
}
