import ApplyCore
import ApplyCoreTesting
import Foundation
import KomboAPI
import TerminalUI
import Testing

@testable import RecruiterApp

/// Drafts saved by an earlier run, and the app started over them with the resume prompt offered.
struct DraftsScenario {
  let environment: AppTestEnvironment
  var driver: AppDriver

  /// A draft for the open sample job, stopped at the email field, saved a few minutes before start.
  static func savedDraft(first: String = "Ada", last: String = "Lovelace", job: String = AppSamples.openJobID)
    -> SavedDraft
  {
    var draft = ApplicationDraft(job: JobReference(job), stageID: "StgAPPLIEDAAAAAAAAAAAAA1")
    draft.candidate.firstName = first
    draft.candidate.lastName = last
    draft.candidate.emailAddress = "ada@exa"
    return SavedDraft(
      draft: draft, jobName: "Senior Backend Engineer", step: "candidate",
      focus: FieldPath.emailAddress.rawValue,
      integrationID: AppFakeKombo.integrationID)
  }

  /// A repository as another kombo-apply process sees the same state directory.
  static func otherProcess(_ environment: AppTestEnvironment, pid: Int32 = 4242) -> DraftRepository {
    DraftRepository(
      store: environment.services.drafts,
      locks: DraftLocks(directory: environment.directory + "/locks", processID: pid), clock: environment.clock
    )
  }

  /// Saves `drafts` (id, draft, minutes before start) as an earlier run would have, then starts the app.
  init(_ drafts: [(String, SavedDraft, Int)], outbox: Int = 0) async throws {
    environment = try AppTestEnvironment()
    for (id, saved, minutes) in drafts {
      let clock = ManualClock(start: AppTestEnvironment.start.addingTimeInterval(-Double(minutes) * 60))
      let earlierRun = DraftRepository(
        store: environment.services.drafts,
        locks: DraftLocks(directory: environment.directory + "/locks", processID: 1), clock: clock)
      try earlierRun.save(saved, id: id)
      earlierRun.close(id)
    }
    driver = await AppDriver(environment)
    var model = driver.model
    environment.program.offerResume(
      &model, drafts: try environment.services.draftRepository.list(), outboxCount: outbox)
    driver.model = model
  }

  var drafts: DraftsScreen? {
    if case .drafts(let screen) = driver.model.screen { return screen }
    return nil
  }
}

@Suite struct DraftsScreenTests {
  @Test func theNewestDraftIsOfferedAtStart() async throws {
    let scenario = try await DraftsScenario(
      [
        ("run1-1", DraftsScenario.savedDraft(), 5), ("run0-1", DraftsScenario.savedDraft(first: "Grace"), 90),
      ], outbox: 2)
    let text = scenario.driver.text()
    #expect(text.contains("Resume draft from today 11:55 (Ada Lovelace, Senior Backend Engineer)?"))
    #expect(text.contains("[ Resume ]"))
    #expect(text.contains("All drafts (2)"))
    #expect(text.contains("2 submissions are waiting in the outbox"))
    #expect(scenario.drafts?.mode == .prompt)
  }

  @Test func noPromptWithoutDrafts() async throws {
    let scenario = try await DraftsScenario([])
    guard case .jobPicker = scenario.driver.model.screen else {
      Issue.record("expected the job picker"); return
    }
  }

  @Test func resumingRestoresTheDraftAndTheFieldItStoppedAt() async throws {
    var scenario = try await DraftsScenario([("run1-1", DraftsScenario.savedDraft(), 5)])
    await scenario.driver.key(.enter)
    let model = scenario.driver.model
    guard case .candidate(let candidate) = model.screen else {
      Issue.record("expected the candidate screen"); return
    }
    #expect(model.draftID == "run1-1")
    #expect(model.draft == DraftsScenario.savedDraft().draft)
    #expect(model.flow.job?.id == AppSamples.openJobID, "the job is looked up again")
    #expect(candidate.host.form.focusedField?.key == FieldPath.emailAddress.rawValue)
    #expect(model.flow.draftSavedAt == AppTestEnvironment.start, "saved again under its id when resumed")

    await scenario.driver.type("mple.com")
    await scenario.driver.key(.tab)  // a focus change saves at once
    let saved = try scenario.environment.services.draftRepository.open("run1-1")
    #expect(saved.draft.candidate.emailAddress == "ada@example.com")
    #expect(try scenario.environment.services.draftRepository.list().count == 1, "saved under the same id")
  }

