import ApplyCore
import Foundation
import KomboAPI
import TerminalUI
import Testing

@testable import RecruiterApp

/// The stage step: active stages in order, the default preselected, "let the ATS decide".
@Suite struct StageTests {
  @Test func activeStagesInIndexOrderInactiveHiddenAndTheATSOptionLast() {
    let options = StageOptions(job: AppSamples.jobs[0])
    #expect(options.active.map(\.name) == ["Applied", "Interview"])
    #expect(options.inactiveNames == ["Old screening"])
    #expect(
      options.selectOptions.map(\.label) == [
        "1. Applied", "2. Interview", "Let the ATS decide (no stage sent)",
      ])
    #expect(options.defaultStageID == "StgAPPLIEDAAAAAAAAAAAAA1")
  }

  @Test func aJobWithoutStagesOffersOnlyTheATSDecision() {
    let options = StageOptions(job: AppSamples.jobs[1])
    #expect(options.defaultStageID == nil)
    #expect(options.selectOptions.map(\.value) == [StageOptions.atsDecides])
  }

  @Test func theDefaultStageIsPreselectedAndEnterGoesOn() async throws {
    var driver = await AppDriver(try AppTestEnvironment())
    await driver.type("backend")
    await driver.key(.enter)
    await driver.key(.backTab)
    #expect(driver.text().contains("Inactive stages are hidden: Old screening."))
    guard case .stage(let stage) = driver.model.screen else { Issue.record("expected stage"); return }
    #expect(stage.chosenStageID == "StgAPPLIEDAAAAAAAAAAAAA1")
    await driver.key(.enter)
    #expect(driver.model.screen.destination == .candidate)
    #expect(driver.model.draft.stageID == "StgAPPLIEDAAAAAAAAAAAAA1")
  }

  @Test func lettingTheATSDecideSendsNoStage() async throws {
    var driver = await AppDriver(try AppTestEnvironment())
    await driver.type("backend")
    await driver.key(.enter)
    await driver.key(.backTab)
    await driver.key(KeyPress(.end))
    await driver.key(.enter)
    #expect(driver.model.screen.destination == .candidate)
    #expect(driver.model.draft.stageID == nil)
  }

  @Test func aResumedDraftKeepsItsStage() {
    var flow = Flow(
      backend: BackendInfo(label: "x", isSandbox: false, integrationID: nil), now: AppTestEnvironment.start,
      timeZone: TimeZone(identifier: "UTC")!, size: Size(width: 80, height: 24), sessionSeed: "s")
    flow.job = AppSamples.jobs[0]
    flow.draft = ApplicationDraft(
      job: JobReference(AppSamples.openJobID), stageID: "StgINTERVIEWAAAAAAAAAAA1")
    #expect(StageScreen(flow: flow, arrival: .forward).chosenStageID == "StgINTERVIEWAAAAAAAAAAA1")
    flow.draft.stageID = nil
    #expect(StageScreen(flow: flow, arrival: .forward).chosenStageID == nil)
  }
}
