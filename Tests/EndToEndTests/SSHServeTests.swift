import Foundation
import TestHarness
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `kombo-apply ssh serve` with the real OpenSSH client on loopback: the terminal UI over `ssh -tt`,
/// public-key logins only, one isolated session per key, limits, and a server that outlives junk.
@Suite(.serialized) struct SSHServeTests {
  /// From the job list over ssh: the job without questions, a name and `email`, submitted from the
  /// review; ends on the result.
  private func submitQuickApplication(_ pane: TmuxSession, email: String) async throws {
    try await pane.type("Seasonal Warehouse")
    try await pane.expect("> \(QuickJob.name)")
    try await pane.press("Enter")
    try await pane.expect("┃ First name *")
    try await pane.type("Erika")
    try await pane.press("Tab")
    try await pane.type("Mustermann")
    try await pane.press("Tab")
    try await pane.type(email)
    try await pane.press("C-s")
    try await pane.expect("┃ Add files")
    try await pane.press("C-s")
    try await pane.expect("✓ Ready to submit")
    try await pane.press("C-s")
    try await pane.expect("✓ Application created")
  }

  @Test func anApplicationCompletedOverSSHIsInTheSandboxOnce() async throws {
    let server = try await SSHServe.start()
    let pane = try await server.connect(key: "alice")
    // A smaller window than the app needs shows "Terminal too small"; back to size, the form returns.
    try await pane.tmux(["resize-window", "-x", "60", "-y", "16"])
    try await pane.expect("Terminal too small")
    try await pane.tmux(["resize-window", "-x", "100", "-y", "30"])
    try await pane.expect("jobs loaded")
    let email = "erika.ssh@example.com"
    try await submitQuickApplication(pane, email: email)
    #expect(try await server.applications(jobID: QuickJob.id, email: email).count == 1)
    try await pane.press("q")
    #expect(await pane.waitForExit(seconds: 20) == 0, "ssh exits with the app's status")
    #expect(server.log.contains("session started"))
    #expect(!server.log.contains(email), "logs never carry candidate data")
    #expect(await server.stop() == 0)
  }

  @Test func onlyAuthorizedKeysGetIn() async throws {
    let server = try await SSHServe.start()
    let stranger = try await server.run(key: "mallory", ["-tt"])
    #expect(stranger.status == 255)
    #expect(stranger.stderr.contains("Permission denied (publickey)"), "\(stranger.stderr)")
    let password = try await server.run(
      key: "alice",
      ["-o", "PreferredAuthentications=password,keyboard-interactive", "-o", "PubkeyAuthentication=no"])
    #expect(password.status == 255)
    #expect(password.stderr.contains("Permission denied"), "\(password.stderr)")
    let command = try await server.run(key: "alice", command: ["jobs"])
    #expect(command.status == 2)
    #expect(command.stderr.contains("runs the terminal UI only"), "\(command.stderr)")
    // Without a pty the session is the line mode; the end of input ends it.
    let lines = try await server.run(key: "alice", ["-T"])
    #expect(lines.output.contains("Job number, words to search"), "\(lines.output) \(lines.stderr)")
    #expect(server.log.contains("key not authorized"))
    #expect(await server.stop() == 0)
  }

  /// A user who never set up `~/.ssh/authorized_keys` is let in with their own key, no one else.
  @Test func withoutAKeysFileTheUsersOwnKeyGetsIn() async throws {
    let server = try await SSHServe.start(ownKey: "alice")
    #expect(server.output.contains("Authorized keys: \(server.home.path)/.ssh/id_ed25519.pub (1 usable)"))
    _ = try await server.connect(key: "alice")
    let stranger = try await server.run(key: "bob", ["-tt"])
    #expect(stranger.stderr.contains("Permission denied (publickey)"), "\(stranger.stderr)")
    #expect(await server.stop() == 0)
  }

  @Test func aSecondClientIsTurnedAwayAtMaxSessions() async throws {
    let server = try await SSHServe.start(["--max-sessions", "1"])
    let first = try await server.connect(key: "alice")
    let second = try await server.run(key: "bob", ["-tt"])
    #expect(second.output.contains("busy, try later"), "\(second.output)")
    #expect(second.status == 1)
    try await first.expect("jobs loaded")
    #expect(await server.stop() == 0)
    #expect(await first.waitForExit(seconds: 20) != nil, "the session ends with the server")
  }

  /// Alice's draft survives her dropped connection and comes back to her alone; Bob, on at the same
  /// time, never sees it.
  @Test func eachKeySeesOnlyItsOwnDraft() async throws {
    let server = try await SSHServe.start()
    let alice = try await server.connect(key: "alice")
    let bob = try await server.connect(key: "bob")
    try await alice.typeDraft(email: "zoe.ssh@example.com")
    // The ssh client is killed mid-form: the server hangs the app up, which saves the draft.
    kill(try await alice.sshClientPID(), SIGKILL)
    #expect(await alice.waitForExit(seconds: 10) != nil)
    #expect(await waitFor(seconds: 60) { server.log.components(separatedBy: "session ended").count == 2 })
    try await bob.expect("jobs loaded")
    #expect(try await !bob.lines().joined().contains("Resume draft"))
    let again = try await server.connect(key: "alice", firstScreen: "Resume draft from")
    try await again.expect("(Zoë Łukasiewicz, \(DemoJob.name))?")
    try await again.press("r")
    try await again.expect("> zoe.ssh@example.com")
    #expect(await server.stop() == 0)
  }

  @Test func junkConnectionsDoNotKeepARealClientOut() async throws {
    let server = try await SSHServe.start()
    for round in 0..<50 {
      let junk =
        round % 2 == 0
        ? "GET / HTTP/1.1\r\n\r\n" : "SSH-2.0-junk\r\n" + String(repeating: "\u{1}\u{2}", count: 500)
      try sendAndClose(port: server.port, Array(junk.utf8))
    }
    // A connection that never says anything (half-open) does not block the next one.
    let silent = try openConnection(port: server.port)
    defer { close(silent) }
    let pane = try await server.connect(key: "alice")
    try await pane.expect("jobs loaded")
    let rss = try #require(server.residentKilobytes)
    print("ssh serve RSS after 50 junk connections and a session: \(rss) kB")
    #expect(rss < 300_000)
    #expect(await server.stop() == 0)
  }

  private func waitFor(seconds: Double, _ condition: () -> Bool) async -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      if condition() { return true }
      try? await Task.sleep(for: .milliseconds(50))
    }
    return condition()
  }

  private func openConnection(port: Int) throws -> Int32 {
    let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let connected = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard connected == 0 else {
      close(socket)
      throw SessionError("cannot connect to port \(port)")
    }
    return socket
  }

  private func sendAndClose(port: Int, _ bytes: [UInt8]) throws {
    let socket = try openConnection(port: port)
    _ = bytes.withUnsafeBytes { send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    close(socket)
  }
}
