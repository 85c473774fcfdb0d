@preconcurrency import CNcursesw
import CursesShim
import Foundation
import Synchronization
public import TerminalUI

#if canImport(Glibc)
  import Glibc
#endif

/// The terminal through ncursesw: the only place that talks to curses, always from one dedicated
/// thread that sleeps in `poll()` on the tty and a wake-up pipe.
///
/// It sets a UTF-8 locale, installs flag-only handlers for SIGINT/TERM/HUP/QUIT before curses starts
/// (they become `.signal` events), uses raw mode without echo, keypad keys, a 25 ms Esc delay, the
/// terminal's default colours, bracketed paste, diffed drawing with wide characters, and Ctrl-Z
/// suspend. `restore()` leaves curses; call it on every exit path, then `reraise` the signal that
/// ended the program, if any.
///
/// Sendable by hand: what other threads touch is in `shared` (a `Mutex`); the palette, decoder and
/// input flags are touched on the curses thread only.
public final class CursesTerminal: Terminal, @unchecked Sendable {
  /// Why the terminal could not start.
  public struct StartError: Error, CustomStringConvertible {
    /// What went wrong, for the user.
    public let description: String
  }

  private enum Command {
    case draw(ScreenUpdate)
    case suspend(CheckedContinuation<Void, Never>)
    case restore
  }

  /// What other threads share with the curses thread.
  private struct Shared {
    var size = Size.zero
    var commands: [Command] = []
    var stopped = false
  }

  private let shared = Mutex(Shared())
  private let stoppedSignal = DispatchSemaphore(value: 0)
  private let wakeRead: Int32
  private let wakeWrite: Int32
  private let stream: AsyncStream<InputEvent>
  private let sink: AsyncStream<InputEvent>.Continuation

  // Curses-thread state.
  private var palette: CursesPalette
  /// Whether the user's locale is not UTF-8: cells are drawn as ASCII (`ASCIIGlyphs`).
  private var asciiOnly = false
  private var decoder = CursesKeyDecoder()
  private var inputOpen = true
  private var signalReported = false

  private init(theme: Theme, environment: [String: String], wake: (Int32, Int32)) {
    (wakeRead, wakeWrite) = wake
    (stream, sink) = AsyncStream<InputEvent>.makeStream()
    palette = CursesPalette(theme: theme, depth: .mono, colours: 0)
  }

  /// Whether this process can run full screen: stdin and stdout are terminals, `TERM` is set and not
  /// `dumb`, and its terminfo can address the cursor. When not, use the accessible line mode.
  public static func supportsFullScreen(environment: [String: String]) -> Bool {
    guard let term = environment["TERM"], !term.isEmpty, term != "dumb" else { return false }
    guard isatty(0) == 1 && isatty(1) == 1 else { return false }
    return cs_has_cursor_addressing(term) == 1
  }

  /// Starts curses on its own thread with `theme`; colours follow the terminal's capability and
  /// `NO_COLOR` (from `environment`).
  public static func start(theme: Theme, environment: [String: String]) throws -> CursesTerminal {
    var fds: [Int32] = [0, 0]
    guard cs_make_wake_pipe(&fds) == 0 else { throw StartError(description: "cannot create a pipe") }
    let terminal = CursesTerminal(theme: theme, environment: environment, wake: (fds[0], fds[1]))
    let started = DispatchSemaphore(value: 0)
    let failure = LockedBox<String?>(nil)
    let thread = Thread {
      if let problem = terminal.setUp(theme: theme, environment: environment) {
        failure.value = problem
        started.signal()
        return
      }
      started.signal()
      terminal.loop()
    }
    thread.name = "curses"
    thread.start()
    started.wait()
    if let problem = failure.value {
      close(fds[0])
      close(fds[1])
      throw StartError(description: problem)
    }
    return terminal
  }

  /// Ends the process with `signal`'s default action so its exit status tells the truth. Call after
  /// `restore()`.
  public static func reraise(_ signal: TerminalSignal) -> Never {
    cs_reraise(signal.number)
    exit(128 + signal.number)
  }

