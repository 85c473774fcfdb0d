import ApplyCore
import ApplyCoreTesting
import Foundation
import KomboAPI
import TerminalUI
import Testing

@testable import RecruiterApp

/// Submitting and the result: success, a rejection with its log link, an unknown outcome kept in
/// the outbox, a retry from the result screen, and a draft with problems that is not sent.
@Suite struct SubmitTests {
  static let draft = ApplicationDraft(
    job: JobReference(AppSamples.openJobID), stageID: "StgAPPLIEDAAAAAAAAAAAAA1",
    candidate: CandidateDraft(firstName: "Ada", lastName: "Lovelace", emailAddress: "ada@example.com"))

  /// A driver on the submitting screen for `draft`, run until the result (or the problems) show.
  static func submit(_ environment: AppTestEnvironment, draft: ApplicationDraft = draft) async -> AppDriver {
    var driver = await AppDriver(environment)
    driver.model.flow.job = AppSamples.jobs[0]
    driver.model.flow.draft = draft
    await driver.go(.submitting)
    return driver
  }

  static func result(_ driver: AppDriver) -> ResultScreen? {
    if case .result(let result) = driver.model.screen { return result }
    return nil
  }

  @Test func aSuccessShowsTheIdsStageJobWarningsAndWhatNext() async throws {
    let kombo = AppFakeKombo(script: [
      .created("AppAAAAAAAAAAAAAAAAAAAA1", warnings: ["gender ignored by Greenhouse"])
    ])
    let driver = await Self.submit(try AppTestEnvironment(kombo: kombo))
    let text = driver.text(Size(width: 120, height: 40))
    #expect(text.contains("✓ Application created"))
    #expect(text.contains("Application     AppAAAAAAAAAAAAAAAAAAAA1"))
    #expect(text.contains("Candidate id    CanAAAAAAAAAAAAAAAAAAAA1"))
    #expect(text.contains("Stage           Applied"))
    #expect(text.contains("Job             Senior Backend Engineer"))
    #expect(text.contains("⚠ gender ignored by Greenhouse"))
    #expect(Self.result(driver)?.actions == [.anotherCandidate, .sameCandidate, .jobList, .quit])
    #expect(driver.model.autosave.isSuspended)
  }

  @Test func aRejectionExplainsTheCodeShowsTheLogAndSaysRetryingIsNotSafe() async throws {
    let kombo = AppFakeKombo(script: [
      .kombo(status: 400, code: "ATS.JOB_CLOSED", message: "The job is closed.")
    ])
    let environment = try AppTestEnvironment(kombo: kombo)
    let driver = await Self.submit(environment)
    let text = driver.text(Size(width: 120, height: 40))
    #expect(text.contains("✗ Not created: ATS.JOB_CLOSED"))
    #expect(text.contains(KomboErrorCode.atsJobClosed.explanation))
    #expect(text.contains("https://app.kombo.dev/logs/req_123"))
    #expect(text.contains("no: the same request would be refused again"))
    #expect(Self.result(driver)?.actions == [.edit, .jobList, .quit])
    #expect(!driver.model.autosave.isSuspended)
    #expect(try environment.services.drafts.list().map(\.id) == [driver.model.draftID])
  }

  @Test func aValidationRejectionNamingAFieldJumpsToIt() async throws {
    let kombo = AppFakeKombo(script: [
      .kombo(
        status: 400, code: "PLATFORM.INPUT_INVALID", message: "candidate.email_address: the ATS refused it")
    ])
    var driver = await Self.submit(try AppTestEnvironment(kombo: kombo))
    await driver.key(.character("e"))
    guard case .candidate(let screen) = driver.model.screen else {
      Issue.record("expected the candidate form"); return
    }
    #expect(screen.host.form.focusedField?.key == FieldPath.emailAddress.rawValue)
  }

