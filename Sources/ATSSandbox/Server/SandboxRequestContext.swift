import Hummingbird

/// The per-request context: Hummingbird's core storage, a way to drop the connection (for the
/// `drop-after-commit` fault), and the integration the request authenticated for.
struct SandboxRequestContext: RequestContext {
  /// Hummingbird's storage (parameters, logger, endpoint path).
  var coreContext: CoreRequestContextStorage
  /// Closes the request's connection at once, without a response.
  let dropConnection: @Sendable () -> Void
  /// The integration named by `X-Integration-Id` (ATS endpoints only), set by ``AuthMiddleware``.
  var integration: SandboxIntegration?

  init(source: ApplicationRequestContextSource) {
    coreContext = CoreRequestContextStorage(source: source)
    let channel = source.channel
    dropConnection = { channel.close(mode: .all, promise: nil) }
  }
}
