import ApplyCore
import Foundation
import KomboAPI
import TerminalUI
import TerminalUITesting
import Testing

@testable import RecruiterApp

/// The whole flow with in-memory services, and the draft's life: autosaved while typing, deleted
/// once the submission is recorded.
@Suite struct AppFlowTests {
  /// Job → candidate (the first stage taken) → (attachments, review: no questions) → submitting → result.
  static func fillApplication(_ driver: inout AppDriver) async {
    await driver.openCandidateForm()
    await driver.fill(["Ada", "Lovelace", "ada@example.com", "+44 20 7946 0958"])
    await driver.key(.control("s"))
  }

  /// The integration's published rules are checked on the review: a CV it requires blocks sending.
  @Test func aCVTheIntegrationRequiresIsReportedOnTheReviewAndNothingIsSent() async throws {
    let rules = AttachmentRules(types: [.cv: .init(minAmount: 1, maxAmount: 1), .coverLetter: .unsupported])
    let environment = try AppTestEnvironment(kombo: AppFakeKombo(attachmentRules: rules))
    var driver = await AppDriver(environment)
    await Self.fillApplication(&driver)
    await driver.key(.control("s"))
    guard case .review = driver.model.screen else { Issue.record("expected the review"); return }
    #expect(driver.text().contains("A CV is required by this ATS"), "\(driver.text())")
    await driver.key(.control("s"))
    #expect(environment.kombo.createdBodies.isEmpty)
  }

  @Test func aPhoneApplicationGoesFromJobToResult() async throws {
    let environment = try AppTestEnvironment()
    var driver = await AppDriver(environment)
    await Self.fillApplication(&driver)
    guard case .attachments = driver.model.screen else { Issue.record("expected attachments"); return }
    await driver.key(.control("s"))
    guard case .review = driver.model.screen else { Issue.record("no questions: the review"); return }
    await driver.key(.enter)
    guard case .result(let result) = driver.model.screen else { Issue.record("expected the result"); return }
    guard case .succeeded(let receipt) = result.outcome.status else { Issue.record("not created"); return }
    #expect(receipt.applicationID == "AppCREATED")
    let body = try #require(environment.kombo.createdBodies.first)
    #expect(environment.kombo.createdBodies.count == 1)
    #expect(body["stage_id"] == .string("StgAPPLIEDAAAAAAAAAAAAA1"))
    #expect(body["candidate"]?["email_address"] == .string("ada@example.com"))
    #expect(body["candidate"]?["phone_number"] == .string("+44 20 7946 0958"))
    #expect(try environment.services.drafts.list().isEmpty)
    #expect(try environment.services.history.entries().map(\.applicationID) == ["AppCREATED"])
    let text = driver.text()
    #expect(text.contains("✓ Application created"))
    #expect(text.contains("Ada Lovelace <ada@example.com>"))
    #expect(text.contains("Stage           Applied"))
    #expect(!text.contains("draft saved"), "the draft is gone with the submission")
  }

  @Test func theDraftIsSavedWhenTheScreenChangesAndNeverAfterSubmitting() async throws {
    let environment = try AppTestEnvironment()
    var driver = await AppDriver(environment)
    await driver.openCandidateForm()
    await driver.type("Grace")
    await driver.key(.backTab)
    let saved = try environment.services.drafts.list()
    #expect(saved.map(\.jobReference) == [AppSamples.openJobID])
    let payload = try #require(try environment.services.drafts.load(id: driver.model.draftID))
    #expect(try JSONDecoder().decode(ApplicationDraft.self, from: payload).candidate.firstName == "Grace")
  }

  @Test func typingSchedulesOneSaveWithinTwoSecondsNotOnePerKey() async throws {
    let environment = try AppTestEnvironment()
    var driver = await AppDriver(environment)
    await driver.openCandidateForm()
    let saves = { (driver: AppDriver) in
      driver.startedTimers.filter { $0 == RecruiterProgram.autosaveTimerID }
    }
    let before = saves(driver).count
    await driver.type("Katherine")
    #expect(saves(driver).count - before == 1, "one save for the nine keys")
    #expect(driver.model.autosave.isScheduled)
    await driver.message(.autosave(.due))
    #expect(!driver.model.autosave.isScheduled)
    #expect(try environment.services.drafts.list().first?.candidateName == "Katherine")
  }

  @Test func theFinalSaveAtExitKeepsTheLastKeystrokes() async throws {
    let environment = try AppTestEnvironment()
    var driver = await AppDriver(environment)
    await driver.openCandidateForm()
    await driver.type("Dorothy")
    _ = driver.program.update(&driver.model, .event(.signal(.hangup)))
    try driver.program.saveDraftNow(driver.model)
    #expect(try environment.services.drafts.list().first?.candidateName == "Dorothy")
  }

  @Test func anotherCandidateForTheSameJobStartsAFreshDraftOnTheCandidateForm() async throws {
    let environment = try AppTestEnvironment()
    var driver = await AppDriver(environment)
    await Self.fillApplication(&driver)
    for key in [KeyPress.control("s"), .enter] { await driver.key(key) }
    let firstID = driver.model.draftID
    await driver.key(.character("n"))
    guard case .candidate = driver.model.screen else { Issue.record("expected the candidate form"); return }
    #expect(driver.model.draftID != firstID)
    #expect(driver.model.draft.job.trimmed == AppSamples.openJobID)
    #expect(driver.model.draft.stageID == "StgAPPLIEDAAAAAAAAAAAAA1")
    #expect(driver.model.draft.candidate == CandidateDraft())
  }

  @Test func theSameCandidateForAnotherJobKeepsTheDetailsAndOpensTheJobList() async throws {
    let environment = try AppTestEnvironment()
    var driver = await AppDriver(environment)
    await Self.fillApplication(&driver)
    for key in [KeyPress.control("s"), .enter] { await driver.key(key) }
    await driver.key(.character("o"))
    guard case .jobPicker = driver.model.screen else { Issue.record("expected the job picker"); return }
    #expect(driver.model.draft.candidate.emailAddress == "ada@example.com")
    #expect(driver.model.draft.job.trimmed.isEmpty)
    await driver.key(.control("u"))
    await driver.type("designer")
    await driver.key(.enter)
    #expect(driver.model.draft.job.trimmed == "JobDesignerAAAAAAAAAAAA1")
    #expect(driver.model.draft.candidate.firstName == "Ada")
  }

  @Test func theProgramRunsUnderTheRuntimeOnAnInMemoryTerminal() async throws {
    let environment = try AppTestEnvironment()
    let program = environment.program
    let terminal = InMemoryTerminal(size: Size(width: 100, height: 30))
    var model = program.initialModel(now: AppTestEnvironment.start, size: terminal.size)
    let effects = program.initialEffects(&model)
    let running = Task {
      await Runtime.run(program, model: model, terminal: terminal, initialEffects: effects)
    }
    #expect(
      await terminal.wait {
        $0.screen.text.contains("4 jobs loaded") || $0.screen.text.contains("jobs loaded")
      })
    terminal.type("designer")
    terminal.send(.key(.enter))
    #expect(await terminal.wait { $0.screen.text.contains("Stage for Product Designer") })
    terminal.send(.key(.control("c")))
    terminal.send(.key(.character("y")))
    let final = await running.value
    #expect(final.exit == .cancelled)
    try program.saveDraftNow(final)
    #expect(try environment.services.drafts.list().first?.jobReference == "JobDesignerAAAAAAAAAAAA1")
  }
}
