import ApplyCore
public import Foundation
import KomboAPI
public import TerminalUI

/// The recruiter app as a `Program`: routes terminal events and effect results to the screen showing,
/// handles what is app-wide (Ctrl-C, Ctrl-Z, signals, the help overlay, autosave, the clock), moves
/// between screens, and draws the header and help line over every screen.
public struct RecruiterProgram: Program {
  /// The outside world, for effects.
  public let services: RecruiterServices

  /// The app over `services`.
  public init(services: RecruiterServices) {
    self.services = services
  }

  /// How often the clock message comes (dates, "today").
  static let clockInterval = Duration.seconds(30)

  /// The model the app starts with: the job picker on an empty draft.
  public func initialModel(now: Date, size: Size) -> AppModel {
    let flow = Flow(
      backend: services.backend, now: now, timeZone: services.timeZone, size: size,
      sessionSeed: services.sessionSeed)
    return AppModel(screen: .make(.jobPicker, arrival: .forward, flow: flow, services: services), flow: flow)
  }

  /// The work to start with: the integration's details, the clock, and the first screen's own work.
  public func initialEffects(_ model: inout AppModel) -> [Effect<AppMsg>] {
    [loadIntegration(), loadAttachmentRules(), clockTick()] + appear(&model)
  }

  /// Every terminal event becomes a message.
  public func message(for event: InputEvent) -> AppMsg? { .event(event) }

  /// Applies a message; saves the draft (throttled) whenever it changed.
  public func update(_ model: inout AppModel, _ message: AppMsg) -> [Effect<AppMsg>] {
    let before = model.flow.draft
    var effects: [Effect<AppMsg>]
    switch message {
    case .event(let event):
      effects = handle(event, &model)
    case .clock(let now):
      model.flow.now = now
      effects = [clockTick()]
    case .integration(let details):
      model.flow.integration = details
      effects = []
    case .attachmentRules(let lookup):
      model.flow.attachmentRules = lookup.rules
      if let notice = lookup.notice { model.flow.notice = notice }
      effects = []
    case .autosave(let result):
      effects = autosaveResult(result, &model)
    default:
      effects = routeMessage(message, &model)
    }
    effects += autosave(after: before, &model)
    return effects
  }

  /// The screen showing, with the header and help line; the help overlay and the app's dialog on top.
  public func view(_ model: AppModel, size: Size) -> Screen {
    guard AppChrome.fits(size) else { return AppChrome.tooSmall(size: size) }
    let current = model.screen.current
    var screen = current.view(flow: model.flow, size: size)
    AppChrome.drawHeader(on: &screen, flow: model.flow, step: model.screen.destination.step)
    let pinned = model.dialog == nil && !model.showsHelp ? [KeyHelp("f1", "help")] : []
    AppChrome.drawHelp(on: &screen, keys: keyHelp(model), pinned: pinned)
    if model.showsHelp {
      screen.cursor = nil
      HelpOverlay.draw(on: &screen, screenKeys: current.keyHelp, isTyping: current.isTyping)
    }
    if let dialog = model.dialog {
      screen.cursor = nil
      dialog.draw(on: &screen)
    }
    return screen
  }

  /// The help line's keys: the dialog's while one shows, else the screen's and the app's.
  func keyHelp(_ model: AppModel) -> [KeyHelp] {
    if let dialog = model.dialog { return dialog.keyHelp }
    if model.showsHelp { return [KeyHelp("esc", "close help")] }
    return model.screen.current.keyHelp
  }

  // MARK: - Events

