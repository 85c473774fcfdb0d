/// What the runtime needs from a terminal: its size, its events, and a place to draw diffs.
///
/// `CursesTerminal` is the real one; `InMemoryTerminal` (in `Tests/TerminalUITesting`) records frames for tests.
public protocol Terminal: AnyObject, Sendable {
  /// The current size.
  var size: Size { get }
  /// The terminal's events; called once per run. The stream ends when input ends or on `restore()`.
  func events() -> AsyncStream<InputEvent>
  /// Shows `update` (runs of changed cells and the cursor). Must not block on the terminal.
  func draw(_ update: ScreenUpdate)
  /// Leaves the screen, stops the process until it is continued, then takes the screen back.
  func suspend() async
  /// Leaves the screen for good and restores the terminal's modes. Safe to call more than once.
  func restore()
}
