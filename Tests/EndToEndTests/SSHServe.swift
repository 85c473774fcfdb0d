import ATSSandbox
import Foundation
import TestHarness
import Testing

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// `kombo-apply ssh serve` as a child process on a free loopback port, with a private home (its host
/// key, session directories and sandbox data live there), keys made by `ssh-keygen`, and the real
/// OpenSSH client to connect with.
final class SSHServe: @unchecked Sendable {
  /// The server process.
  let process: Process
  /// The private home.
  let home: URL
  /// The port it listens on.
  let port: Int
  /// The host key fingerprint it printed.
  let fingerprint: String
  /// The shared sandbox's base URL it printed.
  let sandboxURL: String
  /// Where the keys are (`NAME` and `NAME.pub`).
  let keys: URL

  private init(process: Process, home: URL, port: Int, fingerprint: String, sandboxURL: String, keys: URL) {
    self.process = process
    self.home = home
    self.port = port
    self.fingerprint = fingerprint
    self.sandboxURL = sandboxURL
    self.keys = keys
  }

  deinit {
    if process.isRunning { process.terminate() }
  }

  /// Makes an Ed25519 key pair `name` in `directory` with `ssh-keygen`.
  static func makeKey(_ name: String, in directory: URL, type: String = "ed25519") async throws {
    let result = try await ChildProcess.run(
      URL(fileURLWithPath: "/usr/bin/ssh-keygen"),
      ["-q", "-t", type, "-N", "", "-C", "\(name)@test", "-f", directory.appendingPathComponent(name).path])
    #expect(result.status == 0, "ssh-keygen: \(result.stderr)")
  }

  /// Starts the server with `arguments`, letting in the keys `authorized` (made with the others in
  /// `keys`), and waits for its first lines. With `ownKey`, no keys file is given: the server's user
  /// has only that key's public half in `~/.ssh/id_ed25519.pub`.
  static func start(
    _ arguments: [String] = [], keys names: [String] = ["alice", "bob", "mallory"],
    authorized: [String] = ["alice", "bob"], home existing: URL? = nil, ownKey: String? = nil
  ) async throws -> SSHServe {
    let home =
      existing
      ?? FileManager.default.temporaryDirectory.appendingPathComponent("e2e-ssh-\(UUID().uuidString)")
    let keys = home.appendingPathComponent("keys")
    if existing == nil {
      try FileManager.default.createDirectory(at: keys, withIntermediateDirectories: true)
      for name in names { try await makeKey(name, in: keys) }
      let lines = try authorized.map {
        try String(contentsOf: keys.appendingPathComponent("\($0).pub"), encoding: .utf8)
      }
      try ("# team keys\n" + lines.joined()).write(
        to: keys.appendingPathComponent("authorized_keys"), atomically: true, encoding: .utf8)
    }
    let output = home.appendingPathComponent("server.out")
    let errors = home.appendingPathComponent("server.err")
    _ = FileManager.default.createFile(atPath: output.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try TmuxSession.binary())
    if let ownKey {
      let ssh = home.appendingPathComponent(".ssh")
      try FileManager.default.createDirectory(at: ssh, withIntermediateDirectories: true)
      try FileManager.default.copyItem(
        at: keys.appendingPathComponent("\(ownKey).pub"), to: ssh.appendingPathComponent("id_ed25519.pub"))
    }
    let keyArguments =
      arguments.contains("--open-demo") || ownKey != nil
      ? [] : ["--authorized-keys", keys.appendingPathComponent("authorized_keys").path]
    process.arguments = ["ssh", "serve", "--port", "0"] + keyArguments + arguments
    process.environment = [
      "HOME": home.path, "PATH": "/usr/bin:/bin", "XDG_STATE_HOME": home.appendingPathComponent("state").path,
      "XDG_DATA_HOME": home.appendingPathComponent("data").path,
      "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
    ]
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = try FileHandle(forWritingTo: output)
    process.standardError = try FileHandle(forWritingTo: errors)
    try process.run()
    var lines: [String] = []
    let deadline = ContinuousClock.now + .seconds(60)
    while lines.count < 4 && process.isRunning && ContinuousClock.now < deadline {
      try await Task.sleep(for: .milliseconds(50))
      lines = ((try? String(contentsOf: output, encoding: .utf8)) ?? "").components(separatedBy: "\n")
        .filter { !$0.isEmpty }
    }
    guard lines.count >= 4, let port = lines[0].split(separator: ":").last.flatMap({ Int($0) }),
      lines[0].hasPrefix("SSH listening on 127.0.0.1:"), lines[1].hasPrefix("Host key: SHA256:")
    else {
      if process.isRunning { process.terminate() }
      let stderr = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
      throw SessionError("ssh serve did not start: \(lines) \(stderr)")
    }
    let fingerprint = String(lines[1].dropFirst("Host key: ".count).prefix { $0 != " " })
    let sandboxURL = lines[3].components(separatedBy: " at ").last ?? ""
    return SSHServe(
      process: process, home: home, port: port, fingerprint: fingerprint, sandboxURL: sandboxURL, keys: keys)
  }

  /// What the server wrote on stdout (its address, host key, keys file and backend).
  var output: String {
    (try? String(contentsOf: home.appendingPathComponent("server.out"), encoding: .utf8)) ?? ""
  }

