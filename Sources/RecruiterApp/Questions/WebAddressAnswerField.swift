import ApplyCore
import Foundation
import TerminalUI

/// A web-address question: a text input that completes an address typed without its scheme. When
/// the text plainly is a host and path (`linkedin.com/in/ada`, what the validator would answer with
/// "did you mean https://…?"), Tab or Enter writes the `https://` form into the field and moves on,
/// so the suggestion takes one key and the field shows what will be sent. In line mode, `y` after
/// the suggestion takes it.
struct WebAddressAnswerField: FieldWrapper {
  /// The wrapped text input.
  var wrapped: TextInput

  /// A web-address input starting at `text`.
  init(_ info: FieldInfo, text: String, maxLength: Int?) {
    wrapped = TextInput(info, text: text, placeholder: "https://", maxLength: maxLength)
  }

  /// The `https://` form of the typed text, when the core would suggest it.
  var suggestion: String? {
    let typed = wrapped.text.trimmingCharacters(in: .whitespaces)
    guard !typed.isEmpty, let suggestion = TextRules.urlProblem(typed)?.suggestion,
      wrapped.editor.maxLength.map({ suggestion.count <= $0 }) ?? true
    else { return nil }
    return suggestion
  }

  /// The input's keys, with what Tab does while a suggestion stands.
  var keyHelp: [KeyHelp] {
    (suggestion == nil ? [] : [KeyHelp("tab", "adds https://")]) + wrapped.keyHelp
  }

  /// Tab and Enter take the suggestion and move on; everything else goes to the input.
  mutating func handle(_ event: InputEvent) -> FieldResponse {
    if case .key(let key) = event, key == .tab || key == .enter, let suggestion {
      wrapped = TextInput(
        wrapped.info, text: suggestion, placeholder: "https://", maxLength: wrapped.editor.maxLength)
      return .answered
    }
    return wrapped.handle(event)
  }

  /// `y` (or `yes`) takes the suggestion for the answer given before; any other line is the answer.
  mutating func accept(line: String) -> String? {
    let typed = line.trimmingCharacters(in: .whitespaces).lowercased()
    if typed == "y" || typed == "yes", let suggestion {
      wrapped = TextInput(
        wrapped.info, text: suggestion, placeholder: "https://", maxLength: wrapped.editor.maxLength)
      return nil
    }
    return wrapped.accept(line: line)
  }
}
