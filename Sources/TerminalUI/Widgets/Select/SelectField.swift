import TextSafety

/// A form field for choosing one option, inline as a list or as a dropdown (huh's Select).
///
/// Keys: ↑/↓ (ctrl+p/n, pgup/pgdn, home/end) move; typing filters (backspace edits, esc clears);
/// space chooses; enter chooses and moves on (a closed dropdown: space or ↓ opens it; enter in the open
/// list chooses, closes it and moves on).
/// Line mode lists the options numbered and takes a number or an option's exact label.
public struct SelectField: Field {
  /// Key, labels, validation and visibility.
  public var info: FieldInfo
  /// The options, filter, cursor and choice.
  public private(set) var model: SelectModel<String>

  /// A select over `options`, preselecting `value`; `height` option rows are shown at once.
  public init(
    _ info: FieldInfo, options: [SelectOption<String>], value: String? = nil,
    style: SelectModel<String>.Style = .list, height: Int = 6
  ) {
    self.info = info
    self.model = SelectModel(options: options, value: value, style: style, height: height)
  }

  /// The chosen option's value.
  public var value: FieldValue { model.value.map(FieldValue.choice) ?? .none }

  /// Moving, filtering and choosing.
  public var keyHelp: [KeyHelp] {
    model.showsOptions
      ? [KeyHelp("↑/↓", "move"), KeyHelp("type", "filter"), KeyHelp("space", "choose")]
      : [KeyHelp("space", "open")]
  }

  /// Handles a key or paste while focused.
  public mutating func handle(_ event: InputEvent) -> FieldResponse {
    switch event {
    case .paste(let text):
      model.filter(model.list.query + Sanitizer.clean(text))
      return .consumed
    case .key(let key):
      return handle(key)
    default:
      return .ignored
    }
  }

  private mutating func handle(_ key: KeyPress) -> FieldResponse {
    if let move = ListDrawing.move(for: key) {
      if model.style == .dropdown && !model.isOpen && move != .down { return .ignored }
      model.move(move)
      return .consumed
    }
    switch key {
    case .enter:
      guard model.showsOptions else { return .next }
      let before = model.chosen
      model.choose()
      return model.style == .list || before == model.chosen ? .next : .answered
    case .character(" "):
      guard model.showsOptions else {
        model.open()
        return .consumed
      }
      let before = model.chosen
      model.choose()
      return before == model.chosen ? .consumed : .changed
    case .escape:
      return model.cancel() ? .consumed : .ignored
    default:
      guard model.showsOptions || key.plainCharacter != nil,
        let query = ListDrawing.edit(model.list.query, with: key)
      else { return .ignored }
      model.filter(query)
      return .consumed
    }
  }

  /// Option rows (plus a filter line while filtering) for a list; one row for a dropdown.
  public func height(width: Int, context: FieldContext) -> Int {
    guard model.style == .list else { return 1 }
    let rows = min(model.options.count, model.list.viewport.height)
    return max(1, rows) + (model.list.query.isEmpty ? 0 : 1)
  }

  /// Draws the list, or the dropdown's closed row.
  public func render(in canvas: inout Canvas, context: FieldContext) {
    guard model.style == .list else {
      let label = model.chosen.map { model.options[$0].label }
      let arrow = context.isFocused ? Style(.focus) : Style(.muted)
      let x = canvas.put(model.isOpen ? "▴ " : "▾ ", at: .zero, style: arrow)
      ListDrawing.note(
        label ?? "Choose…", at: 0, x: x, style: Style(label == nil ? .placeholder : .input), in: &canvas)
      return
    }
    drawOptions(in: &canvas, top: 0, focused: context.isFocused)
  }

  /// Draws an open dropdown's options in a framed popup under the closed row (above it when there
  /// is no room below).
  public func renderOverlay(in canvas: inout Canvas, anchor: Rect) {
    guard model.style == .dropdown && model.isOpen else { return }
    let rows =
      max(1, min(model.options.count, model.list.viewport.height)) + (model.list.query.isEmpty ? 0 : 1)
    let below = anchor.maxY
    let top = below + rows + 2 <= canvas.size.height ? below : max(0, anchor.minY - rows - 2)
    let box = Rect(x: max(0, anchor.minX - 1), y: top, width: max(3, anchor.size.width), height: rows + 2)
    guard let inside = Popup.draw(box, in: &canvas) else { return }
    canvas.withRegion(inside) { drawOptions(in: &$0, top: 0, focused: true) }
  }

  private func drawOptions(in canvas: inout Canvas, top: Int, focused: Bool) {
    let list = model.list
    var y = top
    if list.rows.isEmpty {
      ListDrawing.note("No option matches \"\(list.query)\".", at: y, in: &canvas)
      y += 1
    }
    for (offset, option) in list.windowRows.enumerated() {
      let isCursor = list.viewport.window.lowerBound + offset == list.viewport.cursor
      let mark = model.chosen == option ? "● " : "○ "
      let highlights = list.highlights(option: option).map { Set($0) } ?? []
      ListDrawing.row(
        list.labels[option], marker: (isCursor && focused ? "> " : "  ") + mark, highlights: highlights,
        at: y,
        isCursor: isCursor, focused: focused, in: &canvas)
      y += 1
    }
    if !list.query.isEmpty {
      ListDrawing.note(
        "filter: \(list.query) · \(list.rows.count) of \(model.options.count) · esc clears", at: y,
        in: &canvas)
    }
  }

  /// The numbered options and how to answer.
  public var accessiblePrompt: [String] {
    model.options.enumerated().map { "\($0.offset + 1). \(Sanitizer.clean($0.element.label))" }
      + ["Enter a number between 1 and \(model.options.count)."]
  }

  /// Takes an option number or an exact label; an empty line keeps the current choice.
  public mutating func accept(line: String) -> String? {
    let answer = line.trimmingSpaces
    if answer.isEmpty { return nil }
    if let numbers = ListDrawing.numbers(in: answer, count: model.options.count), numbers.count == 1 {
      model.choose(option: numbers[0])
      return nil
    }
    if let index = model.options.firstIndex(where: { $0.label.lowercased() == answer.lowercased() }) {
      model.choose(option: index)
      return nil
    }
    return "Enter a number between 1 and \(model.options.count)."
  }
}
