import Foundation

/// A list of labels with a type-to-filter query, a cursor and a scroll window that keeps the cursor
/// visible. Shared by the select and multi-select widgets.
///
/// Filtering keeps the options' order and matches the query as a substring, ignoring case and
/// accents (`zoe` finds `Zoë`). Indices called "option" index `labels`; `rows` are the options left
/// by the filter, in order.
public struct FilteredList: Equatable, Sendable {
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

  /// The option labels, as given.
  public let labels: [String]
  /// The filter query ("" shows everything).
  public private(set) var query: String = ""
  /// Option indices that match the query, in option order.
  public private(set) var rows: [Int]
  /// The cursor's position in `rows` (0 when `rows` is empty).
  public private(set) var cursor: Int = 0
  /// The first row shown.
  public private(set) var top: Int = 0
  /// How many rows fit on screen (at least 1).
  public private(set) var height: Int

  /// A list of `labels` showing `height` rows at a time.
  public init(labels: [String], height: Int = 10) {
    self.labels = labels
    self.rows = Array(labels.indices)
    self.height = max(1, height)
  }

  /// The option under the cursor, or nil when the filter leaves nothing.
  public var currentOption: Int? { rows.isEmpty ? nil : rows[cursor] }

  /// The rows in the scroll window, as option indices.
  public var windowRows: ArraySlice<Int> { rows[top..<min(rows.count, top + height)] }

  /// Moves the cursor and scrolls to keep it visible.
  public mutating func move(_ move: Move) {
    guard !rows.isEmpty else { return }
    let last = rows.count - 1
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

  /// Puts the cursor on `option` if the filter shows it.
  public mutating func focus(option: Int) {
    guard let row = rows.firstIndex(of: option) else { return }
    cursor = row
    scrollToCursor()
  }

  /// Changes the window height and keeps the cursor visible.
  public mutating func resize(height newHeight: Int) {
    height = max(1, newHeight)
    top = min(top, max(0, rows.count - height))
    scrollToCursor()
  }

  /// Applies a new query. The cursor stays on the same option when it still matches, else moves to
  /// `preferred` when that matches, else to the first row.
  public mutating func setQuery(_ newQuery: String, preferring preferred: Int? = nil) {
    let before = currentOption
    query = newQuery
    let needle = newQuery.trimmingSpaces
    rows = needle.isEmpty ? Array(labels.indices) : labels.indices.filter { Self.match(needle, in: labels[$0]) != nil }
    cursor = 0
    top = 0
    if let keep = [before, preferred].compactMap({ $0 }).first(where: { rows.contains($0) }) {
      focus(option: keep)
    }
  }

  /// Character offsets in `labels[option]` that the query matched, for highlighting.
  public func highlights(option: Int) -> Range<Int>? {
    let needle = query.trimmingSpaces
    guard !needle.isEmpty else { return nil }
    return Self.match(needle, in: labels[option])
  }

  /// The matched range of `needle` in `label` as character offsets, ignoring case and accents.
  static func match(_ needle: String, in label: String) -> Range<Int>? {
    guard let range = label.range(of: needle, options: [.caseInsensitive, .diacriticInsensitive]) else {
      return nil
    }
    let start = label.distance(from: label.startIndex, to: range.lowerBound)
    return start..<(start + label.distance(from: range.lowerBound, to: range.upperBound))
  }

  private mutating func scrollToCursor() {
    if cursor < top { top = cursor }
    if cursor >= top + height { top = cursor - height + 1 }
    top = max(0, min(top, max(0, rows.count - height)))
  }
}
