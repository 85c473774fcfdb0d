/// A month calendar popup: a cursor day moved by the arrow keys, shown as a Monday-first grid.
///
/// Left/Right move a day, Up/Down a week, PgUp/PgDn a month (the day clamped to the month's length),
/// Home/End go to the month's first and last day. The cursor never leaves `bounds`.
public struct CalendarModel: Equatable, Sendable {
  /// One way to move the cursor.
  public enum Move: Equatable, Sendable {
    /// By `n` days (negative: back).
    case days(Int)
    /// By `n` weeks.
    case weeks(Int)
    /// By `n` months, keeping the day where the month allows.
    case months(Int)
    /// To the first day of the cursor's month.
    case startOfMonth
    /// To the last day of the cursor's month.
    case endOfMonth
    /// To a given date (for example today).
    case to(CalendarDate)
  }

  /// The highlighted day; Enter picks it.
  public private(set) var cursor: CalendarDate
  /// The earliest and latest selectable days.
  public let bounds: ClosedRange<CalendarDate>

  /// A calendar on `cursor` (clamped into `bounds`).
  public init(
    cursor: CalendarDate, bounds: ClosedRange<CalendarDate> = CalendarDate.earliest...CalendarDate.latest
  ) {
    self.bounds = bounds
    self.cursor = Self.clamp(cursor, bounds)
  }

  /// Moves the cursor, stopping at the bounds.
  public mutating func move(_ move: Move) {
    let target: CalendarDate
    switch move {
    case .days(let n): target = cursor.adding(days: n)
    case .weeks(let n): target = cursor.adding(days: n * 7)
    case .months(let n): target = cursor.adding(months: n)
    case .startOfMonth: target = cursor.firstOfMonth
    case .endOfMonth: target = cursor.firstOfMonth.adding(days: cursor.daysInMonth - 1)
    case .to(let date): target = date
    }
    cursor = Self.clamp(target, bounds)
  }

  /// The title line, e.g. `May 2026`.
  public var title: String { "\(CalendarDate.monthNames[cursor.month - 1]) \(cursor.year)" }

  /// Column headings for the grid, Monday first.
  public static let weekdayHeadings = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]

  /// The cursor's month as weeks of seven slots, Monday first; slots outside the month are nil.
  public var weeks: [[CalendarDate?]] {
    let first = cursor.firstOfMonth
    let leading = first.weekday - 1
    let count = cursor.daysInMonth
    var slots: [CalendarDate?] = Array(repeating: nil, count: leading)
    for offset in 0..<count { slots.append(first.adding(days: offset)) }
    while slots.count % 7 != 0 { slots.append(nil) }
    return stride(from: 0, to: slots.count, by: 7).map { Array(slots[$0..<$0 + 7]) }
  }

  /// Whether `date` may be picked.
  public func isSelectable(_ date: CalendarDate) -> Bool { bounds.contains(date) }

  private static func clamp(_ date: CalendarDate, _ bounds: ClosedRange<CalendarDate>) -> CalendarDate {
    min(max(date, bounds.lowerBound), bounds.upperBound)
  }
}
