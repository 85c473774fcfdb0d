import Foundation
import TerminalUI

/// A NUMBER question: a `NumberField` with the question's bounds (↑/↓ step and stop at them). The
/// SLIDER display shows the field's slider line; the FIELD display is the input line alone.
struct NumberAnswerField: FieldWrapper {
  /// The wrapped number field.
  var wrapped: NumberField
  /// Whether the slider line is drawn.
  let showsSlider: Bool
  /// Shown dimmed while empty: the allowed range (`1 to 5`), not a sample value that could be
  /// mistaken for an answer.
  let placeholder: String

  /// A number field starting with `text`, bounded by `minimum`/`maximum`.
  init(_ info: FieldInfo, text: String, minimum: Double?, maximum: Double?, slider: Bool) {
    wrapped = NumberField(
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
  var text: String { wrapped.model.text }

  /// The input line, plus the slider line for the SLIDER display.
  func height(width: Int, context: FieldContext) -> Int {
    showsSlider ? wrapped.height(width: width, context: context) : 1
  }

  /// Draws the input (and slider).
  func render(in canvas: inout Canvas, context: FieldContext) {
    let rows = wrapped.height(width: canvas.size.width, context: context)
    canvas.withRegion(Rect(x: 0, y: 0, width: canvas.size.width, height: showsSlider ? rows : 1)) {
      wrapped.render(in: &$0, context: context)
    }
    if text.isEmpty {
      let prompt = 2
      canvas.fill(Rect(x: prompt, y: 0, width: max(0, canvas.size.width - prompt), height: 1))
      canvas.put(
        placeholder.truncated(toWidth: max(0, canvas.size.width - prompt)), at: Point(x: prompt, y: 0),
        style: Style(.placeholder))
    }
  }
}
