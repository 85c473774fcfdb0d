import Synchronization
public import TerminalUI

/// A terminal in memory, for tests: events are sent by the test, frames are recorded.
///
/// Every `draw` is applied to `screen`, so a test sees exactly what a real terminal would show, and
/// `updates` keeps each diff so a test can check that only changed cells were sent.
public final class InMemoryTerminal: Terminal, Sendable {
  private struct State {
    var size: Size
    var shown: Screen
    var recorded: [ScreenUpdate] = []
    var suspensions = 0
    var restored = false
  }

  private let state: Mutex<State>
  private let stream: AsyncStream<InputEvent>
  private let sink: AsyncStream<InputEvent>.Continuation

  /// A terminal of `size`.
  public init(size: Size) {
    state = Mutex(State(size: size, shown: Screen(size: size)))
    (stream, sink) = AsyncStream<InputEvent>.makeStream()
  }

  /// The current size.
  public var size: Size { state.withLock { $0.size } }

  /// The events sent by the test.
  public func events() -> AsyncStream<InputEvent> { stream }

  /// Records `update` and applies it to `screen`.
  public func draw(_ update: ScreenUpdate) {
    state.withLock {
      $0.recorded.append(update)
      $0.shown.apply(update)
    }
  }

  /// Counts a suspension and returns at once (the process is not stopped).
  public func suspend() async {
    state.withLock { $0.suspensions += 1 }
  }

  /// Marks the terminal restored and ends the event stream.
  public func restore() {
    state.withLock { $0.restored = true }
    sink.finish()
  }

  /// Sends an event, as if typed or signalled. A resize also changes `size`.
  public func send(_ event: InputEvent) {
    if case .resize(let newSize) = event { state.withLock { $0.size = newSize } }
    sink.yield(event)
  }

  /// Types `text` as one key event per character.
  public func type(_ text: String) {
    for character in text { send(.key(.character(character))) }
  }

  /// Ends input, as when the tty closes.
  public func endInput() {
    sink.finish()
  }

  /// What the terminal shows now.
  public var screen: Screen { state.withLock { $0.shown } }
  /// Every update drawn, in order.
  public var updates: [ScreenUpdate] { state.withLock { $0.recorded } }
  /// How many times the program suspended.
  public var suspendCount: Int { state.withLock { $0.suspensions } }
  /// Whether `restore()` was called.
  public var isRestored: Bool { state.withLock { $0.restored } }

  /// Waits until `condition` holds for this terminal (checked every millisecond), or `timeout` passes.
  /// - Returns: whether the condition held.
  @discardableResult
  public func wait(
    timeout: Duration = .seconds(120), until condition: (InMemoryTerminal) -> Bool
  ) async -> Bool {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
      if condition(self) { return true }
      try? await Task.sleep(for: .milliseconds(1))
    }
    return condition(self)
  }
}
