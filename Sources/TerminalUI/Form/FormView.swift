import TextSafety

/// Drawing a form: title line, scrolled content, help line, status bar, popups and dialogs.
extension Form {
  /// The form drawn at `size` (a "terminal too small" screen below `minimumSize`).
  public func view(size: Size) -> Screen {
    var screen = Screen(size: size)
    guard size.width >= minimumSize.width && size.height >= minimumSize.height else {
      drawTooSmall(on: &screen)
      return screen
    }
    let layout = FormLayout(self, size: size)
    let scroll = min(self.scroll, max(0, layout.contentHeight - layout.viewport.height))
    screen.put(
      " " + Sanitizer.clean(title), at: .zero, style: Style(.title, .bold),
      clip: Rect(x: 0, y: 0, width: size.width, height: 1))
    var overlay: (field: any Field, anchor: Rect)?
    for item in layout.items
    where item.top + item.height > scroll && item.top < scroll + layout.viewport.height {
      let origin = Point(x: layout.viewport.minX, y: layout.viewport.minY + item.top - scroll)
      let itemSize = Size(width: layout.viewport.width, height: item.height)
      screen.withCanvas(origin: origin, clip: layout.viewport, size: itemSize) { canvas in
        switch item.kind {
        case .groupHeader:
          draw(lines: item.titleLines, at: 0, x: 0, style: Style(.title, .bold), in: &canvas)
          draw(
            lines: item.descriptionLines, at: item.titleLines.count, x: 0, style: Style(.description),
            in: &canvas)
        case .field(let path):
          if let anchor = drawField(path, item: item, in: &canvas) { overlay = (field(at: path), anchor) }
        case .submit:
          let focused = focus == .submit
          if focused { canvas.put("┃", at: .zero, style: Style(.focus, .bold)) }
          canvas.put(
            "[ \(submitLabel) ]", at: Point(x: 2, y: 0),
            style: focused ? Style(.buttonFocus, .reverse) : Style(.button))
        }
      }
    }
    drawScrollMarks(on: &screen, layout: layout, scroll: scroll)
    drawHelp(on: &screen)
    drawStatus(on: &screen, layout: layout)
    if let overlay {
      // Popups may cover the title and the content, never the help line or the status bar below.
      let above = Rect(x: 0, y: 0, width: size.width, height: layout.viewport.maxY)
      screen.withCanvas(origin: .zero, clip: above) {
        overlay.field.renderOverlay(in: &$0, anchor: overlay.anchor)
      }
    }
    if let dialog {
      screen.cursor = nil
      screen.withCanvas { dialog.render(in: &$0) }
    }
    return screen
  }

  /// The bar beside the focused field.
  public static let focusBar = "┃"
  /// The bar beside a field with a problem showing (not focused).
  public static let problemBar = "╏"

  /// Draws one field's chrome and body; returns the body's screen rectangle when it has focus.
  private func drawField(_ path: FormPosition, item: FormLayout.Item, in canvas: inout Canvas) -> Rect? {
    let field = field(at: path)
    let focused = focus == .field(path)
    let hasError = !item.errorLines.isEmpty
    if focused || hasError {
      // Focus and a problem differ in the glyph too, so they stay apart without colour (NO_COLOR).
      let bar = Style(focused ? .focus : .error, focused ? .bold : [])
      let glyph = focused ? Form.focusBar : Form.problemBar
      for row in 0..<item.height { canvas.put(glyph, at: Point(x: 0, y: row), style: bar) }
    }
    var row = 0
    for line in item.titleLines {
      let titleStyle = focused ? Style(.focus, .bold) : Style(.title)
      if line.hasSuffix(" *") || line == "*" {
        let x = canvas.put(line.dropLast(1), at: Point(x: 2, y: row), style: titleStyle)
        canvas.put("*", at: Point(x: x, y: row), style: Style(.required))
      } else {
        canvas.put(line, at: Point(x: 2, y: row), style: titleStyle)
      }
      row += 1
    }
    draw(lines: item.descriptionLines, at: row, x: 2, style: Style(.description), in: &canvas)
    row += item.descriptionLines.count
    let body = Rect(x: 2, y: row, width: canvas.size.width - 2, height: item.bodyHeight)
    let context = FieldContext(isFocused: focused, hasError: hasError)
    canvas.withRegion(body) { field.render(in: &$0, context: context) }
    row += item.bodyHeight
    draw(lines: item.errorLines, at: row, x: 2, style: Style(.error, .bold), in: &canvas)
    guard focused else { return nil }
    return Rect(
      x: canvas.origin.x + 2, y: canvas.origin.y + body.minY, width: body.width, height: body.height)
  }

