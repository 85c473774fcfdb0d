import ApplyCore
import Foundation
import TerminalUI

/// A web address to attach instead of a file (Kombo downloads it when the application is created).
/// Enter or Tab with a valid `http(s)://` address hands it to the screen, which adds it to the list;
/// an invalid one stops there with a message saying what is allowed.
struct AttachmentURLField: FieldWrapper {
  /// The editing line.
  var wrapped: TextInput
  /// A valid address the user asked to add; the screen takes it and clears the field.
  private(set) var submitted: String?

  /// An empty address field.
  init(key: String) {
    let info = FieldInfo(
      key: key, title: "Or attach a web address",
      description: "Kombo downloads the file when the application is created. Enter adds it to the list.",
      validators: [AnswerRules.webAddress])
    wrapped = TextInput(info, placeholder: "https://example.com/Resume.pdf")
  }

  /// The text input's keys.
  var keyHelp: [KeyHelp] { [KeyHelp("enter", "add")] + wrapped.keyHelp }

  /// Enter or Tab with a valid address submits it; otherwise the text input edits.
  mutating func handle(_ event: InputEvent) -> FieldResponse {
    let text = wrapped.text.trimmingCharacters(in: .whitespaces)
    switch event {
    case .key(.enter), .key(.tab):
      guard !text.isEmpty, TextRules.urlProblem(text) == nil else { return .ignored }
      submitted = text
      return .changed
    default:
      return wrapped.handle(event)
    }
  }

  /// How to answer in line mode.
  var accessiblePrompt: [String] { ["(an http:// or https:// address, or leave empty)"] }

  /// Takes a typed address.
  mutating func accept(line: String) -> String? {
    let text = line.trimmingCharacters(in: .whitespaces)
    if text.isEmpty { return nil }
    if let problem = AnswerRules.webAddressProblem(text) { return problem }
    submitted = text
    return nil
  }
}
