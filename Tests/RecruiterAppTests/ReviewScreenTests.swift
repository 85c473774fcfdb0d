import ApplyCore
import Foundation
import KomboAPI
import TerminalUITesting
import Testing

@testable import RecruiterApp
@testable import TerminalUI

/// The review screen with its flow; the check effect runs when asked.
struct ReviewHarness {
  var screen: ReviewScreen
  var flow: Flow
  var navigation: Navigation?

  init(_ draft: ApplicationDraft, size: Size = Size(width: 100, height: 60)) {
    flow = QuestionsFixture.flow(size: size)
    flow.draft = draft
    screen = ReviewScreen(flow: flow, fileSystem: InMemoryFileSystem(files: AttachmentsFixture.files))
  }

  /// Runs the appear effect (the validator) and feeds its result back.
  mutating func check() async {
    for effect in screen.appear(flow: &flow).effects {
      for message in await effect.messages() { _ = screen.update(message, flow: &flow) }
    }
  }

  mutating func press(_ keys: KeyPress...) {
    for key in keys { navigation = screen.handle(.key(key), flow: &flow).navigation }
  }

  func text(_ size: Size? = nil) -> String { screen.view(flow: flow, size: size ?? flow.size).text }
}

@Suite struct ReviewScreenTests {
  /// A complete, valid draft with a hidden answer and a file answer.
  static var validDraft: ApplicationDraft {
    var draft = ApplicationDraft(job: JobReference(QuestionsFixture.job.id))
    draft.candidate = CandidateDraft(
      firstName: "Ada", lastName: "Lovelace", emailAddress: "ada@example.com", phoneNumber: "+49 30 1234567")
    draft.attachments = [
      AttachmentDraft(path: "/home/ann/cv.pdf", type: .cv),
      AttachmentDraft(url: "https://example.com/letter.pdf", type: .coverLetter),
    ]
    draft.answers = QuestionsPreconditionTests.otherAnswers.merging([
      "Q_visa": .boolean(false), "Q_visa_details": .text("kept but hidden"),
      "Q_langs": .options(["O_de", "O_ja"]),
      "Q_sample": .file(FileReference(path: "/home/ann/sample.pdf", name: "Sample.pdf")),
      "Q_eeo_gender": .option("O_f"),
    ]) { _, new in new }
    return draft
  }

  @Test func theCheckRunsAsAnEffectAndSubmitWaitsForIt() async {
    var review = ReviewHarness(Self.validDraft)
    #expect(review.screen.check == nil)
    #expect(review.text().contains("Checking the application"))
    review.press(.control("s"))
    #expect(review.navigation == nil)
    #expect(review.text().contains("Still checking the application"))
    await review.check()
    #expect(review.screen.check?.report.isValid == true)
    review.press(.control("s"))
    guard case .next? = review.navigation else {
      Issue.record("submit should go on, got \(String(describing: review.navigation))")
      return
    }
  }

  @Test func everyProblemIsListedAndEnterJumpsToItsField() async throws {
    var draft = Self.validDraft
    draft.candidate.emailAddress = "ada@"
    draft.answers["Q_years"] = .number("99")
    draft.answers["Q_start"] = nil
    draft.attachments.append(AttachmentDraft(path: "/home/ann/fake.pdf", type: .other))
    var review = ReviewHarness(draft)
    await review.check()
    let report = try #require(review.screen.check?.report)
    #expect(
      report.errors.map(\.path.rawValue) == [
        "candidate.email_address", "attachments[2]", "answers.Q_years", "answers.Q_start",
      ])
    let text = review.text()
    #expect(text.contains("✗ 4 problems to fix before submitting (and 2 warnings)"))
    #expect(text.contains("✗ Candidate · "))
    #expect(text.contains("✗ Attachments · Attachment 3: 'fake.pdf' is named like a PDF document"))
    #expect(text.contains("⚠ Questions · 'Describe the permit' only applies when"))
    #expect(text.contains("[ Submit application ] — blocked until the problems above are fixed"))

