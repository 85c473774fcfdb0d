import Hummingbird
import Synchronization

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

/// Kombo's per-integration cap on in-flight actions (create application): the N+1st concurrent
/// create is refused at once with 429 `PLATFORM.CONCURRENCY_LIMIT_EXCEEDED`.
final class ConcurrencyLimiter: Sendable {
  /// The cap per integration.
  let limit: Int
  private let inFlight = Mutex<[String: Int]>([:])

  init(limit: Int) {
    self.limit = limit
  }

  /// Takes a slot for `integrationID`; returns the slots remaining, or `nil` when none was free.
  func acquire(_ integrationID: String) -> Int? {
    inFlight.withLock { counts in
      let current = counts[integrationID, default: 0]
      guard current < limit else { return nil }
      counts[integrationID] = current + 1
      return limit - current - 1
    }
  }

  /// Gives back a slot taken by ``acquire(_:)``.
  func release(_ integrationID: String) {
    inFlight.withLock { counts in
      counts[integrationID] = max(0, counts[integrationID, default: 1] - 1)
    }
  }

  /// The `Concurrency-Limit` and `Concurrency-Remaining` headers.
  func headers(remaining: Int) -> HTTPFields {
    [.concurrencyLimit: String(limit), .concurrencyRemaining: String(remaining)]
  }
}

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
      HeaderName("ratelimit-limit")!: String(Self.limit),
      HeaderName("ratelimit-remaining")!: String(remaining),
      HeaderName("ratelimit-reset")!: String(reset),
    ]
  }
}
