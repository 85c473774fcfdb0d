import TextSafety

/// A modal dialog over a form or a screen: a yes/no question, a message to acknowledge, or a one-line
/// question with a text answer. The one dialog of kombo-apply: forms present it, and the app and its
/// screens draw it over themselves.
///
/// While it shows it takes every key: `y`/`n`, ←/→ or Tab to pick, Enter to answer, Esc for no; an
/// input dialog edits its line with the text input's keys.
public struct Dialog: Sendable {
  /// Kinds of dialog.
  public enum Kind: Sendable {
    /// A question answered yes or no; `yes`/`no` are the button labels.
    case confirm(yes: String, no: String)
    /// A message closed with Enter or Esc.
    case message
    /// A line of text, answered with Enter.
    case input(TextInput)
  }

  /// How a dialog was answered.
  public enum Answer: Hashable, Sendable {
    /// Yes, OK, or Enter on a message.
    case yes
    /// No or Esc.
    case no
    /// The text typed in an input dialog.
    case text(String)
  }

  /// Identifies the dialog to its owner (in `FormOutcome.dialogAnswered` for a form's).
  public var id: String
  /// Title in the frame.
  public var title: String
  /// Body text, wrapped.
  public var message: String
  /// Question, message or input, with an input's state.
  public var kind: Kind
  /// For a question: whether "yes" is selected (starts false: the safe answer is the default).
  public var yesSelected = false

  /// A dialog.
  public init(id: String, title: String, message: String, kind: Kind) {
    self.id = id
    self.title = title
    self.message = message
    self.kind = kind
  }

  /// A yes/no question whose default answer is no.
  public static func confirm(
    id: String, title: String, message: String, yes: String = "Yes", no: String = "No"
  ) -> Dialog {
    Dialog(id: id, title: title, message: message, kind: .confirm(yes: yes, no: no))
  }

  /// A message to acknowledge.
  public static func message(id: String, title: String, message: String) -> Dialog {
    Dialog(id: id, title: title, message: message, kind: .message)
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
    screen.withCanvas { render(in: &$0) }
  }

  /// Draws the dialog centred on `canvas`.
  public func render(in canvas: inout Canvas) {
    let width = min(canvas.size.width - 4, 64)
    guard width >= 20 else { return }
    let lines = Sanitizer.clean(message, keepNewlines: true).wrapped(toWidth: width - 4)
    let inputRows: Int = if case .input = kind { 2 } else { 0 }
    let height = min(canvas.size.height - 2, lines.count + inputRows + 5)
    let box = Rect(
      x: (canvas.size.width - width) / 2, y: max(0, (canvas.size.height - height) / 2),
      width: width, height: height)
    canvas.fill(box, style: Style(.dialog))
    let frame = Style(.dialogTitle)
    canvas.put("┌" + String(repeating: "─", count: width - 2) + "┐", at: box.origin, style: frame)
    for row in 1..<(height - 1) {
      canvas.put("│", at: Point(x: box.minX, y: box.minY + row), style: frame)
      canvas.put("│", at: Point(x: box.maxX - 1, y: box.minY + row), style: frame)
    }
    canvas.put(
      "└" + String(repeating: "─", count: width - 2) + "┘", at: Point(x: box.minX, y: box.maxY - 1),
      style: frame)
    canvas.put(
      " " + Sanitizer.clean(title).truncated(toWidth: width - 6) + " ",
      at: Point(x: box.minX + 2, y: box.minY),
      style: Style(.dialogTitle, .bold))
    let textRows = max(0, height - 5 - inputRows)
    for (index, line) in lines.prefix(textRows).enumerated() {
      canvas.put(line, at: Point(x: box.minX + 2, y: box.minY + 2 + index), style: Style(.dialog))
    }
    if case .input(let input) = kind {
      let row = Rect(x: box.minX + 2, y: box.minY + 2 + textRows + 1, width: width - 4, height: 1)
      canvas.withRegion(row) { input.render(in: &$0, context: FieldContext(isFocused: true)) }
    }
    drawButtons(in: &canvas, box: box)
  }

  private func drawButtons(in canvas: inout Canvas, box: Rect) {
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
        canvas.put(
          label, at: Point(x: x, y: box.maxY - 2),
          style: button.1 ? Style(.buttonFocus, .reverse) : Style(.button)) + 1
    }
  }
}
