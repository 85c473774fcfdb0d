import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The built `kombo-apply` in a real terminal (tmux on a private socket) against its embedded sandbox,
/// with private XDG directories: what was typed survives a dropped SSH session (SIGHUP) and, after the
/// 2 s autosave window, `kill -9`; the next start offers it for resuming.
final class TerminalSession: @unchecked Sendable {
  let home: String
  let socket = "kombo-drafts-\(UUID().uuidString.prefix(8))"
  private var count = 0
  private var started: [Int32] = []

  init() throws {
    home =
      FileManager.default.temporaryDirectory.appendingPathComponent("drafts-tty-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
  }

  /// Ends the app still running (it saves and exits on the hang-up) and the tmux server; removes the files.
  func stop() {
    _ = try? Self.tmux(["-L", socket, "kill-server"])
    for pid in started where kill(pid, 0) == 0 { kill(pid, SIGTERM) }
    try? FileManager.default.removeItem(atPath: home)
  }

  /// The built binary, next to the test bundle.
  static var binary: String? {
    var url = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = url.appendingPathComponent("kombo-apply").path
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
      url = url.deletingLastPathComponent()
    }
    return nil
  }

  /// Runs tmux and waits for it (posix_spawn and waitpid: Foundation's `Process` can miss the exit of a
  /// tmux client whose server keeps running); with `output`, returns what it printed. A command that
  /// starts the tmux server must not capture output: the server would keep the pipe open.
  @discardableResult
  static func tmux(_ arguments: [String], output: Bool = false) throws -> String {
    var fds: [Int32] = [-1, -1]
    if output { guard pipe(&fds) == 0 else { throw POSIXError(.EMFILE) } }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    if output {
      posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
      posix_spawn_file_actions_addclose(&actions, fds[0])
    } else {
      posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    }
    let argv = (["tmux"] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, "/usr/bin/tmux", &actions, nil, argv, environ)
    if output { close(fds[1]) }
    guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .ENOENT) }
    var data = Data()
    if output {
      var buffer = [UInt8](repeating: 0, count: 4096)
      while true {
        let count = read(fds[0], &buffer, buffer.count)
        if count <= 0 { break }
        data.append(contentsOf: buffer[0..<count])
      }
      close(fds[0])
    }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    return String(decoding: data, as: UTF8.self)
  }

  /// Starts the app in a new 100×30 window; returns its pid (the pane runs the binary itself).
  func start(binary: String) throws -> Int32 {
    count += 1
    let environment = [
      "HOME=\(home)", "XDG_CONFIG_HOME=\(home)/config", "XDG_STATE_HOME=\(home)/state",
      "XDG_DATA_HOME=\(home)/data", "TERM=xterm-256color", "LANG=C.UTF-8", "PATH=/usr/bin:/bin",
    ].joined(separator: " ")
    let window = "w\(count)"
    try Self.tmux([
      "-L", socket, "new-session", "-d", "-s", window, "-x", "100", "-y", "30",
      "exec env -i \(environment) \(binary)",
    ])
    let text = try Self.tmux(
      ["-L", socket, "display-message", "-p", "-t", window, "#{pane_pid}"], output: true)
    let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    if pid > 0 { started.append(pid) }
    return pid
  }

  /// What the current window shows.
  func screen() -> String {
    (try? Self.tmux(["-L", socket, "capture-pane", "-p", "-t", "w\(count)"], output: true)) ?? ""
  }

  /// Sends keys (tmux names such as `Enter`, `Tab`) or, with `literal`, text.
  func send(_ keys: String, literal: Bool = false) throws {
    try Self.tmux(["-L", socket, "send-keys", "-t", "w\(count)"] + (literal ? ["-l", keys] : [keys]))
  }

  /// Waits until the screen contains `text`.
  func wait(for text: String, timeout: Double = 60) async -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if screen().contains(text) { return true }
      try? await Task.sleep(for: .milliseconds(100))
    }
    return screen().contains(text)
  }

  /// Waits until process `pid` has ended.
  static func waitForExit(_ pid: Int32, timeout: Double = 120) async -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if kill(pid, 0) != 0 && errno == ESRCH { return true }
      try? await Task.sleep(for: .milliseconds(50))
    }
    return false
  }
}

@Suite(.serialized) struct DraftsSignalTests {
  @Test func typingSurvivesAHangUpAndAKillAfterTwoSeconds() async throws {
    let binary = try #require(TerminalSession.binary, "build kombo-apply first (swift build)")
    let session = try TerminalSession()
    defer { session.stop() }

    let first = try session.start(binary: binary)
    #expect(await session.wait(for: "jobs loaded"), "the job list loads: \(session.screen())")
    try session.send("Enter")
    #expect(await session.wait(for: "First name"))
    try session.send("Ada", literal: true)
    try session.send("Tab")
    try session.send("Lovelace", literal: true)
    #expect(await session.wait(for: "> Lovelace"))
    kill(first, SIGHUP)  // right after typing: only the save on hang-up can keep "Lovelace"
    #expect(await TerminalSession.waitForExit(first))

    let second = try session.start(binary: binary)
    #expect(await session.wait(for: "Resume draft from"), "the draft is offered: \(session.screen())")
    #expect(session.screen().contains("(Ada Lovelace, Senior Backend Engineer (Platform))?"))
    try session.send("Enter")
    #expect(await session.wait(for: "> Lovelace"), "resumed on the form: \(session.screen())")
    try session.send("Tab")
    try session.send("ada@example.com", literal: true)
    #expect(await session.wait(for: "> ada@example.com"))
    try await Task.sleep(for: .milliseconds(2500))
    kill(second, SIGKILL)
    #expect(await TerminalSession.waitForExit(second))

    _ = try session.start(binary: binary)
    #expect(await session.wait(for: "Resume draft from"), "offered again: \(session.screen())")
    let screen = session.screen()
    #expect(
      screen.contains("Ada Lovelace · ada@example.com"), "the email typed 2.5 s before kill -9: \(screen)")
    #expect(!screen.contains("open in another kombo-apply"), "a killed instance leaves no lock behind")
  }
}
