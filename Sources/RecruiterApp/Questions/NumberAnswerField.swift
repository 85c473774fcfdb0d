import Foundation
import TerminalUI

/// A NUMBER question: a `NumberField` with the question's bounds (↑/↓ step and stop at them). The
/// SLIDER display shows the field's slider line; the FIELD display is the input line alone.
struct NumberAnswerField: Field {
  /// Key, labels, validation and visibility.
  var info: FieldInfo {
    get { number.info }
    set { number.info = newValue }
  }
  /// The wrapped number field.
  private(set) var number: NumberField
  /// Whether the slider line is drawn.
  let showsSlider: Bool
  /// Shown dimmed while empty: the allowed range (`1 to 5`), not a sample value that could be
  /// mistaken for an answer.
  let placeholder: String

  /// A number field starting with `text`, bounded by `minimum`/`maximum`.
  init(_ info: FieldInfo, text: String, minimum: Double?, maximum: Double?, slider: Bool) {
    number = NumberField(
      info, text: text, kind: .decimal(places: 6), minimum: minimum.map { Decimal($0) },
      maximum: maximum.map { Decimal($0) })
    showsSlider = slider && minimum != nil && maximum != nil
    let text = { (value: Double) in NumberFieldModel.format(Decimal(value)) }
    placeholder =
      switch (minimum, maximum) {
      case (let low?, let high?): "\(text(low)) to \(text(high))"
      case (let low?, nil): "at least \(text(low))"
      case (nil, let high?): "at most \(text(high))"
      case (nil, nil): "a number"
      }
  }

  /// The text as typed (kept even when it is not a number yet).
  var text: String { number.model.text }

  /// The number, when valid.
  var value: FieldValue { number.value }

  /// Typed text that is not an allowed number.
  var inputProblem: String? { number.inputProblem }

  /// Stepping.
  var keyHelp: [KeyHelp] { number.keyHelp }

  /// Edits or steps the number.
  mutating func handle(_ event: InputEvent) -> FieldResponse { number.handle(event) }

  /// The input line, plus the slider line for the SLIDER display.
  func height(width: Int, context: FieldContext) -> Int {
    showsSlider ? number.height(width: width, context: context) : 1
  }

  /// Draws the input (and slider).
  func render(in canvas: inout Canvas, context: FieldContext) {
    let rows = number.height(width: canvas.size.width, context: context)
    canvas.withRegion(Rect(x: 0, y: 0, width: canvas.size.width, height: showsSlider ? rows : 1)) {
      number.render(in: &$0, context: context)
    }
    if text.isEmpty {
      let prompt = 2
      canvas.fill(Rect(x: prompt, y: 0, width: max(0, canvas.size.width - prompt), height: 1))
      canvas.put(placeholder.truncated(toWidth: max(0, canvas.size.width - prompt)), at: Point(x: prompt, y: 0),
        style: Style(.placeholder))
    }
  }

  /// The allowed range.
  var accessiblePrompt: [String] { number.accessiblePrompt }

  /// Takes a typed number.
  mutating func accept(line: String) -> String? { number.accept(line: line) }
}
