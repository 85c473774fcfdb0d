import ApplyCore
import TerminalUI

// The one place that knows every screen. Plugging in a screen `XScreen: RecruiterScreen` (in its own
// folder) takes one case in `AppScreen` (plus its line in `current` and `destination`), one case in
// `AppMsg` when it has messages, one line in `make` and one line in `routeMessage`.

extension AppScreen {
  /// The screen for `destination`, built from the draft in `flow`.
  public static func make(
    _ destination: Destination, arrival: Arrival, flow: Flow, services: RecruiterServices
  ) -> AppScreen {
    switch destination {
    case .jobPicker: .jobPicker(JobPickerScreen(services: services, flow: flow))
    case .stage: .stage(StageScreen(flow: flow, arrival: arrival))
    case .candidate: .candidate(CandidateScreen(flow: flow, arrival: arrival))
    case .attachments: .attachments(AttachmentsScreen(flow: flow, arrival: arrival, services: services))
    case .questions: .questions(QuestionsScreen(flow: flow, arrival: arrival, services: services))
    case .review: .review(ReviewScreen(flow: flow, services: services))
    case .submitting: .submitting(SubmittingScreen(services: services, flow: flow))
    case .outbox: .outbox(OutboxScreen(services: services, flow: flow))
    case .history: .history(HistoryScreen(services: services, flow: flow))
    case .drafts: .drafts(DraftsScreen(services: services, flow: flow))
    case .importing: .importing(ImportScreen(services: services, flow: flow))
    }
  }
}

extension RecruiterProgram {
  /// Routes a screen's own message to that screen (the parked job picker keeps receiving its pages).
  func routeMessage(_ message: AppMsg, _ model: inout AppModel) -> [Effect<AppMsg>] {
    switch message {
    case .jobPicker(let inner): routeJobPicker(inner, &model)
    case .stage(let inner): drive(StageScreen.self, &model) { $0.update(inner, flow: &$1) }
    case .candidate(let inner): drive(CandidateScreen.self, &model) { $0.update(inner, flow: &$1) }
    case .attachments(let inner): drive(AttachmentsScreen.self, &model) { $0.update(inner, flow: &$1) }
    case .questions(let inner): drive(QuestionsScreen.self, &model) { $0.update(inner, flow: &$1) }
    case .review(let inner): drive(ReviewScreen.self, &model) { $0.update(inner, flow: &$1) }
    case .submitting(let inner): drive(SubmittingScreen.self, &model) { $0.update(inner, flow: &$1) }
    case .result(let inner): drive(ResultScreen.self, &model) { $0.update(inner, flow: &$1) }
    case .drafts(let inner): drive(DraftsScreen.self, &model) { $0.update(inner, flow: &$1) }
    case .outbox(let inner): drive(OutboxScreen.self, &model) { $0.update(inner, flow: &$1) }
    case .history(let inner): drive(HistoryScreen.self, &model) { $0.update(inner, flow: &$1) }
    case .importing(let inner): drive(ImportScreen.self, &model) { $0.update(inner, flow: &$1) }
    case .event, .clock, .integration, .attachmentRules, .autosave: []
    }
  }

  /// Routes a terminal event to the screen showing.
  func routeEvent(_ event: InputEvent, _ model: inout AppModel) -> [Effect<AppMsg>] {
    switch model.screen {
    case .jobPicker: drive(JobPickerScreen.self, &model) { $0.handle(event, flow: &$1) }
    case .stage: drive(StageScreen.self, &model) { $0.handle(event, flow: &$1) }
    case .candidate: drive(CandidateScreen.self, &model) { $0.handle(event, flow: &$1) }
    case .attachments: drive(AttachmentsScreen.self, &model) { $0.handle(event, flow: &$1) }
    case .questions: drive(QuestionsScreen.self, &model) { $0.handle(event, flow: &$1) }
    case .review: drive(ReviewScreen.self, &model) { $0.handle(event, flow: &$1) }
    case .drafts: drive(DraftsScreen.self, &model) { $0.handle(event, flow: &$1) }
    case .outbox: drive(OutboxScreen.self, &model) { $0.handle(event, flow: &$1) }
    case .history: drive(HistoryScreen.self, &model) { $0.handle(event, flow: &$1) }
    case .importing: drive(ImportScreen.self, &model) { $0.handle(event, flow: &$1) }
    case .submitting: drive(SubmittingScreen.self, &model) { $0.handle(event, flow: &$1) }
    case .result: drive(ResultScreen.self, &model) { $0.handle(event, flow: &$1) }
    }
  }

