import Testing

@testable import TerminalUI

private func date(_ text: String) -> CalendarDate {
  let parts = text.split(separator: "-").compactMap { Int($0) }
  guard parts.count == 3, let value = CalendarDate.validated(year: parts[0], month: parts[1], day: parts[2])
  else {
    fatalError("bad fixture date \(text)")
  }
  return value
}

/// Thursday 2026-05-14, a fixed "today" for every test.
private let today = date("2026-05-14")

@Suite struct CalendarDateTests {
  @Test func rejectsImpossibleDates() {
    #expect(CalendarDate.validated(year: 2026, month: 2, day: 30) == nil)
    #expect(CalendarDate.validated(year: 2026, month: 2, day: 29) == nil)
    #expect(CalendarDate.validated(year: 2024, month: 2, day: 29) != nil)
    #expect(CalendarDate.validated(year: 1900, month: 2, day: 29) == nil)
    #expect(CalendarDate.validated(year: 2000, month: 2, day: 29) != nil)
    #expect(CalendarDate.validated(year: 2026, month: 4, day: 31) == nil)
    #expect(CalendarDate.validated(year: 2026, month: 13, day: 1) == nil)
    #expect(CalendarDate.validated(year: 0, month: 1, day: 1) == nil)
  }

  @Test func dayCountRoundTripsAcrossEras() {
    for days in stride(from: -719_162, through: 2_932_896, by: 997) {
      let value = CalendarDate(daysSinceEpoch: days)
      #expect(value.daysSinceEpoch == days)
      #expect(CalendarDate.validated(year: value.year, month: value.month, day: value.day) == value)
    }
    #expect(CalendarDate(daysSinceEpoch: 0).description == "1970-01-01")
    #expect(CalendarDate.earliest == CalendarDate(year: 1, month: 1, day: 1))
    #expect(CalendarDate.latest.description == "9999-12-31")
  }

  @Test func weekdaysAreISO() {
    #expect(date("1970-01-01").weekday == 4)  // Thursday
    #expect(today.weekday == 4)
    #expect(date("2026-05-18").weekday == 1)  // Monday
    #expect(date("2026-05-17").weekday == 7)  // Sunday
    #expect(date("0001-01-01").weekday == 1)
  }

  @Test func monthArithmeticClampsTheDay() {
    #expect(date("2026-01-31").adding(months: 1) == date("2026-02-28"))
    #expect(date("2024-01-31").adding(months: 1) == date("2024-02-29"))
    #expect(date("2026-03-31").adding(months: -1) == date("2026-02-28"))
    #expect(date("2026-12-15").adding(months: 1) == date("2027-01-15"))
    #expect(date("2026-01-15").adding(months: -13) == date("2024-12-15"))
    #expect(date("2024-02-29").adding(years: 1) == date("2025-02-28"))
    #expect(date("9999-12-01").adding(months: 1) == CalendarDate.latest)
    #expect(date("0001-01-05").adding(days: -10) == CalendarDate.earliest)
    #expect(date("9999-12-01").shifted(months: 1) == nil)
  }
}

@Suite struct DateParserTests {
  @Test(arguments: [
    ("today", "2026-05-14"), ("  Today ", "2026-05-14"), ("tomorrow", "2026-05-15"),
    ("yesterday", "2026-05-13"), ("+3d", "2026-05-17"), ("3d", "2026-05-17"), ("-1w", "2026-05-07"),
    ("+2w", "2026-05-28"), ("+1m", "2026-06-14"), ("-1m", "2026-04-14"), ("+1y", "2027-05-14"),
    ("+ 3 D", "2026-05-17"), ("+0d", "2026-05-14"), ("2026-02-28", "2026-02-28"),
    ("2026-2-3", "2026-02-03"), ("2028-02-29", "2028-02-29"),
  ])
  func acceptedForms(text: String, expected: String) {
    #expect(DateParser.parse(text, today: today) == .success(date(expected)))
  }

  @Test(arguments: [
    ("2026-02-30", "2026-02-30 is not a date: February 2026 has 28 days."),
    ("2026-02-29", "2026-02-29 is not a date: February 2026 has 28 days."),
    ("2026-04-31", "2026-04-31 is not a date: April 2026 has 30 days."),
    ("2026-13-01", "2026-13-01 is not a date: the month must be 01 to 12."),
    ("2026-00-10", "2026-00-10 is not a date: the month must be 01 to 12."),
    ("0000-01-01", "0000-01-01 is not a date: years start at 0001."),
  ])
  func impossibleDatesNameTheReason(text: String, message: String) throws {
    let result = DateParser.parse(text, today: today)
    guard case .failure(let failure) = result else {
      Issue.record("\(text) parsed as \(result)")
      return
    }
    #expect(failure.message == message)
  }

  @Test(arguments: [
    "next week", "14/05/2026", "2026-05", "20260514", "+d", "++3d", "3x", "", "2026-05-14T10:00",
  ])
  func unrecognisedTextListsTheAcceptedForms(text: String) {
    guard case .failure(.unrecognised) = DateParser.parse(text, today: today) else {
      Issue.record("\(text) was accepted")
      return
    }
    #expect(DateParser.Failure.unrecognised(text).message.contains("YYYY-MM-DD, or today"))
  }

