public import Foundation
import Synchronization

/// How many creates an import keeps in flight: one until the first answer (which may state the
/// integration's limit in `Concurrency-Limit`), then up to the requested number, never above the
/// integration's limit; halved (at most once a second) when Kombo answers
/// `PLATFORM.CONCURRENCY_LIMIT_EXCEEDED` or a rate limit, and raised by one after as many answers in a
/// row as the current limit.
public final class AdaptiveConcurrency: Sendable {
  private struct State {
    var limit = 1
    var ceiling: Int
    var answered = false
    var successesInARow = 0
    var lastDecrease: Date?
    var throttles = 0
    var integrationLimit: Int?
  }

  private let state: Mutex<State>
  /// The requested most (`--concurrency`).
  public let requested: Int

  /// At most `requested` in flight.
  public init(requested: Int) {
    self.requested = max(1, requested)
    state = Mutex(State(ceiling: max(1, requested)))
  }

  /// How many may be in flight now.
  public var current: Int { state.withLock { $0.limit } }

  /// How many times Kombo said to slow down.
  public var throttles: Int { state.withLock { $0.throttles } }

  /// The integration's limit, once an answer stated it.
  public var integrationLimit: Int? { state.withLock { $0.integrationLimit } }

  /// A create was answered (created or refused for a reason other than load).
  public func answered(concurrencyLimit: Int?) {
    state.withLock { state in
      Self.cap(&state, by: concurrencyLimit)
      if !state.answered {
        state.answered = true
        state.limit = state.ceiling
        return
      }
      state.successesInARow += 1
      if state.successesInARow >= state.limit, state.limit < state.ceiling {
        state.limit += 1
        state.successesInARow = 0
      }
    }
  }

  /// Kombo answered a concurrency or rate limit at `now`.
  public func throttled(concurrencyLimit: Int?, at now: Date) {
    state.withLock { state in
      state.throttles += 1
      state.answered = true
      state.successesInARow = 0
      Self.cap(&state, by: concurrencyLimit)
      if let last = state.lastDecrease, now.timeIntervalSince(last) < 1 { return }
      state.limit = max(1, state.limit / 2)
      state.lastDecrease = now
    }
  }

  private static func cap(_ state: inout State, by concurrencyLimit: Int?) {
    guard let concurrencyLimit, concurrencyLimit >= 1 else { return }
    state.integrationLimit = concurrencyLimit
    state.ceiling = min(state.ceiling, concurrencyLimit)
    state.limit = min(state.limit, state.ceiling)
  }
}
