import Hummingbird

/// A header field name (HTTPTypes' `HTTPField.Name`, reached through Hummingbird's exports).
typealias HeaderName = HTTPFields.Element.Name

extension HeaderName {
  /// `Concurrency-Limit`.
  static let concurrencyLimit = HeaderName("Concurrency-Limit")!
  /// `Concurrency-Remaining`.
  static let concurrencyRemaining = HeaderName("Concurrency-Remaining")!
  /// `Server-Timing`.
  static let serverTiming = HeaderName("Server-Timing")!
  /// `X-Integration-Id`.
  static let integrationID = HeaderName("X-Integration-Id")!
}
