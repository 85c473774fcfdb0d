import TextSafety

/// A form field for choosing several options (huh's MultiSelect), with an optional limit that also
/// holds while filtering.
///
/// Keys: ↑/↓ move; space (or x when no filter is typed) toggles; ctrl+a chooses all shown (up to the
/// limit) or clears them; typing filters (backspace edits, esc clears); enter moves on, choosing the
/// highlighted option first when a filter is typed and that option is not chosen yet. Line mode
/// takes option numbers separated by commas or spaces.
public struct MultiSelectField: Field {
  /// Key, labels, validation and visibility.
  public var info: FieldInfo
  /// The options, filter, cursor, choices and limit.
  public private(set) var model: MultiSelectModel<String>

  /// A multi-select over `options`, preselecting `values`.
  public init(
    _ info: FieldInfo, options: [SelectOption<String>], values: [String] = [], limit: Int? = nil,
    height: Int = 6
  ) {
    self.info = info
    self.model = MultiSelectModel(options: options, values: values, limit: limit, height: height)
  }

  /// The chosen values in option order.
  public var value: FieldValue { .choices(model.values) }

  /// Toggling, select-all and filtering.
  public var keyHelp: [KeyHelp] {
    [KeyHelp("space", "toggle"), KeyHelp("ctrl+a", "all"), KeyHelp("type", "filter")]
  }

  /// Handles a key or paste while focused.
  public mutating func handle(_ event: InputEvent) -> FieldResponse {
    switch event {
    case .paste(let text):
      model.filter(model.list.query + Sanitizer.clean(text))
      return .consumed
    case .key(let key):
      if let move = ListDrawing.move(for: key) {
        model.move(move)
        return .consumed
      }
      switch key {
      case .character(" "):
        return changed { $0.toggle() }
      case .character("x") where model.list.query.isEmpty:
        return changed { $0.toggle() }
      case .control("a"):
        return changed { $0.toggleAll() }
      case .enter:
        return chooseFilteredAndGoOn()
      case .escape:
        return model.cancel() ? .consumed : .ignored
      default:
        guard let query = ListDrawing.edit(model.list.query, with: key) else { return .ignored }
        model.filter(query)
        return .consumed
      }
    default:
      return .ignored
    }
  }

  /// Enter after typing a filter chooses the highlighted option (when it is not chosen yet and the
  /// limit allows) and answers the field; otherwise it only moves on.
  private mutating func chooseFilteredAndGoOn() -> FieldResponse {
    guard !model.list.query.isEmpty, let option = model.list.currentOption, !model.chosen.contains(option)
    else { return .next }
    let response = changed { $0.toggle() }
    return response.outcome == .changed ? .answered : response
  }

  private mutating func changed(_ change: (inout MultiSelectModel<String>) -> Void) -> FieldResponse {
    let before = model.chosen
    change(&model)
    return before == model.chosen ? .consumed : .changed
  }

  /// Option rows plus a status line (count, limit, filter or notice).
  public func height(width: Int, context: FieldContext) -> Int {
    max(1, min(model.options.count, model.list.viewport.height)) + 1
  }

  /// Draws the options with check boxes and the status line.
  public func render(in canvas: inout Canvas, context: FieldContext) {
    let list = model.list
    var y = 0
    if list.rows.isEmpty {
      ListDrawing.note("No option matches \"\(list.query)\".", at: y, in: &canvas)
      y += 1
    }
    for (offset, option) in list.windowRows.enumerated() {
      let isCursor = list.viewport.window.lowerBound + offset == list.viewport.cursor
      let box = model.chosen.contains(option) ? "[•] " : "[ ] "
      let highlights = list.highlights(option: option).map { Set($0) } ?? []
      ListDrawing.row(
        list.labels[option], marker: (isCursor && context.isFocused ? "> " : "  ") + box,
        highlights: highlights,
        at: y, isCursor: isCursor, focused: context.isFocused, in: &canvas)
      y += 1
    }
    var status = [model.countLabel]
    if !list.query.isEmpty { status.append("filter: \(list.query) (\(list.rows.count) shown)") }
    if let notice = model.notice {
      ListDrawing.note(notice, at: y, style: Style(.warning), in: &canvas)
    } else {
      ListDrawing.note(status.joined(separator: " · "), at: y, in: &canvas)
    }
  }

  /// The numbered options and how to answer.
  public var accessiblePrompt: [String] {
    let limit = model.limit.map { " (at most \($0))" } ?? ""
    return model.options.enumerated().map { "\($0.offset + 1). \(Sanitizer.clean($0.element.label))" }
      + ["Enter the numbers of your choices separated by commas\(limit), or leave empty for none."]
  }

  /// Takes option numbers; an empty line chooses none.
  public mutating func accept(line: String) -> String? {
    let answer = line.trimmingSpaces
    if answer.isEmpty { return model.choose(options: []) }
    guard let numbers = ListDrawing.numbers(in: answer, count: model.options.count) else {
      return "Enter numbers between 1 and \(model.options.count), separated by commas."
    }
    return model.choose(options: numbers)
  }
}
