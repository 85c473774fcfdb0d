import Foundation
import Hummingbird

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
          message: "\(request.method) \(request.uri.path): no such endpoint"
        ).response()
      } else {
        response = SandboxError(
          status: .methodNotAllowed, code: nil, title: "Method not allowed",
          message:
            "\(request.method) \(request.uri.path): use \(allowed.map(\.rawValue).joined(separator: ", "))",
          headers: [.allow: allowed.map(\.rawValue).joined(separator: ", ")]
        ).response()
      }
    } catch let error as HTTPError {
      response = SandboxError(
        status: error.status, code: nil, title: error.status.reasonPhrase,
        message: error.body ?? error.status.reasonPhrase
      ).response()
    } catch is ConnectionDropped {
      throw ConnectionDropped()
    } catch {
      response = SandboxError.unknown("internal error: \(error)").response()
    }
    let key = request.headers[.integrationID] ?? "-"
    for field in window.count(key) { response.headers.append(field) }
    let elapsed = ContinuousClock.now - started
    let milliseconds =
      Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
    response.headers[.serverTiming] = String(format: "app;dur=%.3f", milliseconds)
    return response
  }
}
