public import Foundation
import Hummingbird
import KomboAPI
public import Logging

/// A Kombo-compatible HTTP server: seeded jobs, 66 integrations, its own validation, SQLite
/// persistence and fault injection.
///
/// Build one with a ``SandboxConfiguration`` and ``run(onListening:)`` it, or use
/// ``EmbeddedSandbox`` to start one in-process on an ephemeral loopback port.
public final class SandboxServer: Sendable {
  /// The configuration it was built with.
  public let configuration: SandboxConfiguration
  /// The live fault rules; replace them while the server runs with ``FaultInjector/replace(with:)``
  /// or `PUT /_sandbox/faults`.
  public let faults: FaultInjector
  let catalog: JobCatalog
  let store: SandboxStore
  let limiter: ConcurrencyLimiter
  let window = RateLimitWindow()
  let logger: Logger

  /// Opens the data directory (creating or, with `reset`, emptying it) and builds the job catalogue.
  public init(configuration: SandboxConfiguration, logger: Logger = Logger(label: "kombo-apply.sandbox"))
    throws
  {
    try configuration.validate()
    self.configuration = configuration
    self.logger = logger
    faults = FaultInjector(configuration.faults)
    catalog = JobCatalog(extraJobs: configuration.extraJobs)
    store = try SandboxStore(directory: configuration.dataDirectory, reset: configuration.reset)
    try store.seedIfEmpty(
      integrationID: SandboxIntegrations.default.id, applications: SeedApplications.rows())
    limiter = ConcurrencyLimiter(limit: configuration.concurrencyLimit)
  }

  /// The base URL clients use, for a server listening on `port`.
  public func baseURL(port: Int) -> URL {
    let host = configuration.host.contains(":") ? "[\(configuration.host)]" : configuration.host
    // swift-format-ignore: NeverForceUnwrap
    // A host the server could bind and a port number always make a valid URL.
    return URL(string: "http://\(host):\(port)/v1")!
  }

  /// Serves until the task is cancelled (or, with `gracefulShutdownSignals`, until one arrives);
  /// `onListening` gets the bound port once the socket is open.
  public func run(
    gracefulShutdownSignals: Bool = false, onListening: @escaping @Sendable (Int) async -> Void = { _ in }
  ) async throws {
    let application = makeApplication(onListening: onListening)
    if gracefulShutdownSignals {
      try await application.runService()
    } else {
      try await application.run()
    }
  }

  /// The Hummingbird application (also used by the route tests).
  func makeApplication(onListening: @escaping @Sendable (Int) async -> Void = { _ in })
    -> some ApplicationProtocol
  {
    Hummingbird.Application(
      router: router(),
      configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: nil),
      onServerRunning: { channel in await onListening(channel.localAddress?.port ?? 0) },
      logger: logger)
  }

  /// The routes and middleware.
  func router() -> Router<SandboxRequestContext> {
    let router = Router(context: SandboxRequestContext.self)
    router.add(middleware: EnvelopeMiddleware(window: window))
    router.add(middleware: AuthMiddleware(apiKey: configuration.apiKey))
    router.add(middleware: ConcurrencyMiddleware(limiter: limiter))
    // Faults as route-group middleware: each group knows its operation, so no path is matched twice.
    let injector = faults
    func faulty(_ operation: FaultSpec.Operation) -> RouterGroup<SandboxRequestContext> {
      router.group().add(middleware: FaultMiddleware(injector: injector, operation: operation))
    }
    faulty(.any).get("/v1/check-api-key") { _, _ in
      JSONResponse.make(
        KomboResponse(
          data: APIKeyCheck(
            environmentID: SandboxIntegration.environmentID, customerID: SandboxIntegration.environmentID)))
    }
    faulty(.any).get("/v1/integrations/:integration_id") { _, context in
      let raw = context.parameters.get("integration_id") ?? ""
      let id = raw.removingPercentEncoding ?? raw
      guard let integration = SandboxIntegrations.named(id) else {
        throw SandboxError.integrationNotFound("integration_id: no integration '\(id)' in this sandbox")
      }
      return JSONResponse.make(KomboResponse(data: integration.details))
    }
    faulty(.any).get("/v1/ats/actions/ats_create_application") { _, context in
      guard let integration = context.integration else { throw SandboxError.unknown("no integration") }
      return JSONResponse.make(KomboResponse(data: integration.attachmentRules.capabilities))
    }
    faulty(.jobs).get("/v1/ats/jobs") { request, context in try await self.listJobs(request, context) }
    faulty(.create).post("/v1/ats/jobs/**") { request, context in
      try await self.createApplication(request, context)
    }
    faulty(.candidates).get("/v1/ats/candidates") { request, context in
      try await self.listCandidates(request, context)
    }
    faulty(.applications).get("/v1/ats/applications") { request, context in
      try await self.listApplications(request, context)
    }
    router.get("/_sandbox/faults") { _, _ in self.faultsResponse() }
    router.put("/_sandbox/faults") { request, _ in
      let body = try await request.body.collect(upTo: 64 * 1024)
      do {
        self.faults.replace(with: try FaultSpec(parsing: String(buffer: body)))
      } catch {
        throw SandboxError.invalidInput("body: \(error)")
      }
      return self.faultsResponse()
    }
    return router
  }

  private func faultsResponse() -> Response {
    JSONResponse.make(
      KomboResponse(data: ["faults": JSONValue.string(faults.remaining.description)] as JSONObject))
  }
}
