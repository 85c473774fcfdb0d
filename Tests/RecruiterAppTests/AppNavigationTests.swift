import ApplyCore
import KomboAPI
import TerminalUI
import Testing

@testable import RecruiterApp

/// Moving between steps (forward, back never blocked, the parked job picker), the app-wide keys
/// (help, Ctrl-C, Ctrl-Z) and signals.
@Suite struct AppNavigationTests {
  @Test func theJobPickerOpensWithTheFirstPageAndTheSearchFocused() async throws {
    let driver = await AppDriver(try AppTestEnvironment())
    guard case .jobPicker(let picker) = driver.model.screen else {
      Issue.record("not the job picker"); return
    }
    #expect(picker.catalog.jobs.count == 4)
    #expect(picker.focus == .list)
    let screen = driver.program.view(driver.model, size: Size(width: 80, height: 24))
    #expect(screen.cursor == Point(x: 8, y: 2))
    #expect(screen.text.contains("Senior Backend Engineer"))
  }

  /// Each row: the destination, where Next goes, where Back goes.
  @Test(arguments: [
    (Destination.jobPicker, Destination.stage as Destination?, nil as Destination?),
    (.stage, .candidate, .jobPicker), (.candidate, .attachments, .stage),
    (.attachments, .questions, .candidate),
    (.questions, .review, .attachments), (.review, .submitting, .questions), (.submitting, nil, .review),
    (.outbox, nil, .jobPicker), (.history, nil, .jobPicker), (.drafts, nil, .jobPicker),
  ])
  func stepOrder(destination: Destination, next: Destination?, previous: Destination?) {
    #expect(destination.next == next)
    #expect(destination.previous == previous)
  }

  @Test(arguments: [
    ("job", Destination.jobPicker), ("stage_id", .stage), ("candidate.email_address", .candidate),
    ("candidate.location.country", .candidate), ("gdpr_consent.expires_at", .candidate),
    ("remote_fields.greenhouse", .candidate),
    ("sourced_by.user_id", .candidate), ("attachments[1]", .attachments), ("answers.QAAAA", .questions),
  ])
  func problemsOpenTheScreenThatEditsThem(path: String, destination: Destination) {
    #expect(Destination.editing(FieldPath(path)) == destination)
  }

  @Test func enterOnAJobTakesItsFirstStageAndEscGoesBackThroughTheStageToTheSameList() async throws {
    var driver = await AppDriver(try AppTestEnvironment())
    await driver.type("backend")
    await driver.key(.enter)
    guard case .candidate = driver.model.screen else { Issue.record("expected the candidate form"); return }
    #expect(driver.model.draft.job.trimmed == AppSamples.openJobID)
    #expect(driver.model.draft.stageID == "StgAPPLIEDAAAAAAAAAAAAA1", "the job's first stage")
    await driver.key(.escape)
    guard case .stage = driver.model.screen else { Issue.record("expected the stage screen"); return }
    await driver.key(.escape)
    guard case .jobPicker(let picker) = driver.model.screen else {
      Issue.record("expected the job picker"); return
    }
    #expect(picker.catalog.list.query == "backend")
    #expect(driver.model.parkedJobPicker == nil)
  }

  @Test func backFromTheCandidateFormReturnsToTheStageWithTheChoiceKept() async throws {
    var driver = await AppDriver(try AppTestEnvironment())
    await driver.type("backend")
    await driver.key(.enter)
    await driver.key(.backTab)
    await driver.key(KeyPress(.down))
    await driver.key(.enter)
    guard case .candidate = driver.model.screen else { Issue.record("expected the candidate form"); return }
    await driver.key(.backTab)
    guard case .stage(let stage) = driver.model.screen else {
      Issue.record("expected the stage screen"); return
    }
    #expect(stage.chosenStageID == "StgINTERVIEWAAAAAAAAAAA1")
  }

