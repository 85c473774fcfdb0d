import Testing

@testable import TerminalUI

@Suite struct ScreenTests {
  @Test func wideClustersTakeTwoCellsAndDumpOnce() {
    var screen = Screen(size: Size(width: 10, height: 1))
    let end = screen.put("山田 Zoë", at: .zero)
    #expect(end == 8)
    #expect(screen[0, 0].width == 2 && screen[1, 0].isContinuation)
    #expect(screen.text == "山田 Zoë")
  }

  @Test func escapeSequencesNeverBecomeCells() {
    var screen = Screen(size: Size(width: 20, height: 1))
    screen.put("\u{1B}[31mred\u{1B}]0;x\u{07}\n!", at: .zero)
    #expect(screen.text == "red !")
    #expect(!screen.cells.contains { $0.character.unicodeScalars.contains { $0.value < 0x20 } })
  }

  @Test func clipsToRectAndBlanksAWideClusterCrossingTheEdge() {
    var screen = Screen(size: Size(width: 10, height: 2))
    screen.put("ab山田", at: Point(x: 1, y: 0), clip: Rect(x: 2, y: 0, width: 4, height: 1))
    #expect(screen.line(0) == "  b山")
    screen.put("ab山", at: Point(x: 6, y: 1), clip: Rect(x: 0, y: 1, width: 9, height: 1))
    #expect(screen.line(1) == "      ab")
    #expect(screen[8, 1] == .blank())
  }

  @Test func overwritingHalfAWideClusterBlanksTheOtherHalf() {
    var screen = Screen(size: Size(width: 6, height: 1))
    screen.put("山田", at: .zero)
    screen.put("x", at: Point(x: 1, y: 0))
    #expect(screen.line(0) == " x田")
    screen.put("y", at: Point(x: 2, y: 0))
    #expect(screen.line(0) == " xy")
    #expect(!screen.cells.contains { $0.isContinuation })
  }

  @Test func drawingOffScreenIsHarmless() {
    var screen = Screen(size: Size(width: 3, height: 1))
    screen.put("hello", at: Point(x: -2, y: 0))
    screen.put("x", at: Point(x: 0, y: 5))
    screen.fill(Rect(x: -5, y: -5, width: 100, height: 100), with: "#")
    #expect(screen.text == "###")
    var empty = Screen(size: .zero)
    empty.put("x", at: .zero)
    #expect(empty.text == "")
  }

  @Test func diffSendsOnlyChangedCells() {
    var before = Screen(size: Size(width: 20, height: 3))
    before.put("Name: Zoe", at: Point(x: 0, y: 1))
    var after = before
    after.put("Name: Zoë", at: Point(x: 0, y: 1))
    let update = after.changes(from: before)
    #expect(!update.isFull)
    #expect(update.runs == [ScreenUpdate.Run(y: 1, x: 8, cells: [Cell("ë", width: 1)])])
    #expect(after.changes(from: after).runs.isEmpty)
  }

  @Test func diffRedrawsWholeWideClusters() {
    var before = Screen(size: Size(width: 6, height: 1))
    before.put("山田", at: .zero)
    var after = before
    after.put("x", at: Point(x: 1, y: 0))
    let update = after.changes(from: before)
    #expect(update.runs.count == 1)
    #expect(update.runs[0].x == 0)
    #expect(update.runs[0].cells.map(\.character) == [" ", "x"])
    var wider = before
    wider.put("太", at: Point(x: 2, y: 0))
    #expect(
      wider.changes(from: before).runs == [
        ScreenUpdate.Run(
          y: 0, x: 2, cells: [Cell("太", width: 2), Cell.continuation(.plain)])
      ])
  }

  @Test func firstFrameAndResizeAreFullRedraws() {
    let small = Screen(size: Size(width: 4, height: 2))
    #expect(small.changes(from: nil).isFull)
    #expect(small.changes(from: nil).cellCount == 8)
    #expect(small.changes(from: Screen(size: Size(width: 5, height: 2))).isFull)
  }

  @Test func styledDumpMarksRuns() {
    var screen = Screen(size: Size(width: 20, height: 1))
    var x = screen.put("Name", at: .zero, style: Style(.title, .bold))
    x = screen.put(" *", at: Point(x: x, y: 0), style: Style(.required))
    screen.put(" Zoë", at: Point(x: x, y: 0))
    #expect(screen.roleText == "[title bold]Name[/][required] *[/] Zoë")
  }

  @Test func canvasDrawsInLocalCoordinatesAndClips() {
    var screen = Screen(size: Size(width: 10, height: 4))
    screen.withCanvas(origin: Point(x: 2, y: -1), clip: Rect(x: 0, y: 0, width: 6, height: 4)) { canvas in
      canvas.put("hidden", at: Point(x: 0, y: 0))
      canvas.put("shown-and-cut", at: Point(x: 0, y: 1))
      canvas.setCursor(Point(x: 1, y: 1))
      canvas.withRegion(Rect(x: 1, y: 2, width: 2, height: 1)) { inner in
        inner.put("xyz", at: .zero)
      }
    }
    #expect(screen.text == "  show\n   xy\n\n")
    #expect(screen.cursor == Point(x: 3, y: 0))
  }
}
