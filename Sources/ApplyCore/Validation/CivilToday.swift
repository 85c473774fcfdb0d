public import Foundation
public import KomboAPI

/// "Today" for the date rules (an availability date or a consent expiry in the past): the civil date
/// of one instant in one time zone. Every front end asks here with the user's own zone, so a date
/// typed near midnight is judged the same in the terminal UI, line mode and the command line.
public enum CivilToday {
  /// The calendar date at `instant` in `timeZone`, as the date-only value the validator compares with.
  public static func date(at instant: Date, in timeZone: TimeZone) -> KomboDateTime {
    let offset = Double(timeZone.secondsFromGMT(for: instant))
    let local = KomboDateTime(
      KomboTimestamp(
        millisecondsSince1970: Int64(((instant.timeIntervalSince1970 + offset) * 1_000).rounded(.down))))
    return (try? KomboDateTime(year: local.year, month: local.month, day: local.day)) ?? local
  }
}
