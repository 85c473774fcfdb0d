import Foundation
import PropertyBased
import SnapshotTesting
import TerminalUITesting
import Testing

@testable import TerminalUI

/// One example of every widget, in a state worth looking at.
private func examples() async -> [(String, any Field)] {
  let cities = ["Berlin", "München", "Zürich", "Paris", "東京"].map { SelectOption($0) }
  var select = SelectField(FieldInfo(key: "s", title: "City"), options: cities, value: "Zürich", height: 4)
  type(&select, "r")
  var multi = MultiSelectField(
    FieldInfo(key: "m", title: "Cities"), options: cities, values: ["Paris"], limit: 2)
  press(&multi, KeyPress(.down), .character(" "), KeyPress(.down), .character(" "))
  var number = NumberField(FieldInfo(key: "n", title: "Years"), text: "7", minimum: 0, maximum: 20)
  press(&number, KeyPress(.up))
  var date = DateField(
    FieldInfo(key: "d", title: "Start"), today: CalendarDate(year: 2026, month: 5, day: 14))
  type(&date, "+2w")
  var area = TextAreaField(FieldInfo(key: "a", title: "Notes"), maxLength: 200, lines: 3)
  _ = area.handle(.paste("Called Zoë on Monday; 山田 prefers email.\nFollow up next week 🚀"))
  var fuzzy = FuzzyListField(
    FieldInfo(key: "f", title: "Job"),
    items: [
      (fields: ["Senior Backend Engineer", "JOB-1", "Berlin"], value: "1"),
      (fields: ["Sales Manager", "JOB-2", "Paris"], value: "2"),
      (fields: ["Backend Engineer (Payments)", "JOB-3", "Zürich"], value: "3"),
    ], height: 3)
  type(&fuzzy, "bac eng")
  var fs = InMemoryDirectoryReader()
  fs.add("/home/ann/cv.pdf", .file(size: 48_213))
  fs.add("/home/ann/Cover letter.docx", .file(size: 12_000))
  fs.add("/home/ann/Documents", .directory(readable: true))
  fs.add("/home/ann/old.pdf", .link(to: "gone.pdf"))
  var picker = FilePickerField(
    FieldInfo(key: "p", title: "CV"), directory: "/home/ann", home: "/home/ann", reader: fs,
    filter: FileTypeFilter(extensions: ["pdf"]), allowsMultiple: true, height: 4)
  await handleAndSettle(&picker, .key(KeyPress(.end)))
  await handleAndSettle(&picker, .key(KeyPress(.up)))
  await handleAndSettle(&picker, .key(.character(" ")))
  return [
    ("select", select), ("multi-select", multi),
    ("toggle", ToggleField(FieldInfo(key: "t", title: "OK?"), value: true)),
    ("number", number), ("date", date), ("text-area", area), ("fuzzy-list", fuzzy), ("file-picker", picker),
    (
      "rich-text",
      RichTextNote(
        FieldInfo(key: "r", title: ""),
        html:
          "<h3>Requirements</h3><ul><li><b>German</b> (C1)</li><li>See <a href='https://example.com/x'>details</a>"
          + "</li></ul><script>steal()</script>\u{1b}[31mno colour")
    ),
    (
      "progress",
      ProgressField(
        FieldInfo(key: "g", title: ""), label: "Uploading cv.pdf",
        progress: ProgressModel(completed: 1_250_000, total: 3_000_000, elapsed: .seconds(2)))
    ),
  ]
}

@Suite struct WidgetSnapshotTests {
  /// Every widget at 48 columns, focused, with the look of the default theme (16 colours) and of mono.
  @Test func everyWidgetInDefaultAndMono() async throws {
    let theme = try #require(ThemeLoader.bundled("default"))
    for (name, field) in await examples() {
      let screen = draw(field, width: 48)
      assertSnapshot(
        of: screen.styledText(label: theme.dumpLabel(depth: .ansi16)), as: .lines, named: "\(name)-default")
      assertSnapshot(
        of: screen.styledText(label: theme.dumpLabel(depth: .mono)), as: .lines, named: "\(name)-mono")
    }
  }

