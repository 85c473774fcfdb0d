import TextSafety

/// Multi-line text editing: the readline keys of a text input made line-aware, soft wrapping by
/// display width, and a scroll window that keeps the caret visible.
///
/// Text and caret live in a `LineEditor` (grapheme clusters, kill ring, length limit in characters,
/// newlines counted). Wrapping breaks after spaces where it can and splits long words by cluster; the
/// last row of each line keeps one column free for the caret, so the caret never leaves the width.
public struct TextAreaModel: Hashable, Sendable {
  /// One screen row of wrapped text.
  public struct Row: Hashable, Sendable {
    /// The characters shown on the row (never a newline).
    public let range: Range<Int>
    /// Whether the row ends its line (the next character, if any, is a newline).
    public let endsLine: Bool
  }

  /// The text, caret and kill ring.
  public private(set) var editor: LineEditor
  /// Columns available for text.
  public private(set) var width: Int
  /// Rows shown at once.
  public private(set) var height: Int
  /// The first row shown.
  public private(set) var top = 0
  /// The column Up/Down aim for, kept across vertical moves.
  private var goalColumn: Int?

  /// The narrowest layout width (one column stays free for the caret).
  static let minimumWidth = 3

  /// A text area holding `text`, caret at the end.
  public init(text: String = "", maxLength: Int? = nil, width: Int = 60, height: Int = 5) {
    editor = LineEditor(Sanitizer.clean(text, keepNewlines: true), maxLength: maxLength)
    self.width = max(Self.minimumWidth, width)
    self.height = max(1, height)
    scrollToCaret()
  }

  /// The text.
  public var text: String { editor.text }

  /// The wrapped rows at the current width.
  public var rows: [Row] { Self.layout(editor.characters, width: width) }

  /// The caret as (row, column) in `rows`.
  public var caret: (row: Int, column: Int) { Self.position(of: editor.cursor, in: rows, editor.characters) }

  /// Relays out for a new size and keeps the caret visible.
  public mutating func resize(width newWidth: Int, height newHeight: Int) {
    width = max(Self.minimumWidth, newWidth)
    height = max(1, newHeight)
    scrollToCaret()
  }

  /// Inserts typed or pasted text at the caret as one edit (escape sequences removed, newlines kept).
  @discardableResult
  public mutating func insert(_ text: String) -> Bool {
    edited(editor.insert(Sanitizer.clean(text, keepNewlines: true)))
  }

  /// One way to move the caret.
  public enum Move: Hashable, Sendable {
    case left, right, up, down, wordLeft, wordRight, lineStart, lineEnd, pageUp, pageDown, textStart, textEnd
  }

  /// Moves the caret.
  public mutating func move(_ move: Move) {
    let vertical: Int? =
      switch move {
      case .up: -1
      case .down: 1
      case .pageUp: -height
      case .pageDown: height
      default: nil
      }
    if let vertical {
      moveVertically(by: vertical)
      return
    }
    goalColumn = nil
    switch move {
    case .left: editor.move(to: editor.cursor - 1)
    case .right: editor.move(to: editor.cursor + 1)
    case .wordLeft: editor.move(to: editor.previousWordStart)
    case .wordRight: editor.move(to: editor.nextWordEnd)
    case .lineStart: editor.move(to: lineStart)
    case .lineEnd: editor.move(to: lineEnd)
    case .textStart: editor.move(to: 0)
    default: editor.move(to: editor.characters.count)
    }
    scrollToCaret()
  }

  /// One way to delete.
  public enum Deletion: Hashable, Sendable {
    /// Backspace.
    case backward
    /// Delete / Ctrl-D.
    case forward
    /// Ctrl-W: the word before the caret (into the kill ring).
    case wordBackward
    /// Alt-D: the word after the caret.
    case wordForward
    /// Ctrl-K: to the end of the line, or the newline itself at the end of a line.
    case toLineEnd
    /// Ctrl-U: to the start of the line.
    case toLineStart
  }

