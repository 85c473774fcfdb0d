/// Pick any number of options (huh's MultiSelect): Space or x toggles the cursor's option, Ctrl-A
/// chooses every option the filter shows (or clears them when all are chosen).
///
/// An optional `limit` holds at all times, including while a filter is active (the bug huh fixed in
/// PR #800): the count includes options the filter hides, and select-all stops at the limit.
public struct MultiSelectModel<Value: Equatable & Sendable>: Equatable, Sendable {
  /// The options, in order.
  public let options: [SelectOption<Value>]
  /// The most options that may be chosen, if limited.
  public let limit: Int?
  /// The fewest options that must be chosen (0: none needed).
  public let minimum: Int
  /// The filterable, scrollable list of labels.
  public private(set) var list: FilteredList
  /// Indices of the chosen options.
  public private(set) var chosen: Set<Int>
  /// A one-off notice from the last action (e.g. the limit was reached), cleared by the next one.
  public private(set) var notice: String?

  /// A multi-select over `options`, preselecting those whose value is in `values` (up to the limit).
  public init(
    options: [SelectOption<Value>], values: [Value] = [], limit: Int? = nil, minimum: Int = 0,
    height: Int = 8
  ) {
    self.options = options
    self.limit = limit.map { max(1, $0) }
    self.minimum = max(0, minimum)
    self.list = FilteredList(labels: options.map(\.label), height: height)
    let preselected = options.indices.filter { index in values.contains(options[index].value) }
    self.chosen = Set(preselected.prefix(self.limit ?? preselected.count))
  }

  /// The chosen values, in option order.
  public var values: [Value] { chosen.sorted().map { options[$0].value } }

  /// Whether the limit is reached.
  public var isFull: Bool { limit.map { chosen.count >= $0 } ?? false }

  /// `2 of 3 chosen` with a limit, else `2 chosen`.
  public var countLabel: String {
    limit.map { "\(chosen.count) of \($0) chosen" } ?? "\(chosen.count) chosen"
  }

  /// Why the field is not acceptable, or nil.
  public var validationMessage: String? {
    guard chosen.count < minimum else { return nil }
    return minimum == 1 ? "Choose at least one option." : "Choose at least \(minimum) options."
  }

  /// Moves the cursor.
  public mutating func move(_ move: ListViewport.Move) {
    notice = nil
    list.move(move)
  }

  /// Toggles the cursor's option; refuses to add past the limit, with a notice.
  public mutating func toggle() {
    notice = nil
    guard let option = list.currentOption else { return }
    if chosen.contains(option) {
      chosen.remove(option)
    } else if isFull, let limit {
      notice = "You can choose at most \(limit). Unselect one first."
    } else {
      chosen.insert(option)
    }
  }

  /// Chooses every option the filter shows, in order, until the limit; when they are all chosen
  /// already, unchooses them instead.
  public mutating func toggleAll() {
    notice = nil
    let shown = list.rows
    if !shown.isEmpty && shown.allSatisfy(chosen.contains) {
      chosen.subtract(shown)
      return
    }
    var skipped = 0
    for option in shown where !chosen.contains(option) {
      if isFull {
        skipped += 1
      } else {
        chosen.insert(option)
      }
    }
    if skipped > 0, let limit {
      notice = "Chose up to the limit of \(limit); \(skipped) not chosen."
    }
  }

  /// Toggles `option` directly (line mode's numbered answers); same limit rule as `toggle()`.
  public mutating func toggle(option: Int) {
    guard options.indices.contains(option) else { return }
    list.setQuery("", preferring: option)
    list.focus(option: option)
    toggle()
  }

  /// Replaces the choice with exactly `options` (line mode); refuses more than the limit.
  /// - Returns: nil when accepted, else why not.
  public mutating func choose(options newOptions: [Int]) -> String? {
    let wanted = Set(newOptions.filter(options.indices.contains))
    if let limit, wanted.count > limit { return "Choose at most \(limit); that was \(wanted.count)." }
    chosen = wanted
    notice = nil
    return nil
  }

  /// Sets the filter query. Chosen options stay chosen while hidden.
  public mutating func filter(_ query: String) {
    notice = nil
    list.setQuery(query)
  }

  /// Esc: clears an active filter. Returns whether it did anything.
  @discardableResult
  public mutating func cancel() -> Bool {
    guard !list.query.isEmpty else { return false }
    list.setQuery("")
    return true
  }

  /// Changes how many option rows are shown.
  public mutating func resize(height: Int) { list.resize(height: height) }
}
