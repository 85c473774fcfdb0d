import ApplyCore
import Foundation
import TerminalUI
import Testing

@testable import RecruiterApp

/// Behind "Terminal too small" nothing is seen, so only resizing, Ctrl-C and Ctrl-Z act.
@Suite struct TooSmallTests {
  @Test func keysDoNothingWhileTheTerminalIsTooSmall() async throws {
    let environment = try AppTestEnvironment()
    var driver = await AppDriver(environment)
    await AppFlowTests.fillApplication(&driver)
    for _ in 0..<3 where driver.model.screen.destination != .review { await driver.key(.control("s")) }
    #expect(driver.model.screen.destination == .review)
    await driver.send(.resize(Size(width: 60, height: 20)))
    #expect(driver.text(Size(width: 60, height: 20)).contains("Terminal too small"))
    await driver.key(.control("s"))
    await driver.key(.enter)
    await driver.send(.paste("pasted"))
    await driver.key(.character("q"))
    #expect(driver.model.screen.destination == .review, "nothing was submitted blind")
    #expect(environment.kombo.createdBodies.isEmpty)
    #expect(driver.model.exit == nil)
    await driver.send(.resize(Size(width: 80, height: 24)))
    #expect(!driver.text().contains("Terminal too small"))
    #expect(driver.model.screen.destination == .review)
  }

  @Test func ctrlCQuitsAtOnceWhileTheTerminalIsTooSmall() async throws {
    var driver = await AppDriver(try AppTestEnvironment())
    await driver.openCandidateForm()
    await driver.send(.resize(Size(width: 60, height: 20)))
    await driver.type("Ada")
    #expect(driver.model.draft.candidate.firstName.isEmpty, "no typing into hidden fields")
    await driver.key(.control("c"))
    #expect(driver.model.exit == .cancelled)
  }
}
