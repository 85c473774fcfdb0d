import Foundation
import TextSafety

/// A multi-line text form field (huh's Text): the text input's readline keys, line-aware; alt+enter
/// or ctrl+j insert a newline; enter moves on; ↑ on the first row and ↓ on the last leave the field.
/// A paste keeps its newlines. The text wraps by display width and scrolls to keep the caret visible.
public struct TextAreaField: Field {
  /// Key, labels, validation and visibility.
  public var info: FieldInfo
  /// Text, caret, layout and scroll.
  public private(set) var model: TextAreaModel
  /// Shown dimmed while empty.
  public var placeholder: String

  /// A text area `lines` rows tall, laid out at `width` columns (the form's body width).
  public init(
    _ info: FieldInfo, text: String = "", placeholder: String = "", maxLength: Int? = nil, lines: Int = 4,
    width: Int = 72
  ) {
    self.info = info
    self.placeholder = placeholder
    self.model = TextAreaModel(text: text, maxLength: maxLength, width: width, height: lines)
  }

  /// The text (`.none` when empty).
  public var value: FieldValue { model.text.isEmpty ? .none : .text(model.text) }

  /// Newline and line keys.
  public var keyHelp: [KeyHelp] { [KeyHelp("alt+enter", "new line"), KeyHelp("ctrl+k/u", "delete")] }

  /// Handles a key or paste while focused.
  public mutating func handle(_ event: InputEvent) -> FieldResponse {
    switch event {
    case .paste(let text):
      return model.insert(text) ? .changed : .consumed
    case .key(let key):
      if let character = key.plainCharacter { return model.insert(String(character)) ? .changed : .consumed }
      return handle(key)
    default:
      return .ignored
    }
  }

  private mutating func handle(_ key: KeyPress) -> FieldResponse {
    let move: TextAreaModel.Move? =
      switch key {
      case KeyPress(.left), .control("b"): .left
      case KeyPress(.right), .control("f"): .right
      case .alt("b"), KeyPress(.left, .control), KeyPress(.left, .alt): .wordLeft
      case .alt("f"), KeyPress(.right, .control), KeyPress(.right, .alt): .wordRight
      case KeyPress(.home), .control("a"): .lineStart
      case KeyPress(.end), .control("e"): .lineEnd
      case KeyPress(.up), .control("p"): .up
      case KeyPress(.down), .control("n"): .down
      case KeyPress(.pageUp): .pageUp
      case KeyPress(.pageDown): .pageDown
      default: nil
      }
    if let move {
      let row = model.caret.row
      if (move == .up && row == 0) || (move == .down && row == model.rows.count - 1) { return .ignored }
      model.move(move)
      return .consumed
    }
    let changed: Bool
    switch key {
    case KeyPress(.enter, .alt), .control("j"): changed = model.insert("\n")
    case .enter: return .next
    case .backspace, .control("h"): changed = model.delete(.backward)
    case KeyPress(.delete), .control("d"): changed = model.delete(.forward)
    case .control("w"), KeyPress(.backspace, .alt): changed = model.delete(.wordBackward)
    case .alt("d"): changed = model.delete(.wordForward)
    case .control("k"): changed = model.delete(.toLineEnd)
    case .control("u"): changed = model.delete(.toLineStart)
    case .control("y"): changed = model.yank()
    default: return .ignored
    }
    return changed ? .changed : .consumed
  }

  /// The configured number of rows, plus a counter row when the length is limited.
  public func height(width: Int, context: FieldContext) -> Int {
    model.height + (model.editor.maxLength == nil ? 0 : 1)
  }

  /// Draws the visible rows at the canvas width, the caret and the counter.
  public func render(in canvas: inout Canvas, context: FieldContext) {
    var shown = model
    shown.resize(width: canvas.size.width - 2, height: model.height)
    let bar = Style(context.isFocused ? .focus : .muted)
    for y in 0..<model.height { canvas.put("│", at: Point(x: 0, y: y), style: bar) }
    if shown.text.isEmpty {
      canvas.put(
        placeholder.truncated(toWidth: canvas.size.width - 2), at: Point(x: 2, y: 0),
        style: Style(.placeholder))
    }
    let rows = shown.rows
    for y in 0..<model.height where shown.top + y < rows.count {
      let row = rows[shown.top + y]
      canvas.put(String(shown.editor.characters[row.range]), at: Point(x: 2, y: y), style: Style(.input))
    }
    if context.isFocused {
      let caret = shown.caret
      canvas.setCursor(Point(x: 2 + caret.column, y: caret.row - shown.top))
    }
    if let limit = model.editor.maxLength {
      let count = model.editor.characters.count
      ListDrawing.note(
        "  \(count)/\(limit) characters", at: model.height, style: Style(count >= limit ? .warning : .muted),
        in: &canvas)
    }
  }

  /// How to end the text in line mode.
  public var accessiblePrompt: [String] {
    [
      "(several lines are fine; an empty line ends the answer"
        + "\(model.editor.maxLength.map { "; at most \($0) characters" } ?? ""))"
    ]
  }

  /// Takes the answer's lines (joined with newlines by the line runner) as the text, exactly as typed.
  public mutating func accept(line: String) -> String? {
    if line.trimmingSpaces.isEmpty { return nil }
    if let limit = model.editor.maxLength, line.count > limit {
      return "\(Sanitizer.clean(info.title)) takes at most \(limit) characters; that was \(line.count)."
    }
    model.replace(with: line)
    return nil
  }
}
