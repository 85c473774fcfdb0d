import Foundation
import KomboAPI
import Testing

@testable import ATSSandbox

@Suite struct IdentifierTests {
  @Test func derivedIDsAreKomboIDsStableAndDistinct() {
    let ids = (0..<5_000).map { SandboxID.derived("job", $0) }
    #expect(ids.allSatisfy { KomboID.isValid($0) })
    #expect(Set(ids).count == ids.count)
    #expect(SandboxID.derived("job", 7) == SandboxID.derived("job", 7))
    #expect(SandboxID.derived("job", 7) != SandboxID.derived("stage", 7))
  }

  @Test func randomIDsAreKomboIDs() {
    let ids = (0..<100).map { _ in SandboxID.random() }
    #expect(ids.allSatisfy { KomboID.isValid($0) })
    #expect(Set(ids).count == 100)
  }

  @Test func integrationsHaveToolPrefixedIDs() {
    #expect(SandboxIntegrations.all.count == 66)
    for integration in SandboxIntegrations.all {
      let parsed = IntegrationID(integration.id)
      #expect(parsed?.tool == integration.tool.slug)
    }
    #expect(SandboxIntegrations.default.tool.slug == "sandbox")
    #expect(SandboxIntegrations.default.unsupportedFields.isEmpty)
    #expect(SandboxIntegrations.all.contains { !$0.unsupportedFields.isEmpty })
    #expect(SandboxIntegrations.all.contains { !$0.unsupportedJobFilters.isEmpty })
  }

  @Test func cursorsRoundTripAndRefuseOtherFilters() throws {
    let cursor = PageCursor(position: 42, filters: "jobs|statuses=OPEN")
    #expect(try PageCursor.decode(cursor.token, filters: "jobs|statuses=OPEN").position == 42)
    #expect(!cursor.token.contains("42"))
    #expect(throws: SandboxError.self) {
      try PageCursor.decode(cursor.token, filters: "jobs|statuses=CLOSED")
    }
    #expect(throws: SandboxError.self) { try PageCursor.decode("not-a-cursor!", filters: "jobs|") }
  }

  @Test(arguments: [
    ("2026-01-31", true), ("2026-01-31T09:30:00Z", true), ("2026-01-31T09:30:00.123", true),
    ("2026-02-29", false), ("2024-02-29", true), ("2026-13-01", false), ("2026-1-31", false),
    ("2026-01-31T25:00:00Z", false), ("2026-01-31T09:30:00+02:00", false), ("2026-01-31T09:30:00.Z", false),
  ])
  func datePattern(_ text: String, _ valid: Bool) {
    #expect((SandboxDate.parse(text) != nil) == valid)
  }

  @Test func dateParsingIsUTC() {
    #expect(SandboxDate.parse("1970-01-02T00:00:01.5Z")?.timeIntervalSince1970 == 86_401.5)
  }

  // Kombo's pattern: its `[\\w'+-.]` is a range from `+` to `.`, so a comma is allowed before the @.
  @Test(arguments: [
    ("ada@example.com", "ada@example.com"), ("a.b+c@mail.example.co.uk", "a.b+c@mail.example.co.uk"),
    ("Ada@Example.COM", "Ada@example.com"), ("o'brien@example.com", "o'brien@example.com"),
    ("a,b@example.com", "a,b@example.com"), ("ada@ex-ample.com", "ada@ex-ample.com"),
    ("ada@example", nil), ("ada example.com", nil), ("@example.com", nil), ("ada@@example.com", nil),
    ("ada@exa mple.com", nil), ("ada@example.c0m", nil), ("a!b@example.com", nil),
    ("ada@bücher.example", nil),
    ("jörg@example.com", nil), (".ada@example.com", nil), ("ada.@example.com", nil),
    ("a..b@example.com", nil),
    ("ada@-example.com", nil), ("ada@example..com", nil), ("ada'@example.com", nil),
  ])
  func emailPattern(_ text: String, _ accepted: String?) {
    #expect(InputFormats.email(text) == accepted)
  }

  @Test func otherFormats() {
    #expect(InputFormats.isURL("https://example.com/a?b=c"))
    #expect(!InputFormats.isURL("example.com"))
    #expect(!InputFormats.isURL("ftp://example.com"))
    #expect(
      InputFormats.isContentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
    #expect(!InputFormats.isContentType("pdf"))
    #expect(!InputFormats.isContentType("application/pdf; charset=x"))
    #expect(
      InputFormats.isCountryCode("DE") && !InputFormats.isCountryCode("de")
        && !InputFormats.isCountryCode("DEU"))
    #expect(InputFormats.base64Decoded("SGk") == Data("Hi".utf8))
    #expect(InputFormats.base64Decoded("SGk=") == Data("Hi".utf8))
    #expect(InputFormats.base64Decoded("S") == nil)
    #expect(InputFormats.base64Decoded("@@@@") == nil)
  }
}
