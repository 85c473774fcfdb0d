import Foundation

/// A terminal in memory, for tests: events are sent by the test, frames are recorded.
///
/// Every `draw` is applied to `screen`, so a test sees exactly what a real terminal would show, and
/// `updates` keeps each diff so a test can check that only changed cells were sent.
public final class InMemoryTerminal: Terminal, @unchecked Sendable {
  private let lock = NSLock()
  private var currentSize: Size
  private var shown: Screen
  private var recorded: [ScreenUpdate] = []
  private var suspensions = 0
  private var restored = false
  private let stream: AsyncStream<InputEvent>
  private let sink: AsyncStream<InputEvent>.Continuation

  /// A terminal of `size`.
  public init(size: Size) {
    currentSize = size
    shown = Screen(size: size)
    (stream, sink) = AsyncStream<InputEvent>.makeStream()
  }

  /// The current size.
  public var size: Size { lock.withLock { currentSize } }

  /// The events sent by the test.
  public func events() -> AsyncStream<InputEvent> { stream }

  /// Records `update` and applies it to `screen`.
  public func draw(_ update: ScreenUpdate) {
    lock.withLock {
      recorded.append(update)
      shown.apply(update)
    }
  }

  /// Counts a suspension and returns at once (the process is not stopped).
  public func suspend() async {
    lock.withLock { suspensions += 1 }
  }

  /// Marks the terminal restored and ends the event stream.
  public func restore() {
    lock.withLock { restored = true }
    sink.finish()
  }

  /// Sends an event, as if typed or signalled. A resize also changes `size`.
  public func send(_ event: InputEvent) {
    if case .resize(let newSize) = event { lock.withLock { currentSize = newSize } }
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
  public var screen: Screen { lock.withLock { shown } }
  /// Every update drawn, in order.
  public var updates: [ScreenUpdate] { lock.withLock { recorded } }
  /// How many times the program suspended.
  public var suspendCount: Int { lock.withLock { suspensions } }
  /// Whether `restore()` was called.
  public var isRestored: Bool { lock.withLock { restored } }

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
