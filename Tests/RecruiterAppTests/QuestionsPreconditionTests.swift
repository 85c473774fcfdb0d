import ApplyCore
import KomboAPI
import PropertyBased
import Testing

@testable import RecruiterApp
@testable import TerminalUI

@Suite struct QuestionsPreconditionTests {
  typealias Fixture = QuestionsFixture

  /// Every other required answer and the candidate filled in, so the draft validates and the request
  /// can be inspected.
  static let otherAnswers: [String: AnswerDraft] = [
    "Q_headline": .text("Backend engineer"), "Q_years": .number("7"), "Q_notice": .option("O_month"),
    "Q_start": .date("2026-07-01"),
  ]

  static func sentAnswers(_ answers: [String: AnswerDraft]) throws -> [String] {
    var draft = ApplicationDraft(job: JobReference(Fixture.job.id), answers: answers)
    draft.candidate = CandidateDraft(firstName: "Ada", lastName: "Lovelace", emailAddress: "ada@example.com")
    let validation = Validator(fileSystem: InMemoryFileSystem()).validate(draft, job: Fixture.job)
    let prepared = try #require(validation.prepared, "\(validation.report.issues)")
    return prepared.request.screeningQuestionAnswers.map(\.questionID)
  }

  @Test func aTwoDeepChainOpensAndClosesAndHiddenAnswersAreKeptButNotSent() async throws {
    var screen = Fixture.screen(answers: Self.otherAnswers)
    let type = Fixture.key("Q_visa_type")
    let details = Fixture.key("Q_visa_details")
    #expect(!screen.visibleKeys.contains(type) && !screen.visibleKeys.contains(details))

    screen.focus("Q_visa")
    await screen.send(.key(.character("y")))
    #expect(screen.visibleKeys.contains(type) && !screen.visibleKeys.contains(details))
    #expect(screen.form.focusedField?.key == type, "the answer moves on to the question it opened")
    await screen.send(.key(KeyPress(.down)), .key(.character(" ")))
    #expect(screen.visibleKeys.contains(details))
    await screen.send(.key(.tab))
    #expect(screen.form.focusedField?.key == details)
    await screen.type("A freelancer visa")
    #expect(screen.answers["Q_visa_type"] == .option("O_other"))
    #expect(screen.answers["Q_visa_details"] == .text("A freelancer visa"))
    #expect(try Self.sentAnswers(screen.answers).contains("Q_visa_details"))

    screen.focus("Q_visa")
    await screen.send(.key(.character("n")))
    #expect(!screen.visibleKeys.contains(type) && !screen.visibleKeys.contains(details))
    #expect(screen.answers["Q_visa_details"] == .text("A freelancer visa"))
    let sent = try Self.sentAnswers(screen.answers)
    #expect(sent.contains("Q_visa") && !sent.contains("Q_visa_type") && !sent.contains("Q_visa_details"))

    screen.focus("Q_visa")
    await screen.send(.key(.character("y")))
    #expect(screen.visibleKeys.contains(type) && screen.visibleKeys.contains(details))
    #expect(screen.form[details]?.value == .text("A freelancer visa"))
    #expect(try Self.sentAnswers(screen.answers).contains("Q_visa_details"))
  }

