import TerminalUI

/// A single-choice question: a `SelectField` (list or dropdown) whose choice can also be taken back
/// with delete, so an optional question answered by mistake can return to "not answered".
struct OptionAnswerField: FieldWrapper {
  /// The wrapped select.
  var wrapped: SelectField
  private let options: [SelectOption<String>]
  private let style: SelectModel<String>.Style
  private let rows: Int

  /// A choice among `options` (labels and option ids), preselecting `value`.
  init(
    _ info: FieldInfo, options: [SelectOption<String>], value: String?, style: SelectModel<String>.Style,
    rows: Int
  ) {
    self.options = options
    self.style = style
    self.rows = rows
    self.wrapped = SelectField(info, options: options, value: value, style: style, height: rows)
  }

  /// The wrapped select.
  var select: SelectField { wrapped }

  /// The select's keys, plus clearing once something is chosen.
  var keyHelp: [KeyHelp] {
    wrapped.keyHelp + (wrapped.model.chosen == nil ? [] : [KeyHelp("del", "clear")])
  }

  /// Delete clears the choice (when no filter is typed); everything else goes to the select.
  mutating func handle(_ event: InputEvent) -> FieldResponse {
    if case .key(KeyPress(.delete)) = event, wrapped.model.list.query.isEmpty, wrapped.model.chosen != nil {
      wrapped = SelectField(info, options: options, value: nil, style: style, height: rows)
      return .changed
    }
    return wrapped.handle(event)
  }
}
