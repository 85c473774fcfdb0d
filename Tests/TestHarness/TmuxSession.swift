import Foundation

/// The built `kombo-apply` binary running in a detached tmux session on a private socket, driven with
/// `send-keys` and read with `capture-pane` and `display -p`.
///
/// Every tmux call is awaited without holding a thread of the cooperative pool: the client is spawned
/// and then polled with `waitpid(WNOHANG)` between short `Task.sleep`s.
public final class TmuxSession: Sendable {
  /// The private tmux socket name (`tmux -L`).
  public let socket: String
  /// The file the pane's command writes the program's exit status to.
  public let statusFile: String
  /// The tmux server's process id, ended when the session is dropped.
  private let serverPID: Int32
  /// The pane's shell, ended with the server.
  private let shellPID: Int32

  /// Starts `kombo-apply ARGUMENTS` in a `width`×`height` pane with a UTF-8 locale; the exit status
  /// is written to a file when the program ends. With `jobControl`, the command is typed into an
  /// interactive bash (so Ctrl-Z can stop it and `fg` bring it back); otherwise a plain `sh -c` runs it.
  /// `directory` is the pane's working directory (where the file picker opens). `program` runs another
  /// program than `kombo-apply` (e.g. `/usr/bin/ssh`).
  public init(
    _ arguments: String, width: Int = 100, height: Int = 30, environment: [String: String] = [:],
    directory: String? = nil, jobControl: Bool = false, program: String? = nil
  ) async throws {
    let socket = "kombo-tui-\(getpid())-\(UUID().uuidString.prefix(8))"
    let statusFile = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket).rc").path
    let binary = try program ?? TmuxSession.binary()
    var settings = [
      "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "NCURSES_NO_UTF8_ACS": "1", "TERM": "tmux-256color",
    ]
    settings.merge(environment) { $1 }
    let assignments = settings.sorted { $0.key < $1.key }.map { "\($0.key)='\($0.value)'" }
      .joined(separator: " ")
    let command = "env \(assignments) \(binary) \(arguments); echo $? > \(statusFile)"
    var start = ["-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)"]
    if let directory { start += ["-c", directory] }
    if jobControl {
      start += ["env", "PS1=$ ", "bash", "--norc", "--noprofile", "-i"]
    } else {
      start += ["sh", "-c", command + "; sleep 600"]
    }
    try await Self.run(socket: socket, start)
    self.socket = socket
    self.statusFile = statusFile
    serverPID = Int32(try await Self.run(socket: socket, ["display", "-p", "#{pid}"]).trimmed) ?? 0
    shellPID = Int32(try await Self.run(socket: socket, ["display", "-p", "#{pane_pid}"]).trimmed) ?? 0
    if jobControl {
      try await wait { try await self.lines().contains { $0.hasPrefix("$") } }
      try await type(command)
      try await press("Enter")
    }
  }

  deinit {
    // Ends what this session started, by id: the server hangs up its panes; the shell may outlive it.
    if serverPID > 0 { kill(serverPID, SIGTERM) }
    if shellPID > 0 { kill(shellPID, SIGKILL) }
    try? FileManager.default.removeItem(atPath: statusFile)
  }

  /// The `kombo-apply` binary next to the test bundle.
  public static func binary() throws -> String {
    let directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for candidate in [directory, directory.deletingLastPathComponent()] {
      let path = candidate.appendingPathComponent("kombo-apply").path
      if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    throw SessionError("kombo-apply is not built next to \(directory.path); run `swift build` first")
  }

  /// Runs tmux on this session's socket; returns its standard output.
  @discardableResult
  public func tmux(_ arguments: [String]) async throws -> String {
    try await Self.run(socket: socket, arguments)
  }

  /// Spawns a tmux client and awaits it. Spawned directly (posix_spawn) with output through a file:
  /// the server that `new-session` forks would hold a pipe open forever. The test process blocks
  /// signals; a tmux server (and the program under it) inheriting that mask would never see SIGCHLD
  /// or SIGHUP, so the child gets an empty mask and default handlers.
  @discardableResult
  private static func run(socket: String, _ arguments: [String]) async throws -> String {
    let outputPath = FileManager.default.temporaryDirectory
      .appendingPathComponent("\(socket)-\(UUID().uuidString.prefix(8)).out").path
    defer { unlink(outputPath) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
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
    while true {
      let reaped = waitpid(pid, &status, WNOHANG)
      if reaped == pid || (reaped < 0 && errno != EINTR) { break }
      try? await Task.sleep(for: .milliseconds(2))
    }
    return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
  }

  /// Types `text` literally.
  public func type(_ text: String) async throws {
    try await tmux(["send-keys", "-l", text])
  }

  /// Presses keys by tmux name (`Escape`, `C-c`, `BTab`).
  public func press(_ keys: String...) async throws {
    try await tmux(["send-keys"] + keys)
  }

  /// The pane's lines.
  public func lines() async throws -> [String] {
    try await tmux(["capture-pane", "-p"]).components(separatedBy: "\n")
  }

  /// The pane's text, for failure messages.
  public func screen() async -> String {
    ((try? await lines()) ?? []).joined(separator: "\n")
  }

  /// A `display -p` format, e.g. `#{cursor_x}`.
  public func display(_ format: String) async throws -> String {
    try await tmux(["display", "-p", format]).trimmed
  }

  /// The cursor's column.
  public func cursorX() async throws -> Int { Int(try await display("#{cursor_x}")) ?? -1 }

  /// Whether the pane shows the alternate screen.
  public func alternateOn() async throws -> Bool { try await display("#{alternate_on}") == "1" }

  /// The program's process id (the `kombo-apply` process under the pane's shell, after `env` exec'd).
  public func programPID() async throws -> Int32 {
    var pid: Int32?
    await wait(seconds: 5) {
      let children =
        (try? String(contentsOfFile: "/proc/\(shellPID)/task/\(shellPID)/children", encoding: .utf8))
      pid = (children ?? "").split(separator: " ").compactMap { Int32($0) }.first { child in
        ((try? String(contentsOfFile: "/proc/\(child)/comm", encoding: .utf8)) ?? "").hasPrefix("kombo-apply")
      }
      return pid != nil
    }
    guard let pid else { throw SessionError("no kombo-apply under shell \(shellPID)") }
    return pid
  }

  /// The program's exit status, once it has ended.
  public func exitStatus() -> Int? {
    (try? String(contentsOfFile: statusFile, encoding: .utf8)).flatMap { Int($0.trimmed) }
  }

  /// Polls `condition` every 50 ms for up to `seconds`; returns whether it held. Sleeps without
  /// holding a thread of the cooperative pool, which other tests' async work needs.
  @discardableResult
  public func wait(seconds: Double = 10, _ condition: () async throws -> Bool) async rethrows -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      if try await condition() { return true }
      try? await Task.sleep(for: .milliseconds(50))
    }
    return try await condition()
  }

  /// Waits until the screen shows `text`.
  public func waitFor(_ text: String, seconds: Double = 10) async throws -> Bool {
    try await wait(seconds: seconds) { try await lines().contains { $0.contains(text) } }
  }

  /// Waits until the program has ended; returns its exit status.
  public func waitForExit(seconds: Double = 10) async -> Int? {
    await wait(seconds: seconds) { exitStatus() != nil }
    return exitStatus()
  }
}

/// A failure of the test harness itself.
public struct SessionError: Error, CustomStringConvertible {
  /// What went wrong.
  public let description: String

  /// A failure saying `description`.
  public init(_ description: String) {
    self.description = description
  }
}

extension String {
  fileprivate var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
