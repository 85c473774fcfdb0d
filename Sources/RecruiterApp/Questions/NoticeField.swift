import TerminalUI
import TextSafety

/// A read-only paragraph in a form, drawn in one role (a warning, a muted note): never focused,
/// holds no value, wrapped to the form's width.
struct NoticeField: Field {
  /// Key and title (the title may be empty).
  var info: FieldInfo
  /// The text, sanitised and wrapped when drawn.
  let text: String
  /// How it is drawn.
  let role: Role

  /// A notice showing `text` in `role`.
  init(_ info: FieldInfo, text: String, role: Role) {
    self.info = info
    self.text = text
    self.role = role
  }

  /// Notices hold no value.
  var value: FieldValue { .none }

  /// Focus skips notices.
  var isFocusable: Bool { false }

  /// Notices take no input.
  mutating func handle(_ event: InputEvent) -> FieldResponse { .ignored }

  /// The wrapped line count.
  func height(width: Int, context: FieldContext) -> Int { max(1, lines(width: width).count) }

  /// Draws the wrapped text.
  func render(in canvas: inout Canvas, context: FieldContext) {
    for (y, line) in lines(width: canvas.size.width).enumerated() {
      canvas.put(line, at: Point(x: 0, y: y), style: Style(role))
    }
  }

  private func lines(width: Int) -> [String] {
    Sanitizer.clean(text, keepNewlines: true).wrapped(toWidth: max(1, width))
  }

  /// The text, for line mode.
  var accessiblePrompt: [String] { [Sanitizer.clean(text)] }

  /// Nothing to answer.
  mutating func accept(line: String) -> String? { nil }
}
