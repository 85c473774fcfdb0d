import TerminalUITesting
import Testing

@testable import TerminalUI

/// A three-field form: required name, optional email (validated), and a follow-up that shows only
/// when the email is filled.
func sampleForm() -> Form {
  var form = Form(
    title: "Candidate",
    groups: [
      FieldGroup(
        title: "Who", description: "The person applying.",
        fields: [
          TextInput(FieldInfo(key: "name", title: "Full name", required: true)),
          TextInput(
            FieldInfo(
              key: "email", title: "Email",
              validators: [.text("Enter an email address like name@example.com.") { $0.contains("@") }])),
        ]),
      FieldGroup(
        title: "More",
        fields: [
          TextInput(
            FieldInfo(
              key: "consent", title: "Consent note", required: true, visibleWhen: { !$0["email"].isEmpty }))
        ]),
    ])
  _ = form.update(.event(.resize(Size(width: 80, height: 24))))
  return form
}

extension Form {
  mutating func send(_ events: InputEvent...) {
    for event in events { _ = update(.event(event)) }
  }

  mutating func type(_ text: String) {
    for character in text { _ = update(.event(.key(.character(character)))) }
  }

  var focusedKey: String? { focusedField?.key }
}

@Suite struct FormTests {
  /// An answer that moves on (a y/n, a dropdown's choice) given in the last field goes on from the
  /// form, as the Continue button would; Tab there only reaches the button.
  @Test func answeringTheLastFieldSubmitsTheForm() {
    func form() -> Form {
      var form = Form(
        title: "Questions",
        groups: [
          FieldGroup(
            title: "Screening",
            fields: [
              TextInput(FieldInfo(key: "name", title: "Name")),
              SelectField(
                FieldInfo(key: "city", title: "City"), options: ["Berlin", "Paris"].map { SelectOption($0) },
                style: .dropdown),
            ])
        ])
      _ = form.update(.event(.resize(Size(width: 80, height: 24))))
      return form
    }
    var answered = form()
    answered.send(.key(.tab), .key(.character(" ")), .key(.enter))
    #expect(answered.outcome == .submitted(answered.values))
    var tabbed = form()
    tabbed.send(.key(.tab), .key(.tab))
    #expect(tabbed.outcome == nil)
    #expect(tabbed.focus == .submit)
  }

  @Test func startsOnTheFirstField() {
    #expect(sampleForm().focusedKey == "name")
  }

  @Test func nextIsBlockedByAWrongValueAndShowsItsMessage() {
    var form = sampleForm()
    form.type("Zoë")
    form.send(.key(.tab))
    form.type("zoe-at-example")
    form.send(.key(.tab))
    #expect(form.focusedKey == "email")
    #expect(form.errors["email"] == "Enter an email address like name@example.com.")
    #expect(form.view(size: form.size).text.contains("✗ Enter an email address like name@example.com."))
  }

  /// A caller may give the email before the name: Tab passes an empty required field, and submitting
  /// is what insists on it, with every message at once and focus on the first.
  @Test func anEmptyRequiredFieldIsPassedByTabAndCaughtOnSubmit() {
    var form = sampleForm()
    form.send(.key(.tab))
    #expect(form.focusedKey == "email")
    #expect(form.errors["name"] == nil)
    form.type("zoe@example.com")
    form.submit()
    #expect(form.focusedKey == "name")
    #expect(form.errors["name"] == "Full name is required.")
    #expect(form.errors["consent"] == "Consent note is required.")
  }

  /// Without colour (mono, NO_COLOR) the focused field and the fields with problems still differ:
  /// focus has the heavy bar, a problem the dashed one.
  @Test func focusAndProblemsHaveDifferentBars() {
    var form = sampleForm()
    form.send(.key(.tab))
    form.type("zoe@example.com")
    form.submit()
    #expect(form.focusedKey == "name")
    let rows = form.view(size: Size(width: 80, height: 24)).text.split(separator: "\n")
    let bar = { (title: String) in rows.first { $0.contains(title) }.map { String($0.prefix(4)) } }
    #expect(bar("Full name")?.contains(Form.focusBar) == true, "\(rows)")
    #expect(bar("Consent note")?.contains(Form.problemBar) == true)
    #expect(Form.focusBar != Form.problemBar)
  }

