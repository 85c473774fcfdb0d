import KomboAPI
public import TerminalUI
import TextSafety

/// Where the job picker's parts go at a size: the search line, the list (left) and the details pane
/// (right) side by side, and the action buttons on the last content row.
struct JobPickerLayout {
  let search: Rect
  let list: Rect
  let count: Rect
  let details: Rect
  let actions: Rect

  init(size: Size) {
    let content = AppChrome.contentRect(size)
    let listWidth = max(30, min(70, size.width * 45 / 100))
    let top = content.minY
    let bottom = content.maxY - 1
    search = Rect(x: 1, y: top, width: listWidth, height: 1)
    list = Rect(x: 1, y: top + 1, width: listWidth, height: max(1, bottom - top - 3))
    count = Rect(x: 1, y: list.maxY, width: listWidth, height: 1)
    details = Rect(
      x: listWidth + 3, y: top, width: max(0, size.width - listWidth - 4), height: max(0, bottom - top - 1))
    actions = Rect(x: 1, y: bottom, width: size.width - 2, height: 1)
  }

  /// Rows of jobs shown.
  var listHeight: Int { list.height }
}

extension JobPickerScreen {
  /// The search line, the list, the details pane, the actions and the status bar.
  public func view(flow: Flow, size: Size) -> Screen {
    var screen = Screen(size: size)
    let layout = JobPickerLayout(size: size)
    drawSearch(on: &screen, layout.search)
    drawList(on: &screen, layout.list)
    screen.put(
      countText.truncated(toWidth: layout.count.width), at: layout.count.origin, style: Style(.muted))
    for y in layout.details.minY..<layout.details.maxY {
      screen.put("│", at: Point(x: layout.details.minX - 2, y: y), style: Style(.border))
    }
    if let details {
      screen.withCanvas(origin: layout.details.origin, clip: layout.details) {
        details.draw(in: &$0, offset: detailsOffset)
      }
    } else if !catalog.jobs.isEmpty {
      screen.put(
        "No job matches the search.", at: layout.details.origin, style: Style(.muted), clip: layout.details)
    }
    drawActions(on: &screen, layout.actions)
    AppChrome.drawStatus(on: &screen, text: flow.statusText, right: loadingText)
    if let dialog {
      screen.cursor = nil
      dialog.draw(on: &screen)
    }
    return screen
  }

  /// `12 of 28 open jobs`, `28 open jobs · +3 not open (ctrl+t)`.
  var countText: String {
    let kind = catalog.showsAll ? "jobs" : "open jobs"
    let listed = catalog.listedCount
    if !catalog.list.query.isEmpty { return "\(catalog.list.search.results.count) of \(listed) \(kind)" }
    let hidden =
      !catalog.showsAll && catalog.hiddenCount > 0 ? " · +\(catalog.hiddenCount) not open (ctrl+t)" : ""
    return "\(listed) \(kind)\(hidden)"
  }

  /// `loading… 250 jobs so far`, `all 28 jobs loaded`, or the failure; jobs that could not be read are
  /// named after it.
  var loadingText: String {
    guard let first = skipped.first else { return progressText }
    let ids =
      Sanitizer.clean(first.id ?? "without an id")
      + (skipped.count > 1 ? " and \(skipped.count - 1) more" : "")
    return progressText + "; skipped unreadable \(ids)"
  }

  private var progressText: String {
    if let lookingUp { return "looking up remote:\(Sanitizer.clean(lookingUp))…" }
    switch loading {
    case .loading: return "loading… \(catalog.jobs.count) jobs so far"
    case .done where catalog.isIndexing: return "\(catalog.jobs.count) jobs loaded, indexing…"
    case .done: return "\(catalog.jobs.count) jobs loaded"
    case .failed: return "loading stopped (f5 retries)"
    }
  }

  private func drawSearch(on screen: inout Screen, _ rect: Rect) {
    let focused = focus == .list && dialog == nil
    let query = Sanitizer.clean(catalog.list.query)
    let x = screen.put("Search ", at: rect.origin, style: Style(focused ? .focus : .muted, .bold), clip: rect)
    if query.isEmpty {
      screen.put(
        "title, code, department, location", at: Point(x: x, y: rect.minY), style: Style(.placeholder),
        clip: rect)
    } else {
      screen.put(query, at: Point(x: x, y: rect.minY), style: Style(.input), clip: rect)
    }
    if focused { screen.cursor = Point(x: min(rect.maxX - 1, x + query.displayWidth), y: rect.minY) }
  }