  @Test func aQuestionDependingOnAQuestionNotOnTheJobIsShownAsNotAsked() throws {
    let orphan = ScreeningQuestion(
      id: "Q_orphan", title: "Orphan question", required: true, format: .boolean, index: 0,
      preconditionQuestionID: "Q_gone", preconditionOptions: .booleans([true]))
    let screen = QuestionsScreen(
      questions: [orphan], answers: [:], today: Fixture.today, files: Fixture.files, arrival: .forward,
      size: Size(width: 100, height: 24))
    let harness = QuestionsHarness(screen: screen, flow: Fixture.flow(size: Size(width: 100, height: 24)))
    let text = harness.text(Size(width: 100, height: 24))
    #expect(
      text.contains("Not asked: asked only if question Q_gone is answered yes (question not on this job)."))
    #expect(harness.form[Fixture.key("Q_orphan")]?.info.isRequired == false)
  }

  @Test func choosingAnotherOptionClosesTheSelectChildOnly() async {
    var screen = Fixture.screen(answers: ["Q_visa": .boolean(true), "Q_visa_type": .option("O_other")])
    #expect(screen.visibleKeys.contains(Fixture.key("Q_visa_details")))
    screen.focus("Q_visa_type")
    await screen.send(.key(KeyPress(.up)), .key(.character(" ")))
    #expect(screen.answers["Q_visa_type"] == .option("O_blue"))
    #expect(screen.visibleKeys.contains(Fixture.key("Q_visa_type")))
    #expect(!screen.visibleKeys.contains(Fixture.key("Q_visa_details")))
  }

  /// A boolean parent, a multi-select child and a date grandchild.
  static let chain: [ScreeningQuestion] = [
    ScreeningQuestion(id: "P", title: "Parent", format: .boolean, index: 0),
    ScreeningQuestion(
      id: "M", title: "Which?",
      format: .multiSelect(.init(options: [Fixture.option("a", "A"), Fixture.option("b", "B")])),
      index: 1, preconditionQuestionID: "P", preconditionOptions: .booleans([false])),
    ScreeningQuestion(
      id: "D", title: "When?", format: .date, index: 2, preconditionQuestionID: "M",
      preconditionOptions: .options(["b"])),
    ScreeningQuestion(
      id: "T", title: "Free text", format: .text(.init()), index: 3,
      preconditionQuestionID: "M", preconditionOptions: .options(["a", "b"])),
  ]

  /// For random answers, the form shows exactly the questions the core's `QuestionVisibility` says
  /// apply, so what the screen hides is what the request leaves out.
  @Test func formVisibilityAgreesWithTheCore() async {
    let parent = Gen.int(in: 0...2)
    let multi = Gen.int(in: 0...3)
    await propertyCheck(count: 60, input: parent, multi, Gen.bool) { parentPick, multiPick, dated in
      var answers: [String: AnswerDraft] = [:]
      if parentPick > 0 { answers["P"] = .boolean(parentPick == 2) }
      let ids = [[], ["a"], ["b"], ["a", "b"]][multiPick]
      if !ids.isEmpty { answers["M"] = .options(ids) }
      if dated { answers["D"] = .date("2026-08-01") }
      let screen = QuestionsScreen(
        questions: Self.chain, answers: answers, today: Fixture.today, files: Fixture.files,
        arrival: .forward,
        size: Size(width: 80, height: 24))
      let visible = Set(screen.form.visiblePaths.map { screen.form.field(at: $0).key })
      let core = QuestionVisibility(questions: Self.chain, answers: answers)
      for question in Self.chain {
        #expect(
          visible.contains(Fixture.key(question.id)) == core.applies(question), "\(question.id) \(answers)")
      }
    }
  }

  @Test func aMultiSelectParentShowsItsChildrenAsOptionsAreToggled() async {
    var screen = QuestionsHarness(
      screen: QuestionsScreen(
        questions: Self.chain, answers: ["P": .boolean(false)], today: Fixture.today, files: Fixture.files,
        arrival: .field(.answer("M")), size: Size(width: 80, height: 24)),
      flow: Fixture.flow(answers: ["P": .boolean(false)]))
    #expect(screen.visibleKeys == [Fixture.key("P"), Fixture.key("M")])
    await screen.send(.key(.character(" ")))
    #expect(screen.visibleKeys == [Fixture.key("P"), Fixture.key("M"), Fixture.key("T")])
    await screen.send(.key(KeyPress(.down)), .key(.character(" ")))
    #expect(screen.visibleKeys == ["P", "M", "D", "T"].map(Fixture.key))
    await screen.send(
      .key(KeyPress(.up)), .key(.character(" ")), .key(KeyPress(.down)), .key(.character(" ")))
    #expect(screen.visibleKeys == [Fixture.key("P"), Fixture.key("M")])
    #expect(screen.answers["M"] == nil)
  }
}
