import Testing

@testable import TerminalUI

@Suite struct SanitizerTests {
  @Test(arguments: [
    ("plain", "plain"),
    ("\u{1B}[31mred\u{1B}[0m", "red"),
    ("\u{1B}[2J\u{1B}[1;1Hwiped", "wiped"),
    ("\u{1B}]0;evil title\u{07}job", "job"),
    ("\u{1B}]8;;https://example.com\u{1B}\\link\u{1B}]8;;\u{1B}\\", "link"),
    ("\u{1B}P+q\u{1B}\\dcs", "dcs"),
    ("\u{9B}31mC1 csi", "C1 csi"),
    ("\u{9D}0;t\u{9C}osc", "osc"),
    ("a\u{1B}7b\u{1B}(Bc", "abc"),
    ("bell\u{07}back\u{08}del\u{7F}nul\u{0}", "bellbackdelnul"),
    ("c1\u{85}\u{8D}", "c1"),
    ("tab\there", "tab here"),
    ("line\nbreak\r\nagain\rend", "line break again end"),
    ("\u{202E}txt.exe\u{202C}", "txt.exe"),
    ("\u{2067}iso\u{2069}", "iso"),
    ("Zoë 山田 🚀 e\u{301}", "Zoë 山田 🚀 e\u{301}"),
    ("unterminated \u{1B}[12", "unterminated "),
    ("trailing esc\u{1B}", "trailing esc"),
  ])
  func cleans(input: String, expected: String) {
    #expect(Sanitizer.clean(input) == expected)
  }

  @Test func keepsNewlinesWhenAsked() {
    #expect(Sanitizer.clean("a\r\nb\rc\nd\u{2028}e", keepNewlines: true) == "a\nb\nc\nd\ne")
  }

  @Test func noControlScalarSurvivesAnyMix() {
    let nasty = (0..<0xA0).compactMap(Unicode.Scalar.init).map(String.init).joined() + "\u{1B}[m\u{9B}1m"
    let cleaned = Sanitizer.clean(nasty, keepNewlines: false)
    #expect(!cleaned.unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) })
  }
}