  @Test func newApplicationLeavesTheDraftForLater() async throws {
    var scenario = try await DraftsScenario([("run1-1", DraftsScenario.savedDraft(), 5)])
    await scenario.driver.key(.character("n"))
    guard case .jobPicker(let picker) = scenario.driver.model.screen else {
      Issue.record("expected jobs"); return
    }
    #expect(picker.catalog.jobs.count == 4, "the job list loaded behind the prompt")
    #expect(try scenario.environment.services.draftRepository.list().map(\.id) == ["run1-1"])
  }

  @Test func discardingFromTheListAsksFirst() async throws {
    var scenario = try await DraftsScenario([
      ("run1-1", DraftsScenario.savedDraft(), 5), ("run0-1", DraftsScenario.savedDraft(first: "Grace"), 90),
    ])
    await scenario.driver.key(.character("a"))
    #expect(scenario.drafts?.mode == .list)
    #expect(scenario.driver.text().contains("Grace Lovelace"))
    await scenario.driver.key(KeyPress(.down))
    await scenario.driver.key(.character("d"))
    #expect(scenario.driver.text().contains("Discard draft?"))
    await scenario.driver.key(.character("n"))
    #expect(try scenario.environment.services.draftRepository.list().count == 2, "kept when the answer is no")
    await scenario.driver.key(.character("d"))
    await scenario.driver.key(.character("y"))
    #expect(try scenario.environment.services.draftRepository.list().map(\.id) == ["run1-1"])
    #expect(scenario.drafts?.drafts.map(\.id) == ["run1-1"])
  }

  @Test func theDraftsListIsReachedFromTheJobPicker() async throws {
    var scenario = try await DraftsScenario([("run1-1", DraftsScenario.savedDraft(), 5)])
    await scenario.driver.key(.character("n"))
    await scenario.driver.key(KeyPress(.function(2)))
    #expect(scenario.drafts?.mode == .list)
    #expect(scenario.drafts?.drafts.map(\.id) == ["run1-1"])
    await scenario.driver.key(.enter)
    guard case .candidate = scenario.driver.model.screen else {
      Issue.record("expected the candidate screen"); return
    }
    #expect(scenario.driver.model.draftID == "run1-1")
  }

  @Test func aDraftOpenInAnotherInstanceIsOnlyOpenedAsACopy() async throws {
    let environment = try AppTestEnvironment()
    let other = DraftsScenario.otherProcess(environment, pid: 4242)
    try other.save(DraftsScenario.savedDraft(), id: "busy")
    var driver = await AppDriver(environment)
    var model = driver.model
    environment.program.offerResume(
      &model, drafts: try environment.services.draftRepository.list(), outboxCount: 0)
    driver.model = model
    #expect(driver.text().contains("open in another kombo-apply (pid 4242"))
    #expect(driver.text().contains("[ Open a copy ]"))
    await driver.key(.enter)
    #expect(!driver.text().contains("Draft in use"), "the button was the answer: no second question")
    #expect(driver.model.draftID != "busy")
    #expect(driver.model.draft.candidate.firstName == "Ada")
    #expect(throws: DraftError.openElsewhere(pid: 4242)) {
      try environment.services.draftRepository.open("busy")
    }
    #expect(try other.open("busy") == DraftsScenario.savedDraft(), "the original is untouched")
  }

  @Test func aDraftInUseChosenFromTheListAsksOnceWithOpenACopyPreselected() async throws {
    let environment = try AppTestEnvironment()
    let other = DraftsScenario.otherProcess(environment, pid: 4242)
    try other.save(DraftsScenario.savedDraft(), id: "busy")
    var driver = await AppDriver(environment)
    var model = driver.model
    environment.program.offerResume(
      &model, drafts: try environment.services.draftRepository.list(), outboxCount: 0)
    driver.model = model
    await driver.key(.character("a"))
    await driver.key(.enter)
    #expect(driver.text().contains("Draft in use"))
    await driver.key(.enter)
    #expect(driver.model.draftID != "busy")
    #expect(driver.model.draft.candidate.firstName == "Ada")
  }

  @Test func aJobThatCannotBeLoadedIsExplainedBeforeResuming() async throws {
    var scenario = try await DraftsScenario([
      ("run1-1", DraftsScenario.savedDraft(job: "JobGONEAAAAAAAAAAAAAAAA1"), 5)
    ])
    await scenario.driver.key(.enter)
    #expect(scenario.driver.text().contains("The job could not be loaded"))
    await scenario.driver.key(.enter)
    guard case .candidate = scenario.driver.model.screen else {
      Issue.record("expected the candidate screen"); return
    }
    #expect(scenario.driver.model.flow.job == nil)
    #expect(scenario.driver.model.draft.job.trimmed == "JobGONEAAAAAAAAAAAAAAAA1")
  }
}
