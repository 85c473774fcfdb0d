import Foundation

/// Kombo's date-time input rule, implemented independently of the client's validator.
///
/// Accepts `^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?)?Z?$` with real calendar values, read as UTC.
enum SandboxDate {
  /// The instant `text` names, or `nil` when it does not match the pattern or names no real date.
  static func parse(_ text: String) -> Date? {
    let bytes = Array(text.utf8)
    var index = 0
    func number(_ width: Int) -> Int? {
      guard index + width <= bytes.count else { return nil }
      var value = 0
      for byte in bytes[index..<index + width] {
        guard (48...57).contains(byte) else { return nil }
        value = value * 10 + Int(byte - 48)
      }
      index += width
      return value
    }
    func literal(_ character: UInt8) -> Bool {
      guard index < bytes.count, bytes[index] == character else { return false }
      index += 1
      return true
    }
    guard let year = number(4), literal(UInt8(ascii: "-")), let month = number(2), literal(UInt8(ascii: "-")),
      let day = number(2), (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day)
    else { return nil }
    var seconds = Double(daysFromCivil(year: year, month: month, day: day)) * 86_400
    if literal(UInt8(ascii: "T")) {
      guard let hour = number(2), literal(UInt8(ascii: ":")), let minute = number(2),
        literal(UInt8(ascii: ":")),
        let second = number(2), hour < 24, minute < 60, second < 60
      else { return nil }
      seconds += Double(hour * 3600 + minute * 60 + second)
      if literal(UInt8(ascii: ".")) {
        let start = index
        var fraction = 0.0
        var scale = 0.1
        while index < bytes.count, (48...57).contains(bytes[index]) {
          fraction += Double(bytes[index] - 48) * scale
          scale /= 10
          index += 1
        }
        guard index > start else { return nil }
        seconds += fraction
      }
    }
    _ = literal(UInt8(ascii: "Z"))
    guard index == bytes.count else { return nil }
    return Date(timeIntervalSince1970: seconds)
  }

  private static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
  private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }
}
