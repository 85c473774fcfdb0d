/// A searchable list (the job picker's shape): type to fuzzy-filter items by several fields, move
/// with the arrows, Enter chooses. Matched characters are reported for highlighting.
public struct FuzzyListModel<Value: Equatable & Sendable>: Sendable {
  /// The items' values, parallel to the index's items.
  public let values: [Value]
  /// The incremental search over the items' fields.
  public private(set) var search: FuzzySearch
  /// Cursor and scroll window over `search.results`.
  public private(set) var viewport: ListViewport
  /// The chosen item's index, if any.
  public private(set) var chosen: Int?
  /// Whether nothing chosen is an error.
  public let isRequired: Bool

  /// A list of `items`, each a value with its searchable fields (the first is the main label).
  public init(items: [(fields: [String], value: Value)], height: Int = 10, isRequired: Bool = false) {
    values = items.map(\.value)
    search = FuzzySearch(index: FuzzyIndex(items: items.map(\.fields)))
    viewport = ListViewport(count: items.count, height: height)
    self.isRequired = isRequired
  }

  /// The query as typed.
  public var query: String { search.query.text }

  /// The chosen value, if any.
  public var value: Value? { chosen.map { values[$0] } }

  /// The item under the cursor, if any match.
  public var currentItem: Int? {
    search.results.isEmpty ? nil : Int(search.results[viewport.cursor])
  }

  /// The items in the scroll window, best first.
  public var windowItems: ArraySlice<Int32> { search.results[viewport.window] }

  /// `12 of 100000` when filtered, else `100000 items`.
  public var countLabel: String {
    search.query.isEmpty ? "\(values.count) items" : "\(search.results.count) of \(values.count)"
  }

  /// Why the field is not acceptable, or nil.
  public var validationMessage: String? {
    isRequired && chosen == nil ? "Choose one: type to search, Enter to choose." : nil
  }

  /// Runs a new query; the cursor goes to the best match.
  public mutating func setQuery(_ text: String) {
    search.update(query: text)
    viewport.reset(count: search.results.count)
  }

  /// Moves the cursor.
  public mutating func move(_ move: ListViewport.Move) { viewport.move(move) }

  /// Chooses the item under the cursor.
  public mutating func choose() {
    if let currentItem { chosen = currentItem }
  }

  /// Changes how many rows are shown.
  public mutating func resize(height: Int) { viewport.resize(height: height) }

  /// Per field, the matched character offsets of `item`.
  public func highlights(item: Int32) -> [[Int]] { search.highlights(item: item) }
}