  @Test func hugeOffsetsAreOutOfRangeNotCrashes() {
    for text in ["+99999999y", "-99999999999999999999d", "+999999999m", "+9223372036854775807d"] {
      guard case .failure(.outOfRange) = DateParser.parse(text, today: today) else {
        Issue.record("\(text) should be out of range")
        continue
      }
    }
  }
}

@Suite struct DateFieldModelTests {
  @Test func valueAndMessagesFollowTheText() {
    var field = DateFieldModel(today: today, isRequired: true)
    #expect(field.value == nil)
    #expect(field.validationMessage == "Enter a date (\(DateParser.hint)).")
    field.text = "+3d"
    #expect(field.value == date("2026-05-17"))
    #expect(field.validationMessage == nil)
    #expect(field.resolvedHint == "Su 2026-05-17")
    field.text = "2026-02-30"
    #expect(field.value == nil)
    #expect(field.validationMessage == "2026-02-30 is not a date: February 2026 has 28 days.")
  }

  @Test func optionalEmptyFieldIsValid() {
    let field = DateFieldModel(today: today)
    #expect(field.validationMessage == nil)
    #expect(field.value == nil)
  }

  @Test func boundsAreEnforcedWithMessagesNamingThem() {
    var field = DateFieldModel(text: "yesterday", today: today, minimum: today)
    #expect(field.value == nil)
    #expect(field.validationMessage == "2026-05-13 is too early: choose 2026-05-14 or later.")
    field = DateFieldModel(text: "+1y", today: today, maximum: date("2026-12-31"))
    #expect(field.validationMessage == "2027-05-14 is too late: choose 2026-12-31 or earlier.")
    field = DateFieldModel(text: "+1y", today: today, minimum: today, maximum: date("2026-12-31"))
    #expect(
      field.validationMessage
        == "2027-05-14 is outside the allowed dates: choose from 2026-05-14 to 2026-12-31.")
    field.text = "+1m"
    #expect(field.validationMessage == nil)
  }

  @Test func normalizeRewritesShortcutsButKeepsInvalidText() {
    var field = DateFieldModel(text: "tomorrow", today: today)
    field.normalize()
    #expect(field.text == "2026-05-15")
    field.text = "2026-02-30"
    field.normalize()
    #expect(field.text == "2026-02-30")
  }

  @Test func todayComesFromOutside() {
    var field = DateFieldModel(text: "today", today: today)
    #expect(field.value == today)
    field.today = date("2026-05-15")
    #expect(field.value == date("2026-05-15"))
  }

  @Test func calendarOpensOnTheTypedDateAndPicks() {
    var field = DateFieldModel(text: "2026-01-31", today: today)
    field.openCalendar()
    #expect(field.calendar?.cursor == date("2026-01-31"))
    field.moveCalendar(.months(1))
    #expect(field.calendar?.cursor == date("2026-02-28"))
    field.pickFromCalendar()
    #expect(field.text == "2026-02-28")
    #expect(field.calendar == nil)
  }

  @Test func calendarOpensOnTodayForInvalidTextAndEscKeepsText() {
    var field = DateFieldModel(text: "soon", today: today)
    field.openCalendar()
    #expect(field.calendar?.cursor == today)
    field.moveCalendar(.days(1))
    field.closeCalendar()
    #expect(field.text == "soon")
  }
}

@Suite struct CalendarModelTests {
  @Test(arguments: [
    (CalendarModel.Move.days(1), "2026-05-15"), (.days(-1), "2026-05-13"), (.weeks(1), "2026-05-21"),
    (.weeks(-1), "2026-05-07"), (.months(1), "2026-06-14"), (.months(-1), "2026-04-14"),
    (.startOfMonth, "2026-05-01"), (.endOfMonth, "2026-05-31"), (.days(18), "2026-06-01"),
  ])
  func keysMoveTheCursor(move: CalendarModel.Move, expected: String) {
    var calendar = CalendarModel(cursor: today)
    calendar.move(move)
    #expect(calendar.cursor == date(expected))
  }

  @Test func cursorStaysWithinBounds() {
    var calendar = CalendarModel(cursor: today, bounds: date("2026-05-10")...date("2026-06-02"))
    calendar.move(.weeks(-1))
    #expect(calendar.cursor == date("2026-05-10"))
    calendar.move(.months(2))
    #expect(calendar.cursor == date("2026-06-02"))
    #expect(calendar.isSelectable(date("2026-06-02")))
    #expect(!calendar.isSelectable(date("2026-06-03")))
    let outside = CalendarModel(cursor: date("2027-01-01"), bounds: date("2026-05-10")...date("2026-06-02"))
    #expect(outside.cursor == date("2026-06-02"))
  }

  @Test func gridIsMondayFirstWithBlanks() {
    let calendar = CalendarModel(cursor: today)
    let weeks = calendar.weeks
    #expect(calendar.title == "May 2026")
    #expect(weeks.count == 5)
    // 2026-05-01 is a Friday: four blanks (Mo-Th) before it.
    #expect(weeks[0].prefix(4).allSatisfy { $0 == nil })
    #expect(weeks[0][4] == date("2026-05-01"))
    #expect(weeks[4][6] == date("2026-05-31"))
    #expect(weeks.allSatisfy { $0.count == 7 })
    let february = CalendarModel(cursor: date("2027-02-10")).weeks
    #expect(february.count == 4)  // 2027-02-01 is a Monday; 28 days fill four rows exactly.
  }
}
