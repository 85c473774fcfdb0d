import Foundation
import KomboAPI

extension ValidationRun {
  /// The screening answers in the job's question order: each checked against its question's format,
  /// required questions that apply answered, answers to questions that do not apply (or cannot be
  /// answered through Kombo) left out with a warning.
  mutating func checkAnswers(_ answers: [String: AnswerDraft]) -> [ScreeningAnswer] {
    guard let job else { return checkAnswersWithoutQuestions(answers) }
    let questions = job.screeningQuestions.enumerated()
      .sorted { ($0.element.index ?? .max, $0.offset) < ($1.element.index ?? .max, $1.offset) }
      .map(\.element)
    let known = Set(questions.map(\.id))
    for id in answers.keys.sorted() where !known.contains(id) {
      report.error(.answer(id), "This job has no question '\(QuestionText.clean(id))'; remove this answer")
    }
    let visibility = QuestionVisibility(questions: questions, answers: answers)
    var result: [ScreeningAnswer] = []
    for question in questions {
      let path = FieldPath.answer(question.id)
      let title = QuestionText.title(of: question)
      let answer = answers[question.id].flatMap { Self.isBlank($0) ? nil : $0 }
      let applies = visibility.applies(question)
      guard let format = question.format, format.isAnswerable else {
        warnUnanswerable(question, answered: answer != nil, applies: applies)
        continue
      }
      guard applies else {
        if answer != nil {
          let condition = visibility.conditionDescription(of: question).map { " when \($0)" } ?? ""
          report.warning(path, "\(title) only applies\(condition); this answer will not be sent")
        }
        continue
      }
      guard let answer else {
        if question.required == true { report.error(path, "\(title) is required; \(Self.allowed(format))") }
        continue
      }
      guard let value = checkAnswer(answer, format: format, title: title, at: path) else { continue }
      append(value, questionID: question.id, to: &result)
    }
    return result
  }

  /// Warnings for a question Kombo cannot carry an answer to (INFORMATION, UNKNOWN, unrecognised or no
  /// format): a given answer is not sent; a required one may make the ATS reject the application.
  private mutating func warnUnanswerable(_ question: ScreeningQuestion, answered: Bool, applies: Bool) {
    let path = FieldPath.answer(question.id)
    let title = QuestionText.title(of: question)
    if case .information? = question.format {
      if answered { report.warning(path, "\(title) is information only; this answer will not be sent") }
      return
    }
    let unsupported = "cannot be answered here (Kombo does not support its type)"
    if answered { report.warning(path, "\(title) \(unsupported); this answer will not be sent") }
    if applies, question.required == true {
      report.warning(
        path, "\(title) is required by the ATS but \(unsupported); the ATS may reject the application")
    }
  }

  /// Adds a checked answer to the body's list, and its local file (if any) to the files to embed.
  private mutating func append(
    _ value: (answer: ScreeningAnswer.Value, file: CheckedFile?), questionID: String,
    to result: inout [ScreeningAnswer]
  ) {
    result.append(ScreeningAnswer(questionID: questionID, answer: value.answer))
    if let local = value.file?.local {
      files.append(
        PreparedFile(
          slot: .answer(result.count - 1), path: local.path, size: local.size, contentType: local.type))
    }
  }

  /// One answer against its question's format, as its wire value.
  private mutating func checkAnswer(
    _ answer: AnswerDraft, format: QuestionFormat, title: String, at path: FieldPath
  ) -> (answer: ScreeningAnswer.Value, file: CheckedFile?)? {
    let mismatch = { (report: inout ValidationReport) in
      report.error(path, "\(title) takes \(Self.allowed(format)); the answer given is \(answer.kind)")
    }
    switch (format, answer) {
    case (.text(let rules), _):
      guard let text = Self.text(of: answer) else { break }
      return checkText(text, rules: rules, title: title, at: path).map { (.text($0), nil) }
    case (.number(let rules), _):
      guard let text = Self.text(of: answer) else { break }
      guard let value = TextRules.number(text) else {
        report.error(
          path,
          "\(title) takes a number such as 3 or 2.5\(NumberRange.describe(rules)); "
            + "'\(QuestionText.clean(text))' is not one")
        return nil
      }
      guard NumberRange.contains(value, rules) else {
        report.error(
          path, "\(title) takes a number\(NumberRange.describe(rules)); \(NumberRange.text(value)) is outside"
        )
        return nil
      }
      return (.number(value), nil)
    case (.boolean, .boolean(let value)):
      return (.boolean(value), nil)
    case (.boolean, .text(let text)):
      guard let value = AnswerParser.boolean(text) else { break }
      return (.boolean(value), nil)
    case (.date, .date(let text)), (.date, .text(let text)):
      return checkDate(text.trimmingCharacters(in: .whitespacesAndNewlines), at: path, label: title)
        .map { (.date($0), nil) }
    case (.singleSelect(let select), .option(let id)), (.singleSelect(let select), .text(let id)):
      return checkOptions([id], of: select.options, title: title, at: path).map {
        (.singleSelect(optionID: $0[0]), nil)
      }
    case (.multiSelect(let select), .options(let ids)):
      return checkOptions(ids, of: select.options, title: title, at: path).map {
        (.multiSelect(optionIDs: $0), nil)
      }
    case (.multiSelect(let select), .option(let id)):
      return checkOptions([id], of: select.options, title: title, at: path).map {
        (.multiSelect(optionIDs: $0), nil)
      }
    case (.file(let rules), .file(let reference)):
      guard let file = checkFile(reference, at: path, label: title, rules: rules) else { return nil }
      let answer = ScreeningAnswer.FileAnswer(
        name: file.name, contentType: file.contentType, content: file.content)
      return (.file(answer), file)
    default:
      break
    }
    mismatch(&report)
    return nil
  }

