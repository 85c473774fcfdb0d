import ApplyCore
import KomboAPI
import Testing
import TerminalUI

@testable import RecruiterApp

/// Moving between steps: forward, back (never blocked), and the parked job picker.
@Suite struct AppNavigationTests {
  @Test func theJobPickerOpensWithTheFirstPageAndTheSearchFocused() async throws {
    let driver = await AppDriver(try AppTestEnvironment())
    guard case .jobPicker(let picker) = driver.model.screen else { Issue.record("not the job picker"); return }
    #expect(picker.catalog.jobs.count == 4)
    #expect(picker.focus == .list)
    #expect(driver.text().contains("Senior Backend Engineer"))
  }

  @Test func enterOnAJobGoesToTheStageAndEscGoesBackToTheSameList() async throws {
    var driver = await AppDriver(try AppTestEnvironment())
    await driver.type("backend")
    await driver.key(.enter)
    guard case .stage = driver.model.screen else { Issue.record("expected the stage screen"); return }
    #expect(driver.model.draft.job.trimmed == AppSamples.openJobID)
    await driver.key(.escape)
    guard case .jobPicker(let picker) = driver.model.screen else { Issue.record("expected the job picker"); return }
    #expect(picker.catalog.list.query == "backend")
  }
}