  /// The current size.
  public var size: Size { shared.withLock { $0.size } }

  /// Keys, pastes, resizes and signals.
  public func events() -> AsyncStream<InputEvent> { stream }

  /// Queues `update` for the curses thread.
  public func draw(_ update: ScreenUpdate) {
    send(.draw(update))
  }

  /// Leaves the screen, stops the process (SIGTSTP) and takes the screen back once continued.
  public func suspend() async {
    await withCheckedContinuation { continuation in
      if !send(.suspend(continuation)) { continuation.resume() }
    }
  }

  /// Leaves curses and restores the tty; waits until done. Safe to call more than once.
  public func restore() {
    if send(.restore) { stoppedSignal.wait() }
  }

  /// Queues a command and wakes the curses thread; false when it has already stopped.
  @discardableResult
  private func send(_ command: Command) -> Bool {
    let accepted = shared.withLock {
      guard !$0.stopped else { return false }
      $0.commands.append(command)
      return true
    }
    if accepted {
      var byte: UInt8 = 1
      _ = write(wakeWrite, &byte, 1)
    }
    return accepted
  }

  // MARK: - The curses thread

  private func setUp(theme: Theme, environment: [String: String]) -> String? {
    // The user's own locale decides what the terminal can show; C.UTF-8 is only for reading input.
    setlocale(LC_ALL, "")
    asciiOnly = String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8"
    guard cs_utf8_locale() == 1 else {
      return "no UTF-8 locale is available (tried the environment's and C.UTF-8)"
    }
    guard isatty(0) == 1 && isatty(1) == 1 else { return "standard input and output must be a terminal" }
    cs_install_exit_signal_handlers(wakeWrite)
    guard cs_newterm() != nil else {
      return "cannot use terminal type '\(environment["TERM"] ?? "")'; try --accessible"
    }
    raw()
    noecho()
    nonl()
    keypad(cs_stdscr(), true)
    set_escdelay(25)
    wtimeout(cs_stdscr(), 0)
    var colours = 0
    if has_colors() {
      start_color()
      use_default_colors()
      colours = Int(cs_colors())
    }
    palette = CursesPalette(
      theme: theme, depth: ColorDepth.detect(colors: colours, environment: environment),
      colours: colours)
    for (sequence, code) in CursesKeyDecoder.Code.sequences { define_key(sequence, code) }
    cs_forward_winch()
    cs_write_control("\u{1B}[?2004h")
    shared.withLock { $0.size = Size(width: Int(cs_cols()), height: Int(cs_lines())) }
    return nil
  }

  private func loop() {
    while true {
      var fds = [
        pollfd(fd: inputOpen ? 0 : -1, events: Int16(POLLIN), revents: 0),
        pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0),
      ]
      let ready = poll(&fds, 2, -1)
      if ready < 0 && errno != EINTR { break }
      if fds[1].revents != 0 { drainWakePipe() }
      reportSignal()
      let resized = cs_take_winch() == 1
      if fds[0].revents & Int16(POLLIN) != 0 || resized {
        readInput()
      } else if fds[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 {
        inputOpen = false
        sink.yield(.endOfInput)
      }
      if !runCommands() { break }
    }
    sink.finish()
    stoppedSignal.signal()
  }

  private func drainWakePipe() {
    var buffer = [UInt8](repeating: 0, count: 64)
    while read(wakeRead, &buffer, buffer.count) > 0 {}
  }

  private func reportSignal() {
    let number = cs_pending_exit_signal()
    guard number != 0, !signalReported else { return }
    signalReported = true
    let signal: TerminalSignal =
      switch number {
      case SIGHUP: .hangup
      case SIGINT: .interrupt
      case SIGQUIT: .quit
      default: .terminate
      }
    sink.yield(.signal(signal))
  }