  private func draw(lines: [String], at top: Int, x: Int, style: Style, in canvas: inout Canvas) {
    for (offset, line) in lines.enumerated() {
      canvas.put(line, at: Point(x: x, y: top + offset), style: style)
    }
  }

  private func drawScrollMarks(on screen: inout Screen, layout: FormLayout, scroll: Int) {
    let x = layout.viewport.maxX + 1
    if scroll > 0 { screen.put("▲", at: Point(x: x, y: layout.viewport.minY), style: Style(.muted)) }
    if scroll + layout.viewport.height < layout.contentHeight {
      screen.put("▼", at: Point(x: x, y: layout.viewport.maxY - 1), style: Style(.muted))
    }
  }

  /// The help entries for the current focus: the field's own keys, then the form's (quit last).
  public var keyHelp: [KeyHelp] {
    (dialog == nil ? focusedField?.keyHelp ?? [] : []) + formKeyHelp
  }

  /// The form's own keys, which the help line always shows.
  private var formKeyHelp: [KeyHelp] {
    if let dialog { return dialog.keyHelp }
    let navigation =
      focus == .submit
      ? [KeyHelp("enter", submitLabel.lowercased()), KeyHelp("shift+tab", "back")]
      : [KeyHelp("tab", "next"), KeyHelp("shift+tab", "back")]
    return navigation + [KeyHelp("ctrl+c", "quit")]
  }

  /// Draws the help line: the form's keys always; the field's own keys first, as many as fit.
  private func drawHelp(on screen: inout Screen) {
    let y = screen.size.height - 2
    let clip = Rect(x: 0, y: y, width: screen.size.width - 1, height: 1)
    let separator = " • "
    func width(_ entries: [KeyHelp]) -> Int {
      entries.reduce(0) { $0 + $1.keys.displayWidth + 1 + $1.action.displayWidth } + max(0, entries.count - 1)
        * 3
    }
    var fieldEntries: [KeyHelp] = []
    for entry in dialog == nil ? focusedField?.keyHelp ?? [] : []
    where width(fieldEntries + [entry] + formKeyHelp) < clip.width - 1 {
      fieldEntries.append(entry)
    }
    let entries = fieldEntries + formKeyHelp
    var x = 1
    for (index, entry) in entries.enumerated() {
      if index > 0 { x = screen.put(separator, at: Point(x: x, y: y), style: Style(.muted), clip: clip) }
      x = screen.put(entry.keys, at: Point(x: x, y: y), style: Style(.helpKey), clip: clip)
      x = screen.put(" " + entry.action, at: Point(x: x, y: y), style: Style(.help), clip: clip)
    }
  }

  /// The problems submitting would report now: every shown field whose value has one, whether or
  /// not its message is showing yet (Tab passes an empty required field without one).
  public var problemCount: Int {
    visiblePaths.filter { field(at: $0).hasProblem }.count
  }

  private func drawStatus(on screen: inout Screen, layout: FormLayout) {
    let y = screen.size.height - 1
    let row = Rect(x: 0, y: y, width: screen.size.width, height: 1)
    screen.fill(row, style: Style(.statusBar))
    let focusable = layout.items.filter { item in
      if case .field(let path) = item.kind { return field(at: path).isFocusable }
      return false
    }
    let position = focusable.firstIndex { $0.focus == focus }.map { "\($0 + 1)/\(focusable.count)" } ?? "✓"
    let problems = problemCount
    let right = (problems > 0 ? "\(problems) to fix · " : "") + position + " "
    let rightX = screen.size.width - right.displayWidth
    screen.put(
      " " + Sanitizer.clean(status).truncated(toWidth: max(0, rightX - 2)), at: Point(x: 0, y: y),
      style: Style(.statusBar), clip: row)
    screen.put(right, at: Point(x: rightX, y: y), style: Style(.statusBar), clip: row)
  }

  private func drawTooSmall(on screen: inout Screen) {
    let lines = [
      "Terminal too small",
      "need \(minimumSize), have \(screen.size)",
      "Enlarge the window, or press ctrl+c to quit.",
    ]
    let top = max(0, (screen.size.height - lines.count) / 2)
    for (offset, line) in lines.enumerated() {
      let fitted = line.truncated(toWidth: screen.size.width)
      let x = max(0, (screen.size.width - fitted.displayWidth) / 2)
      screen.put(
        fitted, at: Point(x: x, y: top + offset), style: offset == 0 ? Style(.warning, .bold) : Style(.text))
    }
  }
}
