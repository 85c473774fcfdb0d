import Hummingbird

/// A header field name (HTTPTypes' `HTTPField.Name`, reached through Hummingbird's exports).
typealias HeaderName = HTTPFields.Element.Name

// swift-format-ignore: NeverForceUnwrap
// Each name below is a constant, valid header token.
extension HeaderName {
  /// `Concurrency-Limit`.
  static let concurrencyLimit = HeaderName("Concurrency-Limit")!
  /// `Concurrency-Remaining`.
  static let concurrencyRemaining = HeaderName("Concurrency-Remaining")!
  /// `Server-Timing`.
  static let serverTiming = HeaderName("Server-Timing")!
  /// `X-Integration-Id`.
  static let integrationID = HeaderName("X-Integration-Id")!
  /// `RateLimit-Limit`.
  static let rateLimitLimit = HeaderName("ratelimit-limit")!
  /// `RateLimit-Remaining`.
  static let rateLimitRemaining = HeaderName("ratelimit-remaining")!
  /// `RateLimit-Reset`.
  static let rateLimitReset = HeaderName("ratelimit-reset")!
}
