public import Foundation
import TextSafety

/// A number form field: typed with the text input's keys, ↑/↓ step (stopping at the bounds with a
/// notice), and a slider line under bounded numbers. Problems name the allowed range.
public struct NumberField: Field {
  /// Key, labels, validation and visibility.
  public var info: FieldInfo
  /// Parsing, bounds and stepping.
  public private(set) var model: NumberFieldModel
  /// The editing line.
  private var input: TextInput

  /// A number field; `placeholder` replaces the default example (`42`, or `12.5` with decimals).
  public init(
    _ info: FieldInfo, text: String = "", kind: NumberFieldModel.Kind = .integer, minimum: Decimal? = nil,
    maximum: Decimal? = nil, step: Decimal = 1, placeholder: String? = nil
  ) {
    self.info = info
    self.model = NumberFieldModel(text: text, kind: kind, minimum: minimum, maximum: maximum, step: step)
    self.input = TextInput(info, text: text, placeholder: placeholder ?? (kind == .integer ? "42" : "12.5"))
  }

  /// The number, when the text is valid.
  public var value: FieldValue {
    model.value.map { .number(NSDecimalNumber(decimal: $0).doubleValue) } ?? .none
  }

  /// Typed text that is not an allowed number.
  public var inputProblem: String? { model.text.trimmingSpaces.isEmpty ? nil : model.validationMessage }

  /// Stepping.
  public var keyHelp: [KeyHelp] { [KeyHelp("↑/↓", "step")] }

  /// Whether a slider is drawn.
  private var isBounded: Bool { model.minimum != nil && model.maximum != nil }

  /// Handles a key or paste while focused.
  public mutating func handle(_ event: InputEvent) -> FieldResponse {
    if case .key(let key) = event, key == KeyPress(.up) || key == KeyPress(.down) {
      let before = model.text
      model.increment(by: key == KeyPress(.up) ? 1 : -1)
      input.editor.replace(with: model.text)
      return before == model.text ? .consumed : .changed
    }
    let response = input.handle(event)
    if response.outcome == .changed { model.setText(input.text) }
    return response
  }

  /// The input line, plus a slider line for bounded numbers.
  public func height(width: Int, context: FieldContext) -> Int { isBounded ? 2 : 1 }

  /// Draws the input, the slider and any notice.
  public func render(in canvas: inout Canvas, context: FieldContext) {
    canvas.withRegion(Rect(x: 0, y: 0, width: canvas.size.width, height: 1)) {
      input.render(in: &$0, context: context)
    }
    guard isBounded, let low = model.minimum, let high = model.maximum else { return }
    let lowText = NumberFieldModel.format(low)
    let highText = NumberFieldModel.format(high)
    var x = canvas.put("  \(lowText) ", at: Point(x: 0, y: 1), style: Style(.muted))
    let track = max(1, min(30, canvas.size.width - x - highText.displayWidth - 2))
    let knob = model.sliderKnob(width: track)
    for column in 0..<track {
      let filled = knob.map { column < $0 } ?? false
      let symbol = column == knob ? "●" : (filled ? "━" : "─")
      canvas.put(
        symbol, at: Point(x: x + column, y: 1), style: Style(column == knob || filled ? .progress : .muted))
    }
    x = canvas.put(" \(highText)", at: Point(x: x + track, y: 1), style: Style(.muted))
    if let notice = model.notice {
      ListDrawing.note(notice, at: 1, x: x + 2, style: Style(.warning), in: &canvas)
    }
  }

  /// The allowed range, as a hint.
  public var accessiblePrompt: [String] {
    let kind = model.kind == .integer ? "a whole number" : "a number"
    switch (model.minimum, model.maximum) {
    case (let low?, let high?):
      return ["(\(kind) from \(NumberFieldModel.format(low)) to \(NumberFieldModel.format(high)))"]
    default:
      return ["(\(kind), digits with . for decimals)"]
    }
  }

  /// Takes a typed number; a problem is explained and asked again.
  public mutating func accept(line: String) -> String? {
    var candidate = model
    candidate.setText(Sanitizer.clean(line).trimmingSpaces)
    if !candidate.text.isEmpty, let problem = candidate.validationMessage { return problem }
    model = candidate
    input.editor.replace(with: model.text)
    return nil
  }
}