  /// TEXT rules: length in characters, one line unless MULTI_LINE, email or URL syntax.
  private mutating func checkText(
    _ text: String, rules: QuestionFormat.Text, title: String, at path: FieldPath
  ) -> String? {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    // ATSs (and Kombo) count UTF-16 units, where an emoji or a letter with a separate accent mark takes
    // two; the stricter of that and the visible characters decides.
    if let limit = rules.maxLength, max(trimmed.count, trimmed.utf16.count) > limit {
      let counted =
        trimmed.utf16.count > trimmed.count
        ? "\(trimmed.utf16.count) as the ATS counts them (emoji and some accented letters count twice)"
        : "\(trimmed.count)"
      report.error(path, "\(title) takes at most \(limit) characters; the answer has \(counted)")
      return nil
    }
    switch rules.displayType {
    case .email?:
      if let problem = TextRules.emailProblem(trimmed) {
        report.error(path, "\(title) takes an email address: \(problem)")
        return nil
      }
    case .url?:
      if let problem = TextRules.urlProblem(trimmed) {
        report.error(path, "\(title) takes a web address: \(problem.message)", suggestion: problem.suggestion)
        return nil
      }
    case .multiLine?:
      let allowed: Set<UInt32> = [0x09, 0x0A, 0x0D]
      if trimmed.unicodeScalars.contains(where: { TextRules.isControl($0) && !allowed.contains($0.value) }) {
        report.error(path, "\(title) takes text without control characters (line breaks and tabs are fine)")
        return nil
      }
    case .singleLine?, nil:
      if trimmed.unicodeScalars.contains(where: TextRules.isControl) {
        report.error(path, "\(title) takes one line of text without line breaks or control characters")
        return nil
      }
    }
    return trimmed
  }

  /// Option ids that exist, each chosen once.
  private mutating func checkOptions(
    _ ids: [String], of options: [SelectOption], title: String, at path: FieldPath
  ) -> [String]? {
    let trimmed = ids.map { $0.trimmingCharacters(in: .whitespaces) }
    if let unknown = trimmed.first(where: { id in !options.contains { $0.id == id } }) {
      let choices = options.map { "\(QuestionText.clean($0.name)) (\($0.id))" }.joined(separator: ", ")
      report.error(
        path, "\(title): '\(QuestionText.clean(unknown))' is not one of its options; choose from \(choices)")
      return nil
    }
    var seen: Set<String> = []
    if let repeated = trimmed.first(where: { !seen.insert($0).inserted }) {
      let name = options.first { $0.id == repeated }.map { QuestionText.clean($0.name) } ?? repeated
      report.error(path, "\(title) lists '\(name)' more than once; choose each option once")
      return nil
    }
    return trimmed
  }

  /// Answers when the job's questions are unknown: converted by their own type, unchecked otherwise.
  private mutating func checkAnswersWithoutQuestions(_ answers: [String: AnswerDraft]) -> [ScreeningAnswer] {
    let given = answers.filter { !Self.isBlank($0.value) }
    guard !given.isEmpty else { return [] }
    report.warning(
      .answers,
      "The job's questions are not known, so answers are sent without checking them against the questions")
    var result: [ScreeningAnswer] = []
    for (id, answer) in given.sorted(by: { $0.key < $1.key }) {
      let path = FieldPath.answer(id)
      let format: QuestionFormat
      switch answer {
      case .text: format = .text(.init(displayType: .multiLine))
      case .number: format = .number(.init())
      case .boolean: format = .boolean
      case .date: format = .date
      case .option(let option):
        format = .singleSelect(.init(options: [SelectOption(id: option, name: option)]))
      case .options(let options):
        format = .multiSelect(.init(options: options.map { SelectOption(id: $0, name: $0) }))
      case .file: format = .file(.init())
      }
      guard
        let value = checkAnswer(answer, format: format, title: "Answer \(QuestionText.clean(id))", at: path)
      else {
        continue
      }
      append(value, questionID: id, to: &result)
    }
    return result
  }

  /// What a question of `format` takes, for messages.
  static func allowed(_ format: QuestionFormat) -> String {
    switch format {
    case .text(let rules):
      let kind =
        rules.displayType == .email
        ? "an email address" : rules.displayType == .url ? "a web address" : "text"
      return kind + (rules.maxLength.map { " of at most \($0) characters" } ?? "")
    case .number(let rules): return "a number\(NumberRange.describe(rules))"
    case .boolean: return "yes or no"
    case .date: return "a date such as 2026-03-01"
    case .singleSelect(let select): return "one of: \(QuestionText.optionList(select.options))"
    case .multiSelect(let select): return "one or more of: \(QuestionText.optionList(select.options))"
    case .file(let rules):
      let types = rules.acceptedMimeTypes.map { " (\($0.joined(separator: ", ")))" } ?? ""
      return "a file\(types)"
    case .information, .unknown, .unrecognized: return "no answer"
    }
  }

  /// The text of a text-like answer.
  private static func text(of answer: AnswerDraft) -> String? {
    switch answer {
    case .text(let text), .number(let text), .date(let text), .option(let text): text
    case .boolean, .options, .file: nil
    }
  }

  /// Whether an answer holds nothing (empty text, no options, no file).
  static func isBlank(_ answer: AnswerDraft) -> Bool {
    switch answer {
    case .text(let text), .number(let text), .date(let text), .option(let text):
      text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    case .boolean: false
    case .options(let ids): ids.isEmpty
    case .file(let reference):
      switch reference.source {
      case .path(let path), .url(let path): path.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
      }
    }
  }
}
