import Foundation
import TerminalUITesting
import Testing

@testable import TerminalUI

/// Sends keys to a field; returns the last response's outcome.
@discardableResult
func press(_ field: inout some Field, _ keys: KeyPress...) -> FieldResponse.Outcome {
  var outcome = FieldResponse.Outcome.ignored
  for key in keys { outcome = field.handle(.key(key)).outcome }
  return outcome
}

/// Types text one character at a time.
func type(_ field: inout some Field, _ text: String) {
  for character in text { _ = field.handle(.key(.character(character))) }
}

/// Handles an event and runs the tasks it starts, feeding results back until none are left.
func handleAndSettle(_ field: inout some Field, _ event: InputEvent) async {
  var tasks = field.handle(event).tasks
  while !tasks.isEmpty {
    let task = tasks.removeFirst()
    for case .fieldResult(_, let result?) in await task.effect(forField: "field").messages() {
      tasks += field.receive(result).tasks
    }
  }
}

/// The field's body drawn at `width` (focused), as plain text.
func draw(_ field: some Field, width: Int = 48, focused: Bool = true) -> Screen {
  let context = FieldContext(isFocused: focused)
  var screen = Screen(size: Size(width: width, height: field.height(width: width, context: context)))
  screen.withCanvas { field.render(in: &$0, context: context) }
  return screen
}

private let cities = ["Berlin", "München", "Zürich", "Paris"].map { SelectOption($0) }
private let today = CalendarDate(year: 2026, month: 5, day: 14)

@Suite struct SelectFieldTests {
  @Test func keyTable() {
    var select = SelectField(FieldInfo(key: "city", title: "City"), options: cities)
    #expect(press(&select, KeyPress(.down)) == .consumed)
    #expect(press(&select, .character(" ")) == .changed)
    #expect(select.value == .choice("München"))
    type(&select, "zu")
    #expect(select.model.list.rows == [2])
    #expect(press(&select, .backspace) == .consumed)
    #expect(select.model.list.query == "z")
    #expect(press(&select, .escape) == .consumed)
    #expect(press(&select, .escape) == .ignored)
    #expect(press(&select, .enter) == .next)
    #expect(select.value == .choice("München"))
  }

  @Test func dropdownOpensWithSpaceOrDownAndLeavesUpToTheForm() {
    var select = SelectField(FieldInfo(key: "city", title: "City"), options: cities, style: .dropdown)
    #expect(press(&select, KeyPress(.up)) == .ignored)
    #expect(press(&select, .enter) == .next)
    #expect(press(&select, KeyPress(.down)) == .consumed)
    #expect(select.model.isOpen)
    #expect(press(&select, KeyPress(.down), .enter) == .answered, "a choice made with enter moves on")
    #expect(select.value == .choice("München"))
    #expect(!select.model.isOpen)
    #expect(press(&select, .character(" "), .enter) == .next, "the same choice again: just moves on")
  }

  @Test func lineModeTakesNumbersOrLabels() {
    var select = SelectField(FieldInfo(key: "city", title: "City"), options: cities)
    #expect(select.accessiblePrompt.first == "1. Berlin")
    #expect(select.accessiblePrompt.last == "Enter a number between 1 and 4.")
    #expect(select.accept(line: "9") == "Enter a number between 1 and 4.")
    #expect(select.accept(line: "3") == nil)
    #expect(select.value == .choice("Zürich"))
    #expect(select.accept(line: "paris") == nil)
    #expect(select.value == .choice("Paris"))
  }
}

@Suite struct MultiSelectFieldTests {
  @Test func keyTableWithLimitWhileFiltering() {
    var multi = MultiSelectField(FieldInfo(key: "c", title: "Cities"), options: cities, limit: 2)
    #expect(press(&multi, .character("x")) == .changed)
    #expect(press(&multi, KeyPress(.down), .character(" ")) == .changed)
    type(&multi, "par")
    #expect(press(&multi, .character(" ")) == .consumed)
    #expect(multi.model.notice == "You can choose at most 2. Unselect one first.")
    #expect(press(&multi, .control("a")) == .consumed)
    #expect(multi.value == .choices(["Berlin", "München"]))
    type(&multi, "x")  // typed into the filter while one is active
    #expect(multi.model.list.query == "parx")
    #expect(press(&multi, .enter) == .next)
  }

