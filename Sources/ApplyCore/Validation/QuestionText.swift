import KomboAPI
import TextSafety

/// How questions and options are named in messages. Titles come from the ATS, so they go through the
/// one sanitiser and long titles are shortened before they become part of a message.
enum QuestionText {
  /// The longest title quoted in a message.
  static let maxTitleLength = 60

  /// `'Do you have a work permit?'`, or `question Q123` for a question without a title.
  static func title(of question: ScreeningQuestion) -> String {
    let title = clean(question.title ?? "")
    return title.isEmpty ? "question \(clean(question.id))" : "'\(title)'"
  }

  /// The options of a select question for a message: `Berlin, Munich, Remote`.
  static func optionList(_ options: [SelectOption]) -> String {
    options.map { clean($0.name) }.joined(separator: ", ")
  }

  /// `text` sanitised on one line, shortened with `…` to `maxTitleLength`.
  static func clean(_ text: String) -> String {
    Sanitizer.line(text, limit: maxTitleLength)
  }
}