  @Test func theStageAndQuestionsStepsArePassedOnlyWhenThereIsNothingToAsk() {
    var flow = QuestionsFixture.flow(size: Size(width: 80, height: 24))
    flow.job = AppSamples.jobs[0]
    flow.draft.stageID = StageOptions(job: flow.job).defaultStageID
    #expect(Destination.jobPicker.next(for: flow) == .candidate, "the first stage is preselected")
    flow.draft.stageID = nil
    #expect(Destination.jobPicker.next(for: flow) == .stage, "the ATS decides: the step shows")
    flow.job?.screeningQuestions = []
    #expect(Destination.attachments.next(for: flow) == .review, "no questions to ask")
    flow.job = QuestionsFixture.job
    #expect(Destination.attachments.next(for: flow) == .questions)
    flow.job = nil
    #expect(Destination.jobPicker.next(for: flow) == .stage, "applying by remote id")
    #expect(Destination.attachments.next(for: flow) == .questions)
  }

  @Test func f1OpensTheHelpOverlayAndEscClosesIt() async throws {
    var driver = await AppDriver(try AppTestEnvironment())
    await driver.key(KeyPress(.function(1)))
    #expect(driver.model.showsHelp)
    #expect(driver.text().contains("ctrl+c"))
    await driver.type("x")
    guard case .jobPicker(let picker) = driver.model.screen else { return }
    #expect(picker.catalog.list.query.isEmpty)
    await driver.key(.escape)
    #expect(!driver.model.showsHelp)
  }

  @Test func questionMarkIsTypedInTheSearchButOpensHelpOnTheResultScreen() async throws {
    var driver = await AppDriver(try AppTestEnvironment())
    await driver.type("?")
    #expect(!driver.model.showsHelp)
    #expect(driver.model.screen.current.isTyping)
  }

  @Test func ctrlCAsksAndQuitsWith130OnlyWhenConfirmed() async throws {
    var driver = await AppDriver(try AppTestEnvironment())
    await driver.key(.control("c"))
    #expect(driver.model.dialog != nil)
    #expect(driver.text().contains("Quit kombo-apply?"))
    await driver.key(.character("n"))
    #expect(driver.model.dialog == nil)
    #expect(driver.model.exit == nil)
    await driver.key(.control("c"))
    let effects = driver.program.update(&driver.model, .event(.key(.character("y"))))
    #expect(driver.model.exit == .cancelled)
    #expect(effects.contains { if case .quit = $0.action { true } else { false } })
  }

  @Test(arguments: [TerminalSignal.hangup, .terminate])
  func aSignalQuitsWithoutAsking(signal: TerminalSignal) async throws {
    var driver = await AppDriver(try AppTestEnvironment())
    let effects = driver.program.update(&driver.model, .event(.signal(signal)))
    #expect(driver.model.exit == .signal(signal))
    #expect(effects.contains { if case .quit = $0.action { true } else { false } })
  }

  @Test func ctrlZSuspends() async throws {
    var driver = await AppDriver(try AppTestEnvironment())
    let effects = driver.program.update(&driver.model, .event(.key(.control("z"))))
    #expect(effects.contains { if case .suspend = $0.action { true } else { false } })
  }

  @Test func theHeaderShowsTheSandboxBadgeOrTheConnectedATSAndTheStep() async throws {
    let sandbox = await AppDriver(try AppTestEnvironment(isSandbox: true))
    #expect(sandbox.text().split(separator: "\n")[0].contains("SANDBOX  Greenhouse (demo data)"))
    var real = await AppDriver(try AppTestEnvironment())
    let header = real.text().split(separator: "\n")
    #expect(header[0].contains("· Greenhouse · Acme GmbH"))
    #expect(!header[0].contains("SANDBOX"))
    #expect(header[1].contains("Job › Stage › Candidate › Attachments › Questions › Review › Submit"))
    await real.type("backend")
    await real.key(.enter)
    #expect(real.text().split(separator: "\n")[0].contains("Senior Backend Engineer"))
  }

  @Test func belowEightyByTwentyFourTheAppAsksForMoreRoom() async throws {
    let driver = await AppDriver(try AppTestEnvironment())
    let text = driver.text(Size(width: 70, height: 20))
    #expect(text.contains("need 80×24, have 70×20"))
  }
}
