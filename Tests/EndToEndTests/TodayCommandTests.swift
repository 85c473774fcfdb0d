import Foundation
import Testing

/// `submit` judges "in the past" by the user's own calendar day, as the terminal UI does, not by UTC:
/// with the clock 14 hours ahead of UTC and 12 behind, the two local days differ at every hour.
@Suite struct TodayCommandTests {
  /// `YYYY-MM-DD` of `instant` plus `days` in a zone `hours` from UTC.
  static func day(hoursFromUTC hours: Int, plus days: Int = 0) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(secondsFromGMT: hours * 3_600) ?? .gmt
    let date = calendar.date(byAdding: .day, value: days, to: Date()) ?? Date()
    let parts = calendar.dateComponents([.year, .month, .day], from: date)
    return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
  }

  func availability(_ date: String, zone: String, _ cli: E2ECommand) async throws -> E2ECommand.Result {
    try await cli.run(
      [
        "submit", "--job", E2EFakeKombo.jobID, "--first-name", "Ada", "--last-name", "Lovelace", "--email",
        "ada@example.com", "--answer", "QPermit=yes", "--available-from", date, "--dry-run",
      ], extraEnvironment: ["TZ": zone])
  }

  @Test func availabilityIsInThePastByTheLocalDayNotUTC() async throws {
    try await E2EFakeKombo.withServer { _, cli in
      let yesterdayAhead = Self.day(hoursFromUTC: 14, plus: -1)
      let ahead = try await availability(yesterdayAhead, zone: "Etc/GMT-14", cli)
      #expect(ahead.status == 0, "\(ahead.stderr)")
      #expect(
        ahead.stderr.contains("Availability date \(yesterdayAhead) is in the past"),
        "yesterday where the user is, whatever day it is in UTC")

      let todayBehind = Self.day(hoursFromUTC: -12)
      let behind = try await availability(todayBehind, zone: "Etc/GMT+12", cli)
      #expect(behind.status == 0, "\(behind.stderr)")
      #expect(!behind.stderr.contains("in the past"), "today where the user is: \(behind.stderr)")
    }
  }
}
