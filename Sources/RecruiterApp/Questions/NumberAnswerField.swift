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

  /// A number field starting with `text`, bounded by `minimum`/`maximum`.
  init(_ info: FieldInfo, text: String, minimum: Double?, maximum: Double?, slider: Bool) {
    number = NumberField(
      info, text: text, kind: .decimal(places: 6), minimum: minimum.map { Decimal($0) },
      maximum: maximum.map { Decimal($0) })
    showsSlider = slider && minimum != nil && maximum != nil
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
  }

  /// The allowed range.
  var accessiblePrompt: [String] { number.accessiblePrompt }

  /// Takes a typed number.
  mutating func accept(line: String) -> String? { number.accept(line: line) }
}
