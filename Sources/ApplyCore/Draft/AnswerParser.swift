import Foundation
public import KomboAPI

/// Why typed text is not an answer to a question: names the question and says what is allowed.
public struct AnswerParseError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The question's id (empty when the text named no question).
  public let questionID: String
  /// A sentence for the user.
  public let message: String

  /// An error about `questionID`.
  public init(questionID: String, message: String) {
    self.questionID = questionID
    self.message = message
  }

  /// The message.
  public var description: String { message }
}

/// Turns text typed in a text front end (`--answer QUESTION_ID=VALUE`, the line-by-line mode) into a
/// draft answer, using the question's format: yes/no for BOOLEAN, numbers, dates, an option by id or
/// exact name (case-insensitive), a comma-separated list for MULTI_SELECT, a path or URL for FILE.
public enum AnswerParser {
  /// Parses `text` as an answer to `question`.
  public static func parse(_ text: String, for question: ScreeningQuestion) throws(AnswerParseError)
    -> AnswerDraft
  {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    let fail = { (message: String) in
      AnswerParseError(
        questionID: question.id, message: "\(QuestionText.title(of: question)) (\(question.id)) \(message)")
    }
    guard let format = question.format else { throw fail("has no answer format and cannot be answered here") }
    switch format {
    case .text:
      return .text(text)
    case .number(let number):
      guard TextRules.number(trimmed) != nil else {
        throw fail(
          "takes a number such as 3 or 2.5\(NumberRange.describe(number)); \(quoted(text)) is not one")
      }
      return .number(trimmed)
    case .boolean:
      guard let value = boolean(trimmed) else {
        throw fail("takes yes or no (also true/false, y/n); \(quoted(text)) is neither")
      }
      return .boolean(value)
    case .date:
      do {
        _ = try KomboDateTime(trimmed)
      } catch {
        throw fail("takes a date: \(error.description)")
      }
      return .date(trimmed)
    case .singleSelect(let select):
      guard let option = try option(trimmed, in: select.options, fail: fail) else {
        throw fail("takes one of: \(QuestionText.optionList(select.options)); \(quoted(text)) is not one")
      }
      return .option(option.id)
    case .multiSelect(let select):
      return .options(try optionList(trimmed, in: select.options, fail: fail).map(\.id))
    case .file:
      guard !trimmed.isEmpty else { throw fail("takes a file: give its path") }
      let lower = trimmed.lowercased()
      if lower.hasPrefix("http://") || lower.hasPrefix("https://") {
        return .file(FileReference(url: trimmed))
      }
      return .file(FileReference(path: trimmed))
    case .information:
      throw fail("is information only and takes no answer")
    case .unknown, .unrecognized:
      let type = format.type.isEmpty ? "none" : format.type
      throw fail("cannot be answered here: Kombo does not support its type (\(type))")
    }
  }

  /// Parses `QUESTION_ID=VALUE` against `questions` (a job's screening questions).
  public static func parse(
    assignment: String, questions: [ScreeningQuestion]
  ) throws(AnswerParseError) -> (questionID: String, answer: AnswerDraft) {
    guard let equals = assignment.firstIndex(of: "=") else {
      throw AnswerParseError(
        questionID: "", message: "\(quoted(assignment)) is not QUESTION_ID=VALUE (the = is missing)")
    }
    let id = assignment[..<equals].trimmingCharacters(in: .whitespaces)
    guard let question = questions.first(where: { $0.id == id }) else {
      let known = questions.filter { $0.format?.isAnswerable ?? false }
        .map { "\($0.id) \(QuestionText.title(of: $0))" }
      let list =
        known.isEmpty
        ? "it has no answerable questions" : "its questions are: " + known.joined(separator: "; ")
      throw AnswerParseError(questionID: id, message: "this job has no question \(quoted(id)); \(list)")
    }
    return (id, try parse(String(assignment[assignment.index(after: equals)...]), for: question))
  }

  /// `true` for yes/y/true/1, `false` for no/n/false/0 (case-insensitive, surrounding spaces ignored).
  public static func boolean(_ text: String) -> Bool? {
    switch text.trimmingCharacters(in: .whitespaces).lowercased() {
    case "yes", "y", "true", "1": true
    case "no", "n", "false", "0": false
    default: nil
    }
  }

  /// The option whose id is `text` exactly, or whose name equals it ignoring case; nil if none.
  private static func option(
    _ text: String, in options: [SelectOption], fail: (String) -> AnswerParseError
  ) throws(AnswerParseError) -> SelectOption? {
    if let byID = options.first(where: { $0.id == text }) { return byID }
    let named = options.filter {
      $0.name.trimmingCharacters(in: .whitespaces).lowercased() == text.lowercased()
    }
    if named.count > 1 {
      throw fail(
        "has several options named \(quoted(text)); give one of their ids: "
          + named.map(\.id).joined(separator: ", "))
    }
    return named.first
  }

  /// A comma-separated list of options by id or name. Option names may themselves contain commas:
  /// at each position the longest run of pieces that names an option wins.
  private static func optionList(
    _ text: String, in options: [SelectOption], fail: (String) -> AnswerParseError
  ) throws(AnswerParseError) -> [SelectOption] {
    let pieces = text.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    if text.isEmpty { return [] }
    var chosen: [SelectOption] = []
    var start = 0
    while start < pieces.count {
      var match: (option: SelectOption, end: Int)?
      for end in stride(from: pieces.count, to: start, by: -1) {
        let candidate = pieces[start..<end].joined(separator: ",").trimmingCharacters(in: .whitespaces)
        if let option = try option(candidate, in: options, fail: fail) {
          match = (option, end)
          break
        }
      }
      guard let match else {
        let piece = pieces[start].trimmingCharacters(in: .whitespaces)
        throw fail(
          "takes a comma-separated list of: \(QuestionText.optionList(options)); \(quoted(piece)) is not one")
      }
      if chosen.contains(match.option) {
        throw fail("lists \(quoted(match.option.name)) twice; choose each option once")
      }
      chosen.append(match.option)
      start = match.end
    }
    return chosen
  }

  private static func quoted(_ text: String) -> String {
    "'\(QuestionText.clean(text))'"
  }
}
