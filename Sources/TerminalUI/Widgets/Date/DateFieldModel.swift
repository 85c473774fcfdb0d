/// The state of a date field: the typed text, today's date (injected), optional bounds, and an
/// optional calendar popup.
///
/// The text is kept exactly as typed; `value` and `validationMessage` are derived from it.
/// `normalize()` rewrites a valid entry (`+3d`) as its ISO date when the user leaves the field.
public struct DateFieldModel: Equatable, Sendable {
  /// What the user typed.
  public var text: String
  /// Today, supplied by the caller (never read from a clock here).
  public var today: CalendarDate
  /// The earliest allowed date, if any.
  public let minimum: CalendarDate?
  /// The latest allowed date, if any.
  public let maximum: CalendarDate?
  /// Whether an empty field is an error.
  public let isRequired: Bool
  /// The open calendar popup, if any.
  public private(set) var calendar: CalendarModel?

  /// A date field starting with `text`.
  public init(
    text: String = "", today: CalendarDate, minimum: CalendarDate? = nil, maximum: CalendarDate? = nil,
    isRequired: Bool = false
  ) {
    self.text = text
    self.today = today
    self.minimum = minimum
    self.maximum = maximum.map { max($0, minimum ?? $0) }
    self.isRequired = isRequired
  }

  /// The allowed dates as a range.
  public var bounds: ClosedRange<CalendarDate> {
    (minimum ?? CalendarDate.earliest)...(maximum ?? CalendarDate.latest)
  }

  /// The chosen date when the text is valid and within bounds.
  public var value: CalendarDate? {
    guard case .success(let date) = DateParser.parse(text, today: today), bounds.contains(date) else {
      return nil
    }
    return date
  }

  /// Why the current text is not acceptable, or nil.
  public var validationMessage: String? {
    if text.trimmingSpaces.isEmpty { return isRequired ? "Enter a date (\(DateParser.hint))." : nil }
    switch DateParser.parse(text, today: today) {
    case .failure(let failure): return failure.message
    case .success(let date): return boundsMessage(for: date)
    }
  }

  /// Whether the text is a whole `YYYY-MM-DD` date that is allowed: nothing more can be typed, so the
  /// field is answered.
  public var isCompleteISODate: Bool {
    let digits = text.enumerated().allSatisfy { offset, character in
      offset == 4 || offset == 7 ? character == "-" : character.isASCII && character.isNumber
    }
    return text.count == 10 && digits && value != nil
  }

  /// What a shortcut resolves to, e.g. `Thu 2026-05-14`, shown beside text like `+3d`; nil when the
  /// text is already an ISO date or invalid.
  public var resolvedHint: String? {
    guard let date = value, date.description != text.trimmingSpaces else { return nil }
    return "\(CalendarModel.weekdayHeadings[date.weekday - 1]) \(date)"
  }

  /// Rewrites a valid entry as its ISO date; leaves invalid text untouched.
  public mutating func normalize() {
    if let value { text = value.description }
  }

  /// Opens the calendar on the typed date, else today, clamped to the bounds.
  public mutating func openCalendar() {
    let start: CalendarDate
    if case .success(let date) = DateParser.parse(text, today: today) { start = date } else { start = today }
    calendar = CalendarModel(cursor: start, bounds: bounds)
  }

  /// Moves the open calendar's cursor.
  public mutating func moveCalendar(_ move: CalendarModel.Move) {
    calendar?.move(move)
  }

  /// Takes the calendar's cursor as the value and closes the popup.
  public mutating func pickFromCalendar() {
    guard let calendar else { return }
    text = calendar.cursor.description
    self.calendar = nil
  }

  /// Closes the popup without changing the text.
  public mutating func closeCalendar() {
    calendar = nil
  }

  private func boundsMessage(for date: CalendarDate) -> String? {
    switch (minimum, maximum) {
    case (let low?, let high?) where !(low...high).contains(date):
      return "\(date) is outside the allowed dates: choose from \(low) to \(high)."
    case (let low?, nil) where date < low:
      return "\(date) is too early: choose \(low) or later."
    case (nil, let high?) where date > high:
      return "\(date) is too late: choose \(high) or earlier."
    default:
      return nil
    }
  }
}
