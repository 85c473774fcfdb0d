import ATSSandbox
import ApplyCore
import Foundation
import KomboAPI
import TextSafety

/// The API a command talks to, and how to close it.
struct BackendSession: Sendable {
  /// The client.
  let client: any KomboClient
  /// Where it points, for messages (never includes the key).
  let label: String
  /// The integration every `/ats/*` call goes through (recorded with each submission).
  let integrationID: String?
  /// Whether this is the embedded sandbox rather than a configured API.
  let isSandbox: Bool
  /// What the user must see about this session, e.g. that the sandbox stands in for an integration it
  /// does not have (the terminal UI shows it on screen).
  var notice: String?
  /// Releases connections (and stops an embedded server).
  let shutdown: @Sendable () async -> Void
}

/// The one place that decides which API the commands use.
///
/// With an API key: the real Kombo API (or the configured base URL) over AsyncHTTPClient. Without a
/// key: the embedded sandbox on a loopback port, with a one-line notice on stderr.
enum Backend {
  /// The user agent sent with every request.
  static let userAgent = "kombo-apply/\(KomboApply.version)"

  /// Creates the session for `configuration`: the real API with a key, else the embedded sandbox.
  ///
  /// An integration the sandbox does not have is refused (exit 78, naming the command that lists its
  /// integrations) unless `substitutes` is true: the terminal UI then uses the sandbox's default and
  /// shows the session's `notice`.
  static func make(
    _ configuration: Configuration, createTimeout: Duration? = nil, substitutes: Bool = false
  ) async throws(CommandFailure) -> BackendSession {
    guard let apiKey = configuration.apiKey else {
      return try await sandbox(configuration, createTimeout: createTimeout, substitutes: substitutes)
    }
    return remote(
      server: configuration.server, apiKey: apiKey, integration: configuration.integration,
      createTimeout: createTimeout ?? configuration.createTimeout, isSandbox: false, shutdownExtra: {})
  }

  /// A client for `server` over AsyncHTTPClient; `shutdownExtra` runs after its connections close.
  static func remote(
    server: KomboServer, apiKey: APIKey, integration: IntegrationID?, createTimeout: Duration,
    isSandbox: Bool,
    shutdownExtra: @escaping @Sendable () async -> Void
  ) -> BackendSession {
    let transport = AsyncHTTPTransport()
    let client = HTTPKomboClient(
      server: server, apiKey: apiKey, integration: integration, transport: transport, userAgent: userAgent,
      createTimeout: createTimeout)
    return BackendSession(
      client: client, label: server.description, integrationID: integration?.description,
      isSandbox: isSandbox,
      notice: nil
    ) {
      await transport.shutdown()
      await shutdownExtra()
    }
  }

  /// The session used when no API key is configured: the embedded sandbox, started on a free loopback
  /// port with its data under `$XDG_DATA_HOME/kombo-apply/sandbox`, stopped by `shutdown`.
  private static func sandbox(
    _ configuration: Configuration, createTimeout: Duration?, substitutes: Bool
  ) async throws(CommandFailure) -> BackendSession {
    let problem = substitutionProblem(configuration.integration)
    if let problem, !substitutes {
      throw CommandFailure(
        message: "kombo-apply: \(problem); list them with `kombo-apply sandbox integrations`, or "
          + "configure an API key to use a real integration",
        exitCode: ExitStatus.configuration)
    }
    if let address = ProcessInfo.processInfo.environment[sharedSandboxVariable], !address.isEmpty {
      return try shared(baseURL: address, configuration, createTimeout: createTimeout, problem: problem)
    }
    let sandbox: EmbeddedSandbox
    do {
      sandbox = try await EmbeddedSandbox.start()
    } catch {
      throw CommandFailure(
        message: "kombo-apply: no API key is configured and the built-in sandbox could not start: \(error)",
        exitCode: ExitStatus.configuration)
    }
    guard
      let session = sandboxSession(
        baseURL: sandbox.baseURL.absoluteString, apiKey: sandbox.apiKey,
        defaultIntegration: sandbox.integrationID,
        configuration, createTimeout: createTimeout, problem: problem, shutdownExtra: { await sandbox.stop() }
      )
    else {
      await sandbox.stop()
      throw CommandFailure(
        message: "kombo-apply: the built-in sandbox reported an unusable address",
        exitCode: ExitStatus.configuration)
    }
    Console.error(
      "kombo-apply: no API key configured; using the built-in sandbox (demo data, nothing leaves this machine)."
    )
    if let problem { Console.error("kombo-apply: \(problem); using \(session.integrationID ?? "") instead") }
    return session
  }

  /// Names a sandbox another process already runs (`http://127.0.0.1:PORT/v1`, accepting
  /// `EmbeddedSandbox.defaultAPIKey`): with no API key configured, it is used instead of starting one.
  /// `ssh serve` sets it for its sessions so they all share the sandbox it started.
  static let sharedSandboxVariable = "KOMBO_APPLY_SANDBOX_URL"

  /// The session over the sandbox at `baseURL`, which another process runs and stops.
  private static func shared(
    baseURL: String, _ configuration: Configuration, createTimeout: Duration?, problem: String?
  ) throws(CommandFailure) -> BackendSession {
    guard
      let session = sandboxSession(
        baseURL: baseURL, apiKey: EmbeddedSandbox.defaultAPIKey,
        defaultIntegration: SandboxIntegrations.default.id,
        configuration, createTimeout: createTimeout, problem: problem, shutdownExtra: {})
    else {
      throw CommandFailure(
        message: "kombo-apply: \(sharedSandboxVariable) is not a usable sandbox address",
        exitCode: ExitStatus.configuration)
    }
    return session
  }

  /// A session over a sandbox at `baseURL`: the configured integration, or `defaultIntegration` when
  /// none is configured or the sandbox cannot serve it (`problem`; the session's notice then says
  /// which one it stands in for). Nil when the address, key or integration is unusable.
  private static func sandboxSession(
    baseURL: String, apiKey: String, defaultIntegration: String, _ configuration: Configuration,
    createTimeout: Duration?, problem: String?, shutdownExtra: @escaping @Sendable () async -> Void
  ) -> BackendSession? {
    let chosen =
      problem == nil ? configuration.integration?.description ?? defaultIntegration : defaultIntegration
    guard let apiKey = APIKey(apiKey), let integration = IntegrationID(chosen),
      let server = try? KomboServer(baseURL: baseURL)
    else { return nil }
    var session = remote(
      server: server, apiKey: apiKey, integration: integration,
      createTimeout: createTimeout ?? configuration.createTimeout, isSandbox: true,
      shutdownExtra: shutdownExtra)
    if problem != nil {
      session.notice =
        "The sandbox stands in for \(Sanitizer.line(configuration.integration?.description ?? ""))"
    }
    return session
  }

  /// Why the sandbox cannot serve the configured integration, or nil when it can (or none is configured).
  private static func substitutionProblem(_ configured: IntegrationID?) -> String? {
    guard let configured = configured?.description,
      !SandboxIntegrations.all.contains(where: { $0.id == configured })
    else { return nil }
    return "no API key is configured, and the integration \(Sanitizer.line(configured)) is not one of the "
      + "built-in sandbox's"
  }
}
