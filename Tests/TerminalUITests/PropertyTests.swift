import PropertyBased
import Testing

@testable import TerminalUI

/// Random key, paste and resize streams into forms and inputs: nothing traps, the caret stays inside
/// its field and every view fits its size, down to 1×1 and 0×0.
@Suite struct PropertyTests {
  /// The events a stream is drawn from; the generator picks indexes so failures shrink to short streams.
  static let events: [InputEvent] = {
    let keys: [KeyPress] = [
      .character("a"), .character("Z"), .character("ë"), .character("山"), .character("🚀"),
      .character("e\u{301}"), .character("\u{301}"), .character(" "), .character("@"), .character("."),
      .enter, .tab, .backTab, .escape, .backspace, KeyPress(.delete), KeyPress(.left), KeyPress(.right),
      KeyPress(.up), KeyPress(.down), KeyPress(.home), KeyPress(.end), .control("a"), .control("e"),
      .control("b"), .control("f"), .control("k"), .control("u"), .control("w"), .control("d"), .control("y"),
      .control("c"), .alt("b"), .alt("f"), .alt("d"), KeyPress(.backspace, .alt), .character("y"),
      .character("n"), KeyPress(.pageDown), KeyPress(.function(5)),
    ]
    let pastes = [
      "Zoë\nŁukasiewicz", "\u{1B}[31mred\u{1B}[0m\ttab", "山田太郎" + String(repeating: "🚀", count: 40),
      String(repeating: "long text ", count: 30), "", "\r\n\u{9B}2J",
    ]
    let sizes = [
      Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 200, height: 60), .zero,
      Size(width: 1, height: 1), Size(width: 79, height: 24), Size(width: 80, height: 23),
      Size(width: 3, height: 90),
    ]
    return keys.map { InputEvent.key($0) } + pastes.map(InputEvent.paste) + sizes.map(InputEvent.resize)
  }()

  static let streams = Gen.int(in: 0...(events.count - 1)).array(of: 0...120)

  @Test func formStreamsKeepFocusCaretAndViewInBounds() async {
    await propertyCheck(count: 150, input: Self.streams) { indexes in
      var form = sampleForm()
      for index in indexes {
        _ = form.update(.event(Self.events[index]))
        if form.outcome != nil { form.outcome = nil }
        let screen = form.view(size: form.size)
        #expect(screen.size == form.size)
        if let cursor = screen.cursor { #expect(screen.bounds.contains(cursor)) }
        if case .field(let path) = form.focus {
          #expect(form.visiblePaths.contains(path))
          let input = form.field(at: path) as? TextInput
          #expect(input.map { (0...$0.editor.characters.count).contains($0.editor.cursor) } ?? false)
        }
        if form.dialog == nil, form.focusedField != nil, form.size.width >= 80, form.size.height >= 24 {
          #expect(screen.cursor.map { $0.y >= 2 && $0.y < form.size.height - 2 } ?? false)
        }
      }
    }
  }

  @Test func textInputStreamsKeepTheCaretInsideAndTheLimit() async {
    await propertyCheck(count: 200, input: Self.streams, Gen.int(in: 1...30)) { indexes, width in
      var input = TextInput(FieldInfo(key: "k", title: "T"), maxLength: 12)
      for index in indexes {
        _ = input.handle(Self.events[index])
        #expect((0...input.editor.characters.count).contains(input.editor.cursor))
        #expect(input.editor.characters.count <= 12)
        var screen = Screen(size: Size(width: width, height: 1))
        screen.withCanvas { input.render(in: &$0, context: FieldContext(isFocused: true)) }
        if let cursor = screen.cursor { #expect(cursor.x < width) }
        #expect(!input.text.unicodeScalars.contains { $0.value < 0x20 })
      }
    }
  }

  @Test func applyingADiffReproducesTheNewScreen() async {
    let texts = ["Zoë", "山田太郎", "🚀x", "e\u{301}", "ab", "ｈｉ", "\u{1B}[1m!"]
    let draws = zip(Gen.int(in: 0...(texts.count - 1)), Gen.int(in: -2...12), Gen.int(in: 0...3))
      .array(of: 0...30)
    await propertyCheck(count: 200, input: draws, draws) { first, second in
      var before = Screen(size: Size(width: 10, height: 3))
      for (text, x, y) in first { before.put(texts[text], at: Point(x: x, y: y), style: Style(.title)) }
      var after = before
      for (text, x, y) in second { after.put(texts[text], at: Point(x: x, y: y), style: Style(.input)) }
      var shown = before
      shown.apply(after.changes(from: before))
      #expect(shown == after)
      #expect(shown.text == after.text)
    }
  }
}
