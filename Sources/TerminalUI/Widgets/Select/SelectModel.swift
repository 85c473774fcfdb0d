/// One choice in a select or multi-select: the label shown and the value it stands for.
public struct SelectOption<Value: Equatable & Sendable>: Equatable, Sendable {
  /// What the user sees.
  public let label: String
  /// What the form gets.
  public let value: Value

  /// An option showing `label` for `value`.
  public init(_ label: String, value: Value) {
    self.label = label
    self.value = value
  }
}

extension SelectOption where Value == String {
  /// An option whose value is its label.
  public init(_ label: String) { self.init(label, value: label) }
}

/// Pick one option from a list (huh's Select), shown inline as a list or as a dropdown.
///
/// The cursor moves with the arrows; `choose()` takes the cursor's option. A dropdown opens on
/// Enter/Space/Down and closes on choosing or Esc. Typing filters the options; the chosen option
/// stays chosen when a filter hides it.
public struct SelectModel<Value: Equatable & Sendable>: Equatable, Sendable {
  /// How the options are shown.
  public enum Style: Equatable, Sendable {
    /// All options in the form, several rows tall.
    case list
    /// One row showing the choice; the options open in a popup.
    case dropdown
  }

  /// The options, in order.
  public let options: [SelectOption<Value>]
  /// List or dropdown.
  public let style: Style
  /// Whether nothing chosen is an error.
  public let isRequired: Bool
  /// The filterable, scrollable list of labels.
  public private(set) var list: FilteredList
  /// The index of the chosen option, if any.
  public private(set) var chosen: Int?
  /// Whether the dropdown popup is open (always false for `.list`).
  public private(set) var isOpen = false

  /// A select over `options`, preselecting the option equal to `value` if any.
  public init(
    options: [SelectOption<Value>], value: Value? = nil, style: Style = .list, height: Int = 8,
    isRequired: Bool = false
  ) {
    self.options = options
    self.style = style
    self.isRequired = isRequired
    self.list = FilteredList(labels: options.map(\.label), height: height)
    self.chosen = value.flatMap { wanted in options.firstIndex { $0.value == wanted } }
    if let chosen { list.focus(option: chosen) }
  }

  /// The chosen value, if any.
  public var value: Value? { chosen.map { options[$0].value } }

  /// Whether the options are on screen (list style, or an open dropdown).
  public var showsOptions: Bool { style == .list || isOpen }

  /// Why the field is not acceptable, or nil.
  public var validationMessage: String? {
    isRequired && chosen == nil ? "Choose one of the \(options.count) options." : nil
  }

  /// Moves the cursor (opening a closed dropdown instead).
  public mutating func move(_ move: ListViewport.Move) {
    if style == .dropdown && !isOpen {
      open()
      return
    }
    list.move(move)
  }

  /// Takes the cursor's option; closes the dropdown and clears the filter.
  public mutating func choose() {
    if let option = list.currentOption { chosen = option }
    if style == .dropdown { isOpen = false }
    list.setQuery("", preferring: chosen)
  }

  /// Chooses the option at `option` directly (line mode's numbered answers).
  public mutating func choose(option: Int) {
    guard options.indices.contains(option) else { return }
    chosen = option
    list.setQuery("", preferring: option)
  }

  /// Sets the filter query; the cursor stays on the chosen option while it matches.
  public mutating func filter(_ query: String) {
    if style == .dropdown { isOpen = true }
    list.setQuery(query, preferring: chosen)
  }

  /// Opens the dropdown with the cursor on the chosen option.
  public mutating func open() {
    guard style == .dropdown else { return }
    isOpen = true
    if let chosen { list.focus(option: chosen) }
  }

  /// Esc: clears an active filter first (the cursor returns to the chosen option), then closes the
  /// dropdown. Returns whether it did anything.
  @discardableResult
  public mutating func cancel() -> Bool {
    if !list.query.isEmpty {
      list.setQuery("")
      if let chosen { list.focus(option: chosen) }
      return true
    }
    if isOpen {
      isOpen = false
      if let chosen { list.focus(option: chosen) }
      return true
    }
    return false
  }

  /// Changes how many option rows are shown.
  public mutating func resize(height: Int) { list.resize(height: height) }
}