  /// The status bar counts what submitting would report: an empty required field passed by Tab
  /// (its message not showing) still counts, and the count falls as each is fixed.
  @Test func theProblemCounterCountsWhatSubmittingWouldReport() {
    var form = sampleForm()
    let status = { (form: Form) in
      form.view(size: Size(width: 80, height: 24)).text.split(separator: "\n").last
    }
    form.send(.key(.tab))
    form.type("zoe@example.com")
    #expect(form.errors.isEmpty, "no message shows yet")
    #expect(status(form)?.contains("2 to fix") == true, "name and consent note are still missing")
    form.submit()
    #expect(form.errors.count == 2)
    #expect(status(form)?.contains("2 to fix") == true)
    form.type("Zoë")
    form.send(.key(.tab))
    #expect(status(form)?.contains("1 to fix") == true)
  }

  @Test func messageClearsAsSoonAsTheValueIsFixed() {
    var form = sampleForm()
    form.type("Zoë")
    form.send(.key(.enter))
    form.type("z")
    form.send(.key(.enter))
    #expect(form.errors["email"] != nil)
    form.type("@example.com")
    #expect(form.errors["email"] == nil)
    form.send(.key(.enter))
    #expect(form.focusedKey == "consent")
  }

  @Test func backAlwaysWorksEvenFromAnInvalidField() {
    var form = sampleForm()
    form.type("Zoë")
    form.send(.key(.tab))
    form.type("not-an-email")
    form.send(.key(.tab))
    #expect(form.focusedKey == "email")
    #expect(form.errors["email"] != nil)
    form.send(.key(.backTab))
    #expect(form.focusedKey == "name")
    form.send(.key(KeyPress(.down)))
    form.send(.key(.escape))
    #expect(form.focusedKey == "name")
    #expect(form.outcome == nil)
    form.send(.key(.escape))
    #expect(form.outcome == .back)
  }

  @Test func submitMovesFocusToTheFirstProblem() {
    var form = sampleForm()
    form.type("Zoë")
    form.send(.key(.tab), .key(.tab))
    #expect(form.focus == .submit)
    form.focus(key: "name")
    form.send(.key(.control("u")))
    form.send(.key(.backTab))
    #expect(form.outcome == .back)
    form.outcome = nil
    form.focus = .submit
    form.send(.key(.enter))
    #expect(form.focusedKey == "name")
    #expect(form.outcome == nil)
  }

  @Test func conditionalFieldAppearsAndDisappearsLive() {
    var form = sampleForm()
    form.type("Zoë")
    form.send(.key(.tab))
    #expect(!form.visiblePaths.contains(FormPosition(group: 1, field: 0)))
    form.type("z@example.com")
    #expect(form.visiblePaths.contains(FormPosition(group: 1, field: 0)))
    #expect(form.view(size: form.size).text.contains("Consent note *"))
    form.send(.key(.control("u")))
    #expect(!form.view(size: form.size).text.contains("Consent note"))
    form.send(.key(.tab))
    #expect(form.focus == .submit)
    form.send(.key(.enter))
    #expect(form.outcome == .submitted(FormValues(["name": .text("Zoë"), "email": .none])))
  }

  @Test func hiddenFocusedFieldMovesFocusOn() {
    var form = sampleForm()
    form.type("Zoë")
    form.send(.key(.tab))
    form.type("z@x.org")
    form.send(.key(.tab))
    #expect(form.focusedKey == "consent")
    form.modify(form.path(of: "email")!) { field in
      var input = field as! TextInput
      input.editor.replace(with: "")
      field = input
    }
    #expect(form.focus == .submit)
  }

  @Test func ctrlCAsksBeforeDiscardingTypedInput() {
    var form = sampleForm()
    form.send(.key(.control("c")))
    #expect(form.outcome == .cancelled)
    form = sampleForm()
    form.type("Zoë")
    form.send(.key(.control("c")))
    #expect(form.outcome == nil)
    #expect(form.view(size: form.size).text.contains("Discard what you typed and quit?"))
    form.type("x")
    #expect(form["name"]?.value == .text("Zoë"))
    form.send(.key(.enter))
    #expect(form.dialog == nil && form.outcome == nil)
    form.send(.key(.control("c")), .key(.character("y")))
    #expect(form.outcome == .cancelled)
  }

