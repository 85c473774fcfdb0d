import Testing

@testable import CursesTerminal

/// What a non-UTF-8 locale is shown instead of the UI's symbols.
@Suite struct ASCIIGlyphsTests {
  @Test(
    arguments: [
      ("─", "-"), ("┃", "|"), ("┌", "+"), ("✓", "+"), ("•", "*"), ("▲", "^"), ("╏", ":"), ("a", "a"),
      ("✗", "x"), ("⚠", "!"), ("≤", "<"),
    ] as [(Character, String)])
  func symbolsBecomeOneASCIICharacter(symbol: Character, ascii: String) {
    #expect(ASCIIGlyphs.cell(symbol, width: 1) == ascii)
  }

  @Test func otherCharactersKeepTheirColumns() {
    #expect(ASCIIGlyphs.cell("ë", width: 1) == "?")
    #expect(ASCIIGlyphs.cell("東", width: 2) == "??")
    let standIns = ASCIIGlyphs.replacements.values.filter { !$0.isASCII }
    #expect(standIns.isEmpty)
  }
}
