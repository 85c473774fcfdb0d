import Foundation
import Hummingbird
import KomboAPI

/// The endpoints the sandbox serves, for fault matching and for telling 404 from 405.
enum SandboxRoute {
  /// The fault operation a request belongs to (`.any` for endpoints with no operation of their own).
  static func operation(method: HTTPRequest.Method, path: String) -> FaultSpec.Operation {
    switch (method, path) {
    case (.get, "/v1/ats/jobs"): .jobs
    case (.get, "/v1/ats/candidates"): .candidates
    case (.get, "/v1/ats/applications"): .applications
    case (.post, _) where path.hasPrefix("/v1/ats/jobs/") && path.hasSuffix("/applications"): .create
    default: .any
    }
  }

  /// The methods a path is served with; empty when no route has this path.
  static func methods(for path: String) -> [HTTPRequest.Method] {
    switch path {
    case "/v1/check-api-key", "/v1/ats/jobs", "/v1/ats/candidates", "/v1/ats/applications": [.get]
    case "/_sandbox/faults": [.get, .put]
    case _ where path.hasPrefix("/v1/integrations/") && path.count > "/v1/integrations/".count: [.get]
    case _ where path.hasPrefix("/v1/ats/jobs/") && path.hasSuffix("/applications"): [.post]
    default: []
    }
  }
}

/// Renders every failure as Kombo's error envelope (all four keys), maps unknown routes to 404 and
/// wrong methods to 405, and adds the `ratelimit-*` headers and a `Server-Timing: app;dur=MS` header
/// (time spent in the sandbox, body reading and encoding included) to every answer.
struct EnvelopeMiddleware: RouterMiddleware {
  typealias Context = SandboxRequestContext
  let window: RateLimitWindow

  func handle(
    _ request: Request, context: Context, next: (Request, Context) async throws -> Response
  ) async throws -> Response {
    let started = ContinuousClock.now
    var response: Response
    do {
      response = try await next(request, context)
    } catch let error as SandboxError {
      response = error.response()
    } catch let error as HTTPError where error.status == .notFound {
      let allowed = SandboxRoute.methods(for: request.uri.path)
      if allowed.isEmpty {
        response = SandboxError(
          status: .notFound, code: nil, title: "Not found",
          message: "\(request.method) \(request.uri.path): no such endpoint").response()
      } else {
        response = SandboxError(
          status: .methodNotAllowed, code: nil, title: "Method not allowed",
          message: "\(request.method) \(request.uri.path): use \(allowed.map(\.rawValue).joined(separator: ", "))",
          headers: [.allow: allowed.map(\.rawValue).joined(separator: ", ")]
        ).response()
      }
    } catch let error as HTTPError {
      response = SandboxError(status: error.status, code: nil, title: error.status.reasonPhrase, message: error.body ?? error.status.reasonPhrase).response()
    } catch is ConnectionDropped {
      throw ConnectionDropped()
    } catch {
      response = SandboxError.unknown("internal error: \(error)").response()
    }
    let key = request.headers[.integrationID] ?? "-"
    for field in window.count(key) { response.headers.append(field) }
    let elapsed = ContinuousClock.now - started
    let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
    response.headers[.serverTiming] = String(format: "app;dur=%.3f", milliseconds)
    return response
  }
}

/// Thrown after a `drop-after-commit` fault closed the connection: nothing more is written.
struct ConnectionDropped: Error {}

/// Checks the bearer key on `/v1` and admin endpoints, and `X-Integration-Id` on `/v1/ats`.
struct AuthMiddleware: RouterMiddleware {
  typealias Context = SandboxRequestContext
  /// The only key accepted; `nil` accepts any non-empty key.
  let apiKey: String?

  func handle(
    _ request: Request, context: Context, next: (Request, Context) async throws -> Response
  ) async throws -> Response {
    let path = request.uri.path
    // Unknown routes and wrong methods get their 404/405 without a key.
    guard SandboxRoute.methods(for: path).contains(request.method) else { return try await next(request, context) }
    let header = request.headers[.authorization] ?? ""
    guard header.lowercased().hasPrefix("bearer ") else {
      throw SandboxError.authenticationInvalid("Authorization: send the header 'Authorization: Bearer <API key>'")
    }
    let key = header.dropFirst("bearer ".count).trimmingCharacters(in: .whitespaces)
    guard !key.isEmpty else { throw SandboxError.authenticationInvalid("Authorization: the API key is empty") }
    if let apiKey, key != apiKey {
      throw SandboxError.authenticationInvalid("Authorization: this API key is not valid for this sandbox")
    }
    var context = context
    if path.hasPrefix("/v1/ats/") {
      guard let id = request.headers[.integrationID], !id.isEmpty else {
        throw SandboxError.integrationNotFound(
          "X-Integration-Id: header missing; send one of the sandbox's integration ids, e.g. "
            + SandboxIntegrations.default.id)
      }
      guard let integration = SandboxIntegrations.named(id) else {
        throw SandboxError.integrationNotFound(
          "X-Integration-Id: no integration '\(id)' in this sandbox; `kombo-apply sandbox integrations` lists them")
      }
      context.integration = integration
    }
    return try await next(request, context)
  }
}

