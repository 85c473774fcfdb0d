import Foundation

/// The built `kombo-apply` binary running in a detached tmux session on a private socket, driven with
/// `send-keys` and read with `capture-pane` and `display -p`.
final class TmuxSession {
  let socket: String
  let statusFile: String

  /// Starts `kombo-apply ARGUMENTS` in a `width`×`height` pane with a UTF-8 locale; the exit status
  /// is written to a file when the program ends. With `jobControl`, the command is typed into an
  /// interactive bash (so Ctrl-Z can stop it and `fg` bring it back); otherwise a plain `sh -c` runs it.
  init(
    _ arguments: String, width: Int = 100, height: Int = 30, environment: [String: String] = [:],
    jobControl: Bool = false
  ) async throws {
    socket = "kombo-tui-\(getpid())-\(UUID().uuidString.prefix(8))"
    statusFile = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket).rc").path
    let binary = try TmuxSession.binary()
    var settings = ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "NCURSES_NO_UTF8_ACS": "1", "TERM": "tmux-256color"]
    settings.merge(environment) { $1 }
    let assignments = settings.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
    let command = "env \(assignments) \(binary) \(arguments); echo $? > \(statusFile)"
    let size = ["-x", "\(width)", "-y", "\(height)"]
    if jobControl {
      try tmux(["-f", "/dev/null", "new-session", "-d"] + size + ["env", "PS1=$ ", "bash", "--norc", "--noprofile", "-i"])
      try await wait { try lines().contains { $0.hasPrefix("$") } }
      try type(command)
      try press("Enter")
    } else {
      try tmux(["-f", "/dev/null", "new-session", "-d"] + size + ["sh", "-c", command + "; sleep 60"])
    }
  }

  deinit {
    let processes = ["#{pane_pid}", "#{pid}"].compactMap { (try? display($0)).flatMap { Int32($0) } }
    _ = try? tmux(["kill-server"])
    // An interactive bash may outlive kill-server; end what this session started, by id.
    for pid in processes where kill(pid, 0) == 0 { kill(pid, SIGKILL) }
    try? FileManager.default.removeItem(atPath: statusFile)
  }

  /// The `kombo-apply` binary next to the test bundle.
  static func binary() throws -> String {
    let directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for candidate in [directory, directory.deletingLastPathComponent()] {
      let path = candidate.appendingPathComponent("kombo-apply").path
      if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    throw SessionError("kombo-apply is not built next to \(directory.path); run `swift build` first")
  }

  /// Runs tmux on this session's socket; returns its standard output. Spawned and reaped directly
  /// (posix_spawn, waitpid), with output through a file: the server that `new-session` forks would
  /// hold a pipe open forever.
  @discardableResult
  func tmux(_ arguments: [String]) throws -> String {
    let outputPath = statusFile + ".out"
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    // The test process blocks signals; a tmux server (and the program under it) inheriting that mask
    // would never see SIGCHLD or SIGHUP.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    var allSignals = sigset_t()
    sigemptyset(&noSignals)
    sigfillset(&allSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    posix_spawnattr_setsigdefault(&attributes, &allSignals)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    let argv = (["/usr/bin/tmux", "-L", socket] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    guard posix_spawn(&pid, "/usr/bin/tmux", &actions, &attributes, argv, environ) == 0 else {
      throw SessionError("cannot run tmux")
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    defer { unlink(outputPath) }
    return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
  }

  /// Types `text` literally.
  func type(_ text: String) throws {
    try tmux(["send-keys", "-l", text])
  }

  /// Presses keys by tmux name (`Escape`, `C-c`, `BTab`).
  func press(_ keys: String...) throws {
    try tmux(["send-keys"] + keys)
  }

  /// The pane's lines.
  func lines() throws -> [String] {
    try tmux(["capture-pane", "-p"]).components(separatedBy: "\n")
  }

  /// A `display -p` format, e.g. `#{cursor_x}`.
  func display(_ format: String) throws -> String {
    try tmux(["display", "-p", format]).trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// The cursor's column.
  func cursorX() throws -> Int { Int(try display("#{cursor_x}")) ?? -1 }

  /// Whether the pane shows the alternate screen.
  func alternateOn() throws -> Bool { try display("#{alternate_on}") == "1" }

  /// The program's process id (the `kombo-apply` process under the pane's shell, after `env` exec'd).
  func programPID() async throws -> Int32 {
    let shell = try display("#{pane_pid}")
    var pid: Int32?
    await wait(seconds: 5) {
      let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
      pid = children.split(separator: " ").compactMap { Int32($0) }.first { child in
        ((try? String(contentsOfFile: "/proc/\(child)/comm", encoding: .utf8)) ?? "").hasPrefix("kombo-apply")
      }
      return pid != nil
    }
    guard let pid else { throw SessionError("no kombo-apply under shell \(shell)") }
    return pid
  }

  /// The program's exit status, once it has ended.
  func exitStatus() -> Int? {
    (try? String(contentsOfFile: statusFile, encoding: .utf8)).flatMap {
      Int($0.trimmingCharacters(in: .whitespacesAndNewlines))
    }
  }

  /// Polls `condition` every 50 ms for up to `seconds`; returns whether it held. Sleeps without
  /// holding a thread of the cooperative pool, which other tests' async work needs.
  @discardableResult
  func wait(seconds: Double = 10, _ condition: () throws -> Bool) async rethrows -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      if try condition() { return true }
      try? await Task.sleep(for: .milliseconds(50))
    }
    return try condition()
  }

  /// Waits until the screen shows `text`.
  func waitFor(_ text: String) async throws -> Bool {
    try await wait { try lines().contains { $0.contains(text) } }
  }

  /// Waits until the program has ended; returns its exit status.
  func waitForExit() async -> Int? {
    await wait { exitStatus() != nil }
    return exitStatus()
  }
}

/// A failure of the test harness itself.
struct SessionError: Error, CustomStringConvertible {
  let description: String

  init(_ description: String) {
    self.description = description
  }
}
