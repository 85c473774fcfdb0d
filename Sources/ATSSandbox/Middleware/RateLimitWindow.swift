import Hummingbird
import Synchronization

/// The `ratelimit-*` headers: a 300-request window of 60 seconds per integration (or API key).
///
/// Informational: the sandbox counts and reports but does not refuse (use the `429` fault for that).
final class RateLimitWindow: Sendable {
  /// Requests per window.
  static let limit = 300
  /// Window length in seconds.
  static let seconds = 60
  private let windows = Mutex<[String: (start: ContinuousClock.Instant, count: Int)]>([:])

  /// Counts one request for `key` and returns the headers to send.
  func count(_ key: String) -> HTTPFields {
    let now = ContinuousClock.now
    let (remaining, reset) = windows.withLock { windows in
      var window = windows[key] ?? (now, 0)
      if now - window.start >= .seconds(Self.seconds) { window = (now, 0) }
      window.count += 1
      windows[key] = window
      let elapsed = (now - window.start).components.seconds
      return (max(0, Self.limit - window.count), max(0, Int64(Self.seconds) - elapsed))
    }
    return [
      .rateLimitLimit: String(Self.limit),
      .rateLimitRemaining: String(remaining),
      .rateLimitReset: String(reset),
    ]
  }
}
