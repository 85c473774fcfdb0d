import Hummingbird
import Synchronization

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
