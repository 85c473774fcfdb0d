import ApplyCore
import KomboAPI
import TerminalUI

/// Converts between a job's screening questions with the draft's answers and the questions form,
/// both ways: `form(answers:)` builds the form showing every answer, `answers(from:original:)` reads
/// it back. Answers to questions the form does not show as inputs (unknown ids, INFORMATION, UNKNOWN)
/// are left as they are; answers to hidden conditional questions are kept (toggling the parent back
/// restores them) — the core's `QuestionVisibility` leaves them out of the request.
struct QuestionsMapping: Sendable {
  /// The questions in display order.
  let order: QuestionOrder
  /// Builds each question's field.
  let factory: QuestionFieldFactory
  /// Evaluates preconditions for descriptions.
  private let questions: [ScreeningQuestion]
  /// Question id and format of each answerable question, by field key.
  private let answerable: [String: (id: String, format: QuestionFormat)]

  /// The mapping for a job's `questions`.
  init(questions: [ScreeningQuestion], factory: QuestionFieldFactory) {
    self.questions = questions
    self.order = QuestionOrder(questions)
    self.factory = factory
    var answerable: [String: (id: String, format: QuestionFormat)] = [:]
    for entry in order.entries {
      guard let format = entry.question.format, format.isAnswerable else { continue }
      answerable[QuestionFieldFactory.key(entry.question.id)] = (entry.question.id, format)
    }
    self.answerable = answerable
  }

  /// The heading of the equal-opportunity and demographic group.
  static let voluntaryTitle = "Voluntary self-identification"

  /// The form for the questions, showing `answers`.
  func form(title: String, answers: [String: AnswerDraft]) -> Form {
    let visibility = QuestionVisibility(questions: questions, answers: answers)
    var main: [any Field] = []
    var voluntary: [any Field] = []
    for entry in order.entries {
      let field = factory.field(for: entry, answer: answers[entry.question.id], visibility: visibility)
      if entry.isVoluntary { voluntary.append(field) } else { main.append(field) }
    }
    var groups: [FieldGroup] = []
    if !main.isEmpty || voluntary.isEmpty {
      let fields: [any Field] =
        main.isEmpty
        ? [
          NoticeField(
            FieldInfo(key: "answers", title: ""), text: "This job asks no screening questions.", role: .muted)
        ]
        : main
      groups.append(
        FieldGroup(
          title: "Screening questions",
          description: "From the job's application form, in the ATS's order. * marks a required question.",
          fields: fields))
    }
    if !voluntary.isEmpty {
      groups.append(
        FieldGroup(
          title: Self.voluntaryTitle,
          description: "Equal-opportunity and demographic questions. They are optional for the candidate "
            + "unless marked * — leave them unanswered if the candidate prefers not to say.",
          fields: voluntary))
    }
    let known = Set(order.entries.map(\.question.id))
    let stray = answers.keys.filter { !known.contains($0) }.sorted()
    if !stray.isEmpty && !questions.isEmpty {
      groups.append(
        FieldGroup(
          title: "Answers to questions this job does not have",
          description: "They came with the draft and block submitting; delete removes one.",
          fields: stray.compactMap { id in answers[id].map { StrayAnswerField(id: id, answer: $0) } }))
    }
    var form = Form(title: title, groups: groups)
    form.submitLabel = "Continue"
    return form
  }

  /// The draft's answers after editing `form`: every question field's answer (hidden ones included),
  /// answers to unknown questions removed when the user removed them, other answers untouched.
  func answers(from form: Form, original: [String: AnswerDraft]) -> [String: AnswerDraft] {
    var result = original
    for group in form.groups {
      for field in group.fields {
        if let stray = field as? StrayAnswerField, stray.isRemoved {
          result[String(field.key.dropFirst(FieldPath.answers.rawValue.count + 1))] = nil
        }
        guard let (id, format) = answerable[field.key] else { continue }
        result[id] = QuestionAnswers.updated(original[id], field: field, format: format)
      }
    }
    return result
  }

  /// `arrival`, with a jump to a hidden conditional question turned into a jump to its closest shown
  /// ancestor (whose answer makes it appear).
  func shown(_ arrival: Arrival, in form: Form) -> Arrival {
    guard case .field(let path) = arrival else { return arrival }
    let visible = Set(form.visiblePaths.map { form.field(at: $0).key })
    let parents = Dictionary(uniqueKeysWithValues: order.entries.map { ($0.question.id, $0.parentID) })
    var key = path.rawValue
    while form.path(of: key) != nil, !visible.contains(key) {
      let id = String(key.dropFirst(FieldPath.answers.rawValue.count + 1))
      guard let parent = parents[id] ?? nil else { break }
      key = QuestionFieldFactory.key(parent)
    }
    return .field(FieldPath(key))
  }
}
