import ApplyCore
import KomboAPI
import TerminalUI

/// A message for the questions screen.
public enum QuestionsMsg: Sendable {
  /// A terminal event or a field task's result for the form.
  case form(FormMessage)
}

/// The screening questions step: a form built from the job's questions (see `QuestionsMapping`),
/// with conditional questions appearing and disappearing as their parents are answered.
///
/// `update` is pure; the owner copies the answers into the draft with `apply(to:)` after each
/// message and acts on `form.outcome` (`.submitted` = continue, `.back`, `.cancelled`, `.signal`).
public struct QuestionsScreen: Sendable {
  /// The form; its title and status line are the owner's.
  public var form: Form
  /// The mapping between the form and the draft's answers.
  let mapping: QuestionsMapping

  /// The screen for `questions`, showing `answers`. `today` feeds date questions; `files` the pickers.
  public init(
    questions: [ScreeningQuestion], answers: [String: AnswerDraft], today: CalendarDate, files: FileBrowsing,
    title: String = "Screening questions"
  ) {
    let factory = QuestionFieldFactory(today: today, directory: files.directory, home: files.home, reader: files.reader)
    mapping = QuestionsMapping(questions: questions, factory: factory)
    form = mapping.form(title: title, answers: answers)
  }

  /// Applies a message; returns the work to start.
  public mutating func update(_ message: QuestionsMsg) -> [Effect<QuestionsMsg>] {
    switch message {
    case .form(let formMessage):
      return form.update(formMessage).map { $0.map(QuestionsMsg.form) }
    }
  }

  /// Draws the screen.
  public func view(size: Size) -> Screen {
    form.view(size: size)
  }

  /// Writes the form's answers into `draft.answers` (hidden answers kept, other answers untouched).
  public func apply(to draft: inout ApplicationDraft) {
    draft.answers = mapping.answers(from: form, original: draft.answers)
  }

  /// Focuses the field with `key` (`answers.<question id>`), e.g. from the review's problem list.
  public mutating func focus(key: String) {
    form.focus(key: key)
  }
}
