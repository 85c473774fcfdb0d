import Foundation

/// A list of labels with a type-to-filter query, a cursor and a scroll window that keeps the cursor
/// visible. Shared by the select and multi-select widgets.
///
/// Filtering keeps the options' order and matches the query as a substring, ignoring case and
/// accents (`zoe` finds `Zoë`). Indices called "option" index `labels`; `rows` are the options left
/// by the filter, in order.
public struct FilteredList: Equatable, Sendable {
  /// The option labels, as given.
  public let labels: [String]
  /// The filter query ("" shows everything).
  public private(set) var query: String = ""
  /// Option indices that match the query, in option order.
  public private(set) var rows: [Int]
  /// Cursor and scroll window over `rows`.
  public private(set) var viewport: ListViewport

  /// A list of `labels` showing `height` rows at a time.
  public init(labels: [String], height: Int = 10) {
    self.labels = labels
    self.rows = Array(labels.indices)
    self.viewport = ListViewport(count: labels.count, height: height)
  }

  /// The option under the cursor, or nil when the filter leaves nothing.
  public var currentOption: Int? { rows.isEmpty ? nil : rows[viewport.cursor] }

  /// The rows in the scroll window, as option indices.
  public var windowRows: ArraySlice<Int> { rows[viewport.window] }

  /// Moves the cursor and scrolls to keep it visible.
  public mutating func move(_ move: ListViewport.Move) { viewport.move(move) }

  /// Puts the cursor on `option` if the filter shows it.
  public mutating func focus(option: Int) {
    guard let row = rows.firstIndex(of: option) else { return }
    viewport.focus(row: row)
  }

  /// Changes the window height and keeps the cursor visible.
  public mutating func resize(height newHeight: Int) { viewport.resize(height: newHeight) }

  /// Applies a new query. The cursor stays on the same option when it still matches, else moves to
  /// `preferred` when that matches, else to the first row.
  public mutating func setQuery(_ newQuery: String, preferring preferred: Int? = nil) {
    let before = currentOption
    query = newQuery
    let needle = newQuery.trimmingSpaces
    rows =
      needle.isEmpty
      ? Array(labels.indices) : labels.indices.filter { Self.match(needle, in: labels[$0]) != nil }
    viewport.reset(count: rows.count)
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
}
