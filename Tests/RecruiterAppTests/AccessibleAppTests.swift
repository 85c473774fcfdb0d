import ApplyCore
import Foundation
import KomboAPI
import TerminalUI
import Testing

@testable import RecruiterApp

/// Answers line prompts by what was last asked: the first rule whose text appears in the last lines
/// written (a re-asked question included) gives the next of its answers; anything else gets Enter.
/// Records the transcript.
struct ScriptedLineIO: LineIO {
  var rules: [(asked: String, answers: [String])]
  var transcript = ""
  private(set) var reads = 0
  let limit: Int

  init(_ rules: [(String, [String])], limit: Int = 400) {
    self.rules = rules.map { (asked: $0.0, answers: $0.1) }
    self.limit = limit
  }

  mutating func write(_ text: String) {
    transcript += text
  }

  mutating func readLine() -> String? {
    reads += 1
    guard reads <= limit else { return nil }
    let asked = transcript.split(separator: "\n", omittingEmptySubsequences: false).suffix(5).joined(
      separator: "\n")
    guard let index = rules.firstIndex(where: { asked.contains($0.asked) && !$0.answers.isEmpty }) else {
      transcript += "\n"
      return ""
    }
    let answer = rules[index].answers.removeFirst()
    transcript += answer + "\n"
    return answer
  }
}

@Suite struct AccessibleAppTests {
  static func launch(_ scenario: LaunchScenario, sandbox: Bool = false) -> LaunchServices {
    scenario.services(sandbox: sandbox)
  }

  @Test func aWholeApplicationAnsweredLineByLineEndsInOneSubmission() async throws {
    let kombo = ScriptedKombo()
    let scenario = try LaunchScenario(kombo)
    var io = ScriptedLineIO([
      ("Job number, words to search", ["backend", "99", "1"]),
      ("Stage number", ["7", "1"]),
      ("First name", ["Ada"]),
      ("Last name", ["Lovelace"]),
      ("Email address", ["ada-at-example", "ada@example.com"]),
      ("Submit this application", ["maybe", "y"]),
      ("Another application?", ["n"]),
    ])
    let exit = await AccessibleApp.run(io: &io, launch: scenario.services())
    #expect(exit == .finished)
    let creates = kombo.calls.filter { $0.hasPrefix("create") }
    #expect(creates == ["create \(AppSamples.openJobID)"], "exactly one submission")
    let transcript = io.transcript
    #expect(transcript.contains("1. Senior Backend Engineer"))
    #expect(transcript.contains("! Type a number from 1 to"))
    #expect(transcript.contains("! Answer y for yes or n for no."))
    #expect(transcript.contains("✓ Application created"))
    #expect(transcript.contains("Application id: AppRETRIEDAAAAAAAAAAAAA1"))
    #expect(!transcript.contains("\u{1B}"), "no escape sequences")
    #expect(try scenario.fixture.repository(pid: 1).list().isEmpty, "the submitted draft is gone")
    let history = try HistoryStore(database: scenario.fixture.database).entries()
    #expect(history.count == 1)
  }

  @Test func anInvalidAnswerIsExplainedAndAskedAgain() async throws {
    let scenario = try LaunchScenario()
    var io = ScriptedLineIO([
      ("Job number, words to search", ["1"]),
      ("Stage number", [""]),
      ("First name", ["Ada"]),
      ("Last name", ["Lovelace"]),
      ("Email address", ["ada-at-example", "ada@example.com"]),
      ("Submit this application", ["n"]),
    ])
    _ = await AccessibleApp.run(io: &io, launch: scenario.services())
    let afterEmail = io.transcript.components(separatedBy: "ada-at-example").dropFirst().first ?? ""
    #expect(afterEmail.hasPrefix("\n! "), "the rejected email is explained at once")
    #expect(io.transcript.contains("Not sent. The draft is saved"))
    let saved = try #require(try scenario.fixture.repository(pid: 1).list().first?.saved)
    #expect(saved.draft.candidate.emailAddress == "ada@example.com")
  }

  @Test func draftsAreSavedAfterEveryAnswerAndOfferedNextTime() async throws {
    let scenario = try LaunchScenario()
    var first = ScriptedLineIO(
      [
        ("Job number, words to search", ["1"]), ("Stage number", [""]), ("First name", ["Grace"]),
      ], limit: 4)
    let exit = await AccessibleApp.run(io: &first, launch: scenario.services())
    #expect(exit == .cancelled)
    #expect(first.transcript.contains("The draft is saved"))
    let saved = try #require(try scenario.fixture.repository(pid: 1).list().first)
    #expect(saved.candidateLabel == "Grace")

    let kombo2 = scenario.kombo
    var second = ScriptedLineIO([
      ("Resume draft from", ["y"]), ("Last name", ["Hopper"]), ("Email address", ["grace@example.com"]),
      ("Submit this application", ["y"]), ("Another application?", ["n"]),
    ])
    let again = await AccessibleApp.run(io: &second, launch: scenario.services())
    #expect(again == .finished)
    #expect(second.transcript.contains("Resume draft from today 12:00 (Grace, Senior Backend Engineer)?"))
    #expect(second.transcript.contains("Now: Grace (Enter keeps it)"))
    #expect(kombo2.calls.filter { $0.hasPrefix("create") }.count == 1)
  }

  @Test func aSetupProblemIsExplainedAndEndsWithItsStatus() async throws {
    let kombo = ScriptedKombo(
      details: .failure(ScriptedKombo.apiError(.integrationSetupSyncPending, status: 409)))
    let scenario = try LaunchScenario(kombo)
    var io = ScriptedLineIO([])
    let exit = await AccessibleApp.run(io: &io, launch: scenario.services())
    #expect(exit == .problem(78))
    #expect(
      io.transcript.contains("Problem: The integration is still syncing (INTEGRATION.SETUP_SYNC_PENDING)"))
    #expect(io.transcript.contains("- Try again later"))
  }

  @Test func severalIntegrationsAreOfferedByNumber() async throws {
    let scenario = try LaunchScenario()
    var io = ScriptedLineIO([("Integration number", ["3", "2"])], limit: 3)
    _ = await AccessibleApp.run(
      io: &io, launch: scenario.services(integration: nil, known: LaunchScenario.known, lastUsed: nil))
    #expect(io.transcript.contains("1. Acme GmbH (Greenhouse, greenhouse:8d1hpPsbjxUkoCoa1veLZGe5)"))
    #expect(io.transcript.contains("! Type a number from 1 to 2."))
    #expect(scenario.rememberedIDs == ["personio:phbaKjs5pg6QcCVHSbSTv9Td"])
  }
}
