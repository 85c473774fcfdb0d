import Testing

@testable import TerminalUI

@Suite struct TextInputTests {
  /// Starts from "hello world" with the caret after `cursor` characters, presses `key`, and checks the
  /// text, the caret and the response.
  @Test(arguments: [
    (KeyPress.control("a"), 5, "hello world", 0, FieldResponse.Outcome.consumed),
    (KeyPress(.home), 5, "hello world", 0, .consumed),
    (KeyPress.control("e"), 5, "hello world", 11, .consumed),
    (KeyPress(.end), 0, "hello world", 11, .consumed),
    (KeyPress.control("b"), 5, "hello world", 4, .consumed),
    (KeyPress(.left), 0, "hello world", 0, .consumed),
    (KeyPress.control("f"), 5, "hello world", 6, .consumed),
    (KeyPress(.right), 11, "hello world", 11, .consumed),
    (KeyPress.alt("b"), 11, "hello world", 6, .consumed),
    (KeyPress.alt("b"), 6, "hello world", 0, .consumed),
    (KeyPress(.left, .control), 8, "hello world", 6, .consumed),
    (KeyPress.alt("f"), 0, "hello world", 5, .consumed),
    (KeyPress(.right, .control), 5, "hello world", 11, .consumed),
    (KeyPress.control("k"), 5, "hello", 5, .changed),
    (KeyPress.control("u"), 6, "world", 0, .changed),
    (KeyPress.control("w"), 11, "hello ", 6, .changed),
    (KeyPress(.backspace, .alt), 5, " world", 0, .changed),
    (KeyPress.alt("d"), 5, "hello", 5, .changed),
    (KeyPress.control("d"), 0, "ello world", 0, .changed),
    (KeyPress(.delete), 11, "hello world", 11, .consumed),
    (KeyPress.backspace, 5, "hell world", 4, .changed),
    (KeyPress.control("h"), 0, "hello world", 0, .consumed),
    (KeyPress.character("X"), 5, "helloX world", 6, .changed),
    (KeyPress.control("y"), 5, "hello world", 5, .consumed),
    (KeyPress.enter, 5, "hello world", 5, .ignored),
    (KeyPress.tab, 5, "hello world", 5, .ignored),
    (KeyPress(.up), 5, "hello world", 5, .ignored),
    (KeyPress.escape, 5, "hello world", 5, .ignored),
  ])
  func key(_ key: KeyPress, from cursor: Int, text: String, caret: Int, outcome: FieldResponse.Outcome) {
    var input = TextInput(FieldInfo(key: "k", title: "T"), text: "hello world")
    input.editor.move(to: cursor)
    let response = input.handle(.key(key))
    #expect(input.text == text)
    #expect(input.editor.cursor == caret)
    #expect(response.outcome == outcome)
  }

  @Test func killThenYankRestores() {
    var input = TextInput(FieldInfo(key: "k", title: "T"), text: "hello world")
    _ = input.handle(.key(.control("w")))
    _ = input.handle(.key(.control("a")))
    _ = input.handle(.key(.control("y")))
    #expect(input.text == "worldhello ")
  }

  @Test func caretMovesByGraphemeCluster() {
    var input = TextInput(FieldInfo(key: "k", title: "T"))
    for character in "Zoe\u{301}山🚀" { _ = input.handle(.key(.character(character))) }
    #expect(input.text == "Zoé山🚀")
    #expect(input.editor.characters.count == 5)
    _ = input.handle(.key(.backspace))
    #expect(input.text == "Zoé山")
    _ = input.handle(.key(KeyPress(.left)))
    _ = input.handle(.key(.backspace))
    #expect(input.text == "Zo山")
  }

  @Test func combiningMarkTypedSeparatelyJoinsItsLetter() {
    var input = TextInput(FieldInfo(key: "k", title: "T"))
    _ = input.handle(.key(.character("e")))
    _ = input.handle(.key(.character("\u{301}")))
    #expect(input.editor.characters == ["e\u{301}"])
    #expect(input.editor.cursor == 1)
  }

