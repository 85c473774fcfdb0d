#include "CursesShim.h"
#include <signal.h>
#include <string.h>

static volatile sig_atomic_t pending_signal = 0;

static void remember_signal(int sig) {
    if (pending_signal == 0) {
        pending_signal = sig;
    }
}

void cs_install_exit_signal_handlers(void) {
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

int cs_pending_exit_signal(void) {
    return pending_signal;
}

void cs_reraise(int sig) {
    signal(sig, SIG_DFL);
    raise(sig);
}