  /// Deletes; returns whether the text changed.
  @discardableResult
  public mutating func delete(_ deletion: Deletion) -> Bool {
    let cursor = editor.cursor
    switch deletion {
    case .backward: return edited(editor.delete(to: cursor - 1))
    case .forward: return edited(editor.delete(to: cursor + 1))
    case .wordBackward: return edited(editor.delete(to: editor.previousWordStart, kill: true))
    case .wordForward: return edited(editor.delete(to: editor.nextWordEnd, kill: true))
    case .toLineEnd: return edited(editor.delete(to: lineEnd == cursor ? cursor + 1 : lineEnd, kill: true))
    case .toLineStart: return edited(editor.delete(to: lineStart, kill: true))
    }
  }

  /// Ctrl-Y: inserts the last killed text.
  @discardableResult
  public mutating func yank() -> Bool { edited(editor.yank()) }

  /// Replaces the whole text (line mode), caret at the end.
  public mutating func replace(with text: String) {
    editor.replace(with: Sanitizer.clean(text, keepNewlines: true))
    edited(true)
  }

  /// The start of the caret's logical line.
  private var lineStart: Int {
    editor.characters[..<editor.cursor].lastIndex(of: "\n").map { $0 + 1 } ?? 0
  }

  /// The end of the caret's logical line (before its newline).
  private var lineEnd: Int {
    editor.characters[editor.cursor...].firstIndex(of: "\n") ?? editor.characters.count
  }

  @discardableResult
  private mutating func edited(_ changed: Bool) -> Bool {
    goalColumn = nil
    scrollToCaret()
    return changed
  }

  private mutating func moveVertically(by delta: Int) {
    let rows = rows
    let (row, column) = Self.position(of: editor.cursor, in: rows, editor.characters)
    let goal = goalColumn ?? column
    let target = min(max(0, row + delta), rows.count - 1)
    if target == row {
      editor.move(to: delta < 0 ? 0 : editor.characters.count)
    } else {
      let destination = rows[target]
      var index = destination.range.lowerBound
      var used = 0
      let last =
        destination.endsLine
        ? destination.range.upperBound : max(destination.range.lowerBound, destination.range.upperBound - 1)
      while index < last && used + editor.characters[index].displayWidth <= goal {
        used += editor.characters[index].displayWidth
        index += 1
      }
      editor.move(to: index)
    }
    goalColumn = goal
    scrollToCaret()
  }

  private mutating func scrollToCaret() {
    let row = caret.row
    if row < top { top = row }
    if row >= top + height { top = row - height + 1 }
    top = max(0, min(top, max(0, rows.count - height)))
  }

  /// Rows of `characters` wrapped at `width` columns.
  static func layout(_ characters: [Character], width: Int) -> [Row] {
    let width = max(minimumWidth, width)
    var rows: [Row] = []
    var lineStart = 0
    while lineStart <= characters.count {
      let lineEnd = characters[lineStart...].firstIndex(of: "\n") ?? characters.count
      wrapLine(characters, lineStart..<lineEnd, width: width, into: &rows)
      lineStart = lineEnd + 1
    }
    return rows
  }

  /// Wraps one line (no newline inside), keeping a free column on its last row.
  private static func wrapLine(
    _ characters: [Character], _ line: Range<Int>, width: Int, into rows: inout [Row]
  ) {
    var start = line.lowerBound
    while true {
      var used = 0
      var index = start
      var lastBreak: Int?
      while index < line.upperBound && used + characters[index].displayWidth <= width {
        used += characters[index].displayWidth
        index += 1
        if characters[index - 1] == " " { lastBreak = index }
      }
      if index == line.upperBound && used < width {
        rows.append(Row(range: start..<index, endsLine: true))
        return
      }
      // The row is full: break after the last space, else before the character that does not fit
      // (or, at the line's end, before the last character so the caret keeps its column).
      var end = index == line.upperBound ? index - 1 : index
      if let lastBreak, lastBreak > start { end = min(end, lastBreak) }
      end = max(end, start + 1)
      rows.append(Row(range: start..<end, endsLine: false))
      start = end
    }
  }

  /// The (row, column) of caret `index`: on the row containing it, or at the end of a line's last row.
  static func position(of index: Int, in rows: [Row], _ characters: [Character]) -> (row: Int, column: Int) {
    for (number, row) in rows.enumerated()
    where row.range.contains(index) || (index == row.range.upperBound && row.endsLine) {
      let column = characters[row.range.lowerBound..<index].reduce(0) { $0 + $1.displayWidth }
      return (number, column)
    }
    return (max(0, rows.count - 1), 0)
  }
}
