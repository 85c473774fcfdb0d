public import ApplyCore
public import KomboAPI
public import TerminalUI

/// The questions screen's messages: results of the form's field tasks (directory listings).
public enum QuestionsMsg: Sendable {
  /// A field task's result.
  case form(FormMessage)
}

/// The screening questions step: a form built from the job's questions (see `QuestionsMapping`),
/// with conditional questions appearing and disappearing as their parents are answered. Every change
/// is written to the draft at once; hidden answers stay in the draft (and in the form) but are not sent.
public struct QuestionsScreen: RecruiterScreen {
  /// The form.
  public private(set) var host: FormHost
  /// The mapping between the form and the draft's answers.
  let mapping: QuestionsMapping

  /// The screen for the job and draft in `flow`, entered as `arrival`.
  public init(flow: Flow, arrival: Arrival, services: RecruiterServices) {
    let files = FileBrowsing(
      directory: services.workingDirectory, home: services.homeDirectory, reader: services.directoryReader)
    self.init(
      questions: flow.job?.screeningQuestions, answers: flow.draft.answers, today: flow.today, files: files,
      arrival: arrival, size: flow.size)
  }

  /// The screen for `questions` (nil when the job's questions are not known), showing `answers`;
  /// `today` feeds date questions, `files` the file pickers.
  public init(
    questions: [ScreeningQuestion]?, answers: [String: AnswerDraft], today: CalendarDate, files: FileBrowsing,
    arrival: Arrival, size: Size
  ) {
    let factory = QuestionFieldFactory(
      today: today, directory: files.directory, home: files.home, reader: files.reader)
    mapping = QuestionsMapping(questions: questions ?? [], factory: factory)
    var form = mapping.form(title: "Screening questions", answers: answers)
    if questions == nil { form = Self.unknownQuestionsForm() }
    host = FormHost(form, arrival: mapping.shown(arrival, in: form), size: size)
  }

  /// The form.
  public var form: Form { host.form }

  /// The form's keys.
  public var keyHelp: [KeyHelp] { host.keyHelp }
  /// Fields take typing.
  public var isTyping: Bool { host.isTyping }

  /// Lists the file questions' directories, so their pickers are ready when reached.
  public mutating func appear(flow: inout Flow) -> Transition<QuestionsMsg> {
    let keys = host.form.groups.flatMap(\.fields).filter { $0 is FileAnswerField }.map(\.key)
    return Transition(
      keys.flatMap { PickerStart.start($0, in: &host.form) }.map { $0.map(QuestionsMsg.form) })
  }

  /// Keys go to the form; answers are written to the draft; the form's end moves on or back.
  public mutating func handle(_ event: InputEvent, flow: inout Flow) -> Transition<QuestionsMsg> {
    let (effects, outcome) = host.handle(event)
    flow.draft.answers = mapping.answers(from: host.form, original: flow.draft.answers)
    return Transition(
      effects.map { $0.map(QuestionsMsg.form) }, navigation: StageScreen.navigation(for: outcome))
  }

  /// Field task results.
  public mutating func update(_ message: QuestionsMsg, flow: inout Flow) -> Transition<QuestionsMsg> {
    switch message {
    case .form(let inner):
      let effects = host.receive(inner)
      flow.draft.answers = mapping.answers(from: host.form, original: flow.draft.answers)
      return Transition(effects.map { $0.map(QuestionsMsg.form) })
    }
  }

  /// The form.
  public func view(flow: Flow, size: Size) -> Screen {
    host.view(status: flow.statusText, size: size)
  }

  /// The form when the job's questions are not known (applying by remote id to a job not synced).
  private static func unknownQuestionsForm() -> Form {
    let note = NoticeField(
      FieldInfo(key: FieldPath.answers.rawValue, title: ""),
      text: "This job's questions are not known here (it was chosen by its ATS id and is not synced), so "
        + "no answers can be entered. Answers given on the command line are sent unchecked.",
      role: .muted)
    var form = Form(
      title: "Screening questions", groups: [FieldGroup(title: "Screening questions", fields: [note])])
    form.submitLabel = "Continue"
    return form
  }
}

extension QuestionsScreen {
  /// Embeds the questions screen's messages.
  public static func wrap(_ message: QuestionsMsg) -> AppMsg { .questions(message) }
  /// The screen's own message in `message`, if it is one.
  public static func unwrap(_ message: AppMsg) -> QuestionsMsg? {
    if case .questions(let inner) = message { inner } else { nil }
  }
  /// Embeds the questions screen.
  public static func wrap(_ screen: QuestionsScreen) -> AppScreen { .questions(screen) }
}
