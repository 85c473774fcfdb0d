import Foundation

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
public final class ManualClock: WallClock, @unchecked Sendable {
  private let lock = NSLock()
  private var current: Date
  private var slept: [Duration] = []

  /// Creates a clock that starts at `start`.
  public init(start: Date = Date(timeIntervalSince1970: 1_780_000_000)) {
    current = start
  }

  /// The current (fake) time.
  public func now() -> Date { lock.withLock { current } }

  /// Records the sleep and moves the clock forward by `duration`, without waiting.
  public func sleep(for duration: Duration) async throws {
    try Task.checkCancellation()
    lock.withLock {
      slept.append(duration)
      current += duration.timeInterval
    }
  }

  /// Moves the clock forward without recording a sleep.
  public func advance(by duration: Duration) {
    lock.withLock { current += duration.timeInterval }
  }

  /// Every duration passed to `sleep`, in order.
  public var sleeps: [Duration] { lock.withLock { slept } }
}

extension Duration {
  /// The duration in seconds as a `TimeInterval`.
  public var timeInterval: TimeInterval {
    let parts = components
    return TimeInterval(parts.seconds) + TimeInterval(parts.attoseconds) / 1e18
  }
}
