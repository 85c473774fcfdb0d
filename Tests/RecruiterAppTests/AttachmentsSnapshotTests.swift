import ApplyCore
import Foundation
import KomboAPI
import TerminalUI
import Testing

@testable import RecruiterApp

/// The attachments screen with a resume, a file whose name and content disagree and a web address,
/// sizes detected; and for an ATS with strict attachment rules, its rules line and the rows that break
/// them; at 80×24 and 120×40 in the default theme and mono.
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

  /// One CV, PDF or Word, up to 5 MB each, no cover letters, other files PDF only.
  static let strictRules = AttachmentRules(
    totalSizeBytes: 8 << 20,
    types: [
      .cv: .init(minAmount: 1, maxAmount: 1, maxFileSizeBytes: 5 << 20, acceptedMimeTypes: wordOrPDF),
      .coverLetter: .unsupported,
      .other: .init(maxFileSizeBytes: 5 << 20, acceptedMimeTypes: ["application/pdf"]),
    ])
  static let wordOrPDF = [
    "application/pdf", "application/msword",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ]

  @Test func aStrictATSMarksTheFilesThatBreakItsRules() async throws {
    let environment = try AppTestEnvironment(isSandbox: true)
    var harness = AttachmentsFixture.harness([
      AttachmentDraft(path: "/home/ann/cv.pdf", type: .cv),
      AttachmentDraft(path: "/home/ann/cover-letter.pdf", type: .coverLetter),
      AttachmentDraft(path: "/home/ann/scan.pdf", type: .other),
      AttachmentDraft(path: "/home/ann/sample.pdf", type: .cv),
    ])
    harness.flow.attachmentRules = Self.strictRules
    await harness.appear()
    var driver = await QuestionsSnapshotTests.driver(
      showing: .attachments(harness.screen), flow: harness.flow, environment: environment)
    driver.model.flow.attachmentRules = Self.strictRules
    let text = driver.text()
    #expect(text.contains("Greenhouse: 1 CV required · CVs PDF or Word · other files PDF ·\n"))
    #expect(text.contains("┃ ≤ 5 MB each · ≤ 8 MB in all · no cover letters\n"))
    #expect(text.contains("✗ this ATS takes no cover letters; send it as CV or other file"))
    #expect(text.contains("✗ the file is 9.0 MB; this ATS takes other files up to 5 MB each"))
    try AppSnapshotTests.assertLooks(driver, "attachments-strict")
  }
}
