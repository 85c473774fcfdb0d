import TextSafety

/// A single-line text input with readline keys, a grapheme-aware caret, horizontal scrolling by
/// display width, a placeholder, an optional length limit and a masked (password) mode.
///
/// Keys: ←/→, ctrl+b/f (character), alt+b/f or ctrl+←/→ (word), home/end or ctrl+a/e, backspace,
/// del or ctrl+d (delete forward), ctrl+w or alt+backspace (kill word back), alt+d (kill word forward),
/// ctrl+k (kill to end), ctrl+u (kill to start), ctrl+y (yank). A paste is inserted as one edit with
/// newlines and tabs turned into spaces and escape sequences removed. With a length limit, a counter
/// shows at the right once the text is within a tenth of it, and says how many characters a keystroke
/// or paste could not add (nothing is cut silently).
public struct TextInput: Field {
  /// Key, labels, validation and visibility.
  public var info: FieldInfo
  /// The text and caret.
  public var editor: LineEditor
  /// Shown dimmed while the input is empty.
  public var placeholder: String
  /// Shows `•` for each character instead of the text.
  public var isMasked: Bool
  /// Drawn before the text.
  public var prompt: String
  /// Characters the latest inserts could not take because of the length limit, added up while they
  /// keep being refused (0 after anything is taken or any other edit).
  public private(set) var refused = 0

  /// A text input.
  public init(
    _ info: FieldInfo, text: String = "", placeholder: String = "", maxLength: Int? = nil,
    masked: Bool = false,
    prompt: String = "> "
  ) {
    self.info = info
    self.editor = LineEditor(Sanitizer.clean(text), maxLength: maxLength)
    self.placeholder = placeholder
    self.isMasked = masked
    self.prompt = prompt
  }

  /// The text.
  public var text: String { editor.text }

  /// The text as a value (`.none` when empty).
  public var value: FieldValue { editor.characters.isEmpty ? .none : .text(editor.text) }

  /// Word movement and kills, shown in the help line.
  public var keyHelp: [KeyHelp] {
    [KeyHelp("ctrl+a/e", "start/end"), KeyHelp("ctrl+w/u/k", "delete")]
  }

  /// Edits the text or moves the caret.
  public mutating func handle(_ event: InputEvent) -> FieldResponse {
    switch event {
    case .paste(let text):
      return insert(Sanitizer.clean(text))
    case .key(let key):
      if let character = key.plainCharacter {
        return insert(Sanitizer.clean(String(character)))
      }
      refused = 0
      return edit(key)
    default:
      return .ignored
    }
  }

  private mutating func edit(_ key: KeyPress) -> FieldResponse {
    switch key {
    case KeyPress(.left), .control("b"): editor.move(to: editor.cursor - 1)
    case KeyPress(.right), .control("f"): editor.move(to: editor.cursor + 1)
    case KeyPress(.home), .control("a"): editor.move(to: 0)
    case KeyPress(.end), .control("e"): editor.move(to: editor.characters.count)
    case .alt("b"), KeyPress(.left, .control), KeyPress(.left, .alt):
      editor.move(to: editor.previousWordStart)
    case .alt("f"), KeyPress(.right, .control), KeyPress(.right, .alt): editor.move(to: editor.nextWordEnd)
    case .backspace, .control("h"): return changed(editor.delete(to: editor.cursor - 1))
    case KeyPress(.delete), .control("d"): return changed(editor.delete(to: editor.cursor + 1))
    case .control("w"), KeyPress(.backspace, .alt):
      return changed(editor.delete(to: editor.previousWordStart, kill: true))
    case .alt("d"): return changed(editor.delete(to: editor.nextWordEnd, kill: true))
    case .control("k"): return changed(editor.delete(to: editor.characters.count, kill: true))
    case .control("u"): return changed(editor.delete(to: 0, kill: true))
    case .control("y"): return changed(editor.yank())
    default: return .ignored
    }
    return .consumed
  }