  private func readInput() {
    let window = cs_stdscr()
    func next() -> (Int32, wint_t)? {
      var value: wint_t = 0
      let status = wget_wch(window, &value)
      return status == ERR ? nil : (status, value)
    }
    while let (status, value) = next() {
      if status == KEY_CODE_YES && Int32(bitPattern: value) == KEY_RESIZE {
        resized()
        continue
      }
      for event in decoder.decode(status: status, value: value, next: next) { sink.yield(event) }
    }
  }

  private func resized() {
    let newSize = Size(width: Int(cs_cols()), height: Int(cs_lines()))
    shared.withLock { $0.size = newSize }
    sink.yield(.resize(newSize))
  }

  /// Runs queued commands; false once the terminal is restored.
  private func runCommands() -> Bool {
    let pending = shared.withLock { shared in
      defer { shared.commands.removeAll() }
      return shared.commands
    }
    for command in pending {
      switch command {
      case .draw(let update):
        draw(onCursesThread: update)
      case .suspend(let continuation):
        suspendOnCursesThread()
        continuation.resume()
      case .restore:
        cs_write_control("\u{1B}[?2004l")
        endwin()
        let leftOver = shared.withLock { shared in
          shared.stopped = true
          defer { shared.commands.removeAll() }
          return shared.commands
        }
        for case .suspend(let continuation) in leftOver { continuation.resume() }
        return false
      }
    }
    return true
  }

  private func draw(onCursesThread update: ScreenUpdate) {
    let window = cs_stdscr()
    if update.isFull {
      werase(window)
      clearok(window, true)
    }
    let lines = Int(cs_lines())
    let columns = Int(cs_cols())
    var text: [wchar_t] = []
    for run in update.runs where run.y < lines {
      for (offset, cell) in run.cells.enumerated() where cell.width > 0 && run.x + offset < columns {
        let look = palette.resolve(cell.style)
        let shown =
          asciiOnly ? Array(ASCIIGlyphs.cell(cell.character, width: Int(cell.width))) : [cell.character]
        for (column, character) in shown.enumerated() where run.x + offset + column < columns {
          text.removeAll(keepingCapacity: true)
          // A cell holds one cluster; ncurses keeps its first spacing scalar and the marks after it.
          // Stopping before a ZWJ keeps a joiner from reaching the terminal at the end of the cell,
          // where some terminals glue the next cell's character onto it.
          for scalar in character.unicodeScalars {
            if scalar.value == 0x200D { break }
            text.append(wchar_t(bitPattern: scalar.value))
          }
          text.append(0)
          _ = cs_put_cell(
            window, Int32(run.y), Int32(run.x + offset + column), text, look.attributes, look.pair)
        }
      }
    }
    if let cursor = update.cursor, cursor.y < lines, cursor.x < columns {
      curs_set(1)
      wmove(window, Int32(cursor.y), Int32(cursor.x))
    } else {
      curs_set(0)
    }
    wnoutrefresh(window)
    doupdate()
  }

  private func suspendOnCursesThread() {
    cs_write_control("\u{1B}[?2004l")
    endwin()
    cs_stop_self()
    cs_write_control("\u{1B}[?2004h")
    var rows: Int32 = 0
    var columns: Int32 = 0
    if cs_tty_size(1, &rows, &columns) == 1 && (rows != cs_lines() || columns != cs_cols()) {
      resizeterm(rows, columns)
    }
    doupdate()
    let newSize = Size(width: Int(cs_cols()), height: Int(cs_lines()))
    shared.withLock { $0.size = newSize }
    sink.yield(.resize(newSize))
    sink.yield(.resumed)
  }
}

/// A value shared between threads (a `Mutex` that an escaping closure can capture).
final class LockedBox<Value: Sendable>: Sendable {
  private let stored: Mutex<Value>

  init(_ value: Value) {
    stored = Mutex(value)
  }

  var value: Value {
    get { stored.withLock { $0 } }
    set { stored.withLock { $0 = newValue } }
  }
}
