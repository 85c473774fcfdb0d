#ifndef KOMBO_C_PSEUDO_TERMINAL_H
#define KOMBO_C_PSEUDO_TERMINAL_H

#include <stddef.h>
#include <sys/types.h>

/// Opens a new pseudo terminal's master side (read-write, close-on-exec, not our controlling
/// terminal) and writes its slave's path into `path`. Returns the descriptor, or -1 with errno set.
int kombo_pty_open(char *path, size_t size);

/// Starts `executable` with `argv` and `envp` in `directory` as the leader of a new session whose
/// controlling terminal is the one at `slave` (its stdin, stdout and stderr), with an empty signal
/// mask, default signal actions and no other inherited descriptor. Returns the pid, or -1 with the
/// error in `*error`.
pid_t kombo_pty_spawn(
  const char *executable, char *const argv[], char *const envp[], const char *directory, const char *slave,
  int *error);

#endif
