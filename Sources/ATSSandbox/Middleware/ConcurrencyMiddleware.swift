import Hummingbird
import KomboAPI

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
        status: .tooManyRequests, code: .platformConcurrencyLimitExceeded,
        title: "Concurrency limit exceeded",
        message:
          "the limit of \(limiter.limit) concurrent actions for integration \(integration.id) is reached; "
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
