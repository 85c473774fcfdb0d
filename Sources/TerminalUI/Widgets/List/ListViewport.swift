/// A cursor over `count` rows and the scroll window of `height` rows that keeps it visible.
///
/// Shared by every list-like widget (select, multi-select, fuzzy list, file picker).
public struct ListViewport: Equatable, Sendable {
  /// One way to move the cursor.
  public enum Move: Equatable, Sendable {
    /// Up one row (wraps to the bottom, as huh does).
    case up
    /// Down one row (wraps to the top).
    case down
    /// Up half a window (Ctrl-U).
    case halfPageUp
    /// Down half a window (Ctrl-D).
    case halfPageDown
    /// Up a window (PgUp).
    case pageUp
    /// Down a window (PgDn).
    case pageDown
    /// The first row (g, Home).
    case first
    /// The last row (G, End).
    case last
  }

  /// How many rows there are.
  public private(set) var count: Int
  /// The cursor's row (0 when there are no rows).
  public private(set) var cursor = 0
  /// The first row shown.
  public private(set) var top = 0
  /// How many rows fit on screen (at least 1).
  public private(set) var height: Int

  /// A viewport over `count` rows showing `height` at a time, cursor on the first row.
  public init(count: Int, height: Int) {
    self.count = max(0, count)
    self.height = max(1, height)
  }

  /// The rows in the scroll window.
  public var window: Range<Int> { top..<min(count, top + height) }

  /// Moves the cursor and scrolls to keep it visible.
  public mutating func move(_ move: Move) {
    guard count > 0 else { return }
    let last = count - 1
    let half = max(1, height / 2)
    switch move {
    case .up: cursor = cursor == 0 ? last : cursor - 1
    case .down: cursor = cursor == last ? 0 : cursor + 1
    case .halfPageUp: cursor = max(0, cursor - half)
    case .halfPageDown: cursor = min(last, cursor + half)
    case .pageUp: cursor = max(0, cursor - height)
    case .pageDown: cursor = min(last, cursor + height)
    case .first: cursor = 0
    case .last: cursor = last
    }
    scrollToCursor()
  }

  /// Puts the cursor on `row` (clamped) and scrolls to it.
  public mutating func focus(row: Int) {
    cursor = count == 0 ? 0 : min(max(0, row), count - 1)
    scrollToCursor()
  }

  /// Changes the window height and keeps the cursor visible.
  public mutating func resize(height newHeight: Int) {
    height = max(1, newHeight)
    scrollToCursor()
  }

  /// Replaces the row count; the cursor goes to `cursor` (clamped), the window follows it.
  public mutating func reset(count newCount: Int, cursor newCursor: Int = 0) {
    count = max(0, newCount)
    top = 0
    focus(row: newCursor)
  }

  /// Changes the row count keeping cursor and window where they are when possible (rows appended).
  public mutating func grow(to newCount: Int) {
    count = max(0, newCount)
    focus(row: cursor)
  }

  private mutating func scrollToCursor() {
    if cursor < top { top = cursor }
    if cursor >= top + height { top = cursor - height + 1 }
    top = max(0, min(top, count - height))
  }
}
