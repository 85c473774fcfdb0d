import TerminalUI

/// A field made of another field plus a little behaviour of its own (clearing a choice, a web
/// address instead of a file, a range placeholder): everything it does not change is forwarded to
/// the wrapped field.
protocol FieldWrapper: Field {
  /// The field's own widget type.
  associatedtype Wrapped: Field
  /// The wrapped field.
  var wrapped: Wrapped { get set }
}

extension FieldWrapper {
  /// The wrapped field's key, labels, validation and visibility.
  var info: FieldInfo {
    get { wrapped.info }
    set { wrapped.info = newValue }
  }

  /// The wrapped field's value.
  var value: FieldValue { wrapped.value }
  /// The wrapped field's input problem.
  var inputProblem: String? { wrapped.inputProblem }
  /// The wrapped field's keys.
  var keyHelp: [KeyHelp] { wrapped.keyHelp }

  /// The wrapped field handles the event.
  mutating func handle(_ event: InputEvent) -> FieldResponse { wrapped.handle(event) }
  /// Task results go to the wrapped field.
  mutating func receive(_ result: any Sendable) -> FieldResponse { wrapped.receive(result) }
  /// The wrapped field's height.
  func height(width: Int, context: FieldContext) -> Int { wrapped.height(width: width, context: context) }
  /// Draws the wrapped field.
  func render(in canvas: inout Canvas, context: FieldContext) {
    wrapped.render(in: &canvas, context: context)
  }
  /// Draws the wrapped field's popup.
  func renderOverlay(in canvas: inout Canvas, anchor: Rect) {
    wrapped.renderOverlay(in: &canvas, anchor: anchor)
  }
  /// The wrapped field's line-mode hints.
  var accessiblePrompt: [String] { wrapped.accessiblePrompt }
  /// The wrapped field takes the line.
  mutating func accept(line: String) -> String? { wrapped.accept(line: line) }
}
