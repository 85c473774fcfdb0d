public import TerminalUI
import TextSafety

/// A list of records drawn as a table (header row, one row per record, the cursor row highlighted)
/// that scrolls to keep the cursor visible. Shared by the drafts, outbox and history screens.
public struct RecordTable: Sendable, Equatable {
  /// A column: its title and width (nil: whatever is left).
  public struct Column: Sendable, Equatable {
    /// The header.
    public var title: String
    /// Columns it takes; nil for the one flexible column.
    public var width: Int?

    /// A column.
    public init(_ title: String, width: Int? = nil) {
      self.title = title
      self.width = width
    }
  }

  /// One cell: text and its role.
  public struct Cell: Sendable, Equatable {
    /// The text (sanitised when drawn).
    public var text: String
    /// How it looks.
    public var role: Role

    /// A cell.
    public init(_ text: String, _ role: Role = .text) {
      self.text = text
      self.role = role
    }
  }

  /// The cursor and the scroll window.
  public private(set) var viewport: ListViewport

  /// A table of `count` rows showing `height` at a time.
  public init(count: Int, height: Int) {
    viewport = ListViewport(count: count, height: height)
  }

  /// The cursor's row, nil when there are no rows.
  public var cursor: Int? { viewport.count == 0 ? nil : viewport.cursor }

  /// Moves the cursor for a key (arrows, ctrl+p/n, page keys, home/end); false when the key is not a move.
  public mutating func handle(_ key: KeyPress) -> Bool {
    let move: ListViewport.Move? =
      switch key {
      case KeyPress(.up), .control("p"), .character("k"): .up
      case KeyPress(.down), .control("n"), .character("j"): .down
      case KeyPress(.pageUp): .pageUp
      case KeyPress(.pageDown): .pageDown
      case KeyPress(.home), .character("g"): .first
      case KeyPress(.end), .character("G"): .last
      default: nil
      }
    guard let move else { return false }
    viewport.move(move)
    return true
  }

  /// Replaces the row count, keeping the cursor where it was when possible.
  public mutating func reset(count: Int) {
    viewport.reset(count: count, cursor: viewport.cursor)
  }

  /// Changes how many rows show.
  public mutating func resize(height: Int) {
    viewport.resize(height: height)
  }

  /// Draws the header and the rows in the window into `rect` (one row for the header, the rest for records).
  public func draw(
    on screen: inout Screen, in rect: Rect, columns: [Column], rows: [[Cell]], focused: Bool = true
  ) {
    let fixed = columns.compactMap(\.width).reduce(0, +) + columns.count - 1
    let widths = columns.map { $0.width ?? max(4, rect.width - 2 - fixed) }
    func put(_ cells: [Cell], y: Int, base: Style?) {
      var x = rect.minX + 2
      for (cell, width) in zip(cells, widths) {
        let text = Sanitizer.clean(cell.text).truncated(toWidth: width)
        screen.put(text, at: Point(x: x, y: y), style: base ?? Style(cell.role), clip: rect)
        x += width + 1
      }
    }
    put(columns.map { Cell($0.title, .muted) }, y: rect.minY, base: Style(.muted, .bold))
    for (offset, index) in viewport.window.enumerated() where index < rows.count {
      let y = rect.minY + 1 + offset
      guard y < rect.maxY else { break }
      let isCursor = index == viewport.cursor
      if isCursor && focused {
        screen.fill(Rect(x: rect.minX, y: y, width: rect.width, height: 1), style: Style(.selection))
      }
      if isCursor { screen.put(">", at: Point(x: rect.minX, y: y), style: Style(.focus, .bold), clip: rect) }
      put(rows[index], y: y, base: isCursor && focused ? Style(.selection) : nil)
    }
  }
}

/// A row of buttons, one of them focused: `[ Resume ]  [ New application ]`.
public enum ButtonRow {
  /// Draws `labels` from `origin`, `focused` highlighted; returns the column after the last.
  @discardableResult
  public static func draw(
    _ labels: [String], focused: Int?, on screen: inout Screen, at origin: Point, clip: Rect
  )
    -> Int
  {
    var x = origin.x
    for (index, label) in labels.enumerated() {
      let style = index == focused ? Style(.buttonFocus, .reverse) : Style(.button)
      x = screen.put("[ \(label) ]", at: Point(x: x, y: origin.y), style: style, clip: clip) + 2
    }
    return x
  }
}
