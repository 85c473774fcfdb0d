import KomboAPI

/// A screening question before it gets ids: seed question sets are written as templates and
/// instantiated per job, so each job's questions and options have their own deterministic ids.
struct QuestionTemplate: Sendable {
  /// The answer format, with option names instead of option objects.
  enum Format: Sendable {
    case text(QuestionFormat.Text.DisplayType?, maxLength: Int?)
    case number(QuestionFormat.Number.DisplayType?, min: Double?, max: Double?)
    case file(mimeTypes: [String]?, maxBytes: Int?)
    case singleSelect(QuestionFormat.SingleSelect.DisplayType?, [String])
    case multiSelect([String])
    case boolean
    case date
    case information
    case unknown(JSONValue)
  }

  /// When the question is shown: a Boolean parent answered with one of `values`, or a select
  /// parent answered with one of the named options.
  enum Condition: Sendable {
    case boolean(parent: String, [Bool])
    case options(parent: String, [String])
  }

  /// A key unique within its set, used by conditions.
  var key: String
  var title: String
  var description: String?
  var category: QuestionCategory?
  var required: Bool
  var format: Format
  var condition: Condition?

  init(
    _ key: String, _ title: String, _ format: Format, required: Bool = false, description: String? = nil,
    category: QuestionCategory? = nil, shownIf condition: Condition? = nil
  ) {
    self.key = key
    self.title = title
    self.format = format
    self.required = required
    self.description = description
    self.category = category
    self.condition = condition
  }

  /// The questions of `templates` for the job with ordinal `jobIndex`, ids derived from the seed.
  static func instantiate(_ templates: [QuestionTemplate], jobIndex: Int) -> [ScreeningQuestion] {
    var questionIDs: [String: String] = [:]
    var optionIDs: [String: [String: String]] = [:]
    var questions: [ScreeningQuestion] = []
    for (position, template) in templates.enumerated() {
      let ordinal = jobIndex * 1000 + position
      let id = SandboxID.derived("question", ordinal)
      questionIDs[template.key] = id
      func options(_ names: [String]) -> [SelectOption] {
        let made = names.enumerated().map { offset, name in
          SelectOption(
            id: SandboxID.derived("option", ordinal * 64 + offset), remoteID: "opt-\(offset + 1)", name: name)
        }
        optionIDs[template.key] = Dictionary(
          made.map { ($0.name, $0.id) }, uniquingKeysWith: { first, _ in first })
        return made
      }
      let format: QuestionFormat =
        switch template.format {
        case .text(let display, let maxLength): .text(.init(displayType: display, maxLength: maxLength))
        case .number(let display, let min, let max): .number(.init(displayType: display, min: min, max: max))
        case .file(let types, let bytes): .file(.init(acceptedMimeTypes: types, maxFileSizeBytes: bytes))
        case .singleSelect(let display, let names):
          .singleSelect(.init(displayType: display, options: options(names)))
        case .multiSelect(let names): .multiSelect(.init(options: options(names)))
        case .boolean: .boolean
        case .date: .date
        case .information: .information
        case .unknown(let raw): .unknown(rawQuestion: raw)
        }
      var question = ScreeningQuestion(
        id: id, remoteID: "q\(position + 1)", title: template.title, description: template.description,
        category: template.category, required: template.required, format: format, index: position)
      switch template.condition {
      case .boolean(let parent, let values)?:
        question.preconditionQuestionID = questionIDs[parent]
        question.preconditionOptions = .booleans(values)
      case .options(let parent, let names)?:
        question.preconditionQuestionID = questionIDs[parent]
        question.preconditionOptions = .options(names.compactMap { optionIDs[parent]?[$0] })
      case nil:
        break
      }
      questions.append(question)
    }
    return questions
  }
}
