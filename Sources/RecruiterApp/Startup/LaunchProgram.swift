import ApplyCore
import Foundation
public import KomboAPI
public import TerminalUI
import TextSafety

/// The start-up's messages, and the app's once it runs.
public enum LaunchMsg: Sendable {
  /// A terminal event.
  case event(InputEvent)
  /// The key and integration check ended.
  case checked(Result<IntegrationDetails, SetupProblem>)
  /// The app's services are ready (or could not be made).
  case connected(Result<LaunchReady, SetupProblem>)
  /// The spinner's clock.
  case tick
  /// For the running app.
  case app(AppMsg)
}

/// The app once started: its program (built over the services the start-up connected) and model.
public struct RunningApp: Sendable {
  /// The program.
  public let program: RecruiterProgram
  /// Its model.
  public var model: AppModel
}

/// Where the start-up is, then the running app.
public struct LaunchModel: Sendable {
  /// The start-up's steps.
  public enum Stage: Sendable {
    /// Several integrations are configured and none chosen: the picker.
    case picking
    /// Checking the key and the integration.
    case checking
    /// A problem, explained, waiting for retry, another integration or quit.
    case problem(SetupProblem)
    /// Building the app's services, recovering the outbox, reading the drafts.
    case connecting
  }

  /// The step.
  public var stage: Stage
  /// The integration picker's cursor (over `LaunchFacts.known`).
  public var picker: RecordTable
  /// The integration being used.
  public var integration: String?
  /// The terminal size.
  public var size: Size
  /// The spinner.
  public var spinner = SpinnerModel()
  /// The app, once started.
  public var app: RunningApp?
  /// Why the start-up stopped, if it stopped before the app ran.
  public var exit: AppExit?

  /// How the app or the start-up stopped.
  public var finalExit: AppExit? { app?.model.exit ?? exit }

  /// The exit status for a start-up that ended on a problem: 69 when Kombo was unreachable, 78 for
  /// a configuration problem; nil otherwise.
  public var problemStatus: Int32? {
    guard app == nil, case .problem(let problem) = stage else { return nil }
    if case .unreachable = problem { return 69 }
    return 78
  }
}

/// The start-up before the recruiter app, on the same terminal: the integration picker when several
/// are configured, the key and integration check (with a spinner) and an explanation screen for each
/// problem, then connecting, recovering interrupted submissions and reading the drafts; then the
/// `RecruiterProgram` runs inside it, with the resume prompt when a draft is waiting.
public struct LaunchProgram: Program {
  /// The outside world.
  public let services: LaunchServices

  /// A launcher over `services`.
  public init(services: LaunchServices) {
    self.services = services
  }

  /// The first model, and the work to start with.
  public func start(size: Size) -> (LaunchModel, [Effect<LaunchMsg>]) {
    let facts = services.facts
    var model = LaunchModel(
      stage: .picking, picker: RecordTable(count: facts.known.count, height: max(1, size.height - 12)),
      integration: facts.integration ?? (facts.known.count == 1 ? facts.known[0].id : nil), size: size)
    if facts.needsPicker {
      if let last = facts.lastUsed, let index = facts.known.firstIndex(where: { $0.id == last }) {
        for _ in 0..<index { _ = model.picker.handle(KeyPress(.down)) }
      }
      return (model, [])
    }
    return (model, begin(&model))
  }

  /// Every event is a message.
  public func message(for event: InputEvent) -> LaunchMsg? { .event(event) }

  /// Start-up steps, then the app's messages.
  public func update(_ model: inout LaunchModel, _ message: LaunchMsg) -> [Effect<LaunchMsg>] {
    if case .app(let inner) = message { return forward(inner, &model) }
    if model.app != nil, case .event(let event) = message { return forward(.event(event), &model) }
    switch message {
    case .event(let event):
      return handle(event, &model)
    case .checked(.success(let details)):
      model.stage = .connecting
      return [connect(model.integration, details: details)]
    case .checked(.failure(let problem)), .connected(.failure(let problem)):
      model.stage = .problem(problem)
      return []
    case .connected(.success(let ready)):
      return run(ready, &model)
    case .tick:
      switch model.stage {
      case .checking, .connecting:
        model.spinner.tick(elapsed: model.spinner.elapsed + .milliseconds(100))
        return [tick()]
      case .picking, .problem:
        return []
      }
    case .app:
      return []
    }
  }

  /// The app, or the start-up's screen.
  public func view(_ model: LaunchModel, size: Size) -> Screen {
    if let app = model.app { return app.program.view(app.model, size: size) }
    return LaunchView(model: model, facts: services.facts).draw(size: size)
  }

  // MARK: - Steps

