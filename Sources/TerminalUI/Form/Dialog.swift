import TextSafety

/// A modal dialog over a form: a yes/no question or a message to acknowledge.
///
/// While it shows it takes every key: `y`/`n`, ←/→ or Tab to pick, Enter to answer, Esc for no.
public struct Dialog: Hashable, Sendable {
  /// Kinds of dialog.
  public enum Kind: Hashable, Sendable {
    /// A question answered yes or no; `yes`/`no` are the button labels.
    case confirm(yes: String, no: String)
    /// A message closed with Enter or Esc.
    case message
  }

  /// Identifies the dialog in `FormOutcome.dialogAnswered`.
  public var id: String
  /// Title in the frame.
  public var title: String
  /// Body text, wrapped.
  public var message: String
  /// Question or message.
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
  )
    -> Dialog
  {
    Dialog(id: id, title: title, message: message, kind: .confirm(yes: yes, no: no))
  }

  /// A message to acknowledge.
  public static func message(id: String, title: String, message: String) -> Dialog {
    Dialog(id: id, title: title, message: message, kind: .message)
  }

  /// Handles a key: returns the answer (true for yes or OK) when the dialog closes, nil while it stays.
  mutating func handle(_ key: KeyPress) -> Bool? {
    if case .message = kind {
      return [.enter, .escape, .character(" ")].contains(key) ? true : nil
    }
    switch key {
    case .character("y"), .character("Y"): return true
    case .character("n"), .character("N"), .escape, .control("c"): return false
    case .enter, .character(" "): return yesSelected
    case KeyPress(.left), KeyPress(.right), .tab, .backTab, .character("h"), .character("l"):
      yesSelected.toggle()
      return nil
    default: return nil
    }
  }

  /// Keys for the help line.
  var keyHelp: [KeyHelp] {
    if case .message = kind { return [KeyHelp("enter", "close")] }
    return [
      KeyHelp("y/n", "answer"), KeyHelp("←/→", "choose"), KeyHelp("enter", "confirm"), KeyHelp("esc", "no"),
    ]
  }

  /// Draws the dialog centred on `canvas`.
  func render(in canvas: inout Canvas) {
    let width = min(canvas.size.width - 2, max(40, min(64, message.displayWidth + 6)))
    guard width >= 10 else { return }
    let lines = Sanitizer.clean(message, keepNewlines: true).wrapped(toWidth: width - 4)
    let height = min(canvas.size.height, lines.count + 6)
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
      " " + title.truncated(toWidth: width - 6) + " ", at: Point(x: box.minX + 2, y: box.minY),
      style: Style(.dialogTitle, .bold))
    for (index, line) in lines.prefix(height - 6).enumerated() {
      canvas.put(line, at: Point(x: box.minX + 2, y: box.minY + 2 + index), style: Style(.dialog))
    }
    let buttons: [(String, Bool)] =
      switch kind {
      case .confirm(let yes, let no): [(yes, yesSelected), (no, !yesSelected)]
      case .message: [("OK", true)]
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
