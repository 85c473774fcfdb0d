import KomboAPI

/// How questions and options are named in messages. Titles come from the ATS, so control characters
/// are removed and long titles shortened before they become part of a message.
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

  /// `text` on one line without control characters, shortened with `…` to `maxTitleLength`.
  static func clean(_ text: String) -> String {
    let scalars = text.unicodeScalars.map { TextRules.isControl($0) ? " " : Character($0) }
    let oneLine = String(scalars).split(separator: " ", omittingEmptySubsequences: true).joined(
      separator: " ")
    return oneLine.count > maxTitleLength ? oneLine.prefix(maxTitleLength - 1) + "…" : oneLine
  }
}
