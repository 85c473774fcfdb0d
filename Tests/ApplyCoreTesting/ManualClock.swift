public import ApplyCore
public import Foundation
import Synchronization

/// A clock for tests: `sleep` returns at once, advances the clock and records the requested duration.
public final class ManualClock: WallClock, Sendable {
  private let state: Mutex<(current: Date, slept: [Duration])>

  /// Creates a clock that starts at `start`.
  public init(start: Date = Date(timeIntervalSince1970: 1_780_000_000)) {
    state = Mutex((start, []))
  }

  /// The current (fake) time.
  public func now() -> Date { state.withLock { $0.current } }

  /// Records the sleep and moves the clock forward by `duration`, without waiting.
  public func sleep(for duration: Duration) async throws {
    try Task.checkCancellation()
    state.withLock {
      $0.slept.append(duration)
      $0.current += duration.timeInterval
    }
  }

  /// Moves the clock forward without recording a sleep.
  public func advance(by duration: Duration) {
    state.withLock { $0.current += duration.timeInterval }
  }

  /// Every duration passed to `sleep`, in order.
  public var sleeps: [Duration] { state.withLock { $0.slept } }
}
