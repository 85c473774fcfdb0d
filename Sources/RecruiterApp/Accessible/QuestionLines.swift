import ApplyCore
import KomboAPI
import TerminalUI

/// The questions step in line mode: the full-screen step's form, asked field by field.
enum QuestionLines {
  /// The mapping between the job's questions and the form.
  static func mapping(_ flow: Flow, _ services: RecruiterServices) -> QuestionsMapping {
    let factory = QuestionFieldFactory(
      today: flow.today, directory: services.workingDirectory, home: services.homeDirectory,
      reader: services.directoryReader)
    return QuestionsMapping(questions: flow.job?.screeningQuestions ?? [], factory: factory)
  }
}

extension QuestionsMapping {
  /// The form titled for line mode.
  func form(_ answers: [String: AnswerDraft]) -> Form { form(title: "Screening questions", answers: answers) }
}
