import Foundation
import Synchronization

/// The time source and sleeper the submission core uses, so tests can run a fake clock without waiting.
public protocol WallClock: Sendable {
  /// The current time.
  func now() -> Date
  /// Suspends for `duration`; throws `CancellationError` when the task is cancelled.
  func sleep(for duration: Duration) async throws
}

/// The real clock: `Date()` and `Task.sleep`.
public struct SystemClock: WallClock {
  /// Creates the real clock.
  public init() {}

  /// The current time.
  public func now() -> Date { Date() }

  /// Sleeps for real.
  public func sleep(for duration: Duration) async throws {
    try await Task.sleep(for: duration)
  }
}

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

extension Duration {
  /// The duration in seconds as a `TimeInterval`.
  public var timeInterval: TimeInterval {
    let parts = components
    return TimeInterval(parts.seconds) + TimeInterval(parts.attoseconds) / 1e18
  }
}
