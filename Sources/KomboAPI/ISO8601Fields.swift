/// The parsed fields of an ISO 8601 date or date-time, shared by ``KomboDateTime`` and
/// ``KomboTimestamp``. Pure arithmetic on the proleptic Gregorian calendar; no `Calendar`,
/// no `DateFormatter`, no locale.
struct ISO8601Fields: Hashable, Sendable {
  /// How the text ends after the time.
  enum Zone: Hashable, Sendable {
    /// No designator: a local ("naive") time.
    case none
    /// `Z`.
    case utc
    /// `+HH:MM`, `-HH:MM`, `+HHMM` or `-HHMM`, in minutes east of UTC.
    case offset(minutes: Int)
  }

  /// Why a text is not a date.
  enum Failure: Error, Equatable {
    /// The text does not have the expected shape.
    case malformed
    /// The shape is right but the calendar has no such day or time (2026-02-30, 25:00:00).
    case impossible
  }

  var year: Int
  var month: Int
  var day: Int
  var hour = 0
  var minute = 0
  var second = 0
  /// The digits after the decimal point, if any.
  var fraction: String?
  var hasTime = false
  var zone = Zone.none

  /// Parses `YYYY-MM-DD`, optionally followed by `THH:MM:SS`, `.` and one or more digits, and a
  /// zone. `allowOffsets` admits numeric offsets; otherwise only `Z` is accepted. Kombo's input
  /// pattern also admits `Z` directly after a date, so this does too.
  init(parsing text: String, allowOffsets: Bool) throws(Failure) {
    var scanner = Scanner(Array(text.utf8))
    year = try scanner.digits(4)
    try scanner.expect(UInt8(ascii: "-"))
    month = try scanner.digits(2)
    try scanner.expect(UInt8(ascii: "-"))
    day = try scanner.digits(2)
    if scanner.take(UInt8(ascii: "T")) {
      hasTime = true
      hour = try scanner.digits(2)
      try scanner.expect(UInt8(ascii: ":"))
      minute = try scanner.digits(2)
      try scanner.expect(UInt8(ascii: ":"))
      second = try scanner.digits(2)
      if scanner.take(UInt8(ascii: ".")) {
        let digits = scanner.digitRun()
        if digits.isEmpty { throw .malformed }
        fraction = String(decoding: digits, as: UTF8.self)
      }
    }
    zone = try Self.zone(&scanner, allowOffsets: allowOffsets && hasTime)
    if !scanner.isAtEnd { throw .malformed }
    guard year >= 1, (1...12).contains(month), (1...Self.daysIn(month: month, year: year)).contains(day),
      hour < 24, minute < 60, second < 60
    else { throw .impossible }
  }

  private static func zone(_ scanner: inout Scanner, allowOffsets: Bool) throws(Failure) -> Zone {
    if scanner.take(UInt8(ascii: "Z")) { return .utc }
    guard allowOffsets, let sign = scanner.takeSign() else { return .none }
    let hours = try scanner.digits(2)
    _ = scanner.take(UInt8(ascii: ":"))
    let minutes = try scanner.digits(2)
    guard hours < 24, minutes < 60 else { throw .impossible }
    return .offset(minutes: sign * (hours * 60 + minutes))
  }

  /// The number of days in `month` of `year`.
  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  static func isLeap(_ year: Int) -> Bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
  }

  /// Days since 1970-01-01 for a civil date (H. Hinnant's `days_from_civil`).
  static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
    let shiftedYear = month <= 2 ? year - 1 : year
    let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
    let yearOfEra = shiftedYear - era * 400
    let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The civil date of a day count since 1970-01-01 (H. Hinnant's `civil_from_days`).
  static func civilDate(daysSinceEpoch days: Int) -> (year: Int, month: Int, day: Int) {
    let shifted = days + 719_468
    let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  /// The UTC fields of an instant, with a three-digit fraction.
  init(millisecondsSince1970 milliseconds: Int64) {
    let (days, remainder) = milliseconds.quotientAndRemainder(dividingBy: 86_400_000)
    let (wholeDays, millisOfDay) = remainder < 0 ? (days - 1, remainder + 86_400_000) : (days, remainder)
    (year, month, day) = Self.civilDate(daysSinceEpoch: Int(wholeDays))
    let seconds = Int(millisOfDay / 1000)
    (hour, minute, second) = (seconds / 3600, seconds / 60 % 60, seconds % 60)
    fraction = Self.pad(Int(millisOfDay % 1000), 3)
    hasTime = true
    zone = .utc
  }

  /// The fields as text: `YYYY-MM-DD`, then `THH:MM:SS`, `.fraction` and `Z` when present (a
  /// numeric offset is written as `+HH:MM`).
  var text: String {
    var text = "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))"
    if hasTime {
      text += "T\(Self.pad(hour, 2)):\(Self.pad(minute, 2)):\(Self.pad(second, 2))"
      if let fraction { text += "." + fraction }
    }
    switch zone {
    case .none: break
    case .utc: text += "Z"
    case .offset(let minutes):
      text +=
        (minutes < 0 ? "-" : "+") + Self.pad(abs(minutes) / 60, 2) + ":" + Self.pad(abs(minutes) % 60, 2)
    }
    return text
  }

  /// Zero-pads a non-negative number to `width` digits.
  static func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }

  /// Milliseconds since 1970-01-01T00:00:00Z; a naive time counts as UTC; digits of the fraction
  /// beyond milliseconds are dropped.
  var millisecondsSince1970: Int64 {
    let days = Int64(Self.daysSinceEpoch(year: year, month: month, day: day))
    var seconds = days * 86_400 + Int64(hour * 3600 + minute * 60 + second)
    if case .offset(let minutes) = zone { seconds -= Int64(minutes * 60) }
    let digits = Array((fraction ?? "").utf8.prefix(3))
    var millis: Int64 = 0
    for position in 0..<3 {
      millis = millis * 10 + (position < digits.count ? Int64(digits[position] - UInt8(ascii: "0")) : 0)
    }
    return seconds * 1000 + millis
  }
}

/// A cursor over ASCII bytes.
private struct Scanner {
  private let bytes: [UInt8]
  private var index = 0

  init(_ bytes: [UInt8]) { self.bytes = bytes }

  var isAtEnd: Bool { index == bytes.count }

  mutating func take(_ byte: UInt8) -> Bool {
    guard index < bytes.count, bytes[index] == byte else { return false }
    index += 1
    return true
  }

  mutating func expect(_ byte: UInt8) throws(ISO8601Fields.Failure) {
    if !take(byte) { throw .malformed }
  }

  mutating func takeSign() -> Int? {
    if take(UInt8(ascii: "+")) { return 1 }
    if take(UInt8(ascii: "-")) { return -1 }
    return nil
  }

  mutating func digits(_ count: Int) throws(ISO8601Fields.Failure) -> Int {
    var value = 0
    for _ in 0..<count {
      guard index < bytes.count, let digit = Self.digit(bytes[index]) else { throw .malformed }
      value = value * 10 + digit
      index += 1
    }
    return value
  }

  mutating func digitRun() -> ArraySlice<UInt8> {
    let start = index
    while index < bytes.count, Self.digit(bytes[index]) != nil { index += 1 }
    return bytes[start..<index]
  }

  private static func digit(_ byte: UInt8) -> Int? {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) ? Int(byte - UInt8(ascii: "0")) : nil
  }
}
