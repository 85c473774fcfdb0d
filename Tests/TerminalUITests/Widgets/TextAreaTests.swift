import Testing

@testable import TerminalUI

/// The text with `|` at the caret.
private func shown(_ area: TextAreaModel) -> String {
  var characters = area.editor.characters
  characters.insert("|", at: area.editor.cursor)
  return String(characters)
}

/// Row texts at the area's width.
private func rowTexts(_ area: TextAreaModel) -> [String] {
  area.rows.map { String(area.editor.characters[$0.range]) }
}

@Suite struct TextAreaModelTests {
  @Test func wrapsAtSpacesByDisplayWidthKeepingACaretColumn() {
    let area = TextAreaModel(text: "The quick brown fox jumps", width: 10)
    #expect(rowTexts(area) == ["The quick ", "brown fox ", "jumps"])
    let wide = TextAreaModel(text: "山田太郎山田太郎", width: 7)
    #expect(rowTexts(wide) == ["山田太", "郎山田", "太郎"])
    // A line that exactly fills the width moves its last character down, so the caret fits.
    let exact = TextAreaModel(text: "abcdefghij", width: 10)
    #expect(rowTexts(exact) == ["abcdefghi", "j"])
    #expect(exact.caret == (1, 1))
  }

  @Test func newlinesMakeRowsAndEmptyLinesShow() {
    let area = TextAreaModel(text: "a\n\nb\n", width: 10)
    #expect(rowTexts(area) == ["a", "", "b", ""])
    #expect(area.caret == (3, 0))
  }

  @Test(arguments: [
    (TextAreaModel.Move.lineStart, "one\n|two three\nfour"), (.lineEnd, "one\ntwo three|\nfour"),
    (.up, "one|\ntwo three\nfour"), (.down, "one\ntwo three\nfour|"), (.left, "one\ntwo t|hree\nfour"),
    (.right, "one\ntwo thr|ee\nfour"), (.wordLeft, "one\ntwo |three\nfour"),
    (.wordRight, "one\ntwo three|\nfour"),
    (.textStart, "|one\ntwo three\nfour"), (.textEnd, "one\ntwo three\nfour|"),
  ])
  func movesFromTheMiddle(move: TextAreaModel.Move, expected: String) {
    var area = TextAreaModel(text: "one\ntwo three\nfour", width: 40)
    area.move(.up)
    area.move(.lineStart)
    for _ in 0..<6 { area.move(.right) }  // "two th|ree"
    area.move(move)
    #expect(shown(area) == expected)
  }

  @Test func upAndDownKeepTheGoalColumnAcrossShortLines() {
    var area = TextAreaModel(text: "long line here\nab\nanother long one", width: 40)
    area.move(.textStart)
    for _ in 0..<10 { area.move(.right) }
    area.move(.down)
    #expect(shown(area) == "long line here\nab|\nanother long one")
    area.move(.down)
    #expect(shown(area) == "long line here\nab\nanother lo|ng one")
    area.move(.up)
    area.move(.up)
    #expect(shown(area) == "long line |here\nab\nanother long one")
    area.move(.up)
    #expect(shown(area) == "|long line here\nab\nanother long one")
  }

  @Test func upAndDownFollowWrappedRowsByColumn() {
    var area = TextAreaModel(text: "aaaa bbbb cccc", width: 6)
    #expect(rowTexts(area) == ["aaaa ", "bbbb ", "cccc"])
    area.move(.up)
    #expect(area.caret == (1, 4))
    #expect(shown(area) == "aaaa bbbb| cccc")
  }

  @Test(arguments: [
    (TextAreaModel.Deletion.backward, "one\ntwo t|ree"), (.forward, "one\ntwo th|ee"),
    (.wordBackward, "one\ntwo |ree"), (.wordForward, "one\ntwo th|"), (.toLineEnd, "one\ntwo th|"),
    (.toLineStart, "one\n|ree"),
  ])
  func deletions(deletion: TextAreaModel.Deletion, expected: String) {
    var area = TextAreaModel(text: "one\ntwo three", width: 40)
    area.move(.lineStart)
    for _ in 0..<6 { area.move(.right) }
    area.delete(deletion)
    #expect(shown(area) == expected)
  }

  @Test func ctrlKAtALineEndJoinsLinesAndYankRestores() {
    var area = TextAreaModel(text: "ab\ncd", width: 40)
    area.move(.up)
    area.move(.lineEnd)
    area.delete(.toLineEnd)
    #expect(shown(area) == "ab|cd")
    area.move(.lineStart)
    area.delete(.toLineEnd)
    #expect(shown(area) == "|")
    area.yank()
    #expect(shown(area) == "abcd|")
  }

  @Test func pasteKeepsNewlinesDropsEscapesAndRespectsTheLimit() {
    var area = TextAreaModel(maxLength: 8, width: 40)
    area.insert("a\u{1b}[31mb\r\nc\td")
    #expect(area.text == "ab\nc d")
    area.insert("123456")
    #expect(area.text == "ab\nc d12")
    #expect(area.editor.characters.count == 8)
  }

  @Test func graphemeClustersAreSingleSteps() {
    var area = TextAreaModel(text: "e\u{301}👩‍👩‍👧", width: 40)
    area.move(.left)
    #expect(area.editor.cursor == 1)
    #expect(area.caret.column == 1)
    area.delete(.backward)
    #expect(area.text == "👩‍👩‍👧")
  }

  @Test func scrollKeepsTheCaretVisible() {
    var area = TextAreaModel(
      text: (1...20).map { "line \($0)" }.joined(separator: "\n"), width: 40, height: 4)
    #expect(area.top == 16)
    area.move(.pageUp)
    #expect(area.caret.row == 15)
    #expect(area.top == 15)
    area.move(.textStart)
    #expect(area.top == 0)
    area.resize(width: 4, height: 2)
    #expect((area.top..<area.top + 2).contains(area.caret.row))
  }
}
