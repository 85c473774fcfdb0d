import ApplyCore
import TerminalUI

/// One row of the review page.
struct ReviewLine: Hashable, Sendable {
  /// What Enter does on a line that can be selected.
  enum Action: Hashable, Sendable {
    /// Open the screen editing this draft field, with the field focused.
    case jump(FieldPath)
    /// Send the application.
    case submit
    /// Show or hide the request body.
    case toggleBody
  }

  /// The text (already sanitised and fitted to the width).
  var text: String
  /// How it is drawn.
  var style: Style
  /// Columns to the left of the text.
  var indent: Int
  /// What Enter does, for selectable lines.
  var action: Action?
  /// Whether this row continues the row above (a wrapped message), highlighted with it.
  var continues: Bool
  /// A muted label drawn before the text in a column of `ReviewLines.labelWidth` (entries).
  var label: String?

  /// A row.
  init(
    _ text: String, _ style: Style = Style(.text), indent: Int = 0, action: Action? = nil,
    continues: Bool = false
  ) {
    self.text = text
    self.style = style
    self.indent = indent
    self.action = action
    self.continues = continues
    self.label = nil
  }
}

/// A scrollable page of rows with selectable ones among them (problems, buttons): ↑/↓ and the page
/// keys scroll, Tab and Shift-Tab move the selection (scrolling to it), and scrolling a selected row
/// out of view selects the first selectable row in view.
struct ReviewPage: Hashable, Sendable {
  /// The rows.
  private(set) var lines: [ReviewLine] = []
  /// The first row shown.
  private(set) var top = 0
  /// The selected row, if any.
  private(set) var selected: Int?
  /// Rows shown at once.
  private(set) var height = 1

  /// Replaces the rows, keeping the selection on the same action when it is still there.
  mutating func setLines(
    _ newLines: [ReviewLine], height newHeight: Int, preferring action: ReviewLine.Action?
  ) {
    let kept = action ?? selected.flatMap { lines.indices.contains($0) ? lines[$0].action : nil }
    lines = newLines
    height = max(1, newHeight)
    selected = kept.flatMap { wanted in lines.firstIndex { $0.action == wanted } } ?? selectable.first
    top = min(top, maxTop)
    reveal()
  }

  /// The selected row's action.
  var selectedAction: ReviewLine.Action? { selected.map { lines[$0].action } ?? nil }

  /// The indexes of selectable rows.
  var selectable: [Int] { lines.indices.filter { lines[$0].action != nil } }

  private var maxTop: Int { max(0, lines.count - height) }

  /// Scrolls by `rows` (negative: up).
  mutating func scroll(by rows: Int) {
    top = min(max(0, top + rows), maxTop)
    if let selected, !(top..<(top + height)).contains(selected) {
      self.selected = selectable.first { (top..<(top + height)).contains($0) } ?? selected
    }
  }

  /// Selects the next (or previous) selectable row; false when there is none in that direction.
  mutating func moveSelection(forward: Bool) -> Bool {
    let candidates = selectable
    guard !candidates.isEmpty else { return false }
    guard let selected else {
      self.selected = forward ? candidates.first : candidates.last
      reveal()
      return true
    }
    let next = forward ? candidates.first { $0 > selected } : candidates.last { $0 < selected }
    guard let next else { return false }
    self.selected = next
    reveal()
    return true
  }

  /// Selects the row with `action`.
  mutating func select(_ action: ReviewLine.Action) {
    guard let index = lines.firstIndex(where: { $0.action == action }) else { return }
    selected = index
    reveal()
  }

  /// Scrolls the least needed to show the selected row.
  private mutating func reveal() {
    guard let selected else { return }
    if selected < top { top = selected }
    if selected >= top + height { top = selected - height + 1 }
    top = min(max(0, top), maxTop)
  }

  /// Draws the visible rows into `canvas` (its height should be `height`).
  func render(in canvas: inout Canvas, focused: Bool) {
    for row in 0..<min(height, max(0, lines.count - top)) {
      let index = top + row
      let line = lines[index]
      let isSelected = focused && isHighlighted(index)
      if isSelected {
        canvas.fill(Rect(x: 0, y: row, width: canvas.size.width, height: 1), style: Style(.selection))
        if index == selected { canvas.put("›", at: Point(x: 0, y: row), style: Style(.focus, .bold)) }
      }
      let style = isSelected ? Style(line.action == .submit ? .buttonFocus : .selection, [.bold]) : line.style
      var x = 2 + line.indent
      if let label = line.label {
        canvas.put(label, at: Point(x: x, y: row), style: isSelected ? style : Style(.muted))
        x += ReviewLines.labelWidth
      }
      canvas.put(line.text, at: Point(x: x, y: row), style: style)
    }
    if top > 0 { canvas.put("▲", at: Point(x: canvas.size.width - 1, y: 0), style: Style(.muted)) }
    if top + height < lines.count {
      canvas.put("▼", at: Point(x: canvas.size.width - 1, y: height - 1), style: Style(.muted))
    }
  }

  /// Whether row `index` is the selected row or part of its wrapped text.
  private func isHighlighted(_ index: Int) -> Bool {
    guard let selected, index >= selected else { return false }
    return index == selected || lines[(selected + 1)...index].allSatisfy(\.continues)
  }

  /// "12–31 of 80" for the status bar.
  var position: String {
    lines.count <= height ? "" : "\(top + 1)–\(min(lines.count, top + height)) of \(lines.count)"
  }
}
