import ApplyCore
import Foundation
import KomboAPI
import TerminalUI
import Testing

@testable import RecruiterApp

/// The job picker: streamed pages, fuzzy search, open/all, details, closed jobs, apply by remote id.
@Suite struct JobPickerTests {
  static func picker(_ driver: AppDriver) -> JobPickerScreen? {
    if case .jobPicker(let picker) = driver.model.screen { return picker }
    return nil
  }

  @Test func theFirstPageShowsBeforeTheRestArrivesWithACounter() async throws {
    let environment = try AppTestEnvironment(pageSize: 2)
    let program = environment.program
    var model = program.initialModel(now: AppTestEnvironment.start, size: Size(width: 80, height: 24))
    var effects = program.initialEffects(&model).filter {
      if case .run(let id, _) = $0.action { id == "jobPicker.page" } else { false }
    }
    guard case .run(_, let firstPage) = effects.removeFirst().action, let message = await firstPage() else {
      Issue.record("no page effect")
      return
    }
    effects = program.update(&model, message)
    let text = program.view(model, size: Size(width: 80, height: 24)).text
    #expect(text.contains("Senior Backend Engineer"))
    #expect(text.contains("loading… 2 jobs so far"))
    #expect(effects.count == 1)
    guard case .run(_, let secondPage) = effects[0].action, let next = await secondPage() else { return }
    _ = program.update(&model, next)
    #expect(program.view(model, size: Size(width: 80, height: 24)).text.contains("4 jobs loaded"))
    #expect(environment.kombo.jobRequests.count == 2)
  }

  @Test func jobsThatCouldNotBeReadAreNamedInTheStatusLine() throws {
    let environment = try AppTestEnvironment()
    let size = Size(width: 120, height: 24)
    var flow = Flow(
      backend: BackendInfo(label: "sandbox", isSandbox: true, integrationID: nil),
      now: AppTestEnvironment.start,
      timeZone: TimeZone(identifier: "UTC")!, size: size, sessionSeed: "picker")
    var picker = JobPickerScreen(services: environment.services, flow: flow)
    let page = KomboPage(
      results: AppSamples.jobs,
      unreadable: [
        UnreadableItem(id: "JobBROKENAAAAAAAAAAAAAA1", problem: "screening_questions[0].id: is missing")
      ])
    _ = picker.update(.page(number: 1, .success(page)), flow: &flow)
    #expect(picker.skipped.map(\.id) == ["JobBROKENAAAAAAAAAAAAAA1"])
    #expect(picker.view(flow: flow, size: size).text.contains("skipped unreadable JobBROKENAAAAAAAAAAAAAA1"))
  }

  @Test(arguments: [
    ("ENG-1", "Senior Backend Engineer"), ("design", "Product Designer"), ("münchen", "Account Executive"),
    ("sales exec", "Account Executive"), ("hamburg", "Product Designer"),
  ])
  func fuzzySearchLooksAtTitleCodeDepartmentAndLocation(query: String, expected: String) async throws {
    var driver = await AppDriver(try AppTestEnvironment())
    await driver.type(query)
    #expect(Self.picker(driver)?.catalog.currentJob?.name == expected)
  }

  @Test func openJobsByDefaultAndCtrlTListsAll() async throws {
    var driver = await AppDriver(try AppTestEnvironment())
    #expect(Self.picker(driver)?.catalog.listedCount == 3)
    #expect(driver.text().contains("3 open jobs · +1 not open (ctrl+t)"))
    await driver.key(.control("t"))
    #expect(Self.picker(driver)?.catalog.listedCount == 4)
    #expect(driver.text().contains("4 jobs"))
    #expect(driver.text().contains("closed"))
  }