  /// Typing to find an option and pressing Enter chooses it and answers the question; Enter with
  /// no filter, or on an option already chosen, only moves on.
  @Test func enterAfterAFilterChoosesTheHighlightedOptionAndAnswers() {
    var multi = MultiSelectField(FieldInfo(key: "c", title: "Cities"), options: cities)
    type(&multi, "zür")
    #expect(press(&multi, .enter) == .answered)
    #expect(multi.value == .choices(["Zürich"]))
    #expect(press(&multi, .enter) == .next, "already chosen: not taken back")
    #expect(multi.value == .choices(["Zürich"]))
    var plain = MultiSelectField(FieldInfo(key: "c", title: "Cities"), options: cities)
    #expect(press(&plain, .enter) == .next)
    #expect(plain.value == .choices([]))
    var full = MultiSelectField(
      FieldInfo(key: "c", title: "Cities"), options: cities, values: ["Paris"], limit: 1)
    type(&full, "ber")
    #expect(press(&full, .enter) == .consumed, "the limit's notice shows instead of moving on")
    #expect(full.model.notice == "You can choose at most 1. Unselect one first.")
  }

  @Test func lineModeNumbers() {
    var multi = MultiSelectField(FieldInfo(key: "c", title: "Cities"), options: cities, limit: 2)
    #expect(multi.accept(line: "1, 2 3") == "Choose at most 2; that was 3.")
    #expect(multi.accept(line: "4,1") == nil)
    #expect(multi.value == .choices(["Berlin", "Paris"]))
    #expect(multi.accept(line: "0") == "Enter numbers between 1 and 4, separated by commas.")
    #expect(multi.accept(line: "") == nil)
    #expect(multi.value == .choices([]))
  }
}

@Suite struct ToggleNumberDateFieldTests {
  @Test func toggleKeys() {
    var toggle = ToggleField(FieldInfo(key: "t", title: "Relocate?"))
    #expect(press(&toggle, .character("y")) == .changed)
    #expect(toggle.value == .bool(true))
    #expect(press(&toggle, .character("y")) == .consumed)
    #expect(press(&toggle, KeyPress(.left)) == .changed)
    #expect(toggle.value == .bool(false))
    #expect(press(&toggle, .character("q")) == .ignored)
    #expect(press(&toggle, .enter) == .next)
    #expect(toggle.accept(line: "maybe") == "Answer y or n.")
    #expect(toggle.accept(line: "YES") == nil)
    #expect(toggle.value == .bool(true))
  }

  @Test func numberTypesStepsAndExplains() {
    var number = NumberField(FieldInfo(key: "n", title: "Years"), minimum: 0, maximum: 10)
    type(&number, "9")
    #expect(press(&number, KeyPress(.up)) == .changed)
    #expect(press(&number, KeyPress(.up)) == .consumed)
    #expect(number.value == .number(10))
    #expect(number.model.notice == "The maximum is 10.")
    #expect(press(&number, .backspace, .backspace) == .changed)
    type(&number, "1e9")
    #expect(number.inputProblem?.contains("is not a number") == true)
    #expect(number.value == .none)
    #expect(number.accept(line: "11") == "11 is too large: enter a whole number from 0 to 10.")
    #expect(number.accept(line: "7") == nil)
    #expect(number.value == .number(7))
  }

