import ATSSandbox
import ApplyCore
import ArgumentParser
import Foundation
import Logging
import SSHFront

#if canImport(Glibc)
  import Glibc
#endif

/// `kombo-apply ssh`: the terminal UI served over SSH.
struct SSHCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ssh",
    abstract: "Serve the terminal UI over SSH, one isolated session per connection.",
    subcommands: [Serve.self]
  )

  /// `kombo-apply ssh serve`.
  struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Run an SSH server whose sessions each get the terminal UI.",
      discussion: """
        Prints "SSH listening on HOST:PORT" and "Host key: SHA256:… (ED25519)" first. Clients log in \
        with a public key listed in the authorized keys file (ssh-ed25519, ecdsa-sha2-nistp256/384/521); \
        passwords are refused. Each key gets its own drafts, outbox and history, kept for its next \
        visit; --open-demo lets anyone in with a fresh session each time, and only on the built-in \
        sandbox. Without an API key every session shares one sandbox this server starts. A client \
        without a pty gets the line mode; commands (ssh host CMD) are refused. SIGTERM or SIGINT \
        hangs up every session (each saves its draft) and exits 0.
        """
    )

    @Option(help: "Address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on; 0 picks a free one.")
    var port = 2222

    @Option(
      name: .customLong("host-key"),
      help: "Ed25519 host key, OpenSSH format (default: ssh_host_ed25519_key in the state directory).")
    var hostKey: String?

    @Option(
      name: .customLong("authorized-keys"),
      help: """
        OpenSSH authorized_keys file of who may log in (default: ~/.ssh/authorized_keys, else your own \
        ~/.ssh/id_ed25519.pub or id_ecdsa.pub).
        """)
    var authorizedKeys: String?

    @Flag(name: .customLong("open-demo"), help: "Let anyone log in (built-in sandbox only).")
    var openDemo = false

    @Option(
      name: .customLong("max-sessions"), help: "Sessions at once; the next client is told to try later.")
    var maxSessions = 16

    @Option(
      name: .customLong("idle-timeout"), help: "Close a session after this long without input: 90s, 30m, 2h.")
    var idleTimeout = "30m"

    @OptionGroup var connection: ConnectionOptions

    func validate() throws {
      guard (1...1024).contains(maxSessions) else {
        throw ValidationError("--max-sessions must be from 1 to 1024")
      }
      guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535") }
      guard DurationText.parse(idleTimeout) != nil else {
        throw ValidationError(
          "--idle-timeout: \(idleTimeout.debugDescription) is not a duration such as 90s, 30m or 2h")
      }
      if openDemo && authorizedKeys != nil {
        throw ValidationError("--open-demo lets anyone in; --authorized-keys has no use with it")
      }
    }

    func run() async throws {
      try await reportingFailures {
        umask(0o077)
        let environment = ProcessInfo.processInfo.environment
        let settings = try resolve(environment)
        let logger = Self.logger(environment: environment)
        let hostKey = try loadHostKey(settings)
        let keys = try authorizedKeysFile(environment, logger: logger)
        let stop = StopSignals()
        let sandbox = try await startSandbox(settings)
        let configuration = SSHFrontConfiguration(
          host: host, port: port, hostKey: hostKey, authorizedKeys: keys, openDemo: openDemo,
          maxSessions: maxSessions, idleTimeout: DurationText.parse(idleTimeout) ?? .seconds(1800),
          childExecutable: Self.executablePath(),
          childEnvironment: childEnvironment(settings, environment: environment, sandbox: sandbox),
          sessionsDirectory: URL(
            fileURLWithPath: settings.paths.stateDirectory + "/ssh-sessions", isDirectory: true))
        let server = SSHFrontServer(configuration: configuration, logger: logger)
        let address: String
        do {
          address = try await server.start()
        } catch {
          await server.shutdown()
          await sandbox?.stop()
          throw CommandFailure(
            message: "kombo-apply: cannot listen on \(host):\(port): \(error)",
            exitCode: ExitStatus.configuration)
        }
        Console.out("SSH listening on \(address)")
        Console.out("Host key: \(hostKey.fingerprint) (ED25519)")
        Console.out(
          keys.map { "Authorized keys: \($0.path) (\($0.current().keys.count) usable)" }
            ?? "Open demo: anyone may log in; each connection gets a fresh session")
        Console.out(
          sandbox.map { "Backend: the built-in sandbox at \($0.baseURL.absoluteString)" }
            ?? "Backend: \(settings.server)")
        let signal = await stop.next() ?? SIGTERM
        logger.info("stopping on signal \(signal): hanging up every session")
        await server.shutdown()
        await sandbox?.stop()
        stop.cancel()
      }
    }

    /// The configuration; with `--open-demo`, refused when an API key is configured.
    private func resolve(_ environment: [String: String]) throws(CommandFailure) -> Configuration {
      let settings: Configuration
      do {
        settings = try Configuration.resolve(overrides: connection.overrides, environment: environment)
      } catch {
        throw CommandFailure(message: "kombo-apply: \(error.description)", exitCode: ExitStatus.configuration)
      }
      if openDemo, settings.apiKey != nil {
        let source =
          switch settings.keySource {
          case .file(let path)?: path
          default: "KOMBO_API_KEY"
          }
        throw CommandFailure(
          message: "kombo-apply: --open-demo lets anyone in, so it serves only the built-in sandbox, and an "
            + "API key is configured (\(source)); a public demo must never reach a customer's ATS. Unset "
            + "the key, or let in known keys with --authorized-keys instead.",
          exitCode: ExitStatus.configuration)
      }
      return settings
    }

    /// The `--host-key` file, or the default one (made on first start).
    private func loadHostKey(_ settings: Configuration) throws(CommandFailure) -> HostKeyFile {
      let path = hostKey ?? settings.paths.stateDirectory + "/ssh_host_ed25519_key"
      do {
        return try HostKeyFile.load(path: path, creates: hostKey == nil)
      } catch {
        throw CommandFailure(
          message: "kombo-apply: host key \(path): \(error.description)", exitCode: ExitStatus.configuration)
      }
    }

    /// The authorized keys file (nil with `--open-demo`): `--authorized-keys`, else
    /// `~/.ssh/authorized_keys`, else (on a machine where the user has never set that up) the user's
    /// own public key, so `ssh -p 2222 localhost` works with no other set-up. A missing file is refused.
    private func authorizedKeysFile(_ environment: [String: String], logger: Logger) throws(CommandFailure)
      -> AuthorizedKeysFile?
    {
      guard !openDemo else { return nil }
      let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
      let readable = { (path: String) in FileManager.default.isReadableFile(atPath: path) }
      let defaults = ["authorized_keys", "id_ed25519.pub", "id_ecdsa.pub"].map { home + "/.ssh/" + $0 }
      let path =
        authorizedKeys.map { $0.hasPrefix("~/") ? home + $0.dropFirst() : $0 }
        ?? defaults.first(where: readable) ?? defaults[0]
      guard readable(path) else {
        throw CommandFailure(
          message: "kombo-apply: cannot read the authorized keys file \(path); give one with "
            + "--authorized-keys FILE (OpenSSH format), or --open-demo to let anyone in",
          exitCode: ExitStatus.configuration)
      }
      return AuthorizedKeysFile(path: path, logger: logger)
    }

    /// The sandbox every session shares when no API key is configured.
    private func startSandbox(_ settings: Configuration) async throws(CommandFailure) -> EmbeddedSandbox? {
      guard settings.apiKey == nil else { return nil }
      do {
        return try await EmbeddedSandbox.start()
      } catch {
        throw CommandFailure(
          message: "kombo-apply: the built-in sandbox could not start: \(error)",
          exitCode: ExitStatus.configuration)
      }
    }

    /// What every session's child starts from: PATH, the shared config directory (credentials,
    /// settings, themes), the `KOMBO_*` settings and the connection flags, and the shared sandbox.
    private func childEnvironment(
      _ settings: Configuration, environment: [String: String], sandbox: EmbeddedSandbox?
    ) -> [String: String] {
      var child = environment.filter { $0.key.hasPrefix("KOMBO_") }
      child["PATH"] = environment["PATH"] ?? "/usr/bin:/bin"
      child["XDG_CONFIG_HOME"] = (settings.paths.configDirectory as NSString).deletingLastPathComponent
      if let integration = connection.integration { child["KOMBO_INTEGRATION_ID"] = integration }
      if let baseURL = connection.baseURL { child["KOMBO_BASE_URL"] = baseURL }
      if let region = connection.region { child["KOMBO_REGION"] = region }
      child[Backend.sharedSandboxVariable] = sandbox?.baseURL.absoluteString
      return child
    }

    /// This binary's path (what each session runs).
    private static func executablePath() -> String {
      let resolved = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
      return resolved ?? URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
    }

    /// Info-level logs on stderr (KOMBO_APPLY_LOG_LEVEL changes the level).
    private static func logger(environment: [String: String]) -> Logger {
      var logger = Logger(label: "kombo-apply.ssh") { StreamLogHandler.standardError(label: $0) }
      logger.logLevel = environment["KOMBO_APPLY_LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
      return logger
    }
  }
}