  @Test func aClosedJobIsMarkedAndNotApplicable() async throws {
    var driver = await AppDriver(try AppTestEnvironment())
    await driver.key(.control("t"))
    await driver.type("ios")
    #expect(
      driver.text(Size(width: 120, height: 40)).contains("✗ This job is closed: it takes no applications."))
    await driver.key(.enter)
    guard case .jobPicker(let picker) = driver.model.screen else {
      Issue.record("left the job picker"); return
    }
    #expect(picker.dialog?.title == "Not accepting applications")
    #expect(driver.model.draft.job.trimmed.isEmpty)
    await driver.key(.enter)
    #expect(Self.picker(driver)?.dialog == nil)
  }

  @Test func theDetailsPaneWarnsAboutVisibilityAndShowsTheSanitisedDescription() async throws {
    var driver = await AppDriver(try AppTestEnvironment())
    let wide = Size(width: 120, height: 40)
    let backend = driver.text(wide)
    #expect(backend.contains("Salary 60,000–80,000 EUR per year"))
    #expect(backend.contains("Build the platform."))
    #expect(backend.contains("• Swift"))
    #expect(!backend.contains("\u{1B}"))
    #expect(backend.contains("red"))
    await driver.type("designer")
    #expect(driver.text(wide).contains("⚠ Internal job: only employees may apply."))
    await driver.key(.control("u"))
    await driver.type("account")
    #expect(driver.text(wide).contains("⚠ Unlisted job"))
  }

  @Test func shiftDownScrollsALongDescriptionAndMovingTheCursorResetsIt() async throws {
    let long = "<p>Start.</p>" + (1...40).map { "<p>Paragraph \($0).</p>" }.joined() + "<p>The end.</p>"
    let jobs =
      [AppSamples.job(id: "JobLongAAAAAAAAAAAAAAAA1", remoteID: "1", name: "Long", description: long)]
      + AppSamples.jobs
    var driver = await AppDriver(try AppTestEnvironment(kombo: AppFakeKombo(jobs: jobs)))
    #expect(driver.text().contains("more: shift+↓"))
    #expect(!driver.text().contains("The end."))
    for _ in 0..<40 { await driver.key(KeyPress(.down, .shift)) }
    #expect(driver.text().contains("The end."))
    #expect(!driver.text().contains("more: shift+↓"))
    await driver.key(KeyPress(.down))
    #expect(Self.picker(driver)?.detailsOffset == 0)
  }

  @Test func choosingAnotherJobKeepsTheCandidateAndDropsTheOldAnswers() async throws {
    var flow = Flow(
      backend: BackendInfo(label: "x", isSandbox: false, integrationID: nil), now: AppTestEnvironment.start,
      timeZone: TimeZone(identifier: "UTC")!, size: Size(width: 80, height: 24), sessionSeed: "s")
    flow.draft = ApplicationDraft(
      job: JobReference("JobPreviousAAAAAAAAAAAA1"), stageID: "StgOLD",
      candidate: CandidateDraft(firstName: "Ada"),
      answers: ["Q1": .boolean(true)])
    JobPickerScreen.select(
      job: AppSamples.jobs[0], reference: JobReference(AppSamples.openJobID), flow: &flow)
    #expect(flow.draft.candidate.firstName == "Ada")
    #expect(flow.draft.answers.isEmpty)
    #expect(flow.draft.stageID == "StgAPPLIEDAAAAAAAAAAAAA1")
  }

  @Test func applyByRemoteIDFindsASyncedJob() async throws {
    var driver = await AppDriver(try AppTestEnvironment())
    await driver.key(.control("r"))
    await driver.type("remote:4712")
    await driver.key(.enter)
    guard case .stage = driver.model.screen else { Issue.record("expected the stage screen"); return }
    #expect(driver.model.draft.job.trimmed == "JobDesignerAAAAAAAAAAAA1")
    #expect(driver.model.flow.job?.name == "Product Designer")
  }

  @Test func applyByRemoteIDWithoutASyncedJobAsksAndGoesOnWithoutTheSchema() async throws {
    var driver = await AppDriver(try AppTestEnvironment())
    await driver.key(.control("r"))
    await driver.type("9999")
    await driver.key(.enter)
    #expect(driver.text().contains("questions can't be shown here"))
    await driver.key(.character("y"))
    guard case .stage(let stage) = driver.model.screen else {
      Issue.record("expected the stage screen"); return
    }
    #expect(driver.model.draft.job.trimmed == "remote:9999")
    #expect(driver.model.flow.job == nil)
    #expect(stage.chosenStageID == nil)
    #expect(driver.text().contains("the ATS decides"))
  }

  @Test func tabReachesTheActionsAndEnterOpensTheOutbox() async throws {
    var driver = await AppDriver(try AppTestEnvironment())
    await driver.key(.tab)
    #expect(Self.picker(driver)?.focus == .action(.remoteID))
    await driver.key(KeyPress(.right))
    await driver.key(KeyPress(.right))
    await driver.key(KeyPress(.right))
    await driver.key(.enter)
    #expect(driver.model.screen.destination == .outbox)
    await driver.key(.escape)
    #expect(driver.model.screen.destination == .jobPicker)
    await driver.key(KeyPress(.function(4)))
    #expect(driver.model.screen.destination == .history)
  }

  @Test func bigCataloguesAreIndexedWhenTheyDoubleOffTheLoopKeepingTheSearchAndCursor() {
    let jobs = (0..<3_000).map { index in
      AppSamples.job(
        id: "job\(index)", remoteID: "\(index)",
        name: index == 2_500 ? "Lighthouse Keeper" : "Engineer \(index)")
    }
    var catalog = JobCatalog(height: 10)
    var requests: [JobCatalog.IndexRequest] = []
    for start in stride(from: 0, to: jobs.count, by: 250) {
      let isLast = start + 250 >= jobs.count
      if let request = catalog.append(Array(jobs[start..<(start + 250)]), isLast: isLast) {
        requests.append(request)
      }
      if start == 250 { catalog.search("engineer 3") }
    }
    #expect(requests.count == 1)
    #expect(catalog.indexedCount == 2_000)
    #expect(catalog.isIndexing)
    catalog.install(requests[0].build())
    #expect(catalog.indexedCount == 3_000)
    #expect(catalog.list.query == "engineer 3")
    catalog.search("lighthouse")
    #expect(catalog.currentJob?.name == "Lighthouse Keeper")
  }

  @Test func aFailedPageSaysSoAndF5TriesAgain() async throws {
    let kombo = AppFakeKombo(jobs: [])
    let environment = try AppTestEnvironment(kombo: kombo)
    var driver = await AppDriver(environment)
    await driver.message(.jobPicker(.page(number: 1, .failure(JobPickerFailure(message: "HTTP 503")))))
    #expect(driver.text().contains("Could not load jobs: HTTP 503"))
    await driver.key(KeyPress(.function(5)))
    #expect(driver.text().contains("This integration has no jobs."))
  }
}
