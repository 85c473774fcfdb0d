public import Foundation

/// Wall-clock times as the screens show them, in a time zone given by the caller (views never read
/// the environment): `today 14:03`, `9 Mar 14:03`.
public enum ClockTime {
  /// `HH:MM` today, otherwise `D Mon HH:MM` (with the year when it is not `now`'s).
  public static func stamp(_ date: Date, now: Date, in zone: TimeZone) -> String {
    let calendar = calendar(zone)
    let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
    let time = twoDigits(parts.hour ?? 0) + ":" + twoDigits(parts.minute ?? 0)
    if calendar.isDate(date, inSameDayAs: now) { return "today " + time }
    let month = monthNames[max(0, min(11, (parts.month ?? 1) - 1))]
    let year = calendar.component(.year, from: now) == parts.year ? "" : " \(parts.year ?? 0)"
    return "\(parts.day ?? 0) \(month)\(year) \(time)"
  }

  /// `YYYY-MM-DD HH:MM`, for lists that need the full date.
  public static func dateTime(_ date: Date, in zone: TimeZone) -> String {
    let parts = calendar(zone).dateComponents([.year, .month, .day, .hour, .minute], from: date)
    return "\(parts.year ?? 0)-\(twoDigits(parts.month ?? 0))-\(twoDigits(parts.day ?? 0)) "
      + "\(twoDigits(parts.hour ?? 0)):\(twoDigits(parts.minute ?? 0))"
  }

  private static let monthNames = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  ]

  private static func calendar(_ zone: TimeZone) -> Calendar {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = zone
    return calendar
  }

  private static func twoDigits(_ value: Int) -> String {
    value < 10 ? "0\(value)" : "\(value)"
  }
}
