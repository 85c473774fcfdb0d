import Foundation
import KomboAPI

/// Checks `screening_question_answers` against the job's questions: each answer against its
/// question's format and options, preconditions, and required questions that are shown.
struct AnswerValidator {
  /// The job whose questions are answered.
  let job: Job
  /// Accepted answers, in the order sent.
  private(set) var accepted: [ValidatedApplication.Answer] = []
  /// Decoded files from FILE answers.
  private(set) var files: [SandboxStore.AttachmentRow] = []
  /// Answers that were not submitted, and why.
  private(set) var warnings: [String] = []

  /// An answer as sent: where it is, its value, and the decoded file of a FILE answer.
  private struct Given {
    var field: JSONField
    var value: JSONValue
    var file: SandboxStore.AttachmentRow?
  }

  init(job: Job) {
    self.job = job
  }

  /// Validates the answers array at `field`.
  mutating func validate(_ field: JSONField) throws(SandboxError) {
    let questions = Dictionary(
      job.screeningQuestions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    var given: [String: Given] = [:]
    for entry in try field.elements() {
      _ = try entry.object(required: true)
      let questionID = try entry["question_id"].string(required: true) ?? ""
      guard !entry["answer"].isMissing, let value = entry["answer"].value else {
        throw entry["answer"].invalid("is required")
      }
      guard given[questionID] == nil else {
        throw entry["question_id"].invalid("question \(questionID) is answered more than once")
      }
      guard let question = questions[questionID] else {
        warnings.append("\(entry.path): question \(questionID) is not on job \(job.id); not submitted")
        continue
      }
      let file = try check(entry["answer"], for: question)
      given[questionID] = Given(field: entry["answer"], value: value, file: file)
    }
    var shown: [String: Bool] = [:]
    for question in job.screeningQuestions {
      let visible = isShown(question, given: given, shown: shown)
      shown[question.id] = visible
      let answer = given[question.id]
      let label = "'\(question.title ?? question.id)' (\(question.id))"
      if let answer, !visible {
        warnings.append(
          "\(answer.field.path): question \(label) is hidden by its precondition; not submitted")
        continue
      }
      if let answer {
        if question.format?.isAnswerable == false {
          warnings.append(
            "\(answer.field.path): question \(label) cannot be answered through Kombo; not submitted")
          continue
        }
        if let file = answer.file { files.append(file) }
        accepted.append(.init(question: question, value: answer.value))
      } else if visible, question.required == true, question.format?.isAnswerable != false {
        throw field.invalid("question \(label) is required")
      }
    }
  }

  private func isShown(
    _ question: ScreeningQuestion, given: [String: Given], shown: [String: Bool]
  ) -> Bool {
    guard let parentID = question.preconditionQuestionID else { return true }
    guard shown[parentID] != false, let answer = given[parentID]?.value,
      let options = question.preconditionOptions
    else { return false }
    switch (options, answer) {
    case (.booleans(let values), .bool(let value)): return values.contains(value)
    case (.options(let ids), .string(let id)): return ids.contains(id)
    case (.options(let ids), .array(let selected)):
      return selected.contains { ids.contains($0.stringValue ?? "") }
    default: return false
    }
  }

  /// Checks one answer; returns the decoded file of a FILE answer.
  private func check(
    _ field: JSONField, for question: ScreeningQuestion
  ) throws(SandboxError) -> SandboxStore.AttachmentRow? {
    switch question.format {
    case .text(let format)?:
      guard let text = try field.string() else { return nil }
      if let max = format.maxLength, text.utf16.count > max {
        throw field.invalid("is \(text.utf16.count) characters long; at most \(max) allowed")
      }
      if format.displayType == .email, InputFormats.email(text) == nil {
        throw field.invalid("not an email address Kombo accepts; use \(InputFormats.emailRule)")
      }
      if format.displayType == .url, !InputFormats.isURL(text) {
        throw field.invalid("'\(text)' is not a valid http(s) URL")
      }
      if question.required == true,
        text.unicodeScalars.allSatisfy(CharacterSet.whitespacesAndNewlines.contains)
      {
        throw field.invalid("must not be empty: the question is required")
      }
    case .number(let format)?:
      guard let number = try field.number() else { return nil }
      if let min = format.min, number < min {
        throw field.invalid("\(number.plain) is below the minimum \(min.plain)")
      }
      if let max = format.max, number > max {
        throw field.invalid("\(number.plain) is above the maximum \(max.plain)")
      }
    case .singleSelect(let format)?:
      guard let id = try field.string() else { return nil }
      guard format.options.contains(where: { $0.id == id }) else {
        throw unknownOption(field, id, format.options)
      }
    case .multiSelect(let format)?:
      let elements = try field.elements()
      var seen: Set<String> = []
      for element in elements {
        guard let id = try element.string() else { throw element.invalid("must be an option id") }
        guard format.options.contains(where: { $0.id == id }) else {
          throw unknownOption(element, id, format.options)
        }
        guard seen.insert(id).inserted else { throw element.invalid("option \(id) is chosen twice") }
      }
      if question.required == true, elements.isEmpty {
        throw field.invalid("must choose at least one option: the question is required")
      }
    case .boolean?:
      _ = try field.bool()
    case .date?:
      _ = try field.date()
    case .file(let format)?:
      _ = try field.object(required: true)
      let file = try FileInput.decode(field, type: "OTHER", questionID: question.id)
      if let accepted = format.acceptedMimeTypes, let type = file.contentType, !accepted.contains(type) {
        throw field["content_type"].invalid(
          "'\(type)' is not accepted; use one of \(accepted.joined(separator: ", "))")
      }
      if let limit = format.maxFileSizeBytes, let size = file.data?.count, size > limit {
        throw field["data"].invalid("the file has \(size) bytes; at most \(limit) allowed")
      }
      return file
    case .information?, .unknown?, .unrecognized?, nil:
      break
    }
    return nil
  }

  private func unknownOption(_ field: JSONField, _ id: String, _ options: [SelectOption]) -> SandboxError {
    let choices = options.map { "\($0.id) (\($0.name))" }.joined(separator: ", ")
    return field.invalid("'\(id)' is not an option of this question; use one of \(choices)")
  }
}

extension Double {
  /// The number without a fraction when it is whole: `5` rather than `5.0`.
  var plain: String {
    rounded() == self && abs(self) < 1e15 ? String(Int64(self)) : String(self)
  }
}
