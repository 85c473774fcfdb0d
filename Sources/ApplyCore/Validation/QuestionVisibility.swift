import Foundation
public import KomboAPI
import TextSafety

/// Which of a job's screening questions apply, given the answers so far.
///
/// A question with a `precondition_question_id` applies only when its parent applies and the parent's
/// answer is one of `precondition_options` (an option id of a select parent, or a Boolean). Chains are
/// followed to the root. A parent the job does not list can never be answered, so its condition is
/// never met: the question does not apply (and is never required); ``dependsOnMissingQuestion(_:)``
/// lets front ends say so. A cycle cannot be evaluated: its questions are treated as applying, so they
/// are asked rather than silently dropped.
public struct QuestionVisibility: Sendable {
  private let questions: [String: ScreeningQuestion]
  private let answers: [String: AnswerDraft]

  /// Visibility of `job`'s questions under `answers` (keyed by question id).
  public init(questions: [ScreeningQuestion], answers: [String: AnswerDraft]) {
    self.questions = Dictionary(questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    self.answers = answers
  }

  /// Whether `question` applies (should be shown, may be required, and its answer is sent).
  public func applies(_ question: ScreeningQuestion) -> Bool {
    applies(question, visited: [])
  }

  private func applies(_ question: ScreeningQuestion, visited: Set<String>) -> Bool {
    guard let parentID = question.preconditionQuestionID, let options = question.preconditionOptions else {
      return true
    }
    guard let parent = questions[parentID] else { return false }
    guard !visited.contains(question.id) else { return true }
    guard applies(parent, visited: visited.union([question.id])) else { return false }
    guard let answer = answers[parentID], let value = Self.preconditionValue(answer, parent: parent) else {
      return false
    }
    return options.isSatisfied(by: value)
  }

  /// Whether `question`'s precondition names a question this job does not have: it is never asked.
  public func dependsOnMissingQuestion(_ question: ScreeningQuestion) -> Bool {
    guard let parentID = question.preconditionQuestionID, question.preconditionOptions != nil else {
      return false
    }
    return questions[parentID] == nil
  }

  /// The parent question of `question`, when it has a precondition the job can evaluate.
  public func parent(of question: ScreeningQuestion) -> ScreeningQuestion? {
    question.preconditionQuestionID.flatMap { questions[$0] }
  }

  /// The condition under which `question` applies, for messages: "'Work permit?' is answered Yes";
  /// for a parent the job does not have, "question Q1 is answered Opt1 (question not on this job)".
  public func conditionDescription(of question: ScreeningQuestion) -> String? {
    guard let options = question.preconditionOptions else { return nil }
    guard let parent = parent(of: question) else {
      guard dependsOnMissingQuestion(question), let parentID = question.preconditionQuestionID else {
        return nil
      }
      let values: [String]
      switch options {
      case .booleans(let flags): values = flags.map { $0 ? "yes" : "no" }
      case .options(let ids): values = ids.map { Sanitizer.line($0, limit: 40) }
      }
      return
        "question \(Sanitizer.line(parentID, limit: 40)) is answered \(values.joined(separator: " or "))"
        + " (question not on this job)"
    }
    let values: [String]
    switch options {
    case .booleans(let flags): values = flags.map { $0 ? "yes" : "no" }
    case .options(let ids):
      values = ids.map { id in parent.format?.options.first { $0.id == id }.map { $0.name } ?? id }
    }
    return "\(QuestionText.title(of: parent)) is answered \(values.joined(separator: " or "))"
  }

  /// The draft answer to a parent question as the wire value its precondition is checked against.
  private static func preconditionValue(_ answer: AnswerDraft, parent: ScreeningQuestion) -> ScreeningAnswer
    .Value?
  {
    switch answer {
    case .boolean(let value): return .boolean(value)
    case .option(let id): return .singleSelect(optionID: id)
    case .options(let ids): return .multiSelect(optionIDs: ids)
    case .text(let text):
      if case .boolean? = parent.format {
        return AnswerParser.boolean(text).map(ScreeningAnswer.Value.boolean)
      }
      return .singleSelect(optionID: text.trimmingCharacters(in: .whitespaces))
    case .number, .date, .file: return nil
    }
  }
}