  @Test func anApplicationThatAlreadyExistsCanBeEditedOnTheReviewAndSentAgain() async throws {
    let kombo = AppFakeKombo(script: [
      .kombo(status: 409, code: "ATS.APPLICATION_ALREADY_EXISTS", message: "The candidate applied."),
      .created("AppAAAAAAAAAAAAAAAAAAAA1"),
    ])
    var driver = await Self.submit(try AppTestEnvironment(kombo: kombo))
    #expect(driver.text(Size(width: 120, height: 40)).contains("e edit"))
    await driver.key(.character("e"))
    guard case .review = driver.model.screen else {
      Issue.record("expected the review, got \(driver.text())"); return
    }
    #expect(driver.model.flow.draft.candidate.emailAddress == "ada@example.com", "the draft is kept")
    await driver.key(.control("s"))
    #expect(driver.text(Size(width: 120, height: 40)).contains("✓ Application created"))
  }

  @Test(arguments: ["j", "o"] as [Character])
  func theJobListAfterAResultStartsWithAnEmptySearch(key: Character) async throws {
    let kombo = AppFakeKombo(script: [.created("AppAAAAAAAAAAAAAAAAAAAA1")])
    var driver = await AppDriver(try AppTestEnvironment(kombo: kombo))
    let listed = { (driver: AppDriver) -> Int? in
      guard case .jobPicker(let picker) = driver.model.screen else { return nil }
      return picker.catalog.list.search.results.count
    }
    let all = listed(driver)
    await driver.type("backend")
    #expect(listed(driver) != all)
    driver.model.flow.job = AppSamples.jobs[0]
    driver.model.flow.draft = Self.draft
    await driver.go(.submitting)
    await driver.key(.character(key))
    guard case .jobPicker(let picker) = driver.model.screen else {
      Issue.record("expected the job list, got \(driver.text())"); return
    }
    #expect(picker.catalog.list.query == "", "the previous search is gone")
    #expect(listed(driver) == all, "every job is listed again")
  }

  @Test func anUnknownOutcomeIsKeptInTheOutboxAndRetryLooksItUpFirst() async throws {
    let kombo = AppFakeKombo(script: [.noAnswer])
    let environment = try AppTestEnvironment(kombo: kombo)
    var driver = await Self.submit(environment)
    let text = driver.text(Size(width: 120, height: 40))
    #expect(text.contains("? Outcome unknown: kept in the outbox"))
    #expect(text.contains("Reconciliation  no complete response within 300 s"))
    #expect(text.contains("a retry looks the candidate up first"))
    #expect(Self.result(driver)?.actions.first == .retry)
    #expect(try environment.services.ledger.entries().count == 1)
    #expect(kombo.createdBodies.count == 1, "not resent while the attempt may still be running at Kombo")
    #expect(text.contains("in flight since 12:00"))
    environment.clock.advance(by: .seconds(361))
    await driver.key(.character("r"))
    guard case .succeeded = Self.result(driver)?.outcome.status else {
      Issue.record("retry did not create it"); return
    }
    #expect(kombo.createdBodies.count == 2)
  }

  @Test func aDraftWithProblemsIsNotSentAndEnterGoesToTheFirstProblem() async throws {
    var draft = Self.draft
    draft.candidate.emailAddress = ""
    let environment = try AppTestEnvironment()
    var driver = await Self.submit(environment, draft: draft)
    #expect(driver.text().contains("✗ Not sent: 1 problem to fix"))
    #expect(environment.kombo.createdBodies.isEmpty)
    await driver.key(.enter)
    guard case .candidate(let screen) = driver.model.screen else {
      Issue.record("expected the candidate form"); return
    }
    #expect(screen.host.form.focusedField?.key == FieldPath.emailAddress.rawValue)
    #expect(!driver.model.autosave.isSuspended)
  }

  @Test func theSubmittingScreenShowsTheStepsBytesAttemptAndTime() {
    var flow = CandidateTests.flow()
    flow.draft = Self.draft
    let services = try? AppTestEnvironment().services
    guard let services else { return }
    var screen = SubmittingScreen(services: services, flow: flow)
    let start = AppTestEnvironment.start
    _ = screen.update(.started(bytes: 12_345, files: 1, at: start), flow: &flow)
    _ = screen.update(.progress(.sending(attempt: 2)), flow: &flow)
    _ = screen.update(.tick(start.addingTimeInterval(3.2)), flow: &flow)
    let text = screen.view(flow: flow, size: Size(width: 80, height: 24)).text
    #expect(text.contains("✓ Built the request: 12.1 KB, 1 file embedded"))
    #expect(text.contains("Sending to Greenhouse, attempt 2… · 0:03"))
  }
}
