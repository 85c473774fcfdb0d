import ApplyCore
import Foundation
import KomboAPI
import TerminalUI
import Testing

@testable import RecruiterApp

/// The attachments screen with a resume, a file whose name and content disagree and a web address,
/// sizes detected, at 80×24 and 120×40 in the default theme and mono.
@Suite(.serialized) struct AttachmentsSnapshotTests {
  @Test func filesTypesAndAWarning() async throws {
    let environment = try AppTestEnvironment(isSandbox: true)
    var harness = AttachmentsFixture.harness([
      AttachmentDraft(path: "/home/ann/cv.pdf", type: .cv, name: "Zoë Łukasiewicz CV.pdf"),
      AttachmentDraft(path: "/home/ann/fake.pdf", type: .coverLetter),
      AttachmentDraft(url: "https://example.com/portfolio.pdf", type: .other),
    ])
    await harness.appear()
    await harness.send(.key(KeyPress(.down)))
    let driver = await QuestionsSnapshotTests.driver(
      showing: .attachments(harness.screen), flow: harness.flow, environment: environment)
    #expect(driver.text().contains("CV ★ resume"))
    try AppSnapshotTests.assertLooks(driver, "attachments")
  }
}
