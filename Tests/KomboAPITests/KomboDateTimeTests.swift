import Foundation
import KomboAPI
import Testing

@Suite struct KomboDateTimeTests {
  @Test(arguments: [
    "2026-01-02", "2026-01-02Z", "2026-01-02T03:04:05", "2026-01-02T03:04:05Z", "2026-01-02T03:04:05.1",
    "2026-01-02T03:04:05.123", "2026-01-02T03:04:05.123Z", "2026-01-02T03:04:05.123456789Z",
    "2024-02-29", "2000-02-29T23:59:59Z", "0001-01-01",
  ])
  func acceptsEveryDocumentedFormAndKeepsTheText(text: String) throws {
    let value = try KomboDateTime(text)
    #expect(value.text == text)
    #expect(try TestSupport.json(value) == "\"\(text)\"")
    #expect(try TestSupport.roundTrip(value) == value)
  }

  @Test func exposesTheParsedParts() throws {
    let value = try KomboDateTime("2026-01-02T03:04:05.123Z")
    #expect((value.year, value.month, value.day) == (2026, 1, 2))
    let time = try #require(value.time)
    #expect((time.hour, time.minute, time.second, time.fraction) == (3, 4, 5, "123"))
    #expect(value.isUTC)
    #expect(!value.isDateOnly)
    let date = try KomboDateTime("2026-03-01")
    #expect(date.isDateOnly)
    #expect(date.time == nil)
    #expect(!date.isUTC)
  }

  @Test(arguments: [
    "2026-02-30", "2026-02-29", "2100-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "0000-01-01",
    "2026-01-02T24:00:00", "2026-01-02T23:60:00", "2026-01-02T23:59:60",
  ])
  func rejectsImpossibleDates(text: String) {
    #expect(throws: KomboDateTime.ParseError.impossibleDate(text)) { try KomboDateTime(text) }
  }

  @Test(arguments: [
    "", "2026-1-02", "2026/01/02", "2026-01-02T03:04", "2026-01-02T03:04:05.", "2026-01-02T03:04:05+01:00",
    "2026-01-02 03:04:05", " 2026-01-02", "2026-01-02ZZ", "２０２６-01-02", "2026-01-02T03:04:05.12a",
  ])
  func rejectsMalformedText(text: String) {
    #expect(throws: KomboDateTime.ParseError.malformed(text)) { try KomboDateTime(text) }
  }

  @Test func parseErrorsSayWhatIsAllowed() {
    #expect(KomboDateTime.ParseError.malformed("01.02.2026").description.contains("YYYY-MM-DD"))
    #expect(KomboDateTime.ParseError.impossibleDate("2026-02-30").description.contains("2026-02-30"))
  }

  @Test func decodingAnInvalidDateFailsWithTheReason() {
    #expect {
      try TestSupport.decode(KomboDateTime.self, #""2026-02-30""#)
    } throws: { error in
      guard case DecodingError.dataCorrupted(let context) = error else { return false }
      return context.debugDescription.contains("not a real date")
    }
  }

  @Test func buildsDateOnlyValuesAndValuesFromInstants() throws {
    #expect(try KomboDateTime(year: 2026, month: 3, day: 1).text == "2026-03-01")
    #expect(throws: KomboDateTime.ParseError.self) { try KomboDateTime(year: 2026, month: 2, day: 30) }
    let instant = try TestSupport.timestamp("2022-08-07T14:01:29.196Z")
    let value = KomboDateTime(instant)
    #expect(value.text == "2022-08-07T14:01:29.196Z")
    #expect(value.timestamp == instant)
    #expect(try KomboDateTime("2026-01-02").timestamp == TestSupport.timestamp("2026-01-02T00:00:00Z"))
  }
}

@Suite struct KomboTimestampTests {
  @Test(arguments: [
    ("2022-08-07T14:01:29.196Z", "2022-08-07T14:01:29.196Z"),
    ("2023-11-07T05:31:56Z", "2023-11-07T05:31:56.000Z"),
    ("2023-11-07T05:31:56.5Z", "2023-11-07T05:31:56.500Z"),
    ("2023-11-07T05:31:56.123999Z", "2023-11-07T05:31:56.123Z"),
    ("2023-11-07T07:31:56+02:00", "2023-11-07T05:31:56.000Z"),
    ("2023-11-07T00:31:56-0500", "2023-11-07T05:31:56.000Z"),
    ("2023-11-07T05:31:56", "2023-11-07T05:31:56.000Z"),
    ("2023-11-07", "2023-11-07T00:00:00.000Z"),
    ("1969-12-31T23:59:59.999Z", "1969-12-31T23:59:59.999Z"),
    ("1900-03-01T00:00:00Z", "1900-03-01T00:00:00.000Z"),
  ])
  func decodesISOFormsAndEncodesUTCWithMillis(input: String, output: String) throws {
    let value = try TestSupport.decode(KomboTimestamp.self, "\"\(input)\"")
    #expect(try TestSupport.json(value) == "\"\(output)\"")
  }

  @Test func agreesWithFoundationDates() throws {
    let value = try TestSupport.timestamp("2022-08-07T14:01:29.196Z")
    #expect(value.millisecondsSince1970 == 1_659_880_889_196)
    #expect(KomboTimestamp(value.date) == value)
    #expect(KomboTimestamp(Date(timeIntervalSince1970: 0)).iso8601 == "1970-01-01T00:00:00.000Z")
  }

  @Test func ordersByInstant() throws {
    #expect(
      try TestSupport.timestamp("2026-01-01T00:00:00Z") < TestSupport.timestamp("2026-01-01T00:00:00.001Z"))
  }

  @Test(arguments: ["", "yesterday", "2026-02-30T00:00:00Z", "2026-01-01T00:00:00+25:00", "1700000000"])
  func rejectsInvalidText(text: String) {
    #expect(KomboTimestamp(iso8601: text) == nil)
    #expect(throws: DecodingError.self) { try TestSupport.decode(KomboTimestamp.self, "\"\(text)\"") }
  }
}
