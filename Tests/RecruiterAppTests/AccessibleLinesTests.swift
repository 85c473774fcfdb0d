import ApplyCore
import Foundation
import KomboAPI
import TerminalUI
import Testing

@testable import RecruiterApp

/// Line mode answers that reach the request as typed: extra contact rows and links, countries.
@Suite struct AccessibleLinesTests {
  /// Runs one application for the backend job with `rules` on top of name and email; the candidate
  /// object of the body sent, and the transcript.
  static func apply(_ rules: [(String, [String])]) async throws -> (JSONValue?, String) {
    let kombo = ScriptedKombo()
    let scenario = try LaunchScenario(kombo)
    var io = ScriptedLineIO(
      [
        ("Job number, words to search", ["1"]), ("Stage number", [""]), ("First name", ["Ada"]),
        ("Last name", ["Lovelace"]), ("Email address (required)", ["ada@example.com"]),
      ] + rules + [("Submit this application", ["y"]), ("Another application?", ["n"])])
    _ = await AccessibleApp.run(io: &io, launch: scenario.services())
    let body = try kombo.createdBodies.first.map { try JSONDecoder().decode(JSONValue.self, from: $0) }
    return (body?["candidate"], io.transcript)
  }

  @Test func theAddPromptsKeepWhatIsTypedAndSendIt() async throws {
    let (candidate, transcript) = try await Self.apply([
      ("+ Add an email address", ["work: ada@work.example", "ada@home.example"]),
      ("+ Add a phone number", ["+44 20 7946 0958"]),
      ("+ Add a profile link", ["https://www.linkedin.com/in/ada"]),
    ])
    #expect(
      candidate?["additional_email_addresses"]
        == .array([
          .object(["email_address": .string("ada@work.example"), "type": .string("WORK")]),
          .object(["email_address": .string("ada@home.example"), "type": .string("PERSONAL")]),
        ]))
    #expect(
      candidate?["additional_phone_numbers"]
        == .array([.object(["phone_number": .string("+44 20 7946 0958"), "type": .string("PERSONAL")])]))
    #expect(
      candidate?["social_links"] == .array([.object(["url": .string("https://www.linkedin.com/in/ada")])]))
    #expect(transcript.contains("2 added so far"))
  }

  @Test func theReviewReadsBackEveryResolvedValueWithoutFullScreenHints() async throws {
    let (_, transcript) = try await Self.apply([
      ("Country", ["portugal"]), ("Available from", ["+1m"]),
      ("+ Add a profile link", ["https://www.linkedin.com/in/ada"]),
    ])
    let review = transcript.components(separatedBy: "This will be sent:").last ?? ""
    #expect(review.contains("Name: Ada Lovelace"))
    #expect(review.contains("Email: ada@example.com"))
    #expect(review.contains("Country: PT (Portugal)"))
    #expect(review.contains("Available from: 2026-07-01"))
    #expect(review.contains("Link 1: https://www.linkedin.com/in/ada"))
    #expect(!transcript.contains("ctrl+t changes a row's type"))
    #expect(!transcript.contains("Show or Hide"))
  }
}
