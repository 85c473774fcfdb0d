import Testing

@testable import TerminalUI

@Suite struct DisplayWidthTests {
  @Test(arguments: [
    ("Zoe", 3), ("Zoë", 3), ("山田太郎", 8), ("e\u{301}", 1), ("🚀", 2), ("🇯🇵", 2), ("🇯🇵🇫🇷", 4),
    ("👨‍👩‍👧‍👦", 2), ("❤", 1), ("❤️", 2), ("☺︎", 1), ("1️⃣", 2), ("👍🏽", 2), ("ｈｉ", 4), ("한국어", 6),
    ("Łukasiewicz", 11), ("a\u{200B}b", 2), ("\u{1B}", 0), ("", 0), ("Ｚ", 2), ("€", 1),
  ])
  func widthOfText(text: String, expected: Int) {
    #expect(text.displayWidth == expected, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
  }

  @Test func clustersAreWhatTheCursorMovesBy() {
    let name = "Zoe\u{301}山🚀"
    #expect(name.count == 5)
    #expect(name.map(\.displayWidth) == [1, 1, 1, 2, 2])
  }

  @Test func wideTableCoversCJKAndNotLatin() {
    #expect(WideScalarTable.contains(0x5C71))  // 山
    #expect(WideScalarTable.contains(0x20000))  // CJK Extension B
    #expect(!WideScalarTable.contains(0x41))
    #expect(!WideScalarTable.contains(0xE9))
  }
}
