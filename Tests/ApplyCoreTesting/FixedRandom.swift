public import ApplyCore
public import Foundation
import Synchronization

/// A repeatable generator for tests: a fixed jitter value and sequential UUIDs.
public final class FixedRandom: RandomSource, Sendable {
  private let jitter: Double
  private let counter = Mutex<UInt64>(0)

  /// Creates a generator whose `unit()` always returns `jitter` (clamped to `0..<1`).
  public init(jitter: Double = 0) {
    self.jitter = min(max(jitter, 0), 0.999_999)
  }

  /// Always the configured jitter value.
  public func unit() -> Double { jitter }

  /// `00000000-0000-4000-8000-00000000000N`, counting up from 1.
  public func uuid() -> UUID {
    let n = counter.withLock {
      $0 += 1
      return $0
    }
    let tail = String(format: "%012llx", n)
    return UUID(uuidString: "00000000-0000-4000-8000-\(tail)") ?? UUID()
  }
}
