import ApplyCore
import KomboAPI
import PropertyBased
import Testing

@testable import RecruiterApp
@testable import TerminalUI

@Suite struct QuestionsMappingTests {
  typealias Fixture = QuestionsFixture

  /// One answer per answerable format, as the screen itself writes them.
  static let everyAnswer: [String: AnswerDraft] = [
    "Q_headline": .text("Backend engineer"), "Q_motivation": .text("Line one\nLine two"),
    "Q_referee": .text("ref@example.com"), "Q_portfolio": .text("https://example.com/ann"),
    "Q_years": .number("7.5"), "Q_remote": .number("3"),
    "Q_sample": .file(FileReference(path: "/home/ann/sample.pdf")),
    "Q_notice": .option("O_month"), "Q_mode": .option("O_remote"), "Q_langs": .options(["O_en", "O_ja"]),
    "Q_relocate": .boolean(false), "Q_start": .date("2026-07-01"), "Q_visa": .boolean(true),
    "Q_visa_type": .option("O_other"), "Q_visa_details": .text("Freelance"), "Q_eeo_gender": .option("O_f"),
    "Q_age": .option("O_old"),
  ]

  @Test func everyAnswerRoundTripsThroughTheForm() throws {
    let screen = Fixture.screen(answers: Self.everyAnswer)
    for (id, answer) in Self.everyAnswer {
      let field = try #require(screen.form[Fixture.key(id)])
      #expect(
        QuestionAnswers.answer(for: QuestionAnswers.input(of: field), format: format(id)) == answer, "\(id)")
    }
    let mapping = screen.screen.mapping
    #expect(mapping.answers(from: screen.form, original: [:]) == Self.everyAnswer)
    #expect(mapping.answers(from: screen.form, original: Self.everyAnswer) == Self.everyAnswer)
  }

  @Test func answersTheFieldsCannotShowAreKeptAsTheyWere() {
    let original: [String: AnswerDraft] = [
      "Q_relocate": .text("yes"),
      "Q_notice": .text("1 month"),
      "Q_langs": .text("English, 日本語"),
      "Q_sample": .file(FileReference(path: "/home/ann/sample.pdf", name: "Portfolio.pdf")),
      "Q_start": .date("2026-07-01T09:00:00Z"),
      "Q_years": .number("70,000"),
      "Q_mode": .option("O_gone"),
      "Q_assessment": .text("done in the ATS"),
      "Q_unknown_id": .boolean(true),
      "Q_headline": .file(FileReference(path: "/tmp/x.pdf")),
    ]
    let screen = Fixture.screen(answers: original)
    #expect(screen.form[Fixture.key("Q_relocate")]?.value == .bool(true))
    #expect(screen.form[Fixture.key("Q_notice")]?.value == .choice("O_month"))
    #expect(screen.form[Fixture.key("Q_langs")]?.value == .choices(["O_en", "O_ja"]))
    #expect(screen.screen.mapping.answers(from: screen.form, original: original) == original)
  }

  @Test func aRelativeDateTheFieldShowsAsItsDayIsKeptAsTyped() {
    let original: [String: AnswerDraft] = ["Q_start": .date("+3d")]
    let screen = Fixture.screen(answers: original)
    #expect(screen.screen.mapping.answers(from: screen.form, original: original) == original)
  }

  @Test func anAnswerToAQuestionTheJobDoesNotHaveIsShownAndCanBeRemoved() async {
    var screen = Fixture.screen(answers: ["Q_gone": .text("from an old draft"), "Q_relocate": .boolean(true)])
    let key = Fixture.key("Q_gone")
    #expect(screen.form.groups.last?.title == "Answers to questions this job does not have")
    #expect(screen.form[key]?.problem == "This job has no question Q_gone; press del to remove the answer.")
    screen.focus("Q_gone")
    #expect(screen.form.focusedField?.key == key)
    await screen.send(.key(KeyPress(.delete)))
    #expect(screen.answers == ["Q_relocate": .boolean(true)])
  }

  @Test func editingReplacesOnlyTheEditedAnswer() async {
    let original: [String: AnswerDraft] = ["Q_relocate": .text("yes"), "Q_notice": .text("1 month")]
    var screen = Fixture.screen(answers: original)
    screen.focus("Q_relocate")
    await screen.send(.key(.character("n")))
    #expect(screen.answers == ["Q_relocate": .boolean(false), "Q_notice": .text("1 month")])
  }

  @Test func aResumedDraftRebuildsEveryAnswerAndTheOpenChain() {
    let screen = Fixture.screen(answers: Self.everyAnswer)
    #expect(screen.visibleKeys.contains(Fixture.key("Q_visa_details")))
    #expect(screen.form[Fixture.key("Q_visa_details")]?.value == .text("Freelance"))
    #expect(screen.form[Fixture.key("Q_start")]?.value == .date(CalendarDate(year: 2026, month: 7, day: 1)))
    #expect(screen.form[Fixture.key("Q_years")]?.value == .number(7.5))
  }

  private func format(_ id: String) -> QuestionFormat {
    Fixture.questions.first { $0.id == id }!.format!
  }

  static let keys: [InputEvent] = {
    let keys: [KeyPress] = [
      .character("a"), .character("7"), .character("y"), .character("n"), .character(" "), .character("é"),
      .character("山"), .character("-"), .character("."), .enter, .tab, .backTab, .escape, .backspace,
      KeyPress(.delete), KeyPress(.left), KeyPress(.right), KeyPress(.up), KeyPress(.down), KeyPress(.home),
      KeyPress(.end), .control("o"), .control("a"), .control("k"), .control("s"), .control("h"),
      KeyPress(.enter, .alt),
    ]
    return keys.map { InputEvent.key($0) } + [
      .paste("https://example.com/x.pdf"), .paste("/home/ann/sample.pdf"),
      .paste("\u{1B}[31mred\n2026-02-30"),
      .resize(Size(width: 120, height: 40)), .resize(Size(width: 80, height: 24)),
      .resize(Size(width: 40, height: 10)),
    ]
  }()

  /// Random keys and draft answers (of any kind, for any id) never crash the questions form, the view
  /// fits, and what the draft holds always reads back into the same form.
  @Test func randomAnswersAndKeysNeverCrashTheForm() async {
    let ids = Fixture.questions.map(\.id) + ["Q_unknown"]
    let answers: [AnswerDraft] = [
      .text("x"), .text("yes"), .text(""), .number("1e999"), .number("-3"), .boolean(true),
      .date("2026-02-30"),
      .date("+3d"), .option("O_other"), .option("nope"), .options([]), .options(["O_en", "O_en"]),
      .file(FileReference(path: "")), .file(FileReference(url: "ftp://x")),
    ]
    let draft = Gen.int(in: 0...(ids.count * answers.count - 1)).array(of: 0...12)
    let stream = Gen.int(in: 0...(Self.keys.count - 1)).array(of: 0...80)
    await propertyCheck(count: 60, input: draft, stream) { picks, events in
      var given: [String: AnswerDraft] = [:]
      for pick in picks { given[ids[pick / answers.count]] = answers[pick % answers.count] }
      var screen = Fixture.screen(answers: given)
      for index in events {
        await screen.send(Self.keys[index])
        if case .resize(let size) = Self.keys[index] { screen.flow.size = size }
        let drawn = screen.screen.view(flow: screen.flow, size: screen.flow.size)
        if let cursor = drawn.cursor { #expect(drawn.bounds.contains(cursor)) }
      }
      let reread = Fixture.screen(answers: screen.answers)
      #expect(reread.screen.mapping.answers(from: reread.form, original: screen.answers) == screen.answers)
    }
  }
}
