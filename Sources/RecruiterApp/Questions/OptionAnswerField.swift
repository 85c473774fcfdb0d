import TerminalUI

/// A single-choice question: a `SelectField` (list or dropdown) whose choice can also be taken back
/// with delete, so an optional question answered by mistake can return to "not answered".
struct OptionAnswerField: Field {
  /// Key, labels, validation and visibility.
  var info: FieldInfo {
    get { select.info }
    set { select.info = newValue }
  }
  /// The wrapped select.
  private(set) var select: SelectField
  private let options: [SelectOption<String>]
  private let style: SelectModel<String>.Style
  private let rows: Int

  /// A choice among `options` (labels and option ids), preselecting `value`.
  init(_ info: FieldInfo, options: [SelectOption<String>], value: String?, style: SelectModel<String>.Style, rows: Int) {
    self.options = options
    self.style = style
    self.rows = rows
    self.select = SelectField(info, options: options, value: value, style: style, height: rows)
  }

  /// The chosen option id.
  var value: FieldValue { select.value }

  /// The select's keys, plus clearing once something is chosen.
  var keyHelp: [KeyHelp] {
    select.keyHelp + (select.model.chosen == nil ? [] : [KeyHelp("del", "clear")])
  }

  /// Delete clears the choice (when no filter is typed); everything else goes to the select.
  mutating func handle(_ event: InputEvent) -> FieldResponse {
    if case .key(KeyPress(.delete)) = event, select.model.list.query.isEmpty, select.model.chosen != nil {
      select = SelectField(info, options: options, value: nil, style: style, height: rows)
      return .changed
    }
    return select.handle(event)
  }

  /// The select's height.
  func height(width: Int, context: FieldContext) -> Int { select.height(width: width, context: context) }

  /// Draws the select.
  func render(in canvas: inout Canvas, context: FieldContext) { select.render(in: &canvas, context: context) }

  /// Draws an open dropdown.
  func renderOverlay(in canvas: inout Canvas, anchor: Rect) { select.renderOverlay(in: &canvas, anchor: anchor) }

  /// The numbered options.
  var accessiblePrompt: [String] { select.accessiblePrompt }

  /// Takes an option number or label.
  mutating func accept(line: String) -> String? { select.accept(line: line) }
}
