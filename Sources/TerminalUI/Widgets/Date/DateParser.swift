/// Reads what a user typed into a date field: an ISO date or a shortcut relative to today.
///
/// Accepted: `YYYY-MM-DD`; `today`, `tomorrow`, `yesterday`; and offsets `+3d`, `-1w`, `+2w`, `+1m`,
/// `+1y` (sign optional, unit `d`/`w`/`m`/`y`, case-insensitive, spaces ignored). Today is passed
/// in; nothing here reads a clock.
public enum DateParser {
  /// Why typed text is not a date. `message` names what is allowed.
  public enum Failure: Error, Equatable, Sendable {
    /// Neither an ISO date nor a known shortcut.
    case unrecognised(String)
    /// Shaped like `YYYY-MM-DD` but no such day exists (2026-02-30, month 13).
    case impossible(String, reason: String)
    /// The offset is too large to stay within years 1...9999.
    case outOfRange(String)

    /// A sentence for the user, naming the accepted forms.
    public var message: String {
      switch self {
      case .unrecognised(let text):
        return "\"\(text)\" is not a date. Use YYYY-MM-DD, or today, tomorrow, +3d, -1w, +2w, +1m."
      case .impossible(let text, let reason):
        return "\(text) is not a date: \(reason)."
      case .outOfRange(let text):
        return "\(text) is too far away. Dates must be in years 0001 to 9999."
      }
    }
  }

  /// The hint shown under an empty date field.
  public static let hint = "YYYY-MM-DD, or today, tomorrow, +3d, -1w, +2w, +1m"

  /// Parses `text` relative to `today`. Leading and trailing spaces are ignored.
  public static func parse(_ text: String, today: CalendarDate) -> Result<CalendarDate, Failure> {
    let trimmed = text.filter { !$0.isWhitespace }
    let lower = trimmed.lowercased()
    switch lower {
    case "today", "now": return .success(today)
    case "tomorrow": return .success(today.adding(days: 1))
    case "yesterday": return .success(today.adding(days: -1))
    default: break
    }
    if let iso = parseISO(trimmed) { return iso }
    if let offset = parseOffset(lower, today: today) {
      return offset.mapError { _ in .outOfRange(text.trimmingSpaces) }
    }
    return .failure(.unrecognised(text.trimmingSpaces))
  }

  /// `YYYY-MM-DD` (month and day may have one digit), or nil when the text is not shaped like one.
  private static func parseISO(_ text: String) -> Result<CalendarDate, Failure>? {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count),
      (1...2).contains(parts[2].count),
      parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
    else { return nil }
    if let date = CalendarDate.validated(year: year, month: month, day: day) { return .success(date) }
    let reason: String
    if year == 0 {
      reason = "years start at 0001"
    } else if !(1...12).contains(month) {
      reason = "the month must be 01 to 12"
    } else {
      let days = CalendarDate.days(inMonth: month, year: year)
      reason = "\(CalendarDate.monthNames[month - 1]) \(parts[0]) has \(days) days"
    }
    return .failure(.impossible(text, reason: reason))
  }

  /// `[+|-]N(d|w|m|y)`, or nil when the text is not shaped like one.
  private static func parseOffset(_ text: String, today: CalendarDate) -> Result<CalendarDate, Failure>? {
    var body = Substring(text)
    var sign = 1
    if let first = body.first, first == "+" || first == "-" {
      sign = first == "-" ? -1 : 1
      body = body.dropFirst()
    }
    guard let unit = body.last, "dwmy".contains(unit) else { return nil }
    let digits = body.dropLast()
    guard !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit) else { return nil }
    guard digits.count <= 9, let amount = Int(digits) else { return .failure(.outOfRange(text)) }
    let signed = sign * amount
    let moved: CalendarDate?
    switch unit {
    case "d": moved = today.shifted(days: signed)
    case "w": moved = today.shifted(days: signed * 7)
    case "m": moved = today.shifted(months: signed)
    default: moved = today.shifted(months: signed * 12)
    }
    guard let moved else { return .failure(.outOfRange(text)) }
    return .success(moved)
  }
}

extension Character {
  /// `0`...`9` only (not other scripts' digits, not superscripts).
  var isASCIIDigit: Bool { isASCII && isNumber }
}

extension String {
  /// The string without leading and trailing whitespace (no Foundation needed).
  var trimmingSpaces: String {
    let start = firstIndex { !$0.isWhitespace } ?? endIndex
    let end = lastIndex { !$0.isWhitespace }.map { index(after: $0) } ?? start
    return start < end ? String(self[start..<end]) : ""
  }
}
