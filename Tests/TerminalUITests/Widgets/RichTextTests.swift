import Testing

@testable import TerminalUI

/// Lines as text with emphasis marked: `*bold*`, `_italic_`, `*_both_*`, `<url>`, markers as is.
private func render(_ html: String, width: Int = 40) -> [String] {
  RichText(html: html).lines(width: width).map { line in
    line.map { run in
      var text = run.text
      if run.emphasis.contains(.italic) { text = "_\(text)_" }
      if run.emphasis.contains(.bold) { text = "*\(text)*" }
      return run.emphasis.contains(.link) ? "<\(text)>" : text
    }.joined()
  }
}

@Suite struct RichTextTests {
  @Test(arguments: [
    ("<p>Hello <b>world</b></p>", ["Hello *world*"]),
    ("<p>One</p><p>Two</p>", ["One", "", "Two"]),
    ("Line<br>break<br/>again", ["Line", "break", "again"]),
    ("<strong>Bold</strong> and <em>it</em><i>alic</i>", ["*Bold* and _italic_"]),
    ("<h2>Requirements</h2><p>Be kind.</p>", ["*Requirements*", "", "Be kind."]),
    ("<ul><li>Swift</li><li>Go</li></ul>", ["• Swift", "• Go"]),
    ("<ol><li>First</li><li>Second</li></ol>", ["1. First", "2. Second"]),
    ("<ul><li>A<ul><li>A1</li></ul></li><li>B</li></ul>", ["• A", "  ◦ A1", "• B"]),
    ("<p>Intro</p><ul><li>x</li></ul><p>Outro</p>", ["Intro", "", "• x", "", "Outro"]),
    ("<ul><li><p>Para in item</p></li></ul>", ["• Para in item"]),
    ("<a href=\"https://kombo.dev/jobs\">our jobs page</a>", ["our jobs page (<https://kombo.dev/jobs>)"]),
    ("<a href=\"https://kombo.dev\">https://kombo.dev</a>", ["https://kombo.dev"]),
    ("<a href=\"mailto:jobs@acme.com\">jobs@acme.com</a>", ["jobs@acme.com"]),
    ("<a href='mailto:jobs@acme.com'>Write us</a>", ["Write us (<jobs@acme.com>)"]),
    ("<a href=\"javascript:alert(1)\">click</a>", ["click"]),
    (
      "Fish &amp; chips &lt;3 &quot;x&quot; caf&eacute; &#233;&#xE9; &euro;5",
      ["Fish & chips <3 \"x\" café éé €5"]
    ),
    ("a&nbsp;b AT&T &unknown; &#0; &", ["a\u{00A0}b AT&T &unknown; \u{FFFD} &"]),
    ("  lots   of\n\n   space  ", ["lots of", "", "space"]),
    ("Plain text\nsecond line\n\nNew paragraph", ["Plain text", "second line", "", "New paragraph"]),
    ("<hr>", ["────────"]),
  ])
  func subset(html: String, expected: [String]) {
    #expect(render(html, width: html == "<hr>" ? 8 : 40) == expected)
  }

  @Test(arguments: [
    ("<script>alert('x')</script>Visible", ["Visible"]),
    ("<SCRIPT type=x>document.write('<p>no</p>')</SCRIPT >ok", ["ok"]),
    ("<style>p { color: red }</style><p>Styled</p>", ["Styled"]),
    ("Before<script>never closed <b>bold</b>", ["Before"]),
    ("<p>Unclosed <b>bold <i>both", ["Unclosed *bold **_both_*"]),
    ("<b><i>misnested</b> tail</i>", ["*_misnested_*_ tail_"]),
    ("Red \u{1b}[31mALERT\u{1b}[0m text", ["Red ALERT text"]),
    ("Title\u{1b}]0;pwned\u{07}Body", ["TitleBody"]),
    ("&#27;[31mentity escape", ["entity escape"]),
    ("a < b and c > d", ["a < b and c > d"]),
    ("<img src=x onerror=alert(1)>After", ["After"]),
    ("<!-- secret --><p>Shown</p><!-- unterminated", ["Shown"]),
    ("<p title=\"a>b\">Quoted > in attribute</p>", ["Quoted > in attribute"]),
    ("<div><table><tr><td>A</td><td>B</td></tr></table></div>", ["A B"]),
    ("<p>Bidi \u{202E}reversed\u{202C} text</p>", ["Bidi reversed text"]),
    ("<b", []),
  ])
  func hostileInputIsNeutralised(html: String, expected: [String]) {
    let lines = render(html)
    #expect(lines == expected)
    #expect(!lines.joined().unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
  }

  @Test func wrapsToWidthWithHangingIndents() {
    let html =
      "<p>The candidate should <b>speak German</b> fluently.</p><ul><li>Three years of experience with Swift</li></ul>"
    #expect(
      render(html, width: 16) == [
        "The candidate", "should *speak*", "*German* fluently.", "", "• Three years of", "  experience",
        "  with Swift",
      ])
  }

  @Test func longWordsAreSplitAndWideCharactersFit() {
    #expect(render("abcdefghijkl", width: 5) == ["abcde", "fghij", "kl"])
    #expect(render("山田太郎です", width: 5) == ["山田", "太郎", "です"])
  }

  @Test func plainTextForLineMode() {
    let text = RichText(html: "<p>Intro</p><ol><li>One</li><li>Two<ul><li>Sub</li></ul></li></ol>").plainText
    #expect(text == "Intro\n1. One\n2. Two\n  ◦ Sub")
  }
}