  /// The last digit of a whole allowed date answers the field; a shortcut, a date still being typed, an
  /// impossible or too early date and a pasted date do not.
  @Test func typingAWholeAllowedDateAnswersTheField() {
    var date = DateField(FieldInfo(key: "d", title: "Start"), today: today, minimum: today)
    for character in "2027-03-0" {
      #expect(date.handle(.key(.character(character))).outcome == .changed)
    }
    #expect(press(&date, .character("1")) == .answered)
    #expect(date.value == .date(CalendarDate(year: 2027, month: 3, day: 1)))
    var early = DateField(FieldInfo(key: "d", title: "Start"), today: today, minimum: today)
    type(&early, "2026-05-1")
    #expect(press(&early, .character("3")) == .changed, "before the minimum: stays to show why")
    var impossible = DateField(FieldInfo(key: "d", title: "Start"), today: today)
    type(&impossible, "2027-02-3")
    #expect(press(&impossible, .character("0")) == .changed)
    var shortcut = DateField(FieldInfo(key: "d", title: "Start"), today: today)
    type(&shortcut, "+2")
    #expect(press(&shortcut, .character("w")) == .changed)
    var pasted = DateField(FieldInfo(key: "d", title: "Start"), today: today)
    #expect(pasted.handle(.paste("2027-03-01")).outcome == .changed)
  }

  @Test func dateShortcutsCalendarAndNormalising() {
    var date = DateField(FieldInfo(key: "d", title: "Start"), today: today, minimum: today)
    type(&date, "+1w")
    #expect(date.value == .date(CalendarDate(year: 2026, month: 5, day: 21)))
    #expect(press(&date, .enter) == .next)
    #expect(date.model.text == "2026-05-21")
    #expect(press(&date, .control("o")) == .consumed)
    #expect(press(&date, KeyPress(.pageDown), KeyPress(.left), KeyPress(.up)) == .consumed)
    #expect(press(&date, .enter) == .changed)
    #expect(date.value == .date(CalendarDate(year: 2026, month: 6, day: 13)))
    #expect(date.accept(line: "2026-02-30") == "2026-02-30 is not a date: February 2026 has 28 days.")
    #expect(date.accept(line: "yesterday") == "2026-05-13 is too early: choose 2026-05-14 or later.")
    #expect(date.accept(line: "tomorrow") == nil)
    #expect(date.model.text == "2026-05-15")
  }
}

@Suite struct TextFuzzyFileFieldTests {
  @Test func textAreaKeys() {
    var area = TextAreaField(FieldInfo(key: "a", title: "Notes"), maxLength: 20, lines: 3, width: 20)
    type(&area, "ab")
    #expect(press(&area, KeyPress(.enter, .alt)) == .changed)
    type(&area, "cd")
    #expect(press(&area, .control("j")) == .changed)
    #expect(area.value == .text("ab\ncd\n"))
    #expect(press(&area, KeyPress(.down)) == .ignored)  // last row: the form moves on
    #expect(press(&area, KeyPress(.up)) == .consumed)
    #expect(press(&area, .control("k")) == .changed)  // the caret is before "cd"
    #expect(area.value == .text("ab\n\n"))
    #expect(press(&area, .enter) == .next)
    _ = area.handle(.paste("x\r\ny"))
    #expect(area.value == .text("ab\nx\ny\n"))
    #expect(area.accept(line: #"C:\new\folder"#) == nil)
    #expect(area.value == .text(#"C:\new\folder"#), "typed as typed: no escapes")
  }

  @Test func fuzzyListSearchesAndChooses() {
    let items = [
      (fields: ["Backend Engineer", "JOB-1", "Berlin"], value: "j1"),
      (fields: ["Sales Manager", "JOB-2", "Paris"], value: "j2"),
    ]
    var list = FuzzyListField(FieldInfo(key: "job", title: "Job"), items: items)
    type(&list, "sal par")
    #expect(list.model.search.results == [1])
    #expect(press(&list, .enter) == .next)
    #expect(list.value == .choice("j2"))
    #expect(draw(list).line(1).contains("Sales Manager · JOB-2 · Paris"))
    let message = list.accept(line: "eng")
    #expect(message?.contains("1. Backend Engineer · JOB-1 · Berlin") == true)
    #expect(list.accept(line: "1") == nil)
    #expect(list.value == .choice("j1"))
  }

