import TerminalUI

/// A yes/no question that starts unanswered: unlike `ToggleField`, "not answered" is a value of its
/// own, so an optional question nobody touched sends nothing instead of a silent No.
///
/// Keys: y/n answer and move on; ←/→, h/l or space flip (the first press from unanswered gives Yes);
/// delete or backspace clear the answer; enter moves on. Line mode asks `(y/n)` and an empty line keeps
/// the answer.
struct BooleanAnswerField: Field {
  /// Key, labels, validation and visibility.
  var info: FieldInfo
  /// The answer; nil while unanswered.
  private(set) var answer: Bool?
  /// The labels and typed-answer parsing.
  private let labels = ToggleModel()

  /// A yes/no field starting at `answer`.
  init(_ info: FieldInfo, answer: Bool? = nil) {
    self.info = info
    self.answer = answer
  }

  /// `.bool` once answered, `.none` before.
  var value: FieldValue { answer.map(FieldValue.bool) ?? .none }

  /// Answering and clearing.
  var keyHelp: [KeyHelp] { [KeyHelp("y/n", "answer"), KeyHelp("←/→", "toggle"), KeyHelp("del", "clear")] }

  /// Handles a key while focused.
  mutating func handle(_ event: InputEvent) -> FieldResponse {
    guard case .key(let key) = event else { return .ignored }
    let before = answer
    switch key {
    case KeyPress(.left), KeyPress(.right), .character("h"), .character("l"), .character(" "):
      answer = !(answer ?? false)
    case KeyPress(.delete), .backspace:
      answer = nil
    case .enter:
      return .next
    default:
      guard let character = key.plainCharacter, let typed = labels.answer(for: String(character)) else {
        return .ignored
      }
      answer = typed
      return .answered
    }
    return before == answer ? .consumed : .changed
  }

  /// One row of two buttons.
  func height(width: Int, context: FieldContext) -> Int { 1 }

  /// Draws `[ Yes ]  [ No ]` with the answer highlighted, and "not answered" while there is none.
  func render(in canvas: inout Canvas, context: FieldContext) {
    let chosen = Style(context.isFocused ? .buttonFocus : .selection, [.bold])
    var x = canvas.put(" \(labels.affirmative) ", at: .zero, style: answer == true ? chosen : Style(.button))
    x = canvas.put(
      " \(labels.negative) ", at: Point(x: x + 2, y: 0), style: answer == false ? chosen : Style(.button))
    if answer == nil {
      canvas.put("  not answered", at: Point(x: x, y: 0), style: Style(.placeholder))
    }
  }

  /// The choices, with the current answer in capitals.
  var accessiblePrompt: [String] {
    let choices = answer.map { $0 ? "(Y/n)" : "(y/N)" } ?? "(y/n)"
    return ["\(labels.affirmative) or \(labels.negative)? \(choices)"]
  }

  /// Takes y/n (or yes/no); an empty line keeps the current answer.
  mutating func accept(line: String) -> String? {
    if line.allSatisfy(\.isWhitespace) { return nil }
    guard let typed = labels.answer(for: line) else { return "Answer y or n." }
    answer = typed
    return nil
  }
}
