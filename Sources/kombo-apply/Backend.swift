import ApplyCore
import Foundation

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

  /// Creates the session for `configuration`.
  static func make(_ configuration: Configuration, createTimeout: Duration? = nil) throws(CommandFailure) -> BackendSession {
    guard let apiKey = configuration.apiKey else {
      throw CommandFailure(
        message: """
          kombo-apply: no API key configured.
          Set KOMBO_API_KEY, or put the key on the first line of \(configuration.paths.credentialsFile) \
          and make it private with: chmod 600 \(configuration.paths.credentialsFile)
          """,
        exitCode: ExitStatus.configuration)
    }
    let transport = AsyncHTTPTransport()
    let client = HTTPKomboClient(
      server: configuration.server, apiKey: apiKey, integration: configuration.integration, transport: transport,
      userAgent: userAgent, createTimeout: createTimeout ?? configuration.createTimeout)
    return BackendSession(
      client: client, label: configuration.server.description, shutdown: { await transport.shutdown() })
  }
}
