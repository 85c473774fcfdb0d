/// Work that `update` asks the runtime to do. `update` stays pure: it returns effects instead of
/// doing I/O, and asynchronous work comes back as a message.
public struct Effect<Msg: Sendable>: Sendable {
  /// What to do.
  public enum Action: Sendable {
    /// Run `work` off the update loop; its message, if any, is fed back to `update`. Starting work
    /// with the `id` of unfinished work cancels that work and drops its result.
    case run(id: String?, work: @Sendable () async -> Msg?)
    /// Run `work` off the update loop; every message it sends is fed back to `update`, in order, until
    /// it returns. Starting work with the same `id` or cancelling `id` cancels the task and drops what
    /// it sends after. Quitting cancels it too, unless `outlivesProgram` (work that must finish even
    /// if the user quits, such as a submission being recorded: it ends with the process instead).
    case stream(id: String?, outlivesProgram: Bool, work: @Sendable (Send<Msg>) async -> Void)
    /// Feed back the message `make` builds once `delay` has passed (a tick carrying the time it fired).
    /// Starting work with the same `id` or cancelling `id` drops it; quitting drops it too. A timer is
    /// its own case, not hidden work, so a test driver can run it on virtual time.
    case timer(id: String?, delay: Duration, make: @Sendable () -> Msg)
    /// Cancel unfinished work started with `id`; its result is dropped.
    case cancel(id: String)
    /// Stop the program: outstanding work is cancelled and `Runtime.run` returns the model.
    case quit
    /// Suspend the process (Ctrl-Z); the screen is restored and fully redrawn on resume.
    case suspend
  }

  /// What to do.
  public let action: Action

  /// An effect doing `action`.
  public init(_ action: Action) {
    self.action = action
  }

  /// Runs `work` and feeds its message back (cancelling earlier work with the same `id`).
  public static func run(id: String? = nil, _ work: @escaping @Sendable () async -> Msg?) -> Effect {
    Effect(.run(id: id, work: work))
  }

  /// Runs `work`, feeding each message it sends back in order (cancelling earlier work with the same
  /// `id`); with `outlivesProgram` the work is not cancelled when the program quits.
  public static func stream(
    id: String? = nil, outlivesProgram: Bool = false, _ work: @escaping @Sendable (Send<Msg>) async -> Void
  ) -> Effect {
    Effect(.stream(id: id, outlivesProgram: outlivesProgram, work: work))
  }

  /// Sends `message` after `delay` (a timer tick; cancelled with the program or by `id`).
  public static func after(_ delay: Duration, id: String? = nil, send message: Msg) -> Effect {
    after(delay, id: id) { message }
  }

  /// Sends the message `make` builds once `delay` has passed (a tick carrying the time it fired, read
  /// off the update loop); cancelled with the program or by `id`.
  public static func after(
    _ delay: Duration, id: String? = nil, _ make: @escaping @Sendable () -> Msg
  ) -> Effect {
    Effect(.timer(id: id, delay: delay, make: make))
  }

  /// Cancels unfinished work started with `id`.
  public static func cancel(id: String) -> Effect { Effect(.cancel(id: id)) }

  /// Stops the program.
  public static var quit: Effect { Effect(.quit) }

  /// Suspends the process until it is resumed.
  public static var suspend: Effect { Effect(.suspend) }

  /// The same effect with its message wrapped by `transform` (to embed a component's messages in a
  /// parent's message type).
  public func map<Other: Sendable>(_ transform: @escaping @Sendable (Msg) -> Other) -> Effect<Other> {
    switch action {
    case .run(let id, let work):
      .run(id: id) { await work().map(transform) }
    case .stream(let id, let outlives, let work):
      .stream(id: id, outlivesProgram: outlives) { send in await work(Send { send(transform($0)) }) }
    case .timer(let id, let delay, let make):
      Effect<Other>(.timer(id: id, delay: delay) { transform(make()) })
    case .cancel(let id): .cancel(id: id)
    case .quit: .quit
    case .suspend: .suspend
    }
  }
}

/// How streaming work hands its messages to the program's update loop: call it with each message, from
/// any task; they arrive in the order sent.
public struct Send<Msg: Sendable>: Sendable {
  private let deliver: @Sendable (Msg) -> Void

  /// A sender that hands each message to `deliver`.
  public init(_ deliver: @escaping @Sendable (Msg) -> Void) {
    self.deliver = deliver
  }

  /// Sends `message`.
  public func callAsFunction(_ message: Msg) {
    deliver(message)
  }
}