  /// The calendar popup and the open dropdown, drawn over a screen.
  @Test func overlays() {
    var date = DateField(
      FieldInfo(key: "d", title: "Start"), today: CalendarDate(year: 2026, month: 5, day: 14))
    press(&date, .control("o"), KeyPress(.right))
    var select = SelectField(
      FieldInfo(key: "s", title: "Source"), options: ["Referral", "Agency"].map { SelectOption($0) },
      style: .dropdown)
    press(&select, .character(" "))
    for (name, field) in [("calendar", date as any Field), ("dropdown", select)] {
      var screen = Screen(size: Size(width: 40, height: 12))
      screen.withCanvas { field.renderOverlay(in: &$0, anchor: Rect(x: 0, y: 0, width: 30, height: 1)) }
      assertSnapshot(of: screen.text, as: .lines, named: name)
    }
  }
}

@Suite struct WidgetPropertyTests {
  static let keys: [KeyPress] = [
    .enter, .tab, .backspace, .escape, KeyPress(.up), KeyPress(.down), KeyPress(.left), KeyPress(.right),
    KeyPress(.home), KeyPress(.end), KeyPress(.pageUp), KeyPress(.pageDown), KeyPress(.delete), .control("a"),
    .control("e"), .control("k"), .control("u"), .control("w"), .control("y"), .control("o"), .control("j"),
    .control("d"), .control("h"), .alt("b"), .alt("f"), KeyPress(.enter, .alt), .character(" "),
    .character("x"),
    .character("a"), .character("é"), .character("山"), .character("🚀"), .character("e\u{301}"),
    .character("1"),
    .character("."), .character("+"), .character("/"), .character("y"),
  ]
  static let pastes = [
    "", "a\nb\r\nc", "\u{1b}[31mred\u{1b}[0m", "山田太郎", String(repeating: "long ", count: 40),
  ]

  /// Random key and paste streams into every widget: nothing traps, cursors stay inside their lists
  /// and text, and every width down to 1 column draws without leaving the canvas.
  @Test func randomStreamsKeepEveryWidgetInBounds() async {
    let fields = await examples()
    let events = Gen.int(in: 0...(Self.keys.count + Self.pastes.count - 1)).map { index -> InputEvent in
      index < Self.keys.count ? .key(Self.keys[index]) : .paste(Self.pastes[index - Self.keys.count])
    }
    await propertyCheck(count: 40, input: events.array(of: 1...60), Gen.int(in: 1...70)) { stream, width in
      for (name, original) in fields {
        var field = original
        for event in stream { _ = field.handle(event) }
        Self.checkInvariants(field, name: name)
        let context = FieldContext(isFocused: true)
        let height = field.height(width: width, context: context)
        var screen = Screen(size: Size(width: width, height: max(1, height)))
        screen.withCanvas { field.render(in: &$0, context: context) }
        if let cursor = screen.cursor {
          #expect(screen.bounds.contains(cursor), "\(name) cursor \(cursor) at width \(width)")
        }
      }
    }
  }

  private static func checkInvariants(_ field: any Field, name: String) {
    switch field {
    case let select as SelectField:
      let list = select.model.list
      #expect(list.rows.isEmpty || list.rows.indices.contains(list.viewport.cursor), "\(name)")
      #expect(list.viewport.window.contains(list.viewport.cursor) || list.rows.isEmpty, "\(name)")
    case let multi as MultiSelectField:
      #expect(multi.model.limit.map { multi.model.chosen.count <= $0 } ?? true, "\(name) limit")
    case let area as TextAreaField:
      let caret = area.model.caret
      #expect(area.model.rows.indices.contains(caret.row), "\(name) row")
      #expect(caret.column < area.model.width, "\(name) column")
      #expect(area.model.editor.characters.count <= 200, "\(name) length")
    case let fuzzy as FuzzyListField:
      #expect(fuzzy.model.search.results.isEmpty || fuzzy.model.currentItem != nil, "\(name)")
    case let picker as FilePickerField:
      #expect(
        picker.model.rows.isEmpty || picker.model.rows.indices.contains(picker.model.viewport.cursor),
        "\(name)")
    default:
      break
    }
  }
}
