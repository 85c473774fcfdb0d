import TextSafety

/// A yes/no form field (huh's Confirm): y/n answer directly, ←/→, h/l, space or tab-free toggling,
/// enter moves on. Line mode asks `(y/N)`.
public struct ToggleField: Field {
  /// Key, labels, validation and visibility.
  public var info: FieldInfo
  /// The answer and its labels.
  public private(set) var model: ToggleModel

  /// A toggle starting at `value`, with its own labels.
  public init(_ info: FieldInfo, value: Bool = false, affirmative: String = "Yes", negative: String = "No") {
    self.info = info
    self.model = ToggleModel(value: value, affirmative: affirmative, negative: negative)
  }

  /// The answer.
  public var value: FieldValue { .bool(model.value) }

  /// The hotkeys.
  public var keyHelp: [KeyHelp] { [KeyHelp("y/n", "answer"), KeyHelp("←/→", "toggle")] }

  /// Handles a key while focused.
  public mutating func handle(_ event: InputEvent) -> FieldResponse {
    guard case .key(let key) = event else { return .ignored }
    let before = model.value
    switch key {
    case KeyPress(.left), KeyPress(.right), .character("h"), .character("l"), .character(" "):
      model.toggle()
    case .enter:
      return .next
    default:
      guard let character = key.plainCharacter, let answer = model.answer(for: String(character)) else {
        return .ignored
      }
      model.value = answer
    }
    return before == model.value ? .consumed : .changed
  }

  /// One row of two buttons.
  public func height(width: Int, context: FieldContext) -> Int { 1 }

  /// Draws `[ Yes ]  [ No ]` with the current answer highlighted.
  public func render(in canvas: inout Canvas, context: FieldContext) {
    let chosen = Style(context.isFocused ? .buttonFocus : .selection, [.bold])
    var x = canvas.put(
      " \(Sanitizer.clean(model.affirmative)) ", at: .zero, style: model.value ? chosen : Style(.button))
    x += 2
    canvas.put(
      " \(Sanitizer.clean(model.negative)) ", at: Point(x: x, y: 0),
      style: model.value ? Style(.button) : chosen)
  }

  /// The choices with the default in capitals.
  public var accessiblePrompt: [String] {
    ["\(Sanitizer.clean(model.affirmative)) or \(Sanitizer.clean(model.negative))? \(model.lineModeChoices)"]
  }

  /// Takes y/n (or a label); an empty line keeps the default.
  public mutating func accept(line: String) -> String? {
    if line.trimmingSpaces.isEmpty { return nil }
    guard let answer = model.answer(for: line) else { return "Answer y or n." }
    model.value = answer
    return nil
  }
}
