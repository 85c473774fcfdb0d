import ApplyCore
import Foundation
import KomboAPI
import TerminalUI
import Testing

@testable import RecruiterApp

/// A country name that matches several countries is never taken silently: the matches show and the
/// user picks one; a code, a known name and a single match are still taken at once.
@Suite struct CountryFieldTests {
  static func typed(_ text: String) -> CountryField {
    var field = CountryField(FieldInfo(key: "c", title: "Country"), text: "")
    for character in text { _ = field.handle(.key(.character(character))) }
    return field
  }

  @Test(arguments: ["united", "ger"])
  func anAmbiguousNameIsNotTakenByTabOrEnter(typed: String) {
    for key in [KeyPress.tab, .enter] {
      var field = Self.typed(typed)
      _ = field.handle(.key(key))
      #expect(field.text == typed, "nothing picked for the user")
      #expect(field.inputProblem?.contains("matches several countries") == true)
    }
  }

  @Test func aPickedMatchIsTaken() {
    var field = Self.typed("united")
    var screen = Screen(size: Size(width: 40, height: 5))
    screen.withCanvas { field.render(in: &$0, context: FieldContext(isFocused: true)) }
    #expect(!screen.text.contains("> AE"), "no row is highlighted before a pick")
    _ = field.handle(.key(KeyPress(.down)))
    _ = field.handle(.key(KeyPress(.down)))
    let second = field.matches[1]
    #expect(field.handle(.key(.enter)).outcome == .next)
    #expect(field.text == second.code)
  }

  @Test func ctrlSStopsOnAnAmbiguousCountryInsteadOfSendingTheFirstMatch() async throws {
    var driver = await AppDriver(try AppTestEnvironment())
    await driver.openCandidateForm()
    await driver.fill(["Ada", "Lovelace", "ada@example.com", "+44 20 7946 0958", "ger"])
    await driver.key(.control("s"))
    #expect(driver.model.screen.destination == .candidate)
    #expect(driver.model.draft.candidate.location.country == "ger")
    #expect(driver.text().contains("matches several countries"))
  }

  @Test func lineModeListsTheMatchesAndAsksAgain() async throws {
    let (candidate, transcript) = try await AccessibleLinesTests.apply([
      ("Country", ["united"]), ("matches several countries", ["GB"]),
    ])
    #expect(transcript.contains("'united' matches several countries: AE (United Arab Emirates)"))
    #expect(transcript.contains("GB (United Kingdom)"))
    #expect(candidate?["location"]?["country"] == .string("GB"))
  }
}
