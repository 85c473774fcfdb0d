import ApplyCore
import Foundation
import KomboAPI
import Testing

/// The one "today": the calendar date of an instant in the user's zone, on both sides of midnight.
@Suite struct CivilTodayTests {
  static let lateEvening = Date(timeIntervalSince1970: 1_764_804_600)  // 2025-12-03T23:30:00Z

  @Test(arguments: [
    (0, "2025-12-03"), (2 * 3_600, "2025-12-04"), (-5 * 3_600, "2025-12-03"), (14 * 3_600, "2025-12-04"),
    (30 * 60, "2025-12-04"), (-12 * 3_600, "2025-12-03"),
  ])
  func theDateIsTheOneOnTheUsersCalendar(offset: Int, expected: String) throws {
    let zone = try #require(TimeZone(secondsFromGMT: offset))
    #expect(CivilToday.date(at: Self.lateEvening, in: zone).text == expected)
  }

  @Test func justAfterMidnightUTCItIsStillYesterdayInTheWest() throws {
    let zone = try #require(TimeZone(identifier: "America/New_York"))
    let earlyMorning = Self.lateEvening.addingTimeInterval(3_600)  // 2025-12-04T00:30:00Z
    #expect(CivilToday.date(at: earlyMorning, in: zone).text == "2025-12-03")
    #expect(CivilToday.date(at: earlyMorning, in: .gmt).text == "2025-12-04")
  }
}
