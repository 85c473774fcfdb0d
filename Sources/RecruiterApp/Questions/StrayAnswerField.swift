import ApplyCore
import Foundation
import TerminalUI
import TextSafety

/// An answer in the draft to a question the job does not have (a draft made for another version of
/// the job, or an id mistyped on the command line). The core refuses it, so the review sends the user
/// here: the answer is shown and delete removes it.
struct StrayAnswerField: Field {
  /// Key (`answers.<id>`) and title.
  var info: FieldInfo
  /// The answer as stored.
  let answer: AnswerDraft
  /// Whether the user removed it.
  private(set) var isRemoved = false

  /// A field showing `answer` to the unknown question `id`.
  init(id: String, answer: AnswerDraft) {
    info = FieldInfo(
      key: QuestionFieldFactory.key(id), title: "Answer to unknown question \(id)",
      validators: [FieldRule { _ in "This job has no question \(id); press del to remove the answer." }])
    self.answer = answer
  }

  /// The answer, until removed.
  var value: FieldValue { isRemoved ? .none : .text(ReviewAnswers.display(answer, format: nil, sizes: [:])) }

  /// Removing.
  var keyHelp: [KeyHelp] { isRemoved ? [] : [KeyHelp("del", "remove")] }

  /// Delete or backspace removes the answer.
  mutating func handle(_ event: InputEvent) -> FieldResponse {
    guard case .key(let key) = event, [KeyPress(.delete), .backspace].contains(key), !isRemoved else {
      return .ignored
    }
    isRemoved = true
    return .changed
  }

  /// One row.
  func height(width: Int, context: FieldContext) -> Int { 1 }

  /// The answer, or that it will be removed.
  func render(in canvas: inout Canvas, context: FieldContext) {
    let text =
      isRemoved ? "removed" : "\(answer.kind): \(ReviewAnswers.display(answer, format: nil, sizes: [:]))"
    canvas.put(
      Sanitizer.clean(text).truncated(toWidth: canvas.size.width), at: .zero,
      style: Style(isRemoved ? .muted : .input))
  }

  /// The answer, for line mode.
  var accessiblePrompt: [String] { ["(type remove to delete this answer)"] }

  /// `remove` removes the answer.
  mutating func accept(line: String) -> String? {
    let typed = line.trimmingCharacters(in: .whitespaces).lowercased()
    if typed.isEmpty { return nil }
    guard typed == "remove" else { return "Type remove to delete the answer, or press enter to keep it." }
    isRemoved = true
    return nil
  }
}
