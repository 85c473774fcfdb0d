import Foundation
import Hummingbird

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
    guard SandboxRoute.methods(for: path).contains(request.method) else {
      return try await next(request, context)
    }
    let header = request.headers[.authorization] ?? ""
    guard header.lowercased().hasPrefix("bearer ") else {
      throw SandboxError.authenticationInvalid(
        "Authorization: send the header 'Authorization: Bearer <API key>'")
    }
    let key = header.dropFirst("bearer ".count).trimmingCharacters(in: .whitespaces)
    guard !key.isEmpty else {
      throw SandboxError.authenticationInvalid("Authorization: the API key is empty")
    }
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
          "X-Integration-Id: no integration '\(id)' in this sandbox; `kombo-apply sandbox integrations` lists them"
        )
      }
      context.integration = integration
    }
    return try await next(request, context)
  }
}
