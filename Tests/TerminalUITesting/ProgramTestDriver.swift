public import TerminalUI

/// Drives a `Program` without a terminal, on virtual time: `run` and `stream` work runs to its end at
/// once (in order, each message fed back through `update`), timers wait on a virtual clock that only
/// `advance(by:)` or `runTimers(limit:)` moves, and `cancel(id:)` or new work with the same id drops a
/// pending timer, as the runtime does. Quitting stops everything.
public struct ProgramTestDriver<P: Program> {
  /// A timer waiting on the virtual clock.
  public struct PendingTimer: Sendable {
    /// Its id, if it has one.
    public let id: String?
    /// When it fires, from the start of the run.
    public let due: Duration
    let order: Int
    let make: @Sendable () -> P.Msg
  }

  /// The program.
  public let program: P
  /// The model after everything so far.
  public var model: P.Model
  /// The virtual time since the start.
  public private(set) var now: Duration = .zero
  /// Timers not fired yet, soonest first.
  public private(set) var timers: [PendingTimer] = []
  /// The id of every timer started so far, in order (a timer replaced or cancelled stays listed).
  public private(set) var startedTimers: [String?] = []
  /// Whether an effect quit the program.
  public private(set) var hasQuit = false
  private var order = 0

  /// Starts `program` from `model`, running `initialEffects`.
  public init(_ program: P, model: P.Model, initialEffects: [Effect<P.Msg>] = []) async {
    self.program = program
    self.model = model
    await run(initialEffects)
  }

  /// The ids of the pending timers, soonest first.
  public var timerIDs: [String?] { timers.map(\.id) }

  /// Sends a terminal event as the runtime would (through `message(for:)`), and runs what follows.
  public mutating func send(_ event: InputEvent) async {
    guard let message = program.message(for: event) else { return }
    await send(message)
  }

  /// Applies `message` and runs what follows.
  public mutating func send(_ message: P.Msg) async {
    guard !hasQuit else { return }
    await run(program.update(&model, message))
  }

  /// Moves the virtual clock on by `duration`, firing the timers that fall due, in order (timers
  /// their messages start fire too, if they fall due before the end).
  public mutating func advance(by duration: Duration) async {
    let end = now + duration
    while !hasQuit, let next = timers.first, next.due <= end {
      timers.removeFirst()
      now = next.due
      await send(next.make())
    }
    now = end
  }

  /// Fires pending timers one after another, jumping the clock to each, until none is left or `limit`
  /// have fired (a program whose ticks re-arm themselves never runs out); returns how many fired.
  @discardableResult
  public mutating func runTimers(limit: Int = 1000) async -> Int {
    var fired = 0
    while !hasQuit, fired < limit, let next = timers.first {
      timers.removeFirst()
      now = next.due
      fired += 1
      await send(next.make())
    }
    return fired
  }

  /// Runs `effects` and everything their messages lead to.
  public mutating func run(_ effects: [Effect<P.Msg>]) async {
    var pending = effects
    while !hasQuit, !pending.isEmpty {
      let effect = pending.removeFirst()
      switch effect.action {
      case .run(let id, _), .stream(let id, _, _):
        if let id { dropTimers(id) }
        for message in await effect.messages() where !hasQuit {
          pending += program.update(&model, message)
        }
      case .timer(let id, let delay, let make):
        if let id { dropTimers(id) }
        startedTimers.append(id)
        order += 1
        timers.append(PendingTimer(id: id, due: now + delay, order: order, make: make))
        timers.sort { ($0.due, $0.order) < ($1.due, $1.order) }
      case .cancel(let id):
        dropTimers(id)
      case .quit:
        hasQuit = true
        timers = []
      case .suspend:
        break
      }
    }
  }

  private mutating func dropTimers(_ id: String) {
    timers.removeAll { $0.id == id }
  }
}
