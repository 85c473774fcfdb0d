import PropertyBased
import Testing
import TextSafety

@Suite struct SanitizerTests {
  @Test(arguments: [
    ("plain", "plain"),
    ("\u{1B}[31mred\u{1B}[0m", "red"),
    ("\u{1B}[2J\u{1B}[1;1Hwiped", "wiped"),
    ("\u{1B}]0;evil title\u{07}job", "job"),
    ("\u{1B}]52;c;ZXZpbA==\u{07}clip", "clip"),
    ("\u{1B}]52;c;ZXZpbA==\u{1B}\\clip", "clip"),
    ("\u{1B}]8;;https://example.com\u{1B}\\link\u{1B}]8;;\u{1B}\\", "link"),
    ("\u{1B}P+q\u{1B}\\dcs", "dcs"),
    ("\u{1B}Xsos\u{1B}\\a\u{1B}^pm\u{1B}\\b\u{1B}_apc\u{07}c", "abc"),
    ("\u{1B}creset", "reset"),
    ("\u{9B}31mC1 csi", "C1 csi"),
    ("\u{9D}0;t\u{9C}osc", "osc"),
    ("\u{90}dcs\u{9C}x", "x"),
    ("a\u{1B}7b\u{1B}(Bc", "abc"),
    ("bell\u{07}back\u{08}del\u{7F}nul\u{0}", "bellbackdelnul"),
    ("c1\u{85}\u{8D}", "c1"),
    ("tab\there", "tab here"),
    ("line\nbreak\r\nagain\rend", "line break again end"),
    ("\u{202E}txt.exe\u{202C}", "txt.exe"),
    ("\u{2067}iso\u{2069}\u{200E}\u{200F}\u{061C}", "iso"),
    ("zero\u{200B}width\u{FEFF}word\u{2060}joiner", "zerowidthwordjoiner"),
    ("soft\u{AD}hyphen", "softhyphen"),
    ("tag\u{E0041}\u{E007F}", "tag"),
    ("Zoë 山田 🚀 e\u{301}", "Zoë 山田 🚀 e\u{301}"),
    ("family 👩‍👩‍👧 kept", "family 👩‍👩‍👧 kept"),
    ("می‌خواهم", "می‌خواهم"),
    ("dangling\u{200D} joiner", "dangling joiner"),
    ("\u{200D}\u{200C}start", "start"),
    ("unterminated \u{1B}[12", "unterminated "),
    ("unterminated osc \u{1B}]0;title", "unterminated osc "),
    ("trailing esc\u{1B}", "trailing esc"),
  ])
  func cleans(input: String, expected: String) {
    #expect(Sanitizer.clean(input) == expected)
  }

  @Test func keepsNewlinesWhenAsked() {
    #expect(Sanitizer.clean("a\r\nb\rc\nd\u{2028}e\u{1B}[2Kf", keepNewlines: true) == "a\nb\nc\nd\nef")
  }

  @Test func aLineDropsWholeSequencesCollapsesSpacesAndCuts() {
    #expect(Sanitizer.line("  \u{1B}[2J\u{1B}[Hwiped \n\t screen  ") == "wiped screen")
    #expect(Sanitizer.line("ab\u{200B}cdef", limit: 4) == "abc…")
    #expect(Sanitizer.line("\u{1B}]0;x\u{07}") == "")
  }

  /// Everything a terminal could act on, or that would desynchronise the width rules.
  static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029
      || (scalar.properties.generalCategory == .format && value != 0x200C && value != 0x200D)
  }

  static let pieces: [String] = [
    "\u{1B}", "[", "]", "P", "X", "^", "_", "\\", "c", "7", "(", "B", "0;", "52;c;", "8;;", "2J", "1;31m",
    "\u{07}", "\u{08}", "\r", "\n", "\t", "\u{0}", "\u{7F}", "\u{9B}", "\u{9C}", "\u{9D}", "\u{90}", "\u{85}",
    "\u{202E}", "\u{2066}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{FEFF}", "\u{2060}", "\u{AD}", "\u{2028}",
    "a", " ", "é", "e\u{301}", "山", "🚀", "👩", "ی", "\u{E0041}",
  ]

  @Test func noForbiddenScalarSurvivesAnyMixAndCleaningTwiceChangesNothing() async {
    let texts = Gen.int(in: 0...(Self.pieces.count - 1)).array(of: 0...40)
    await propertyCheck(count: 500, input: texts, Gen.bool) { indexes, keepNewlines in
      let text = indexes.map { Self.pieces[$0] }.joined()
      let cleaned = Sanitizer.clean(text, keepNewlines: keepNewlines)
      #expect(!cleaned.unicodeScalars.contains { Self.isForbidden($0) && $0 != "\n" })
      #expect(keepNewlines || !cleaned.contains("\n"))
      #expect(!cleaned.contains { $0.unicodeScalars.last == "\u{200D}" })
      #expect(Sanitizer.clean(cleaned, keepNewlines: keepNewlines) == cleaned)
      let line = Sanitizer.line(text)
      #expect(!line.unicodeScalars.contains(where: Self.isForbidden) && !line.hasPrefix(" "))
    }
  }

  @Test func printableTextPassesUnchanged() async {
    let printable = ["a", "Z", "0", " ", "-", "~", "é", "ß", "山", "한", "🚀", "👩‍👩‍👧", "e\u{301}", "€", "Ω"]
    let texts = Gen.int(in: 0...(printable.count - 1)).array(of: 0...40)
    await propertyCheck(count: 300, input: texts) { indexes in
      let text = indexes.map { printable[$0] }.joined()
      #expect(Sanitizer.clean(text) == text)
      #expect(Sanitizer.clean(text, keepNewlines: true) == text)
    }
  }

  @Test func everyControlAndFormatScalarIsRemoved() {
    let all = (0..<0xE_0100).compactMap(Unicode.Scalar.init).filter(Self.isForbidden)
      .filter { $0.value != 0x0A && $0.value != 0x0D && $0.value != 0x09 && $0.value != 0x2028 }
      .filter { $0.value != 0x2029 }
    #expect(all.count > 200)
    #expect(Sanitizer.clean(String(String.UnicodeScalarView(all))).isEmpty)
  }
}