  @Test func filePickerListsThroughTasksAndPicks() async {
    var fs = InMemoryDirectoryReader()
    fs.add("/home/ann/cv.pdf", .file(size: 48_213))
    fs.add("/home/ann/notes.txt", .file(size: 10))
    fs.add("/home/ann/Docs/letter.pdf", .file(size: 2_000))
    var picker = FilePickerField(
      FieldInfo(key: "f", title: "CV"), directory: "/home/ann", home: "/home/ann", reader: fs,
      filter: FileTypeFilter(extensions: ["pdf"]), allowsMultiple: true)
    await handleAndSettle(&picker, .key(KeyPress(.down)))  // the first key lists the directory
    #expect(picker.model.rows.map(\.name) == ["Docs", "cv.pdf"])
    await handleAndSettle(&picker, .key(KeyPress(.down)))
    #expect(picker.model.current?.name == "cv.pdf")
    await handleAndSettle(&picker, .key(.character(" ")))
    await handleAndSettle(&picker, .paste("'/home/ann/Docs/letter.pdf'"))
    await handleAndSettle(&picker, .key(.enter))
    #expect(picker.model.marked == ["/home/ann/cv.pdf", "/home/ann/Docs/letter.pdf"])
    await handleAndSettle(&picker, .key(.enter))
    #expect(picker.value == .files(["/home/ann/cv.pdf", "/home/ann/Docs/letter.pdf"]))
    let screen = draw(picker, width: 60)
    #expect(screen.line(3).hasSuffix("47.1 KB"))
    #expect(picker.accept(line: "~/notes.txt") == "notes.txt is not an allowed type (PDF).")
  }

  /// Tab completes a typed path, and otherwise is left to the form so the user can move on.
  @Test func filePickerLeavesTabToTheFormWhenNoPathIsTyped() async {
    var fs = InMemoryDirectoryReader()
    fs.add("/home/ann/cv.pdf", .file(size: 48_213))
    var picker = FilePickerField(
      FieldInfo(key: "f", title: "CV"), directory: "/home/ann", home: "/home/ann", reader: fs,
      filter: FileTypeFilter(extensions: ["pdf"]), allowsMultiple: true)
    await handleAndSettle(&picker, .key(KeyPress(.down)))
    #expect(picker.handle(.key(.tab)).outcome == .ignored)
    #expect(!picker.keyHelp.contains(KeyHelp("tab", "complete")))
    await handleAndSettle(&picker, .key(.character("c")))
    #expect(picker.handle(.key(.tab)).outcome != .ignored)
    #expect(picker.keyHelp.contains(KeyHelp("tab", "complete")))
  }

  /// With a path typed, ctrl+u clears it (as in every text field); without one it pages the list.
  @Test func filePickerCtrlUClearsATypedPath() async {
    var fs = InMemoryDirectoryReader()
    fs.add("/home/ann/cv.pdf", .file(size: 48_213))
    var picker = FilePickerField(
      FieldInfo(key: "f", title: "CV"), directory: "/home/ann", home: "/home/ann", reader: fs)
    await handleAndSettle(&picker, .key(KeyPress(.down)))
    await handleAndSettle(&picker, .paste("~/Documents/old/"))
    _ = picker.handle(.key(.control("u")))
    #expect(picker.model.pathInput.isEmpty)
  }

  @Test func notesAndProgressAreNotFocusable() {
    let note = RichTextNote(FieldInfo(key: "n", title: ""), html: "<p>Hi <b>there</b></p><script>x</script>")
    #expect(!note.isFocusable)
    #expect(draw(note).roleText == "[description]Hi [/][description bold]there[/]")
    let progress = ProgressField(
      FieldInfo(key: "p", title: ""), label: "Uploading",
      progress: ProgressModel(completed: 500, total: 1000, elapsed: .seconds(1)))
    #expect(!progress.isFocusable)
    #expect(draw(progress, width: 40).line(1) == "█████░░░░░ 50% 500 bytes of 1000 bytes …")
  }
}