  @Test func pasteIsOneEditWithNewlinesAsSpacesAndNoEscapes() {
    var input = TextInput(FieldInfo(key: "k", title: "T"), text: "ab")
    input.editor.move(to: 1)
    let response = input.handle(.paste("one\ntwo\r\n\u{1B}[31mred\tx"))
    #expect(response.outcome == .changed)
    #expect(input.text == "aone two red xb")
    #expect(input.editor.cursor == 14)
  }

  @Test func maxLengthCountsCharactersAndCutsPastes() {
    var input = TextInput(FieldInfo(key: "k", title: "T"), maxLength: 3)
    _ = input.handle(.paste("山田太郎"))
    #expect(input.text == "山田太")
    #expect(input.handle(.key(.character("x"))).outcome == .consumed)
    #expect(input.text == "山田太")
  }

  /// Typing past the limit is never silent: the count shows near the limit and says what was refused.
  @Test func theLimitIsCountedAndRefusedCharactersAreSaid() {
    var input = TextInput(FieldInfo(key: "k", title: "T"), maxLength: 10)
    func line() -> Screen {
      var screen = Screen(size: Size(width: 40, height: 1))
      screen.withCanvas { input.render(in: &$0, context: FieldContext(isFocused: true)) }
      return screen
    }
    _ = input.handle(.paste("12345678"))
    #expect(!line().text.contains("/10"), "no counter far from the limit")
    _ = input.handle(.paste("9"))
    #expect(line().text.hasSuffix("9/10"))
    _ = input.handle(.paste("0ABC"))
    #expect(input.text == "1234567890")
    #expect(line().text.hasSuffix("10/10 · 3 not taken"))
    #expect(line().roleText.contains("[error]10/10 · 3 not taken[/]"))
    _ = input.handle(.key(.character("x")))
    _ = input.handle(.key(.character("y")))
    #expect(line().text.hasSuffix("10/10 · 5 not taken"), "typed characters add up")
    _ = input.handle(.key(.backspace))
    #expect(line().text.hasSuffix("9/10"))
    #expect(input.refused == 0)
  }

  @Test func rendersPlaceholderMaskAndCaret() {
    let focused = FieldContext(isFocused: true)
    var screen = Screen(size: Size(width: 20, height: 1))
    let empty = TextInput(FieldInfo(key: "k", title: "T"), placeholder: "Zoë")
    screen.withCanvas { empty.render(in: &$0, context: focused) }
    #expect(screen.roleText == "[focus]> [/][placeholder]Zoë[/]")
    #expect(screen.cursor == Point(x: 2, y: 0))
    screen = Screen(size: Size(width: 20, height: 1))
    let secret = TextInput(FieldInfo(key: "k", title: "T"), text: "pw山", masked: true)
    screen.withCanvas { secret.render(in: &$0, context: focused) }
    #expect(screen.text == "> •••")
    #expect(screen.cursor == Point(x: 5, y: 0))
  }

  @Test func scrollsHorizontallyByWidthToKeepTheCaretVisible() {
    let input = TextInput(FieldInfo(key: "k", title: "T"), text: "山田太郎山田太郎", prompt: "")
    var screen = Screen(size: Size(width: 7, height: 1))
    screen.withCanvas { input.render(in: &$0, context: FieldContext(isFocused: true)) }
    #expect(screen.text == "… 太郎")
    #expect(screen.cursor == Point(x: 6, y: 0))
    #expect(TextInput.window(Array("山田太郎"), cursor: 0, width: 5) == (0..<2, 0))
  }

  @Test func acceptsLinesInAccessibleMode() {
    var input = TextInput(FieldInfo(key: "k", title: "Initials"), maxLength: 2)
    #expect(input.accept(line: "ABC") == "Initials takes at most 2 characters; that was 3.")
    #expect(input.accept(line: "A\u{1B}[1mB") == nil)
    #expect(input.text == "AB")
  }
}