  /// Runs the screen's appear work after it has been shown.
  func appear(_ model: inout AppModel) -> [Effect<AppMsg>] {
    switch model.screen {
    case .jobPicker: drive(JobPickerScreen.self, &model) { $0.appear(flow: &$1) }
    case .stage: drive(StageScreen.self, &model) { $0.appear(flow: &$1) }
    case .candidate: drive(CandidateScreen.self, &model) { $0.appear(flow: &$1) }
    case .attachments: drive(AttachmentsScreen.self, &model) { $0.appear(flow: &$1) }
    case .questions: drive(QuestionsScreen.self, &model) { $0.appear(flow: &$1) }
    case .review: drive(ReviewScreen.self, &model) { $0.appear(flow: &$1) }
    case .drafts: drive(DraftsScreen.self, &model) { $0.appear(flow: &$1) }
    case .outbox: drive(OutboxScreen.self, &model) { $0.appear(flow: &$1) }
    case .history: drive(HistoryScreen.self, &model) { $0.appear(flow: &$1) }
    case .importing: drive(ImportScreen.self, &model) { $0.appear(flow: &$1) }
    case .submitting: drive(SubmittingScreen.self, &model) { $0.appear(flow: &$1) }
    case .result: drive(ResultScreen.self, &model) { $0.appear(flow: &$1) }
    }
  }

  /// Job picker messages go to the job picker, showing or parked.
  private func routeJobPicker(_ message: JobPickerMsg, _ model: inout AppModel) -> [Effect<AppMsg>] {
    if case .jobPicker = model.screen {
      return drive(JobPickerScreen.self, &model) { $0.update(message, flow: &$1) }
    }
    guard var parked = model.parkedJobPicker else { return [] }
    let transition = parked.update(message, flow: &model.flow)
    model.parkedJobPicker = parked
    return transition.effects.map { $0.map { JobPickerScreen.wrap($0) } }
  }
}

extension RecruiterProgram {
  /// Runs `body` on the showing screen of type `S` with the flow, stores the screen back, embeds its
  /// effects and follows its navigation.
  func drive<S: RecruiterScreen>(
    _ type: S.Type, _ model: inout AppModel, _ body: (inout S, inout Flow) -> Transition<S.Msg>
  ) -> [Effect<AppMsg>] {
    guard var screen = model.screen.current as? S else { return [] }
    let transition = body(&screen, &model.flow)
    model.screen = S.wrap(screen)
    let effects = transition.effects.map { $0.map { S.wrap($0) } }
    guard let navigation = transition.navigation else { return effects }
    return effects + navigate(navigation, &model)
  }
}

extension JobPickerScreen {
  /// Embeds the job picker's messages.
  public static func wrap(_ message: JobPickerMsg) -> AppMsg { .jobPicker(message) }
  /// Embeds the job picker.
  public static func wrap(_ screen: JobPickerScreen) -> AppScreen { .jobPicker(screen) }
}

extension StageScreen {
  /// Embeds the stage screen's messages.
  public static func wrap(_ message: StageMsg) -> AppMsg { .stage(message) }
  /// Embeds the stage screen.
  public static func wrap(_ screen: StageScreen) -> AppScreen { .stage(screen) }
}

extension CandidateScreen {
  /// Embeds the candidate screen's messages.
  public static func wrap(_ message: CandidateMsg) -> AppMsg { .candidate(message) }
  /// Embeds the candidate screen.
  public static func wrap(_ screen: CandidateScreen) -> AppScreen { .candidate(screen) }
}

extension SubmittingScreen {
  /// Embeds the submitting screen's messages.
  public static func wrap(_ message: SubmittingMsg) -> AppMsg { .submitting(message) }
  /// Embeds the submitting screen.
  public static func wrap(_ screen: SubmittingScreen) -> AppScreen { .submitting(screen) }
}

extension ResultScreen {
  /// Embeds the result screen's messages.
  public static func wrap(_ message: ResultMsg) -> AppMsg { .result(message) }
  /// Embeds the result screen.
  public static func wrap(_ screen: ResultScreen) -> AppScreen { .result(screen) }
}

extension ImportScreen {
  /// Embeds the import screen's messages.
  public static func wrap(_ message: ImportMsg) -> AppMsg { .importing(message) }
  /// Embeds the import screen.
  public static func wrap(_ screen: ImportScreen) -> AppScreen { .importing(screen) }
}
