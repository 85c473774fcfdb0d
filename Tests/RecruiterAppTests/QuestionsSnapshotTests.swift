import ApplyCore
import Foundation
import KomboAPI
import TerminalUI
import Testing

@testable import RecruiterApp

/// The questions screen with a precondition open (the visa chain), inside the app's header and help
/// line, at 80×24 and 120×40 in the default theme and mono.
@Suite(.serialized) struct QuestionsSnapshotTests {
  /// A driver showing `screen` over `flow`'s draft (the header shows the sandbox badge).
  static func driver(showing screen: AppScreen, flow: Flow, environment: AppTestEnvironment) async
    -> AppDriver
  {
    var driver = await AppDriver(environment)
    var shown = driver.model.flow
    shown.job = flow.job
    shown.draft = flow.draft
    driver.model = AppModel(screen: screen, flow: shown)
    return driver
  }

  @Test func aPreconditionOpen() async throws {
    let environment = try AppTestEnvironment(isSandbox: true)
    let answers: [String: AnswerDraft] = [
      "Q_headline": .text("Backend engineer"), "Q_visa": .boolean(true), "Q_visa_type": .option("O_other"),
    ]
    var flow = QuestionsFixture.flow(answers: answers)
    flow.draft.candidate = CandidateDraft(firstName: "Zoë", lastName: "Łukasiewicz")
    let screen = QuestionsScreen(
      questions: QuestionsFixture.questions, answers: answers, today: QuestionsFixture.today,
      files: QuestionsFixture.files,
      arrival: .field(.answer("Q_visa_type")), size: flow.size)
    let driver = await Self.driver(showing: .questions(screen), flow: flow, environment: environment)
    #expect(driver.text().contains("Which permit?"))
    try AppSnapshotTests.assertLooks(driver, "questions-precondition")
  }

  /// A popup open on `question` (opened with `key`): a framed, opaque box over the questions, at
  /// 80×24 and 120×40 (placed again after the resize), default and mono.
  @Test(arguments: [
    ("Q_notice", KeyPress.character(" "), "questions-dropdown"),
    ("Q_start", KeyPress.control("o"), "questions-calendar"),
  ])
  func aPopupIsAFramedOpaqueBox(question: String, key: KeyPress, name: String) async throws {
    let environment = try AppTestEnvironment(isSandbox: true)
    let answers: [String: AnswerDraft] = ["Q_headline": .text("Backend engineer")]
    let flow = QuestionsFixture.flow(answers: answers)
    let screen = QuestionsScreen(
      questions: QuestionsFixture.questions, answers: answers, today: QuestionsFixture.today,
      files: QuestionsFixture.files, arrival: .field(.answer(question)), size: flow.size)
    var driver = await Self.driver(showing: .questions(screen), flow: flow, environment: environment)
    await driver.key(key)
    let rows = driver.text().split(separator: "\n").map(String.init)
    let top = try #require(rows.firstIndex { $0.contains("┌") }, "a frame: \(driver.text())")
    let bottom = try #require(rows.firstIndex { $0.contains("└") })
    let left = rows[top].distance(from: rows[top].startIndex, to: try #require(rows[top].firstIndex(of: "┌")))
    for row in rows[(top + 1)..<bottom] {
      let cells = Array(row)
      #expect(cells.count > left && cells[left] == "│", "framed on the left: \(row)")
    }
    try AppSnapshotTests.assertLooks(driver, name)
  }
}
