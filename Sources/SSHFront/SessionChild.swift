import CPseudoTerminal
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
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      argv.forEach { free($0) }
      envp.forEach { free($0) }
    }
    var error: Int32 = 0
    let pid = kombo_pty_spawn(executable, argv, envp, directory, slavePath, &error)
    guard pid > 0 else { throw .system("posix_spawn", error) }
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
