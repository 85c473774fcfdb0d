public import Foundation
import Logging

/// A sandbox server running inside this process on an ephemeral loopback port: what the app talks
/// to when no API key is configured, and what tests start.
///
/// ```swift
/// let sandbox = try await EmbeddedSandbox.start()
/// // use sandbox.baseURL, sandbox.apiKey, sandbox.integrationID
/// await sandbox.stop()
/// ```
public final class EmbeddedSandbox: Sendable {
  /// The API base URL, `http://127.0.0.1:<port>/v1`.
  public let baseURL: URL
  /// The bound port.
  public let port: Int
  /// The default integration's id (the Kombo Sandbox tool).
  public let integrationID: String
  /// The bearer key to send.
  public let apiKey: String
  /// The running server (its faults can be changed while it runs).
  public let server: SandboxServer
  private let task: Task<Void, any Error>

  private init(server: SandboxServer, port: Int, apiKey: String, task: Task<Void, any Error>) {
    self.server = server
    self.port = port
    self.apiKey = apiKey
    self.task = task
    baseURL = server.baseURL(port: port)
    integrationID = SandboxIntegrations.default.id
  }

  /// The key embedded sandboxes accept when none is configured.
  public static let defaultAPIKey = "sandbox-local-key"

  /// Starts a sandbox on 127.0.0.1 with an ephemeral port, data in `dataDirectory` (by default
  /// `$XDG_DATA_HOME/kombo-apply/sandbox`), and returns once it accepts connections.
  public static func start(
    dataDirectory: URL = SandboxConfiguration.defaultDataDirectory(), faults: FaultSpec = FaultSpec(),
    extraJobs: Int = 0, reset: Bool = false, concurrencyLimit: Int = 30
  ) async throws -> EmbeddedSandbox {
    let configuration = SandboxConfiguration(
      host: "127.0.0.1", port: 0, dataDirectory: dataDirectory, faults: faults, extraJobs: extraJobs,
      apiKey: defaultAPIKey, reset: reset, concurrencyLimit: concurrencyLimit)
    return try await start(configuration: configuration)
  }

  /// Starts a sandbox with a full configuration (its port should be 0 unless a fixed one is wanted).
  public static func start(configuration: SandboxConfiguration) async throws -> EmbeddedSandbox {
    var logger = Logger(label: "kombo-apply.sandbox")
    logger.logLevel = .critical
    let server = try SandboxServer(configuration: configuration, logger: logger)
    let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
    let task = Task {
      defer { continuation.finish() }
      try await server.run { port in continuation.yield(port) }
    }
    var iterator = ports.makeAsyncIterator()
    guard let port = await iterator.next() else {
      try await task.value
      throw SandboxConfiguration.Invalid(description: "the sandbox stopped before it listened")
    }
    return EmbeddedSandbox(
      server: server, port: port, apiKey: configuration.apiKey ?? defaultAPIKey, task: task)
  }

  /// Stops the server and waits until it has closed its socket.
  public func stop() async {
    task.cancel()
    _ = await task.result
  }
}