  private func handle(_ event: InputEvent, _ model: inout AppModel) -> [Effect<AppMsg>] {
    switch event {
    case .signal(let signal):
      model.exit = .signal(signal)
      return [.quit]
    case .endOfInput:
      model.exit = .signal(.hangup)
      return [.quit]
    case .resize(let size):
      model.flow.size = size
      return routeEvent(event, &model)
    case .key(.control("z")):
      return [.suspend]
    case .key(.control("c")) where !AppChrome.fits(model.flow.size):
      // Nothing else shows, so no question is asked: quit, the draft saved as at any exit.
      model.exit = .cancelled
      return [.quit]
    case _ where !AppChrome.fits(model.flow.size):
      // "Terminal too small" hides the screen: no key may act on what nobody can see.
      return []
    case .key(let key) where model.dialog != nil:
      return answerDialog(key, &model)
    case .key(.control("c")):
      model.showsHelp = false
      model.dialog = QuitDialog.make(model)
      return []
    case .key(let key) where model.showsHelp:
      if [.escape, .enter, KeyPress(.function(1)), .character("?"), .character("q")].contains(key) {
        model.showsHelp = false
      }
      return []
    case .key(KeyPress(.function(1))):
      model.showsHelp = true
      return []
    case .key(.character("?")) where !model.screen.current.isTyping:
      model.showsHelp = true
      return []
    case .paste where model.dialog != nil || model.showsHelp:
      return []
    default:
      return routeEvent(event, &model)
    }
  }

  private func answerDialog(_ key: KeyPress, _ model: inout AppModel) -> [Effect<AppMsg>] {
    guard var dialog = model.dialog else { return [] }
    let answer = dialog.handle(key)
    model.dialog = answer == nil ? dialog : nil
    guard case .yes = answer, dialog.id == QuitDialog.id else { return [] }
    model.exit = .cancelled
    return [.quit]
  }

  // MARK: - Navigation

  /// Follows a screen's navigation request.
  func navigate(_ navigation: Navigation, _ model: inout AppModel) -> [Effect<AppMsg>] {
    let returnsToReview = model.returnsToReview
    model.returnsToReview = false
    switch navigation {
    case .next:
      if returnsToReview && model.screen.destination != .review {
        return show(.review, arrival: .forward, &model)
      }
      guard let next = model.screen.destination.next(for: model.flow) else { return [] }
      return show(next, arrival: .forward, &model)
    case .back:
      guard let previous = model.screen.destination.previous else { return [] }
      return show(previous, arrival: .backward, &model)
    case .go(let destination):
      return show(destination, arrival: .forward, &model)
    case .edit(let path):
      // From the review's problem list (not from resuming a draft, which opens its field too).
      model.returnsToReview = model.screen.destination == .review
      return show(Destination.editing(path), arrival: .field(path), &model)
    case .show(let screen):
      return replace(with: screen, &model)
    case .quit:
      model.exit = .finished
      return [.quit]
    }
  }

  /// Shows `destination`: the parked job picker when going back to it, else a screen built from the draft.
  func show(_ destination: Destination, arrival: Arrival, _ model: inout AppModel) -> [Effect<AppMsg>] {
    if destination == .jobPicker, var parked = model.parkedJobPicker {
      model.parkedJobPicker = nil
      if model.screen.destination == .submitting { parked.clearSearch() }
      return replace(with: .jobPicker(parked), &model)
    }
    let screen = AppScreen.make(destination, arrival: arrival, flow: model.flow, services: services)
    return replace(with: screen, &model)
  }

  private func replace(with screen: AppScreen, _ model: inout AppModel) -> [Effect<AppMsg>] {
    if case .jobPicker(let picker) = model.screen, screen.destination != .jobPicker {
      model.parkedJobPicker = picker
    }
    model.screen = screen
    model.flow.notice = model.flow.noticeForNextScreen
    model.flow.noticeForNextScreen = nil
    return screenChanged(&model) + appear(&model)
  }

  // MARK: - App-wide work

  private func loadAttachmentRules() -> Effect<AppMsg> {
    let client = services.client
    return .run { .attachmentRules(await AttachmentRulesLookup.read(through: client)) }
  }

  private func loadIntegration() -> Effect<AppMsg> {
    let client = services.client
    let id = services.backend.integrationID.flatMap(IntegrationID.init)
    return .run {
      guard let id else { return .integration(nil) }
      return .integration(try? await client.integrationDetails(id))
    }
  }

  private func clockTick() -> Effect<AppMsg> {
    let clock = services.clock
    return .after(Self.clockInterval, id: "app.clock") { .clock(clock.now()) }
  }
}
