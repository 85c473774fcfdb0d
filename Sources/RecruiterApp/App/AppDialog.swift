import TerminalUI
import TextSafety

/// A modal dialog the app or a screen draws over itself: a yes/no question, a message to
/// acknowledge, or a one-line question with a text answer.
///
/// Keys: `y`/`n`, ←/→ or Tab pick a button, Enter answers, Esc cancels; an input dialog edits its
/// line with the text input's keys.
public struct AppDialog: Sendable {
  /// What kind of dialog.
  public enum Kind: Sendable {
    /// Yes or no; `yes` and `no` are the button labels.
    case confirm(yes: String, no: String)
    /// A message closed with Enter or Esc.
    case message
    /// A line of text, answered with Enter.
    case input(TextInput)
  }

  /// How a dialog was answered.
  public enum Answer: Hashable, Sendable {
    /// Yes, OK, or Enter on an input.
    case yes
    /// No or Esc.
    case no
    /// The text typed in an input dialog.
    case text(String)
  }

  /// Tells the owner which question was answered.
  public var id: String
  /// The frame's title.
  public var title: String
  /// The body, wrapped.
  public var message: String
  /// The kind, with an input's state.
  public var kind: Kind
  /// Whether the yes button is selected (a confirm starts on the safe "no").
  public var yesSelected = false

  /// A dialog.
  public init(id: String, title: String, message: String, kind: Kind) {
    self.id = id
    self.title = title
    self.message = message
    self.kind = kind
  }

  /// Handles a key: the answer when the dialog closes, nil while it stays open.
  public mutating func handle(_ key: KeyPress) -> Answer? {
    switch kind {
    case .message:
      return [.enter, .escape, .character(" ")].contains(key) ? .yes : nil
    case .input(var input):
      switch key {
      case .escape, .control("c"): return .no
      case .enter: return .text(input.text)
      default:
        _ = input.handle(.key(key))
        kind = .input(input)
        return nil
      }
    case .confirm:
      switch key {
      case .character("y"), .character("Y"): return .yes
      case .character("n"), .character("N"), .escape, .control("c"): return .no
      case .enter, .character(" "): return yesSelected ? .yes : .no
      case KeyPress(.left), KeyPress(.right), .tab, .backTab, .character("h"), .character("l"):
        yesSelected.toggle()
        return nil
      default: return nil
      }
    }
  }

  /// Inserts pasted text into an input dialog.
  public mutating func paste(_ text: String) {
    guard case .input(var input) = kind else { return }
    _ = input.handle(.paste(text))
    kind = .input(input)
  }

  /// Keys for the help line.
  public var keyHelp: [KeyHelp] {
    switch kind {
    case .message: [KeyHelp("enter", "close")]
    case .input: [KeyHelp("enter", "ok"), KeyHelp("esc", "cancel")]
    case .confirm:
      [KeyHelp("y/n", "answer"), KeyHelp("←/→", "choose"), KeyHelp("enter", "confirm"), KeyHelp("esc", "no")]
    }
  }

  /// Draws the dialog centred on `screen` (and the caret of an input).
  public func draw(on screen: inout Screen) {
    let width = min(screen.size.width - 4, 64)
    guard width >= 20 else { return }
    let lines = Sanitizer.clean(message, keepNewlines: true).wrapped(toWidth: width - 4)
    let inputRows: Int = if case .input = kind { 2 } else { 0 }
    let height = min(screen.size.height - 2, lines.count + inputRows + 5)
    let box = Rect(
      x: (screen.size.width - width) / 2, y: max(0, (screen.size.height - height) / 2),
      width: width, height: height)
    screen.fill(box, style: Style(.dialog))
    let frame = Style(.dialogTitle)
    screen.put("┌" + String(repeating: "─", count: width - 2) + "┐", at: box.origin, style: frame)
    for row in 1..<(height - 1) {
      screen.put("│", at: Point(x: box.minX, y: box.minY + row), style: frame)
      screen.put("│", at: Point(x: box.maxX - 1, y: box.minY + row), style: frame)
    }
    screen.put(
      "└" + String(repeating: "─", count: width - 2) + "┘", at: Point(x: box.minX, y: box.maxY - 1),
      style: frame)
    screen.put(
      " " + Sanitizer.clean(title).truncated(toWidth: width - 6) + " ",
      at: Point(x: box.minX + 2, y: box.minY),
      style: Style(.dialogTitle, .bold))
    let textRows = max(0, height - 5 - inputRows)
    for (index, line) in lines.prefix(textRows).enumerated() {
      screen.put(line, at: Point(x: box.minX + 2, y: box.minY + 2 + index), style: Style(.dialog))
    }
    if case .input(let input) = kind {
      let row = Rect(x: box.minX + 2, y: box.minY + 2 + textRows + 1, width: width - 4, height: 1)
      screen.withCanvas(origin: row.origin, clip: row) {
        input.render(in: &$0, context: FieldContext(isFocused: true))
      }
    }
    drawButtons(on: &screen, box: box)
  }

  private func drawButtons(on screen: inout Screen, box: Rect) {
    let buttons: [(String, Bool)] =
      switch kind {
      case .confirm(let yes, let no): [(yes, yesSelected), (no, !yesSelected)]
      case .message: [("OK", true)]
      case .input: [("OK", true), ("Cancel", false)]
      }
    let labels = buttons.map { "[ \($0.0) ]" }
    var x = box.maxX - 2 - labels.reduce(0) { $0 + $1.displayWidth + 1 }
    for (label, button) in zip(labels, buttons) {
      x =
        screen.put(
          label, at: Point(x: x, y: box.maxY - 2),
          style: button.1 ? Style(.buttonFocus, .reverse) : Style(.button)) + 1
    }
  }
}

/// The app's Ctrl-C question.
enum QuitDialog {
  static let id = "app.quit"

  /// The dialog, saying what happens to the draft or a submission in flight.
  static func make(_ model: AppModel) -> AppDialog {
    let message: String
    if case .submitting = model.screen {
      message =
        "A submission is being sent. If you quit now it stays in the outbox and is looked up "
        + "before any resend."
    } else if RecruiterProgram.isWorthSaving(model.flow) && !model.autosave.isSuspended {
      message = "Your draft is saved and can be resumed next time."
    } else {
      message = "Nothing is lost: there is no draft yet."
    }
    return AppDialog(
      id: id, title: "Quit kombo-apply?", message: message, kind: .confirm(yes: "Quit", no: "Stay"))
  }
}
