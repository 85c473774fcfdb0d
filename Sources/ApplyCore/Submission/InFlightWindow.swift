public import Foundation

/// The time during which an attempt whose answer never came may still be running at Kombo.
///
/// It opens when the attempt left and closes at its start plus the create timeout plus a margin; until
/// then the submission is never resent (a lookup may still confirm it earlier).
public struct InFlightWindow: Sendable, Equatable {
  /// When the attempt left.
  public var since: Date
  /// When it can no longer be running at Kombo: from then on, a lookup that finds nothing allows a resend.
  public var safeAt: Date

  /// Creates a window.
  public init(since: Date, safeAt: Date) {
    self.since = since
    self.safeAt = safeAt
  }

  /// "in flight since 14:02, safe to check again at 14:08", in `timeZone`'s wall-clock time.
  public func text(timeZone: TimeZone = .current) -> String {
    "in flight since \(sinceClock(timeZone: timeZone)), safe to check again at \(safeClock(timeZone: timeZone))"
  }

  /// When the attempt left, as `HH:MM`.
  public func sinceClock(timeZone: TimeZone = .current) -> String {
    Self.clock(since, timeZone)
  }

  /// When checking again is safe, as `HH:MM` rounded up to the minute (checking at the time shown is
  /// never too early).
  public func safeClock(timeZone: TimeZone = .current) -> String {
    Self.clock(Date(timeIntervalSince1970: (safeAt.timeIntervalSince1970 / 60).rounded(.up) * 60), timeZone)
  }

  private static func clock(_ date: Date, _ timeZone: TimeZone) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let parts = calendar.dateComponents([.hour, .minute], from: date)
    return String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
  }
}
