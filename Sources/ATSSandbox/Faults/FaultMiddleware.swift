import Hummingbird
import KomboAPI

/// The rest of the middleware chain, carried into the task that keeps an `in-flight` request running
/// (Hummingbird's chain is not `Sendable`; it is called once, from that task only).
private struct UncheckedHandler: @unchecked Sendable {
  let next: (Request, SandboxRequestContext) async throws -> Response
}

/// Applies the configured ``FaultSpec`` to the requests of one route group: the routes of `operation`
/// (list jobs, create an application…), or `.any` for the endpoints without an operation of their own.
struct FaultMiddleware: RouterMiddleware {
  typealias Context = SandboxRequestContext
  let injector: FaultInjector
  /// The operation of the routes this middleware guards.
  let operation: FaultSpec.Operation

  func handle(
    _ request: Request, context: Context, next: (Request, Context) async throws -> Response
  ) async throws -> Response {
    let plan = injector.plan(for: operation)
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
    case .inFlight(let milliseconds)?:
      return try await Self.keepInFlight(request, context, milliseconds: milliseconds, next: next)
    case .latency?:
      return try await next(request, context)
    }
  }

  /// Reads the whole body, then handles the request after `milliseconds` in a task of its own, which the
  /// client going away does not cancel: the create lands even if nobody waits for the answer.
  static func keepInFlight(
    _ request: Request, _ context: Context, milliseconds: Int,
    next: (Request, Context) async throws -> Response
  ) async throws -> Response {
    var buffered = request
    buffered.body = RequestBody(buffer: try await request.body.collect(upTo: SandboxServer.maxBodyBytes))
    let held = buffered
    // The task is awaited to its end (awaiting `value` is not cut short by cancellation), so `next`
    // never outlives this call.
    return try await withoutActuallyEscaping(next) { next in
      let handler = UncheckedHandler(next: next)
      return try await Task {
        try await Task.sleep(for: .milliseconds(milliseconds))
        return try await handler.next(held, context)
      }.value
    }
  }

  /// A bare HTML error page, as a load balancer or proxy in front of Kombo sends.
  static func html(_ status: HTTPResponse.Status, _ title: String) -> Response {
    let page =
      "<html>\r\n<head><title>\(title)</title></head>\r\n<body>\r\n<center><h1>\(title)</h1></center>\r\n"
      + "</body>\r\n</html>\r\n"
    return Response(
      status: status, headers: [.contentType: "text/html"],
      body: ResponseBody(byteBuffer: ByteBuffer(string: page)))
  }
}