  @Test func signalsAndSuspendReachTheOwner() {
    var form = sampleForm()
    form.send(.signal(.hangup))
    #expect(form.outcome == .signal(.hangup))
    var other = sampleForm()
    let effects = other.update(.event(.key(.control("z"))))
    #expect(effects.count == 1)
    if case .suspend = effects.first?.action {} else { Issue.record("ctrl+z should suspend") }
  }

  @Test func helpLineFollowsFocus() {
    var form = sampleForm()
    #expect(form.view(size: form.size).line(22).contains("ctrl+a/e start/end • tab next • shift+tab back"))
    form.focus = .submit
    #expect(form.view(size: form.size).line(22).contains("enter submit • shift+tab back • ctrl+c quit"))
  }

  @Test func tooSmallSaysWhatItNeedsAndHas() {
    let form = sampleForm()
    let text = form.view(size: Size(width: 60, height: 20)).text
    #expect(text.contains("need 80×24, have 60×20"))
    for size in [Size(width: 1, height: 1), .zero, Size(width: 5, height: 2)] {
      #expect(form.view(size: size).size == size)
    }
  }

  @Test func scrollsToKeepTheFocusedFieldVisible() {
    let fields: [any Field] = (0..<30).map { TextInput(FieldInfo(key: "f\($0)", title: "Question \($0)")) }
    var form = Form(title: "Long", groups: [FieldGroup(fields: fields)])
    form.send(.resize(Size(width: 80, height: 24)))
    for _ in 0..<20 { form.send(.key(.tab)) }
    #expect(form.focusedKey == "f20")
    let screen = form.view(size: form.size)
    #expect(screen.text.contains("Question 20"))
    #expect(screen.cursor.map { $0.y >= 2 && $0.y < 22 } == true)
    #expect(screen.text.contains("▲") && screen.text.contains("▼"))
  }

  @Test func runsUnderTheRuntimeUntilSubmitted() async {
    let terminal = InMemoryTerminal(size: Size(width: 80, height: 24))
    let run = Task { await Runtime.run(FormProgram(), model: sampleForm(), terminal: terminal) }
    terminal.type("Zoë")
    terminal.send(.key(.tab))
    terminal.send(.key(.tab))
    #expect(await terminal.wait { $0.screen.text.contains("[ Submit ]") && $0.screen.cursor == nil })
    terminal.send(.key(.enter))
    let form = await run.value
    #expect(form.outcome == .submitted(FormValues(["name": .text("Zoë"), "email": .none])))
  }
}

/// Popups stay above the help line and the status bar, moving up when a field is near the bottom.
@Suite struct FormPopupTests {
  @Test func aCalendarNearTheBottomStaysWholeAboveTheHelpLine() {
    let today = CalendarDate(year: 2026, month: 11, day: 29)
    let filler = (0..<8).map { TextInput(FieldInfo(key: "f\($0)", title: "Field \($0)")) as any Field }
    var form = Form(
      title: "Dates",
      groups: [
        FieldGroup(
          fields: filler + [DateField(FieldInfo(key: "d", title: "Start"), today: today) as any Field])
      ])
    _ = form.update(.event(.resize(Size(width: 80, height: 24))))
    form.focus(key: "d")
    let before = form.view(size: Size(width: 80, height: 24)).text.split(
      separator: "\n", omittingEmptySubsequences: false)
    form.send(.key(.control("o")))
    let lines = form.view(size: Size(width: 80, height: 24)).text.split(
      separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.contains { $0.contains("November 2026") })
    #expect(lines.contains { $0.contains(" 30") }, "the last week is shown")
    #expect(lines.contains { $0.contains("enter pick · esc close") }, "the calendar's last line is shown")
    #expect(lines.suffix(1) == before.suffix(1), "the status bar is untouched")
    #expect(!lines[lines.count - 2].contains("enter pick · esc close"), "the help line is not covered")
  }
}
