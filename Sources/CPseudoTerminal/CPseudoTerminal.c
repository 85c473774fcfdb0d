// posix_openpt, ptsname_r, POSIX_SPAWN_SETSID and the _np file actions need _GNU_SOURCE, which
// Swift's Glibc module is not built with.
#define _GNU_SOURCE
#include "CPseudoTerminal.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <unistd.h>

int kombo_pty_open(char *path, size_t size) {
  int master = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
  if (master < 0) return -1;
  if (grantpt(master) != 0 || unlockpt(master) != 0 || ptsname_r(master, path, size) != 0) {
    int saved = errno;
    close(master);
    errno = saved;
    return -1;
  }
  return master;
}

pid_t kombo_pty_spawn(
  const char *executable, char *const argv[], char *const envp[], const char *directory, const char *slave,
  int *error) {
  posix_spawn_file_actions_t actions;
  posix_spawnattr_t attributes;
  sigset_t none, all;
  pid_t pid = -1;
  posix_spawn_file_actions_init(&actions);
  posix_spawnattr_init(&attributes);
  // glibc runs the file actions after setsid, so opening the slave (without O_NOCTTY) makes it the
  // new session's controlling terminal: SIGWINCH on resize and SIGHUP on hang-up reach the child.
  posix_spawn_file_actions_addopen(&actions, 0, slave, O_RDWR, 0);
  posix_spawn_file_actions_adddup2(&actions, 0, 1);
  posix_spawn_file_actions_adddup2(&actions, 0, 2);
  posix_spawn_file_actions_addclosefrom_np(&actions, 3);
  posix_spawn_file_actions_addchdir_np(&actions, directory);
  sigemptyset(&none);
  sigfillset(&all);
  posix_spawnattr_setsigmask(&attributes, &none);
  posix_spawnattr_setsigdefault(&attributes, &all);
  posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSID | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
  *error = posix_spawn(&pid, executable, &actions, &attributes, argv, envp);
  posix_spawnattr_destroy(&attributes);
  posix_spawn_file_actions_destroy(&actions);
  return *error == 0 ? pid : -1;
}