  private func drawList(on screen: inout Screen, _ rect: Rect) {
    switch (catalog.jobs.isEmpty, loading) {
    case (true, .loading):
      screen.put("Loading jobs…", at: Point(x: rect.minX + 2, y: rect.minY), style: Style(.muted), clip: rect)
      return
    case (_, .failed(let message)):
      let lines = ("Could not load jobs: " + Sanitizer.clean(message) + " Press f5 to try again.").wrapped(
        toWidth: rect.width - 2)
      let top = catalog.jobs.isEmpty ? rect.minY : rect.maxY - min(3, lines.count)
      for (offset, line) in lines.prefix(3).enumerated() {
        screen.put(line, at: Point(x: rect.minX + 2, y: top + offset), style: Style(.error), clip: rect)
      }
      if catalog.jobs.isEmpty { return }
    case (true, .done):
      screen.put(
        "This integration has no jobs.", at: Point(x: rect.minX + 2, y: rect.minY), style: Style(.muted),
        clip: rect)
      return
    default: break
    }
    let list = catalog.list
    let focused = focus == .list && dialog == nil
    for (offset, item) in list.windowItems.enumerated() {
      let y = rect.minY + offset
      guard y < rect.maxY else { break }
      let isCursor = list.viewport.window.lowerBound + offset == list.viewport.cursor
      let facts = JobFacts(catalog.jobs[list.values[Int(item)]])
      drawRow(
        on: &screen, facts: facts, highlights: list.highlights(item: item), y: y, rect: rect,
        isCursor: isCursor, focused: focused)
    }
  }

  private func drawRow(
    on screen: inout Screen, facts: JobFacts, highlights: [[Int]], y: Int, rect: Rect, isCursor: Bool,
    focused: Bool
  ) {
    let row = Rect(x: rect.minX, y: y, width: rect.width, height: 1)
    let base = isCursor ? Style(focused ? .selection : .focus) : Style(facts.isApplicable ? .text : .muted)
    if isCursor && focused { screen.fill(row, style: base) }
    let x = screen.put(isCursor ? "> " : "  ", at: row.origin, style: Style(.focus, .bold), clip: row)
    let tag = facts.tag.map { " " + $0 } ?? ""
    let room = max(0, rect.maxX - x - tag.displayWidth)
    var cells: [(Character, Style)] = []
    for (number, field) in facts.searchFields.enumerated() where !field.isEmpty {
      if !cells.isEmpty { cells += " · ".map { ($0, Style(.muted)) } }
      let marks = Set(number < highlights.count ? highlights[number] : [])
      for (offset, character) in field.enumerated() {
        cells.append(
          (character, marks.contains(offset) ? Style(.match, .bold) : (number == 0 ? base : Style(.muted))))
      }
    }
    var column = x
    let total = cells.reduce(0) { $0 + $1.0.displayWidth }
    for (character, style) in cells {
      let width = character.displayWidth
      if total > room && column - x + width > room - 1 {
        screen.put("…", at: Point(x: column, y: y), style: Style(.muted), clip: row)
        break
      }
      column = screen.put(String(character), at: Point(x: column, y: y), style: style, clip: row)
    }
    if !tag.isEmpty {
      let style = facts.isApplicable ? Style(.warning) : Style(.error, .bold)
      screen.put(tag, at: Point(x: rect.maxX - tag.displayWidth, y: y), style: style, clip: row)
    }
  }

  private func drawActions(on screen: inout Screen, _ rect: Rect) {
    var x = rect.minX
    for action in JobPickerAction.allCases {
      let label = "[ \(action.title(showsAll: catalog.showsAll)) ]"
      let focused = focus == .action(action) && dialog == nil
      x =
        screen.put(
          label, at: Point(x: x, y: rect.minY),
          style: focused ? Style(.buttonFocus, .reverse) : Style(.button), clip: rect) + 1
    }
  }
}
