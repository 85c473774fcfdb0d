public import Foundation
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

extension Duration {
  /// The duration in seconds as a `TimeInterval`.
  public var timeInterval: TimeInterval {
    let parts = components
    return TimeInterval(parts.seconds) + TimeInterval(parts.attoseconds) / 1e18
  }
}
