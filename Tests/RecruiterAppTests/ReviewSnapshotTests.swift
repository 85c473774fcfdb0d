import ApplyCore
import Foundation
import KomboAPI
import TerminalUI
import Testing

@testable import RecruiterApp

/// The review with errors and a warning at the top, at 80×24 and 120×40 in the default theme and mono.
@Suite(.serialized) struct ReviewSnapshotTests {
  @Test func withErrors() async throws {
    let environment = try AppTestEnvironment(isSandbox: true)
    var draft = ReviewScreenTests.validDraft
    draft.candidate.emailAddress = "ada@"
    draft.answers["Q_start"] = nil
    var review = ReviewHarness(draft, size: Size(width: 80, height: 24))
    await review.check()
    let driver = await QuestionsSnapshotTests.driver(
      showing: .review(review.screen), flow: review.flow, environment: environment)
    #expect(driver.text().contains("✗ 2 problems to fix before submitting"))
    try AppSnapshotTests.assertLooks(driver, "review-errors")
  }
}
