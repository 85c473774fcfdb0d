import ATSSandbox
import ApplyCore
import Foundation
import KomboAPI

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
  static func make(
    _ configuration: Configuration, createTimeout: Duration? = nil
  ) async throws(CommandFailure) -> BackendSession {
    guard let apiKey = configuration.apiKey else {
      return try await sandbox(configuration, createTimeout: createTimeout)
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
      client: client, label: server.description, integrationID: integration?.description, isSandbox: isSandbox
    ) {
      await transport.shutdown()
      await shutdownExtra()
    }
  }

  /// The session used when no API key is configured: the embedded sandbox, started on a free loopback
  /// port with its data under `$XDG_DATA_HOME/kombo-apply/sandbox`, stopped by `shutdown`.
  private static func sandbox(
    _ configuration: Configuration, createTimeout: Duration?
  ) async throws(CommandFailure) -> BackendSession {
    let sandbox: EmbeddedSandbox
    do {
      sandbox = try await EmbeddedSandbox.start()
    } catch {
      throw CommandFailure(
        message: "kombo-apply: no API key is configured and the built-in sandbox could not start: \(error)",
        exitCode: ExitStatus.configuration)
    }
    let chosen = sandboxIntegration(configuration.integration, default: sandbox.integrationID)
    guard let apiKey = APIKey(sandbox.apiKey), let integration = IntegrationID(chosen),
      let server = try? KomboServer(baseURL: sandbox.baseURL.absoluteString)
    else {
      await sandbox.stop()
      throw CommandFailure(
        message: "kombo-apply: the built-in sandbox reported an unusable address",
        exitCode: ExitStatus.configuration)
    }
    Console.error(
      "kombo-apply: no API key configured; using the built-in sandbox (demo data, nothing leaves this machine)."
    )
    return remote(
      server: server, apiKey: apiKey, integration: integration,
      createTimeout: createTimeout ?? configuration.createTimeout, isSandbox: true,
      shutdownExtra: { await sandbox.stop() })
  }

  /// The sandbox integration to use: the configured one when the sandbox has it (any of its 66 tools,
  /// so a demo can show Greenhouse or Personio), else `fallback`, saying why when one was configured.
  static func sandboxIntegration(_ configured: IntegrationID?, default fallback: String) -> String {
    guard let configured = configured?.description else { return fallback }
    if SandboxIntegrations.all.contains(where: { $0.id == configured }) { return configured }
    Console.error(
      "kombo-apply: \(configured) is not one of the built-in sandbox's integrations "
        + "(`kombo-apply sandbox integrations` lists them); using \(fallback).")
    return fallback
  }
}
