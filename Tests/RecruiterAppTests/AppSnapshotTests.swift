import ApplyCore
import Foundation
import KomboAPI
import SnapshotTesting
import TerminalUI
import Testing

@testable import RecruiterApp

/// Text snapshots of each screen of this branch at 80×24 and 120×40, as the default theme (16
/// colours) and mono (NO_COLOR) really draw them. Re-record with
/// `SNAPSHOT_TESTING_RECORD=all swift test --filter AppSnapshotTests`.
@Suite(.serialized) struct AppSnapshotTests {
  static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

  static func assertLooks(_ driver: AppDriver, _ name: String) throws {
    let theme = try #require(ThemeLoader.bundled("default"))
    for size in sizes {
      var model = driver.model
      var sized = driver
      _ = driver.program.update(&model, .event(.resize(size)))
      sized.model = model
      let screen = sized.program.view(sized.model, size: size)
      #expect(screen.size == size)
      let label = "\(size.width)x\(size.height)"
      assertSnapshot(
        of: screen.styledText(label: theme.dumpLabel(depth: .ansi16)), as: .lines, named: "\(label)-default",
        testName: name)
      assertSnapshot(
        of: screen.styledText(label: theme.dumpLabel(depth: .mono)), as: .lines, named: "\(label)-mono",
        testName: name)
    }
  }

  @Test func jobPickerWithTheDetailsPane() async throws {
    var driver = await AppDriver(try AppTestEnvironment(isSandbox: true))
    await driver.type("eng")
    try Self.assertLooks(driver, "job-picker")
  }

  @Test func stage() async throws {
    var driver = await AppDriver(try AppTestEnvironment())
    await driver.type("backend")
    await driver.key(.enter)
    await driver.key(.backTab)
    try Self.assertLooks(driver, "stage")
  }

  @Test func candidateWithAProblemShowing() async throws {
    var driver = await AppDriver(try AppTestEnvironment())
    await driver.openCandidateForm()
    await driver.fill(["Zoë", "Łukasiewicz", "zoe@"])
    await driver.key(.tab)
    try Self.assertLooks(driver, "candidate")
  }

  @Test func submitting() async throws {
    let environment = try AppTestEnvironment()
    var driver = await AppDriver(environment)
    driver.model.flow.job = AppSamples.jobs[0]
    driver.model.flow.draft = SubmitTests.draft
    var screen = SubmittingScreen(services: environment.services, flow: driver.model.flow)
    let start = AppTestEnvironment.start
    _ = screen.update(
      .started(bytes: 184_220, files: 1, at: start), flow: &driver.model.flow)
    _ = screen.update(.progress(.sending(attempt: 1)), flow: &driver.model.flow)
    _ = screen.update(.tick(start.addingTimeInterval(2.5)), flow: &driver.model.flow)
    driver.model.screen = .submitting(screen)
    try Self.assertLooks(driver, "submitting")
  }

  @Test func resultOfASuccess() async throws {
    let kombo = AppFakeKombo(script: [
      .created("AppAAAAAAAAAAAAAAAAAAAA1", warnings: ["gender is ignored by Greenhouse"])
    ])
    let driver = await SubmitTests.submit(try AppTestEnvironment(kombo: kombo))
    try Self.assertLooks(driver, "result-success")
  }

  @Test func resultOfARejection() async throws {
    let kombo = AppFakeKombo(script: [
      .kombo(status: 400, code: "ATS.JOB_CLOSED", message: "The job is closed.")
    ])
    let driver = await SubmitTests.submit(try AppTestEnvironment(kombo: kombo))
    try Self.assertLooks(driver, "result-rejected")
  }
}
