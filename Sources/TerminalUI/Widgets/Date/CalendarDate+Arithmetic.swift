/// Day arithmetic for `CalendarDate` in the proleptic Gregorian calendar: a day count from
/// 1970-01-01, so adding days, weeks and months never reads a clock, a calendar object or a locale.
/// Dates are kept within years 1...9999.
extension CalendarDate {
  /// The years the date widgets accept.
  public static let supportedYears = 1...9999

  /// The date, or nil when it does not exist (2026-02-30, month 13) or lies outside years 1...9999.
  public static func validated(year: Int, month: Int, day: Int) -> CalendarDate? {
    let date = CalendarDate(year: year, month: month, day: day)
    return supportedYears.contains(year) && date.isValid ? date : nil
  }

  /// The date `days` days after 1970-01-01 (negative: before it).
  public init(daysSinceEpoch days: Int) {
    // Days-from-civil inverted (eras of 400 years, March-based years).
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let shiftedMonth = (5 * dayOfYear + 2) / 153
    let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
    self.init(
      year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month,
      day: dayOfYear - (153 * shiftedMonth + 2) / 5 + 1)
  }

  /// Days since 1970-01-01 (negative before it).
  public var daysSinceEpoch: Int {
    let shiftedYear = month <= 2 ? year - 1 : year
    let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
    let yearOfEra = shiftedYear - era * 400
    let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// ISO 8601 weekday: 1 = Monday ... 7 = Sunday.
  public var weekday: Int {
    let mondayBased = (daysSinceEpoch + 3) % 7  // 1970-01-01 was a Thursday.
    return (mondayBased + 7) % 7 + 1
  }

  /// The first day of this date's month.
  public var firstOfMonth: CalendarDate { CalendarDate(year: year, month: month, day: 1) }

  /// The number of days in this date's month.
  public var daysInMonth: Int { Self.days(inMonth: month, year: year) }

  /// This date moved by `days` days, kept within the supported years.
  public func adding(days: Int) -> CalendarDate {
    shifted(days: days) ?? (days < 0 ? Self.earliest : Self.latest)
  }

  /// This date moved by `months` months; the day is clamped to the target month's length
  /// (2026-01-31 plus one month is 2026-02-28). Kept within the supported years.
  public func adding(months: Int) -> CalendarDate {
    shifted(months: months) ?? (months < 0 ? Self.earliest : Self.latest)
  }

  /// This date moved by `days` days, or nil when that leaves the supported years.
  public func shifted(days: Int) -> CalendarDate? {
    let (total, overflow) = daysSinceEpoch.addingReportingOverflow(days)
    guard !overflow, (Self.earliest.daysSinceEpoch...Self.latest.daysSinceEpoch).contains(total) else {
      return nil
    }
    return CalendarDate(daysSinceEpoch: total)
  }

  /// This date moved by `months` months (day clamped to the month), or nil when that leaves the
  /// supported years.
  public func shifted(months: Int) -> CalendarDate? {
    let (index, overflow) = (year * 12 + month - 1).addingReportingOverflow(months)
    guard !overflow, index >= 12 else { return nil }
    let targetYear = index / 12
    guard Self.supportedYears.contains(targetYear) else { return nil }
    return CalendarDate(clampingYear: targetYear, month: index % 12 + 1, day: day)
  }

  /// This date moved by `years` years (29 February becomes 28 February in common years).
  public func adding(years: Int) -> CalendarDate { adding(months: years * 12) }

  /// 0001-01-01.
  public static let earliest = CalendarDate(clampingYear: 1, month: 1, day: 1)
  /// 9999-12-31.
  public static let latest = CalendarDate(clampingYear: 9999, month: 12, day: 31)

  /// English month names, January first.
  public static let monthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
  ]

  /// A date from parts already known to be in range, the day clamped to the month's length.
  private init(clampingYear year: Int, month: Int, day: Int) {
    self.init(year: year, month: month, day: min(max(1, day), Self.days(inMonth: month, year: year)))
  }
}
