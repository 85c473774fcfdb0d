import ApplyCore
import TerminalUI

/// A web address to attach instead of a file (Kombo downloads it when the application is created).
/// Enter or Tab with a valid `http(s)://` address hands it to the screen, which adds it to the list;
/// an invalid one stops there with a message saying what is allowed.
struct AttachmentURLField: Field {
  /// Key, labels, validation and visibility.
  var info: FieldInfo {
    get { input.info }
    set { input.info = newValue }
  }
  /// The editing line.
  private(set) var input: TextInput
  /// A valid address the user asked to add; the screen takes it and clears the field.
  private(set) var submitted: String?

  /// An empty address field.
  init(key: String) {
    let rule = FieldRule { value in
      guard let text = value.text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
      return TextRules.urlProblem(text).map { "Enter a web address: \($0.message)." }
    }
    let info = FieldInfo(
      key: key, title: "Or attach a web address",
      description: "Kombo downloads the file when the application is created. Enter adds it to the list.",
      validators: [rule])
    input = TextInput(info, placeholder: "https://example.com/Resume.pdf")
  }

  /// The typed address.
  var value: FieldValue { input.value }

  /// The text input's keys.
  var keyHelp: [KeyHelp] { [KeyHelp("enter", "add")] + input.keyHelp }

  /// Enter or Tab with a valid address submits it; otherwise the text input edits.
  mutating func handle(_ event: InputEvent) -> FieldResponse {
    let text = input.text.trimmingCharacters(in: .whitespaces)
    switch event {
    case .key(.enter), .key(.tab):
      guard !text.isEmpty, TextRules.urlProblem(text) == nil else { return .ignored }
      submitted = text
      return .changed
    default:
      return input.handle(event)
    }
  }

  /// One row.
  func height(width: Int, context: FieldContext) -> Int { 1 }

  /// Draws the input.
  func render(in canvas: inout Canvas, context: FieldContext) { input.render(in: &canvas, context: context) }

  /// How to answer in line mode.
  var accessiblePrompt: [String] { ["(an http:// or https:// address, or leave empty)"] }

  /// Takes a typed address.
  mutating func accept(line: String) -> String? {
    let text = line.trimmingCharacters(in: .whitespaces)
    if text.isEmpty { return nil }
    if let problem = TextRules.urlProblem(text) { return "Enter a web address: \(problem.message)." }
    submitted = text
    return nil
  }
}
