import TextSafety

/// A date form field: type `YYYY-MM-DD` or a shortcut (`today`, `+3d`, `-1w`, `+1m`), or open a month
/// calendar with ctrl+o. Today is given by the caller. Leaving with enter rewrites a shortcut as its
/// date; impossible and out-of-range dates are explained. Typing the last digit of an allowed
/// `YYYY-MM-DD` date answers the field and moves on, as a y/n answer does.
///
/// Calendar keys: ←/→ a day, ↑/↓ a week, pgup/pgdn a month, home/end the month's ends, t today,
/// enter picks, esc closes.
public struct DateField: Field {
  /// Key, labels, validation and visibility.
  public var info: FieldInfo
  /// Text, today, bounds and the calendar popup.
  public private(set) var model: DateFieldModel
  /// The editing line.
  private var input: TextInput

  /// A date field; `today` comes from the caller's clock.
  public init(
    _ info: FieldInfo, text: String = "", today: CalendarDate, minimum: CalendarDate? = nil,
    maximum: CalendarDate? = nil
  ) {
    self.info = info
    self.model = DateFieldModel(text: text, today: today, minimum: minimum, maximum: maximum)
    self.input = TextInput(info, text: text, placeholder: "YYYY-MM-DD or +3d")
  }

  /// The date, when the text is a valid date within bounds.
  public var value: FieldValue { model.value.map(FieldValue.date) ?? .none }

  /// Typed text that is not an allowed date.
  public var inputProblem: String? { model.text.trimmingSpaces.isEmpty ? nil : model.validationMessage }

  /// Calendar keys while it is open, else how to open it.
  public var keyHelp: [KeyHelp] {
    model.calendar == nil
      ? [KeyHelp("ctrl+o", "calendar")]
      : [
        KeyHelp("←→↑↓", "day/week"), KeyHelp("pgup/pgdn", "month"), KeyHelp("enter", "pick"),
        KeyHelp("esc", "close"),
      ]
  }

  /// Handles a key or paste while focused.
  public mutating func handle(_ event: InputEvent) -> FieldResponse {
    if model.calendar != nil, case .key(let key) = event { return handleCalendar(key) }
    switch event {
    case .key(.control("o")), .key(KeyPress(.function(4))):
      model.openCalendar()
      return .consumed
    case .key(.enter):
      normalize()
      return .next
    default:
      let response = input.handle(event)
      guard response.outcome == .changed else { return response }
      model.text = input.text
      if case .key(let key) = event, case .character = key.key, key.modifiers.isEmpty,
        model.isCompleteISODate
      {
        return .answered
      }
      return response
    }
  }

  private mutating func handleCalendar(_ key: KeyPress) -> FieldResponse {
    let move: CalendarModel.Move? =
      switch key {
      case KeyPress(.left): .days(-1)
      case KeyPress(.right): .days(1)
      case KeyPress(.up): .weeks(-1)
      case KeyPress(.down): .weeks(1)
      case KeyPress(.pageUp): .months(-1)
      case KeyPress(.pageDown): .months(1)
      case KeyPress(.home): .startOfMonth
      case KeyPress(.end): .endOfMonth
      case .character("t"): .to(model.today)
      default: nil
      }
    if let move {
      model.moveCalendar(move)
      return .consumed
    }
    switch key {
    case .enter, .character(" "):
      let before = model.text
      model.pickFromCalendar()
      input.editor.replace(with: model.text)
      return before == model.text ? .consumed : .changed
    case .escape, .control("o"):
      model.closeCalendar()
      return .consumed
    default:
      return .consumed
    }
  }

  private mutating func normalize() {
    model.normalize()
    if input.text != model.text { input.editor.replace(with: model.text) }
  }

  /// The input line and a hint line.
  public func height(width: Int, context: FieldContext) -> Int { 2 }

  /// Draws the input and, under it, what a shortcut means or which forms are accepted.
  public func render(in canvas: inout Canvas, context: FieldContext) {
    canvas.withRegion(Rect(x: 0, y: 0, width: canvas.size.width, height: 1)) {
      input.render(in: &$0, context: context)
    }
    if let resolved = model.resolvedHint {
      ListDrawing.note("  → \(resolved)", at: 1, style: Style(.info), in: &canvas)
    } else if model.text.trimmingSpaces.isEmpty {
      ListDrawing.note("  \(DateParser.hint) · ctrl+o calendar", at: 1, in: &canvas)
    }
  }

  /// Draws the month calendar in a framed popup under the date line while it is open (above the field
  /// when there is no room below).
  public func renderOverlay(in canvas: inout Canvas, anchor: Rect) {
    guard let calendar = model.calendar else { return }
    let weeks = calendar.weeks
    let height = weeks.count + 5
    let below = anchor.minY + 1
    let top = below + height <= canvas.size.height ? below : max(0, anchor.minY - height)
    let box = Rect(x: max(0, anchor.minX - 1), y: top, width: 26, height: height)
    guard let inside = Popup.draw(box, in: &canvas) else { return }
    canvas.withRegion(inside) { calendarCanvas in
      calendarCanvas.put(" " + calendar.title, at: Point(x: 0, y: 0), style: Style(.dialogTitle, [.bold]))
      calendarCanvas.put(
        " " + CalendarModel.weekdayHeadings.joined(separator: " "), at: Point(x: 0, y: 1),
        style: Style(.muted))
      for (row, week) in weeks.enumerated() {
        for (column, day) in week.enumerated() {
          guard let day else { continue }
          let text = day.day < 10 ? " \(day.day)" : "\(day.day)"
          let style: Style =
            day == calendar.cursor
            ? Style(.selection, [.bold, .reverse])
            : !calendar.isSelectable(day)
              ? Style(.disabled, [.dim])
              : day == model.today ? Style(.dialog, [.underline]) : Style(.dialog)
          calendarCanvas.put(text, at: Point(x: 1 + column * 3, y: row + 2), style: style)
        }
      }
      calendarCanvas.put(" enter pick · esc close", at: Point(x: 0, y: weeks.count + 2), style: Style(.muted))
    }
  }

  /// The accepted forms.
  public var accessiblePrompt: [String] { ["(\(DateParser.hint))"] }

  /// Takes a typed date or shortcut and stores it as an ISO date.
  public mutating func accept(line: String) -> String? {
    var candidate = model
    candidate.text = Sanitizer.clean(line).trimmingSpaces
    if !candidate.text.isEmpty, let problem = candidate.validationMessage { return problem }
    model = candidate
    normalize()
    return nil
  }
}
