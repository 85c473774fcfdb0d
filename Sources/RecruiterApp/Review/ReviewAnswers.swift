import ApplyCore
import Foundation
import KomboAPI
import TerminalUI
import TextSafety

/// The answers part of the review: each answer that will be sent under its question's title, in the
/// questions screen's order and groups, and a count of what is not sent (hidden by a condition,
/// unanswered, not answerable here).
enum ReviewAnswers {
  /// Adds the answers to `rows`.
  static func add(_ flow: Flow, sizes: [String: Int], into rows: inout ReviewLines) {
    let answers = flow.draft.answers
    guard let job = flow.job else {
      unchecked(answers, sizes: sizes, into: &rows)
      return
    }
    let visibility = QuestionVisibility(questions: job.screeningQuestions, answers: answers)
    let entries = QuestionOrder(job.screeningQuestions).entries
    var hidden = 0
    var unanswered = 0
    var unanswerable = 0
    var sent: [(QuestionOrder.Entry, AnswerDraft)] = []
    for entry in entries {
      let question = entry.question
      guard let format = question.format, format.isAnswerable else {
        if case .information? = question.format {} else { unanswerable += 1 }
        continue
      }
      let answer = answers[question.id].flatMap { isBlank($0) ? nil : $0 }
      if !visibility.applies(question) {
        if answer != nil { hidden += 1 }
        continue
      }
      guard let answer else {
        unanswered += 1
        continue
      }
      sent.append((entry, answer))
    }
    var notes = ["\(sent.count) answer\(sent.count == 1 ? "" : "s") will be sent"]
    if hidden > 0 { notes.append("\(hidden) hidden by a condition not sent") }
    if unanswered > 0 { notes.append("\(unanswered) unanswered") }
    if unanswerable > 0 { notes.append("\(unanswerable) can't be answered here") }
    rows.heading("Screening questions")
    rows.paragraph(notes.joined(separator: " · "), Style(.muted), indent: 2)
    var voluntaryShown = false
    for (entry, answer) in sent {
      if entry.isVoluntary && !voluntaryShown {
        voluntaryShown = true
        rows.subheading(QuestionsMapping.voluntaryTitle)
      }
      rows.paragraph(QuestionFieldFactory.title(of: entry.question), Style(.title), indent: 4)
      rows.paragraph(display(answer, format: entry.question.format, sizes: sizes), Style(.input), indent: 6)
    }
  }

  /// Answers when the job's questions are not known: by question id, sent unchecked.
  private static func unchecked(
    _ answers: [String: AnswerDraft], sizes: [String: Int], into rows: inout ReviewLines
  ) {
    rows.heading("Screening questions")
    let given = answers.filter { !isBlank($0.value) }.sorted { $0.key < $1.key }
    if given.isEmpty {
      rows.paragraph("No answers (the job's questions are not known here).", Style(.muted), indent: 2)
      return
    }
    rows.paragraph(
      "The job's questions are not known; these answers are sent unchecked.", Style(.muted), indent: 2)
    for (id, answer) in given {
      rows.entry(id, display(answer, format: nil, sizes: sizes))
    }
  }

  /// An answer as the candidate would read it: option names, Yes/No, a file's name and size.
  static func display(_ answer: AnswerDraft, format: QuestionFormat?, sizes: [String: Int]) -> String {
    let options = format?.options ?? []
    let name = { (id: String) in options.first { $0.id == id }?.name ?? id }
    switch (answer, format.map { QuestionAnswers.input(for: answer, format: $0) } ?? .none) {
    case (_, .bool(let value)): return value ? "Yes" : "No"
    case (_, .choice(let id)): return name(id)
    case (_, .choices(let ids)): return ids.map(name).joined(separator: ", ")
    case (.boolean(let value), _): return value ? "Yes" : "No"
    case (.options(let ids), _): return ids.map(name).joined(separator: ", ")
    case (.file(let reference), _):
      let item = AttachmentDraft(file: reference, type: .other)
      switch reference.source {
      case .path(let path):
        return AttachmentListField.sendName(item) + (sizes[path].map { " · \(ByteCount.format($0))" } ?? "")
      case .url(let url): return "\(AttachmentListField.sendName(item)) · from \(url)"
      }
    case (.text(let text), _), (.number(let text), _), (.date(let text), _), (.option(let text), _):
      return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
  }

  /// Whether an answer holds nothing: blank text, no options, no file (as the core judges it).
  static func isBlank(_ answer: AnswerDraft) -> Bool {
    let text: String
    switch answer {
    case .boolean: return false
    case .options(let ids): return ids.isEmpty
    case .text(let value), .number(let value), .date(let value), .option(let value): text = value
    case .file(let reference):
      text = AttachmentListField.source(AttachmentDraft(file: reference, type: .other))
    }
    return text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
  }
}