  /// Checks (with a key) or connects (sandbox) for `model.integration`.
  private func begin(_ model: inout LaunchModel) -> [Effect<LaunchMsg>] {
    guard let probe = services.probe, !services.facts.isSandbox else {
      model.stage = .connecting
      return [connect(model.integration, details: nil), tick()]
    }
    model.stage = .checking
    let id = model.integration.flatMap(IntegrationID.init)
    let context = services.facts.context
    if let text = model.integration, id == nil {
      model.stage = .problem(.integrationNotFound(id: text))
      return []
    }
    return [
      .run { .checked(await StartupCheck.run(client: probe, integration: id, context: context)) }, tick(),
    ]
  }

  private func tick() -> Effect<LaunchMsg> {
    .after(.milliseconds(100), id: "launch.tick", send: .tick)
  }

  /// Builds the services, recovers interrupted submissions, counts the outbox and lists the drafts.
  private func connect(_ integration: String?, details: IntegrationDetails?) -> Effect<LaunchMsg> {
    let connect = services.connect
    return .run {
      switch await connect(integration) {
      case .failure(let problem):
        return .connected(.failure(problem))
      case .success(let app):
        var unreadable: [String] = []
        let recovery = Result { () throws(Submitter.Failure) in try app.submitter.recoverInterrupted() }
        var waiting: [LedgerEntry] = []
        do { waiting = try app.ledger.entries().filter(\.isWaiting) } catch {
          unreadable.append("The outbox could not be read (\(error))")
        }
        if unreadable.isEmpty, case .failure(let failure) = recovery {
          unreadable.append("Interrupted submissions could not be recovered (\(failure))")
        }
        let now = app.clock.now()
        let inFlight = waiting.compactMap { $0.inFlight(at: now) }.max { $0.safeAt < $1.safeAt }
        var drafts: [DraftListing] = []
        do throws(DraftError) { drafts = try app.draftRepository.list() } catch {
          unreadable.append("Saved drafts could not be listed (\(error))")
        }
        return .connected(
          .success(
            LaunchReady(
              services: app, details: details, drafts: drafts, outboxCount: waiting.count, inFlight: inFlight,
              now: now, unreadable: unreadable)))
      }
    }
  }

  /// Starts the app over `ready`, with the resume prompt when a draft is waiting.
  private func run(_ ready: LaunchReady, _ model: inout LaunchModel) -> [Effect<LaunchMsg>] {
    let program = RecruiterProgram(services: ready.services)
    var app = program.initialModel(now: ready.now, size: model.size)
    if let details = ready.details { app.flow.integration = details }
    let effects = program.initialEffects(&app)
    program.offerResume(&app, drafts: ready.drafts, outboxCount: ready.outboxCount)
    if let window = ready.inFlight {
      app.flow.notice = "Outbox (f3): " + window.text(timeZone: app.flow.timeZone)
    }
    if !ready.unreadable.isEmpty {
      app.flow.notice = Sanitizer.line(ready.unreadable.joined(separator: ". ") + ".", limit: 400)
    }
    model.app = RunningApp(program: program, model: app)
    return [.cancel(id: "launch.tick")] + effects.map { $0.map(LaunchMsg.app) }
  }

  private func forward(_ message: AppMsg, _ model: inout LaunchModel) -> [Effect<LaunchMsg>] {
    guard var app = model.app else { return [] }
    let effects = app.program.update(&app.model, message)
    model.app = app
    return effects.map { $0.map(LaunchMsg.app) }
  }

  // MARK: - Keys

  private func handle(_ event: InputEvent, _ model: inout LaunchModel) -> [Effect<LaunchMsg>] {
    switch event {
    case .signal(let signal):
      model.exit = .signal(signal)
      return [.quit]
    case .endOfInput:
      model.exit = .signal(.hangup)
      return [.quit]
    case .resize(let size):
      model.size = size
      model.picker.resize(height: max(1, size.height - 12))
      return []
    case .key(.control("c")):
      model.exit = .cancelled
      return [.quit]
    case .key(.control("z")):
      return [.suspend]
    case .key(let key):
      return press(key, &model)
    default:
      return []
    }
  }

  private func press(_ key: KeyPress, _ model: inout LaunchModel) -> [Effect<LaunchMsg>] {
    let known = services.facts.known
    switch model.stage {
    case .picking:
      if model.picker.handle(key) { return [] }
      switch key {
      case .enter:
        guard let index = model.picker.cursor else { return [] }
        let id = known[index].id
        model.integration = id
        let remember = services.remember
        return [
          .run {
            remember(id); return nil
          }
        ] + begin(&model)
      case .escape, .character("q"):
        model.exit = .finished
        return [.quit]
      default:
        return []
      }
    case .problem:
      switch key {
      case .character("r"), .enter:
        return begin(&model)
      case .character("i") where known.count > 1:
        model.stage = .picking
        return []
      case .character("q"), .escape:
        model.exit = .finished
        return [.quit]
      default:
        return []
      }
    case .checking, .connecting:
      if key == .character("q") || key == .escape {
        model.exit = .finished
        return [.quit]
      }
      return []
    }
  }
}
