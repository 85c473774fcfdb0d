import TextSafety

/// A searchable list form field (the job picker's shape): type to fuzzy-search items by all their
/// fields, ↑/↓ move, enter chooses and moves on. Matched characters are highlighted. Stays
/// responsive at 100,000 items (incremental search, see `FuzzySearch`).
///
/// Line mode takes a search text, lists the best ten numbered, then takes a number.
public struct FuzzyListField: Field {
  /// Key, labels, validation and visibility.
  public var info: FieldInfo
  /// The items, search, cursor and choice.
  public private(set) var model: FuzzyListModel<String>

  /// A list of items, each searchable by its fields (the first is the main label) and chosen by value.
  public init(_ info: FieldInfo, items: [(fields: [String], value: String)], height: Int = 8) {
    self.info = info
    self.model = FuzzyListModel(items: items, height: height)
  }

  /// The chosen item's value.
  public var value: FieldValue { model.value.map(FieldValue.choice) ?? .none }

  /// Searching and choosing.
  public var keyHelp: [KeyHelp] {
    [KeyHelp("type", "search"), KeyHelp("↑/↓", "move"), KeyHelp("enter", "choose")]
  }

  /// Handles a key or paste while focused.
  public mutating func handle(_ event: InputEvent) -> FieldResponse {
    switch event {
    case .paste(let text):
      model.setQuery(model.query + Sanitizer.clean(text))
      return .consumed
    case .key(let key):
      if let move = ListDrawing.move(for: key) {
        model.move(move)
        return .consumed
      }
      switch key {
      case .enter:
        model.choose()
        return model.chosen == nil ? .consumed : .next
      case .escape:
        guard !model.query.isEmpty else { return .ignored }
        model.setQuery("")
        return .consumed
      default:
        guard let query = ListDrawing.edit(model.query, with: key, allowSpace: true) else { return .ignored }
        model.setQuery(query)
        return .consumed
      }
    default:
      return .ignored
    }
  }

  /// The search line, the rows and a count line.
  public func height(width: Int, context: FieldContext) -> Int {
    2 + max(1, min(model.values.count, model.viewport.height))
  }

  /// Draws the search line, the matching items with highlights, and the count.
  public func render(in canvas: inout Canvas, context: FieldContext) {
    ListDrawing.inputLine(
      prompt: "/ ", text: model.query, placeholder: "type to search", focused: context.isFocused, in: &canvas)
    var y = 1
    if model.windowItems.isEmpty {
      ListDrawing.note("  nothing matches", at: y, in: &canvas)
      y += 1
    }
    let fields = model.search.index.items
    for (offset, item) in model.windowItems.enumerated() {
      let isCursor = model.viewport.window.lowerBound + offset == model.viewport.cursor
      let (label, highlights) = Self.joined(
        fields[Int(item)].map { Sanitizer.clean($0) }, model.highlights(item: item))
      let mark = model.chosen == Int(item) ? "● " : "  "
      ListDrawing.row(
        label, marker: (isCursor && context.isFocused ? "> " : "  ") + mark, highlights: highlights, at: y,
        isCursor: isCursor, focused: context.isFocused, in: &canvas)
      y += 1
    }
    ListDrawing.note("  \(model.countLabel)", at: max(y, 1 + model.viewport.height), in: &canvas)
  }

  /// Fields joined with ` · `, and the per-field highlight offsets shifted into the joined text.
  static func joined(_ fields: [String], _ highlights: [[Int]]) -> (String, Set<Int>) {
    var text = ""
    var offsets = Set<Int>()
    for (number, field) in fields.enumerated() {
      if number > 0 { text += " · " }
      let base = text.count
      for offset in number < highlights.count ? highlights[number] : [] { offsets.insert(base + offset) }
      text += field
    }
    return (text, offsets)
  }

  /// How to answer.
  public var accessiblePrompt: [String] {
    ["Type words to search, then the number of your choice."]
  }

  /// A number picks from the last search's list; anything else searches and lists the best ten.
  public mutating func accept(line: String) -> String? {
    let answer = Sanitizer.clean(line).trimmingSpaces
    if answer.isEmpty { return model.chosen == nil ? "Type words to search." : nil }
    if !model.query.isEmpty, let number = Int(answer),
      (1...min(10, model.search.results.count)).contains(number)
    {
      model.move(.first)
      for _ in 1..<number { model.move(.down) }
      model.choose()
      return nil
    }
    model.setQuery(answer)
    let best = model.search.results.prefix(10).enumerated().map { offset, item in
      "\(offset + 1). "
        + model.search.index.items[Int(item)].map { Sanitizer.clean($0) }.joined(separator: " · ")
    }
    guard !best.isEmpty else { return "Nothing matches \"\(answer)\". Try other words." }
    return
      (["\(model.search.results.count) match(es):"] + best + [
        "Enter a number, or other words to search again."
      ])
      .joined(separator: "\n")
  }
}
