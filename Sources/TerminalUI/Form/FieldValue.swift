/// A day in the calendar, without time or zone (what date questions ask for).
public struct CalendarDate: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// Year, e.g. 2026.
  public var year: Int
  /// Month, 1…12.
  public var month: Int
  /// Day of the month, 1…31.
  public var day: Int

  /// A date from its parts (not checked; see `isValid`).
  public init(year: Int, month: Int, day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// Whether the date exists (1 ≤ month ≤ 12, the day within that month, leap years counted).
  public var isValid: Bool {
    (1...12).contains(month) && day >= 1 && day <= CalendarDate.days(inMonth: month, year: year)
  }

  /// Days in `month` of `year` (Gregorian).
  public static func days(inMonth month: Int, year: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  /// Earlier dates sort first.
  public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  /// ISO 8601, `YYYY-MM-DD`.
  public var description: String {
    let month = month < 10 ? "0\(month)" : "\(month)"
    let day = day < 10 ? "0\(day)" : "\(day)"
    return "\(year)-\(month)-\(day)"
  }
}

/// The value a field holds, neutral enough for forms built from data at run time.
public enum FieldValue: Hashable, Sendable {
  /// Nothing entered or chosen.
  case none
  /// Text.
  case text(String)
  /// Yes or no.
  case bool(Bool)
  /// A number.
  case number(Double)
  /// A calendar date.
  case date(CalendarDate)
  /// One chosen option, by its value.
  case choice(String)
  /// Several chosen options, by value, in display order.
  case choices([String])
  /// Chosen files, as paths.
  case files([String])

  /// Whether nothing is entered or chosen (empty text, no choice, no files).
  public var isEmpty: Bool {
    switch self {
    case .none: true
    case .text(let text): text.allSatisfy(\.isWhitespace)
    case .choices(let values), .files(let values): values.isEmpty
    case .choice(let value): value.isEmpty
    case .bool, .number, .date: false
    }
  }

  /// The text, when this is `.text`.
  public var text: String? {
    if case .text(let text) = self { return text }
    return nil
  }
}

/// The values of a form's visible fields, by field key.
public struct FormValues: Hashable, Sendable {
  /// Values by key.
  public var byKey: [String: FieldValue]

  /// Values from a dictionary.
  public init(_ byKey: [String: FieldValue] = [:]) {
    self.byKey = byKey
  }

  /// The value of `key`, or `.none` when there is no such visible field.
  public subscript(key: String) -> FieldValue {
    byKey[key] ?? .none
  }
}
