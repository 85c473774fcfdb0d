import ApplyCore
import KomboAPI
import Testing

@testable import RecruiterApp
@testable import TerminalUI

@Suite struct QuestionsFormTests {
  typealias Fixture = QuestionsFixture

  @Test func everyFormatGetsItsWidgetKeyAndRequiredMark() throws {
    let form = Fixture.screen().form
    func field(_ id: String) throws -> any Field { try #require(form[Fixture.key(id)]) }
    #expect(try field("Q_intro") is RichTextNote)
    #expect(try field("Q_headline") is TextInput)
    #expect(try field("Q_motivation") is TextAreaField)
    #expect(try field("Q_referee") is TextInput)
    #expect(try field("Q_portfolio") is WebAddressAnswerField)
    let years = try #require(try field("Q_years") as? NumberAnswerField)
    let remote = try #require(try field("Q_remote") as? NumberAnswerField)
    #expect(!years.showsSlider && remote.showsSlider)
    #expect(try field("Q_sample") is FileAnswerField)
    let notice = try #require(try field("Q_notice") as? OptionAnswerField)
    let mode = try #require(try field("Q_mode") as? OptionAnswerField)
    #expect(notice.select.model.style == .dropdown && mode.select.model.style == .list)
    #expect(try field("Q_langs") is MultiSelectField)
    #expect(try field("Q_relocate") is BooleanAnswerField)
    #expect(try field("Q_start") is DateField)
    let assessment = try #require(try field("Q_assessment") as? NoticeField)
    #expect(assessment.role == .warning && !assessment.isFocusable && !assessment.info.isRequired)
    #expect(assessment.text.contains("Can't be answered here") && assessment.text.contains("required"))
    #expect(try field("Q_headline").info.isRequired)
    #expect(try !field("Q_motivation").info.isRequired)
    #expect(try field("Q_years").info.description == "A number from 0 to 50.")
  }

  @Test func equalOpportunityQuestionsAreGroupedUnderTheVoluntaryHeading() {
    let form = Fixture.screen().form
    #expect(form.groups.count == 2)
    #expect(form.groups[1].title == QuestionsMapping.voluntaryTitle)
    #expect(form.groups[1].fields.map(\.key) == [Fixture.key("Q_eeo_gender"), Fixture.key("Q_age")])
    #expect(form.groups[1].description?.contains("optional for the candidate unless marked") == true)
    #expect(!form.groups[0].fields.contains { $0.key == Fixture.key("Q_age") })
    let gender = form[Fixture.key("Q_eeo_gender")]
    #expect(gender?.info.description == "Answering is voluntary.")
  }

  @Test func theDrawnFormShowsRequiredMarksNotesAndSanitisedInformation() {
    let screen = Fixture.screen(size: Size(width: 100, height: 200))
    let text = screen.text(Size(width: 100, height: 200))
    #expect(text.contains("Your professional headline *"))
    #expect(text.contains("Takes five minutes."))
    #expect(!text.contains("alert(1)"))
    #expect(text.contains("Voluntary self-identification"))
    #expect(text.contains("Can't be answered here"))
    #expect(!text.contains("Which permit?"))
    #expect(text.contains("> 0 to 50") && !text.contains("12.5"))
    #expect(text.contains("→ nothing chosen; enter picks") && text.contains("accepts PDF up to 1000 bytes"))
  }

  @Test func orderFollowsIndexStablyWithParentsBeforeChildren() {
    let questions = [
      ScreeningQuestion(
        id: "c", title: "child", format: .boolean, index: 1, preconditionQuestionID: "p",
        preconditionOptions: .booleans([true])),
      ScreeningQuestion(id: "late", title: "no index", format: .boolean),
      ScreeningQuestion(id: "a", title: "a", format: .boolean, index: 2),
      ScreeningQuestion(id: "b", title: "b", format: .boolean, index: 2),
      ScreeningQuestion(id: "p", title: "parent", format: .boolean, index: 3),
      ScreeningQuestion(id: "a", title: "duplicate id", format: .boolean, index: 0),
      ScreeningQuestion(
        id: "x", title: "cycle x", format: .boolean, index: 5, preconditionQuestionID: "y",
        preconditionOptions: .booleans([true])),
      ScreeningQuestion(
        id: "y", title: "cycle y", format: .boolean, index: 6, preconditionQuestionID: "x",
        preconditionOptions: .booleans([true])),
      ScreeningQuestion(
        id: "orphan", title: "parent not listed", format: .boolean, index: 7,
        preconditionQuestionID: "missing", preconditionOptions: .booleans([true])),
    ]
    let order = QuestionOrder(questions)
    #expect(order.entries.map(\.question.id) == ["a", "b", "p", "c", "x", "y", "orphan", "late"])
    #expect(order.entries.first { $0.question.id == "c" }?.parentID == "p")
    #expect(order.entries.allSatisfy { ["c"].contains($0.question.id) || $0.parentID == nil })
  }

  @Test func textRulesExplainWhatIsAllowed() async {
    var screen = Fixture.screen()
    screen.focus("Q_referee")
    await screen.type("ann@")
    await screen.send(.key(.tab))
    #expect(screen.form.focusedField?.key == Fixture.key("Q_referee"))
    #expect(screen.form.errors[Fixture.key("Q_referee")]?.contains("name@example.com") == true)
    screen.focus("Q_portfolio")
    await screen.type("ftp://example.com")
    await screen.send(.key(.tab))
    #expect(screen.form.errors[Fixture.key("Q_portfolio")]?.contains("only http and https") == true)
    screen.focus("Q_headline")
    await screen.type(String(repeating: "x", count: 30))
    #expect(screen.answers["Q_headline"] == .text(String(repeating: "x", count: 20)))
  }

  @Test func aTooLongRestoredAnswerIsKeptAndExplained() {
    let long = String(repeating: "y", count: 25)
    let screen = Fixture.screen(answers: ["Q_headline": .text(long)])
    let field = screen.form[Fixture.key("Q_headline")]
    #expect(field?.value == .text(long))
    #expect(field?.problem == "Your professional headline takes at most 20 characters; the answer has 25.")
    #expect(screen.answers["Q_headline"] == .text(long))
  }

  @Test func anUntouchedBooleanStaysUnansweredAndCanBeCleared() async {
    var screen = Fixture.screen()
    #expect(screen.answers["Q_relocate"] == nil)
    screen.focus("Q_relocate")
    await screen.send(.key(.character("n")))
    #expect(screen.answers["Q_relocate"] == .boolean(false))
    screen.focus("Q_relocate")
    await screen.send(.key(KeyPress(.right)))
    #expect(screen.answers["Q_relocate"] == .boolean(true))
    await screen.send(.key(KeyPress(.delete)))
    #expect(screen.answers["Q_relocate"] == nil)
    screen.focus("Q_visa")
    await screen.send(.key(.control("s")))
    #expect(screen.form.errors[Fixture.key("Q_visa")] == "'Needs visa sponsorship?' is required.")
  }

  @Test(arguments: [("y", true), ("n", false)] as [(Character, Bool)])
  func aTypedYesOrNoAnswersAndMovesOn(key: Character, answer: Bool) async {
    var screen = Fixture.screen()
    screen.focus("Q_relocate")
    await screen.send(.key(.character(key)))
    #expect(screen.answers["Q_relocate"] == .boolean(answer))
    #expect(screen.form.focusedField?.key != Fixture.key("Q_relocate"), "the next question has focus")
  }

  @Test func aDropdownChoiceMadeWithEnterMovesOn() async {
    var screen = Fixture.screen()
    screen.focus("Q_notice")
    await screen.send(.key(.character(" ")), .key(KeyPress(.down)), .key(.enter))
    #expect(screen.answers["Q_notice"] == .option("O_month"))
    #expect(screen.form.focusedField?.key != Fixture.key("Q_notice"))
  }

  @Test(arguments: [KeyPress.tab, .enter])
  func oneKeyTakesTheSuggestedSchemeAndMovesOn(key: KeyPress) async {
    var screen = Fixture.screen()
    screen.focus("Q_portfolio")
    await screen.type("example.com/ann")
    #expect(screen.form.focusedField?.keyHelp.contains(KeyHelp("tab", "adds https://")) == true)
    await screen.send(.key(key))
    #expect(screen.answers["Q_portfolio"] == .text("https://example.com/ann"))
    #expect(screen.form.errors[Fixture.key("Q_portfolio")] == nil)
    #expect(screen.form.focusedField?.key != Fixture.key("Q_portfolio"))
  }

  @Test func lineModeTakesTheSuggestedSchemeWithY() throws {
    var field = WebAddressAnswerField(
      FieldInfo(key: "q", title: "Portfolio", validators: [AnswerRules.webAddress]), text: "", maxLength: nil)
    #expect(field.accept(line: "example.com/ann") == nil)
    #expect(field.problem?.contains("did you mean https://example.com/ann") == true)
    #expect(field.accept(line: "y") == nil)
    #expect(field.value == .text("https://example.com/ann"))
    #expect(field.problem == nil)
  }

  @Test func aChosenOptionCanBeTakenBack() async {
    var screen = Fixture.screen()
    screen.focus("Q_mode")
    await screen.send(.key(KeyPress(.down)), .key(.character(" ")))
    #expect(screen.answers["Q_mode"] == .option("O_remote"))
    await screen.send(.key(KeyPress(.delete)))
    #expect(screen.answers["Q_mode"] == nil)
  }

  @Test func fileQuestionsFilterTypesEnforceTheSizeLimitAndTakeWebAddresses() async throws {
    var screen = Fixture.screen()
    screen.focus("Q_sample")
    await screen.send(.key(KeyPress(.home)))
    let picker = try #require(screen.form[Fixture.key("Q_sample")] as? FileAnswerField)
    #expect(picker.picker.model.rows.map(\.name) == ["huge.pdf", "sample.pdf"])
    await screen.send(.key(.enter))
    #expect(screen.answers["Q_sample"] == .file(FileReference(path: "/home/ann/huge.pdf")))
    let problem = screen.form[Fixture.key("Q_sample")]?.problem
    #expect(problem == "huge.pdf is 4.9 KB; this question accepts files up to 1000 bytes.")
    await screen.send(.key(KeyPress(.down)), .key(.enter))
    #expect(screen.form[Fixture.key("Q_sample")]?.problem == nil)
    await screen.type("https://example.com/sample.pdf")
    await screen.send(.key(.enter))
    #expect(screen.answers["Q_sample"] == .file(FileReference(url: "https://example.com/sample.pdf")))
    await screen.send(.key(KeyPress(.delete)))
    #expect(screen.answers["Q_sample"] == nil)
  }

  @Test func jumpingToAnAnswerFocusesItsFieldOrTheParentThatShowsIt() {
    var screen = Fixture.screen()
    screen.focus("Q_start")
    #expect(screen.form.focusedField?.key == Fixture.key("Q_start"))
    screen.focus("Q_visa_details")
    #expect(screen.form.focusedField?.key == Fixture.key("Q_visa"))
  }
}