  /// What the server wrote on stderr (its log).
  var log: String {
    (try? String(contentsOf: home.appendingPathComponent("server.err"), encoding: .utf8)) ?? ""
  }

  /// `ssh` arguments for logging in with the key `name` (no config file, agent or known hosts).
  func sshArguments(key name: String, _ extra: [String] = []) -> [String] {
    [
      "-F", "/dev/null", "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o",
      "BatchMode=yes", "-o", "IdentitiesOnly=yes", "-o", "IdentityAgent=none", "-o", "LogLevel=ERROR",
      "-i", keys.appendingPathComponent(name).path, "-p", "\(port)",
    ] + extra + ["demo@127.0.0.1"]
  }

  /// Runs `ssh` (not in a terminal) with the key `name` and `extra` options, then `command`.
  func run(key name: String, _ extra: [String] = [], command: [String] = []) async throws
    -> ChildProcess.Result
  {
    try await ChildProcess.run(
      URL(fileURLWithPath: "/usr/bin/ssh"), sshArguments(key: name, extra) + command,
      environment: ["HOME": home.path, "PATH": "/usr/bin:/bin", "TERM": "tmux-256color"])
  }

  /// `ssh -tt` with the key `name` in a tmux pane of `width`×`height`; waits until the job list shows.
  func connect(key name: String, width: Int = 100, height: Int = 30, firstScreen: String = "jobs loaded")
    async throws -> TmuxSession
  {
    let arguments = sshArguments(key: name, ["-tt"]).map { "'\($0)'" }.joined(separator: " ")
    let pane = try await TmuxSession(
      arguments, width: width, height: height, environment: ["HOME": home.path], program: "/usr/bin/ssh")
    if try await !pane.waitFor(firstScreen, seconds: 30) {
      Issue.record("\"\(firstScreen)\" never showed over ssh; the screen:\n\(await pane.screen())\n\(log)")
      throw SessionError("\"\(firstScreen)\" never showed")
    }
    return pane
  }

  /// Sends SIGTERM and waits until the server has ended; its exit status.
  func stop() async -> Int32 {
    if process.isRunning { process.terminate() }
    let deadline = ContinuousClock.now + .seconds(30)
    while process.isRunning && ContinuousClock.now < deadline {
      try? await Task.sleep(for: .milliseconds(20))
    }
    return process.isRunning ? -1 : process.terminationStatus
  }

  /// The server's resident memory in kB (`VmRSS`).
  var residentKilobytes: Int? {
    let status =
      (try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8)) ?? ""
    let line = status.components(separatedBy: "\n").first { $0.hasPrefix("VmRSS:") }
    return line?.split(separator: " ").dropFirst().first.flatMap { Int($0) }
  }

  /// The applications the shared sandbox holds for `jobID` whose candidate has `email`.
  func applications(jobID: String, email: String) async throws -> [[String: Any]] {
    var request = URLRequest(
      url: try #require(URL(string: sandboxURL + "/ats/applications?job_ids=\(jobID)")))
    request.setValue("Bearer \(EmbeddedSandbox.defaultAPIKey)", forHTTPHeaderField: "Authorization")
    request.setValue(SandboxIntegrations.default.id, forHTTPHeaderField: "X-Integration-Id")
    let (answer, _) = try await URLSession.shared.data(for: request)
    let envelope = try #require(try JSONSerialization.jsonObject(with: answer) as? [String: Any])
    let results = try #require((envelope["data"] as? [String: Any])?["results"] as? [[String: Any]])
    return results.filter { application in
      let candidate = application["candidate"] as? [String: Any]
      let emails = (candidate?["email_addresses"] as? [[String: Any]]) ?? []
      return emails.contains { ($0["email_address"] as? String)?.lowercased() == email.lowercased() }
    }
  }
}

extension TmuxSession {
  /// Waits for `text` on the pane; records the screen and throws when it never shows.
  func expect(_ text: String, seconds: Double = 30, sourceLocation: SourceLocation = #_sourceLocation)
    async throws
  {
    if try await waitFor(text, seconds: seconds) { return }
    Issue.record("\"\(text)\" never showed; the screen:\n\(await screen())", sourceLocation: sourceLocation)
    throw SessionError("\"\(text)\" never showed")
  }

  /// From the job list: opens the demo job and types a candidate's name and `email` (left focused).
  func typeDraft(email: String) async throws {
    try await type("Senior Backend")
    try await expect("> \(DemoJob.name)")
    try await press("Enter")
    try await expect("┃ First name *")
    try await type("Zoë")
    try await press("Tab")
    try await type("Łukasiewicz")
    try await press("Tab")
    try await type(email)
    try await expect("> \(email)")
  }

  /// The `ssh` process in the pane (the pane's shell runs `env … ssh`, which execs).
  func sshClientPID() async throws -> Int32 {
    let shell = Int32(try await display("#{pane_pid}")) ?? 0
    let children =
      (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
    let pid = children.split(separator: " ").compactMap { Int32($0) }.first { child in
      ((try? String(contentsOfFile: "/proc/\(child)/comm", encoding: .utf8)) ?? "").hasPrefix("ssh")
    }
    return try #require(pid)
  }
}
