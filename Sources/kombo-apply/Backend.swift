import ApplyCore
import Foundation
import KomboAPI

/// The API a command talks to, and how to close it.
struct BackendSession: Sendable {
  /// The client.
  let client: any KomboClient
  /// Where it points, for messages (never includes the key).
  let label: String
  /// Releases connections (and stops an embedded server).
  let shutdown: @Sendable () async -> Void
}

/// The one place that decides which API the commands use.
///
/// With an API key: the real Kombo API (or the configured base URL) over AsyncHTTPClient. Without a
/// key, the embedded sandbox is meant to start here; until it is wired in, that is a configuration error.
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
      createTimeout: createTimeout ?? configuration.createTimeout, shutdownExtra: {})
  }

  /// A client for `server` over AsyncHTTPClient; `shutdownExtra` runs after its connections close.
  static func remote(
    server: KomboServer, apiKey: APIKey, integration: IntegrationID?, createTimeout: Duration,
    shutdownExtra: @escaping @Sendable () async -> Void
  ) -> BackendSession {
    let transport = AsyncHTTPTransport()
    let client = HTTPKomboClient(
      server: server, apiKey: apiKey, integration: integration, transport: transport, userAgent: userAgent,
      createTimeout: createTimeout)
    return BackendSession(client: client, label: server.description) {
      await transport.shutdown()
      await shutdownExtra()
    }
  }

  /// The session used when no API key is configured. The embedded sandbox (ATSSandbox's
  /// `EmbeddedSandbox`) belongs here: start it, then return `remote(server:apiKey:integration:…)` for its
  /// loopback base URL with `shutdownExtra` stopping it. Until then this explains how to add a key.
  private static func sandbox(
    _ configuration: Configuration, createTimeout: Duration?
  ) async throws(CommandFailure) -> BackendSession {
    throw CommandFailure(
      message: """
        kombo-apply: no API key configured.
        Set KOMBO_API_KEY, or put the key on the first line of \(configuration.paths.credentialsFile) \
        and make it private with: chmod 600 \(configuration.paths.credentialsFile)
        """,
      exitCode: ExitStatus.configuration)
  }
}
