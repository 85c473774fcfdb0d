import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// One session's child process: this same binary running the terminal UI (or the line mode) on the
/// slave side of a pseudo terminal, as the leader of a new session whose controlling terminal that is.
struct SessionChild: Sendable {
  /// The process id (also its process group and session id).
  let pid: pid_t

  /// Starts `executable` with `arguments` and exactly `environment`, in `directory`, on the terminal
  /// at `slavePath` (stdin, stdout and stderr). It gets an empty signal mask and default handlers,
  /// whatever this process blocks or ignores, and no descriptor of this process but the terminal.
  static func spawn(
    executable: String, arguments: [String], environment: [String: String], directory: String,
    slavePath: String
  ) throws(SessionError) -> SessionChild {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    // Opened after setsid (glibc runs file actions after it), so the terminal becomes the
    // controlling terminal: SIGWINCH on resize and SIGHUP on hang-up reach the child.
    posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
    posix_spawn_file_actions_adddup2(&actions, 0, 1)
    posix_spawn_file_actions_adddup2(&actions, 0, 2)
    posix_spawn_file_actions_addclosefrom_np(&actions, 3)
    posix_spawn_file_actions_addchdir_np(&actions, directory)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    var allSignals = sigset_t()
    sigemptyset(&noSignals)
    sigfillset(&allSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    posix_spawnattr_setsigdefault(&attributes, &allSignals)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSID | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      argv.forEach { free($0) }
      envp.forEach { free($0) }
    }
    var pid: pid_t = 0
    let result = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
    guard result == 0 else { throw .system("posix_spawn", result) }
    return SessionChild(pid: pid)
  }

  /// Sends SIGHUP: the terminal UI saves the draft and exits without drawing.
  func hangUp() {
    kill(pid, SIGHUP)
  }

  /// Ends the child at once (SIGKILL), for one that did not exit after SIGHUP.
  func forceEnd() {
    kill(pid, SIGKILL)
  }

  /// Waits on a thread of its own until the child has ended, then calls `ended` with its exit status
  /// (128 + the signal number when a signal ended it).
  func whenEnded(_ ended: @escaping @Sendable (Int32) -> Void) {
    let pid = pid
    let thread = Thread {
      var status: Int32 = 0
      while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
      let signal = status & 0x7F
      ended(signal == 0 ? (status >> 8) & 0xFF : 128 + signal)
    }
    thread.name = "kombo-apply ssh child \(pid)"
    thread.start()
  }
}
