import TextSafety

/// Drawing and keys shared by the list-shaped fields (select, multi-select, fuzzy list, file picker).
enum ListDrawing {
  /// Draws one option row: `marker` then `label` (sanitised, truncated to the width), with the
  /// characters at `highlights` (character offsets) in the match role. The cursor row is drawn in
  /// the selection role while the field has focus.
  static func row(
    _ label: String, marker: String, highlights: Set<Int> = [], at y: Int, isCursor: Bool, focused: Bool,
    style: Style = .plain, in canvas: inout Canvas
  ) {
    let rowStyle = isCursor && focused ? Style(.selection) : style
    let x = canvas.put(
      marker, at: Point(x: 0, y: y), style: isCursor && focused ? Style(.focus) : Style(.muted))
    let text = Sanitizer.clean(label).truncated(toWidth: max(0, canvas.size.width - x))
    var column = x
    for (offset, character) in text.enumerated() {
      let matched = highlights.contains(offset)
      let cellStyle = matched ? Style(.match, isCursor && focused ? [.bold] : []) : rowStyle
      column = canvas.put(String(character), at: Point(x: column, y: y), style: cellStyle)
    }
    if isCursor && focused && column < canvas.size.width {
      canvas.fill(Rect(x: column, y: y, width: canvas.size.width - column, height: 1), style: rowStyle)
    }
  }

  /// A muted line such as `3 of 120 · filter: eng` or a notice.
  static func note(
    _ text: String, at y: Int, x: Int = 0, style: Style = Style(.muted), in canvas: inout Canvas
  ) {
    let fitted = Sanitizer.clean(text).truncated(toWidth: max(0, canvas.size.width - x))
    canvas.put(fitted, at: Point(x: x, y: y), style: style)
  }

  /// Draws an input line at the top: `prompt`, then `text` (or `placeholder` while empty), with the
  /// caret after the text when focused.
  static func inputLine(
    prompt: String, text: String, placeholder: String, focused: Bool, in canvas: inout Canvas
  ) {
    let x = canvas.put(prompt, at: .zero, style: Style(focused ? .focus : .muted))
    if text.isEmpty {
      note(placeholder, at: 0, x: x, style: Style(.placeholder), in: &canvas)
    } else {
      note(text, at: 0, x: x, style: Style(.input), in: &canvas)
    }
    if focused { canvas.setCursor(Point(x: x + Sanitizer.clean(text).displayWidth, y: 0)) }
  }

  /// The cursor move for a list key, or nil: ↑/↓, ctrl+p/n, ctrl+u/d half pages, pgup/pgdn, home/end.
  static func move(for key: KeyPress) -> ListViewport.Move? {
    switch key {
    case KeyPress(.up), .control("p"): .up
    case KeyPress(.down), .control("n"): .down
    case .control("u"): .halfPageUp
    case .control("d"): .halfPageDown
    case KeyPress(.pageUp): .pageUp
    case KeyPress(.pageDown): .pageDown
    case KeyPress(.home): .first
    case KeyPress(.end): .last
    default: nil
    }
  }

  /// Applies a filter-editing key to `query`: a printable character (not space unless `allowSpace`)
  /// appends, backspace removes the last character, ctrl+w/ctrl+u clear. Nil when not a filter key.
  static func edit(_ query: String, with key: KeyPress, allowSpace: Bool = false) -> String? {
    if let character = key.plainCharacter, allowSpace || character != " " {
      return query + Sanitizer.clean(String(character))
    }
    switch key {
    case .backspace: return query.isEmpty ? nil : String(query.dropLast())
    case .control("w"), .control("u"): return query.isEmpty ? nil : ""
    default: return nil
    }
  }

  /// Parses a line-mode answer as option numbers (`2`, `1,3 5`), each 1...count; nil when any is not.
  static func numbers(in line: String, count: Int) -> [Int]? {
    let parts = line.split { $0 == "," || $0 == " " }
    guard !parts.isEmpty else { return nil }
    var result: [Int] = []
    for part in parts {
      guard let number = Int(part), (1...count).contains(number) else { return nil }
      result.append(number - 1)
    }
    return result
  }
}
