import Testing

@testable import TerminalUI

@Suite struct TextLayoutTests {
  @Test(arguments: [
    ("Hello, world", 20, "Hello, world"),
    ("Hello, world", 8, "Hello, …"),
    ("山田太郎", 5, "山田…"),
    ("山田太郎", 4, "山…"),
    ("🚀🚀🚀", 4, "🚀…"),
    ("Zoë Łukasiewicz", 6, "Zoë Ł…"),
    ("e\u{301}e\u{301}e\u{301}", 2, "e\u{301}…"),
    ("abc", 1, "…"),
    ("abc", 0, ""),
  ])
  func truncates(text: String, width: Int, expected: String) {
    let result = text.truncated(toWidth: width)
    #expect(result == expected)
    #expect(result.displayWidth <= width)
  }

  @Test func padsToExactWidth() {
    #expect("山".padded(toWidth: 4) == "山  ")
    #expect("山田太郎".padded(toWidth: 5).displayWidth == 5)
  }

  @Test func wrapsAtSpaces() {
    #expect("the quick brown fox jumps".wrapped(toWidth: 10) == ["the quick", "brown fox", "jumps"])
  }

  @Test func breaksLongWordsAndWideText() {
    #expect("abcdefghij".wrapped(toWidth: 4) == ["abcd", "efgh", "ij"])
    #expect("山田太郎です".wrapped(toWidth: 5) == ["山田", "太郎", "です"])
    #expect("a 山田太郎".wrapped(toWidth: 3) == ["a", "山", "田", "太", "郎"])
  }

  @Test func keepsParagraphsAndEmptyLines() {
    #expect("one\n\ntwo three".wrapped(toWidth: 5) == ["one", "", "two", "three"])
  }

  @Test func everyWrappedLineFits() {
    let text = "Zoë Łukasiewicz 山田太郎 🚀🚀🚀 supercalifragilistic e\u{301}te"
    for width in 1...30 {
      for line in text.wrapped(toWidth: width) {
        #expect(line.displayWidth <= max(width, 2), "width \(width): \(line)")
      }
    }
    #expect("anything".wrapped(toWidth: 0).isEmpty)
  }
}