    review.press(.enter)
    guard case .edit(let path)? = review.navigation else {
      Issue.record("expected a jump, got \(String(describing: review.navigation))")
      return
    }
    #expect(path == FieldPath.emailAddress)
    review.press(.tab, .tab, .enter)
    guard case .edit(let third)? = review.navigation else {
      Issue.record("expected a jump")
      return
    }
    #expect(third == FieldPath.answer("Q_years"))
    #expect(Destination.editing(third) == .questions)
    #expect(Destination.editing(FieldPath.attachments[2]) == .attachments)
  }

  @Test func submitIsBlockedByErrorsButNotByWarnings() async {
    var invalid = Self.validDraft
    invalid.answers["Q_headline"] = nil
    var blocked = ReviewHarness(invalid)
    await blocked.check()
    blocked.press(.control("s"))
    #expect(blocked.navigation == nil)
    #expect(blocked.text().contains("Fix the 1 problem listed at the top first"))
    #expect(blocked.screen.page.selectedAction == .jump(FieldPath.answer("Q_headline")))
    while blocked.screen.page.selectedAction != .submit { blocked.press(.tab) }
    blocked.press(.enter)
    #expect(blocked.navigation == nil)

    var warned = ReviewHarness(Self.validDraft)
    await warned.check()
    #expect(warned.screen.check?.report.warnings.count == 2)
    #expect(warned.text().contains("✓ Ready to submit: 2 warnings to read first."))
    while warned.screen.page.selectedAction != .submit { warned.press(.tab) }
    warned.press(.enter)
    guard case .next? = warned.navigation else {
      Issue.record("warnings must not block")
      return
    }
  }

  @Test func theSummaryShowsWhatWillBeSentGroupedLikeTheForm() async {
    var review = ReviewHarness(Self.validDraft, size: Size(width: 100, height: 120))
    await review.check()
    let text = review.text()
    #expect(text.contains("Senior Backend Engineer"))
    #expect(text.contains("the ATS decides"))
    #expect(text.contains("Ada Lovelace") && text.contains("+49 30 1234567"))
    #expect(text.contains("1. CV ★ resume      cv.pdf · 2.0 KB"))
    #expect(text.contains("2. Cover letter     letter.pdf · from https://example.com/letter.pdf"))
    #expect(text.contains("Languages") && text.contains("Deutsch, 日本語"))
    #expect(text.contains("Sample.pdf · 509 bytes"))
    #expect(text.contains("Voluntary self-identification") && text.contains("Female"))
    #expect(text.contains("Needs visa sponsorship?"))
    #expect(!text.contains("kept but hidden"))
    #expect(text.contains("8 answers will be sent · 1 hidden by a condition not sent"))
    #expect(text.contains("can't be") && text.contains("answered here"))
  }

  @Test func theRequestBodyShowsWithFilesShortened() async {
    var review = ReviewHarness(Self.validDraft, size: Size(width: 100, height: 200))
    await review.check()
    review.press(.character("b"))
    let text = review.text()
    #expect(text.contains("POST /ats/jobs/\(QuestionsFixture.job.id)/applications"))
    #expect(text.contains("\"data\" : \"<2009 bytes>\""))
    #expect(
      text.contains("\"data_url\" : \"https:\\/\\/example.com\\/letter.pdf\"")
        || text.contains("\"data_url\" : \"https://example.com/letter.pdf\""))
    #expect(!text.contains("JVBER"))
    #expect(!text.contains("kept but hidden"))
    review.press(.character("b"))
    #expect(review.text().contains("Screening questions"))
  }

  @Test func theRequestBodyKeepsEverySpaceAndItsIndentation() async {
    var draft = Self.validDraft
    draft.candidate.title = "Lead   engineer"
    var review = ReviewHarness(draft, size: Size(width: 100, height: 200))
    await review.check()
    review.press(.character("b"))
    let rows = review.text().split(separator: "\n").map(String.init)
    let title = rows.first { $0.contains("\"title\"") }
    #expect(title?.contains("\"title\" : \"Lead   engineer\"") == true, "runs of spaces are kept")
    let first = rows.first { $0.contains("\"first_name\"") } ?? ""
    let candidate = rows.first { $0.contains("\"candidate\"") } ?? ""
    let indent = { (row: String) in row.prefix { $0 == " " }.count }
    #expect(indent(first) == indent(candidate) + 2, "each level indents two more columns")
  }

  @Test func scrollingKeepsASelectionInView() async {
    var review = ReviewHarness(Self.validDraft, size: Size(width: 80, height: 24))
    await review.check()
    let before = review.screen.page.top
    review.press(KeyPress(.pageDown))
    #expect(review.screen.page.top > before)
    review.press(KeyPress(.end))
    #expect(review.screen.page.top + review.screen.page.height == review.screen.page.lines.count)
    review.press(KeyPress(.home), .tab)
    #expect(review.screen.page.top == 0)
    review.press(.escape)
    guard case .back? = review.navigation else {
      Issue.record("esc goes back")
      return
    }
  }
}