/// Caps in-flight creates per integration (see ``ConcurrencyLimiter``) and reports the headers.
struct ConcurrencyMiddleware: RouterMiddleware {
  typealias Context = SandboxRequestContext
  let limiter: ConcurrencyLimiter

  func handle(
    _ request: Request, context: Context, next: (Request, Context) async throws -> Response
  ) async throws -> Response {
    guard SandboxRoute.operation(method: request.method, path: request.uri.path) == .create,
      let integration = context.integration
    else { return try await next(request, context) }
    guard let remaining = limiter.acquire(integration.id) else {
      throw SandboxError(
        status: .tooManyRequests, code: .platformConcurrencyLimitExceeded, title: "Concurrency limit exceeded",
        message: "the limit of \(limiter.limit) concurrent actions for integration \(integration.id) is reached; "
          + "retry in a second",
        headers: limiter.headers(remaining: 0))
    }
    defer { limiter.release(integration.id) }
    do {
      var response = try await next(request, context)
      for field in limiter.headers(remaining: remaining) { response.headers.append(field) }
      return response
    } catch var error as SandboxError {
      for field in limiter.headers(remaining: remaining) { error.headers.append(field) }
      throw error
    }
  }
}

/// Applies the configured ``FaultSpec`` to matching requests.
struct FaultMiddleware: RouterMiddleware {
  typealias Context = SandboxRequestContext
  let injector: FaultInjector

  func handle(
    _ request: Request, context: Context, next: (Request, Context) async throws -> Response
  ) async throws -> Response {
    guard request.uri.path.hasPrefix("/v1/") else { return try await next(request, context) }
    let plan = injector.plan(for: SandboxRoute.operation(method: request.method, path: request.uri.path))
    if plan.latencyMilliseconds > 0 { try await Task.sleep(for: .milliseconds(plan.latencyMilliseconds)) }
    switch plan.fault {
    case nil:
      return try await next(request, context)
    case .rateLimited(let seconds)?:
      var error = SandboxError(
        status: .tooManyRequests, code: .platformRateLimitExceeded, title: "Rate limit exceeded",
        message: "Too many requests; slow down and retry")
      if let seconds { error.headers[.retryAfter] = String(seconds) }
      throw error
    case .serviceUnavailable?:
      return Self.html(.serviceUnavailable, "503 Service Temporarily Unavailable")
    case .internalError?:
      throw SandboxError.unknown("An unexpected error occurred (injected fault 500)")
    case .badGatewayHTML?:
      return Self.html(.badGateway, "502 Bad Gateway")
    case .syncPending?:
      throw SandboxError(
        status: .conflict, code: .integrationSetupSyncPending, title: "Setup sync pending",
        message: "The integration's first sync has not finished yet; try again later")
    case .dropAfterCommit?:
      _ = try? await next(request, context)
      context.dropConnection()
      throw ConnectionDropped()
    case .delayAfterCommit(let milliseconds)?:
      let response: Result<Response, any Error>
      do { response = .success(try await next(request, context)) } catch { response = .failure(error) }
      try await Task.sleep(for: .milliseconds(milliseconds))
      return try response.get()
    case .latency?:
      return try await next(request, context)
    }
  }

  /// A bare HTML error page, as a load balancer or proxy in front of Kombo sends.
  static func html(_ status: HTTPResponse.Status, _ title: String) -> Response {
    let page = "<html>\r\n<head><title>\(title)</title></head>\r\n<body>\r\n<center><h1>\(title)</h1></center>\r\n"
      + "</body>\r\n</html>\r\n"
    return Response(
      status: status, headers: [.contentType: "text/html"], body: ResponseBody(byteBuffer: ByteBuffer(string: page)))
  }
}
