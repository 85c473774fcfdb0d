import ApplyCore
import TerminalUI

// The one place that knows every screen. Plugging in a screen `XScreen: RecruiterScreen` (in its own
// folder, its `wrap` and `unwrap` beside it) takes one case in `Destination` (and its breadcrumb step
// in `Destination.step`), one case in `AppScreen` (plus its line in `current` and `destination`), one
// case in `AppMsg` when it has messages, and one line in `make`. Events, messages and appear work
// reach the screen through `drive`, which opens the showing screen once.

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
    if case .jobPicker(let inner) = message, model.screen.destination != .jobPicker {
      return routeParkedJobPicker(inner, &model)
    }
    return drive(.message(message), &model)
  }

  /// Routes a terminal event to the screen showing.
  func routeEvent(_ event: InputEvent, _ model: inout AppModel) -> [Effect<AppMsg>] {
    drive(.event(event), &model)
  }

  /// Runs the screen's appear work after it has been shown.
  func appear(_ model: inout AppModel) -> [Effect<AppMsg>] {
    drive(.appear, &model)
  }

  /// Job picker messages while another screen shows go to the parked job picker.
  private func routeParkedJobPicker(_ message: JobPickerMsg, _ model: inout AppModel) -> [Effect<AppMsg>] {
    guard var parked = model.parkedJobPicker else { return [] }
    let transition = parked.update(message, flow: &model.flow)
    model.parkedJobPicker = parked
    return transition.effects.map { $0.map { JobPickerScreen.wrap($0) } }
  }

  /// Runs `action` on the showing screen with the flow, stores the screen back, and follows its
  /// navigation.
  func drive(_ action: ScreenAction, _ model: inout AppModel) -> [Effect<AppMsg>] {
    var screen = model.screen.current
    let step = screen.apply(action, flow: &model.flow)
    model.screen = step.screen
    guard let navigation = step.navigation else { return step.effects }
    return step.effects + navigate(navigation, &model)
  }
}

/// What the app asks of the showing screen.
enum ScreenAction: Sendable {
  /// It has just been shown.
  case appear
  /// A terminal event.
  case event(InputEvent)
  /// A message, for the screen if it is one of its own.
  case message(AppMsg)
}

extension RecruiterScreen {
  /// Runs `action` on this screen: the screen after it, its effects and its navigation, in the app's
  /// types. A message that is not this screen's is dropped (a late result for a screen already left).
  mutating func apply(_ action: ScreenAction, flow: inout Flow)
    -> (screen: AppScreen, effects: [Effect<AppMsg>], navigation: Navigation?)
  {
    let transition: Transition<Msg>
    switch action {
    case .appear: transition = appear(flow: &flow)
    case .event(let event): transition = handle(event, flow: &flow)
    case .message(let message):
      guard let inner = Self.unwrap(message) else { return (Self.wrap(self), [], nil) }
      transition = update(inner, flow: &flow)
    }
    return (Self.wrap(self), transition.effects.map { $0.map { Self.wrap($0) } }, transition.navigation)
  }
}