  /// Inserts `text`, remembering how much of it the length limit refused.
  private mutating func insert(_ text: String) -> FieldResponse {
    let before = editor.characters.count
    let didChange = editor.insert(text)
    let dropped = max(0, text.count - (editor.characters.count - before))
    // Keystrokes refused one after another add up; anything taken starts the count again.
    refused = dropped == 0 ? 0 : refused + dropped
    return didChange ? .changed : .consumed
  }

  /// `80/80 · 5 not taken` while the limit is near or was hit; nil otherwise (or without a limit).
  var limitText: String? {
    guard let maxLength = editor.maxLength else { return nil }
    let count = editor.characters.count
    if refused > 0 { return "\(count)/\(maxLength) · \(refused) not taken" }
    return count * 10 >= maxLength * 9 ? "\(count)/\(maxLength)" : nil
  }

  private func changed(_ didChange: Bool) -> FieldResponse {
    didChange ? .changed : .consumed
  }

  /// One row.
  public func height(width: Int, context: FieldContext) -> Int { 1 }

  /// Draws the prompt and the visible part of the text, scrolled so the caret shows.
  public func render(in canvas: inout Canvas, context: FieldContext) {
    let promptStyle = context.isFocused ? Style(.focus) : Style(.muted)
    let x = canvas.put(prompt, at: .zero, style: promptStyle)
    var available = canvas.size.width - x
    if let limit = limitText, available - limit.displayWidth - 1 >= 10 {
      available -= limit.displayWidth + 1
      canvas.put(
        limit, at: Point(x: canvas.size.width - limit.displayWidth, y: 0),
        style: Style(refused > 0 ? .error : .muted))
    }
    guard available > 0 else { return }
    if editor.characters.isEmpty {
      canvas.put(placeholder.truncated(toWidth: available), at: Point(x: x, y: 0), style: Style(.placeholder))
      if context.isFocused { canvas.setCursor(Point(x: x, y: 0)) }
      return
    }
    let shown =
      isMasked ? Array(repeating: Character("•"), count: editor.characters.count) : editor.characters
    let window = TextInput.window(shown, cursor: editor.cursor, width: available)
    canvas.put(String(shown[window.range]), at: Point(x: x, y: 0), style: Style(.input))
    if window.range.lowerBound > 0 { canvas.put("…", at: Point(x: x, y: 0), style: Style(.muted)) }
    if window.range.upperBound < shown.count {
      canvas.put("…", at: Point(x: x + available - 1, y: 0), style: Style(.muted))
    }
    if context.isFocused { canvas.setCursor(Point(x: x + window.cursorColumn, y: 0)) }
  }

  /// The clusters that fit in `width` columns with the caret visible (and a column left for it at the
  /// end), and the caret's column within them. Shows the start while the caret fits there, otherwise
  /// keeps the caret at the right edge.
  static func window(_ characters: [Character], cursor: Int, width: Int) -> (
    range: Range<Int>, cursorColumn: Int
  ) {
    var start = 0
    var used = characters[..<cursor].reduce(0) { $0 + $1.displayWidth }
    while used + 1 > width && start < cursor {
      used -= characters[start].displayWidth
      start += 1
    }
    var end = start
    var total = 0
    while end < characters.count && total + characters[end].displayWidth <= width {
      total += characters[end].displayWidth
      end += 1
    }
    return (start..<end, used)
  }

  /// Hints shown before the accessible question: the placeholder as an example and the length limit.
  public var accessiblePrompt: [String] {
    let example = placeholder.hasPrefix("e.g.") ? placeholder : "e.g. \(placeholder)"
    let hints = [placeholder.isEmpty ? nil : example, editor.maxLength.map { "at most \($0) characters" }]
      .compactMap { $0 }
    return hints.isEmpty ? [] : ["(" + hints.joined(separator: "; ") + ")"]
  }

  /// Takes the typed line as the new text (an empty line keeps the current text).
  public mutating func accept(line: String) -> String? {
    let cleaned = Sanitizer.clean(line)
    if cleaned.isEmpty { return nil }
    if let maxLength = editor.maxLength, cleaned.count > maxLength {
      return
        "\(Sanitizer.clean(info.title)) takes at most \(maxLength) characters; that was \(cleaned.count)."
    }
    editor.replace(with: cleaned)
    return nil
  }
}
