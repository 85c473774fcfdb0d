import Foundation

/// How many times a submission is attempted and how long to wait in between.
///
/// Capped exponential backoff with jitter (500 ms × 1.5ⁿ, at most 30 s, each wait scaled by a random
/// factor in 0.75…1.25), except that a server-given `Retry-After`/`retry-after-ms` is waited exactly.
/// A server wait longer than `maxServerWait` is not waited out: the submission stays in the outbox.
public struct RetryPolicy: Sendable, Equatable {
  /// Attempts per submission, the first one included.
  public var maxAttempts: Int
  /// The wait before the second attempt (before jitter).
  public var initialDelay: Duration
  /// The growth factor between waits.
  public var multiplier: Double
  /// The longest computed wait.
  public var maxDelay: Duration
  /// The shortest wait after a concurrency-limit rejection (Kombo advises backing off from about 1 s).
  public var concurrencyMinimumDelay: Duration
  /// The longest server-requested wait this process sits through.
  public var maxServerWait: Duration
  /// How long after its create timeout an unanswered attempt is still taken to be running at Kombo.
  public var inFlightMargin: Duration

  /// Creates a policy; the defaults follow Kombo's SDKs and the project's reliability notes.
  public init(
    maxAttempts: Int = 4, initialDelay: Duration = .milliseconds(500), multiplier: Double = 1.5,
    maxDelay: Duration = .seconds(30), concurrencyMinimumDelay: Duration = .seconds(1),
    maxServerWait: Duration = .seconds(120), inFlightMargin: Duration = .seconds(60)
  ) {
    self.maxAttempts = max(1, maxAttempts)
    self.initialDelay = initialDelay
    self.multiplier = multiplier
    self.maxDelay = maxDelay
    self.concurrencyMinimumDelay = concurrencyMinimumDelay
    self.maxServerWait = maxServerWait
    self.inFlightMargin = inFlightMargin
  }

  /// The computed wait after failed attempt number `attempt` (from 1), with jitter from `random`.
  public func backoff(afterAttempt attempt: Int, random: any RandomSource) -> Duration {
    let base = initialDelay.timeInterval * pow(multiplier, Double(max(0, attempt - 1)))
    let capped = min(base, maxDelay.timeInterval)
    let jittered = min(capped * (0.75 + 0.5 * random.unit()), maxDelay.timeInterval)
    return .milliseconds(Int64((jittered * 1000).rounded()))
  }
}
