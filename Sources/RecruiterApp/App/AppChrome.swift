import ApplyCore
import KomboAPI
public import TerminalUI
import TextSafety

/// The parts drawn on every screen: the header (product, sandbox badge or connected ATS, candidate
/// and job, and the step breadcrumb), the help line, the status bar, and the "too small" screen.
public enum AppChrome {
  /// Every screen fits this size; below it the app asks for a bigger terminal.
  public static let minimumSize = Size(width: 80, height: 24)

  /// The rows between the header and the help line, at full width.
  public static func contentRect(_ size: Size) -> Rect {
    Rect(x: 0, y: 2, width: size.width, height: max(0, size.height - 4))
  }

  /// Draws the two header rows.
  public static func drawHeader(on screen: inout Screen, flow: Flow, step: FlowStep) {
    let width = screen.size.width
    screen.fill(Rect(x: 0, y: 0, width: width, height: 2))
    var x = screen.put(" kombo-apply ", at: .zero, style: Style(.title, .bold))
    if flow.backend.isSandbox {
      x = screen.put(" SANDBOX ", at: Point(x: x + 1, y: 0), style: Style(.warning, [.bold, .reverse]))
      x = screen.put(" " + flow.atsLabel + " (demo data)", at: Point(x: x, y: 0), style: Style(.muted))
    } else {
      let organization = flow.integration.map { " · " + Sanitizer.clean($0.endUser.organizationName) } ?? ""
      x = screen.put("· " + flow.atsLabel, at: Point(x: x, y: 0), style: Style(.info, .bold))
      x = screen.put(organization, at: Point(x: x, y: 0), style: Style(.muted))
    }
    let context = [flow.candidateName, flow.draft.job.trimmed.isEmpty ? nil : flow.jobTitle]
      .compactMap { $0 }.joined(separator: " → ")
    let room = width - x - 3
    if !context.isEmpty && room > 8 {
      let shown = context.truncated(toWidth: room)
      screen.put(shown, at: Point(x: width - 1 - shown.displayWidth, y: 0), style: Style(.muted))
    }
    drawBreadcrumb(on: &screen, step: step)
  }

  private static func drawBreadcrumb(on screen: inout Screen, step: FlowStep) {
    var x = 1
    for (index, item) in FlowStep.allCases.enumerated() {
      if index > 0 { x = screen.put(" › ", at: Point(x: x, y: 1), style: Style(.muted)) }
      let style: Style =
        item == step ? Style(.focus, [.bold, .underline]) : (item < step ? Style(.text) : Style(.muted))
      x = screen.put(item.title, at: Point(x: x, y: 1), style: style)
    }
  }

  /// Draws the help line (the row above the status bar): keys and what they do, as many as fit, and
  /// `pinned` (the way to the full help) always.
  public static func drawHelp(on screen: inout Screen, keys: [KeyHelp], pinned: [KeyHelp] = []) {
    let y = screen.size.height - 2
    let clip = Rect(x: 0, y: y, width: screen.size.width - 1, height: 1)
    screen.fill(Rect(x: 0, y: y, width: screen.size.width, height: 1))
    func width(_ entry: KeyHelp) -> Int { entry.keys.displayWidth + 1 + entry.action.displayWidth + 3 }
    let reserved = pinned.reduce(0) { $0 + width($1) }
    var shown: [KeyHelp] = []
    var used = 1
    for entry in keys where used + width(entry) + reserved <= clip.maxX + 3 {
      shown.append(entry)
      used += width(entry)
    }
    var x = 1
    for (index, entry) in (shown + pinned).enumerated() {
      if index > 0 { x = screen.put(" • ", at: Point(x: x, y: y), style: Style(.muted), clip: clip) }
      x = screen.put(entry.keys, at: Point(x: x, y: y), style: Style(.helpKey), clip: clip)
      x = screen.put(" " + entry.action, at: Point(x: x, y: y), style: Style(.help), clip: clip)
    }
  }

  /// Draws the status bar (the last row): `text` on the left, `right` on the right.
  public static func drawStatus(on screen: inout Screen, text: String, right: String = "") {
    let y = screen.size.height - 1
    let row = Rect(x: 0, y: y, width: screen.size.width, height: 1)
    screen.fill(row, style: Style(.statusBar))
    let rightText = right.isEmpty ? "" : right + " "
    let rightX = screen.size.width - rightText.displayWidth
    screen.put(
      " " + text.truncated(toWidth: max(0, rightX - 2)), at: Point(x: 0, y: y), style: Style(.statusBar),
      clip: row)
    screen.put(rightText, at: Point(x: rightX, y: y), style: Style(.statusBar), clip: row)
  }

  /// Whether the app can be drawn at `size` (else only "Terminal too small" shows, and only resizing,
  /// Ctrl-C and Ctrl-Z act).
  public static func fits(_ size: Size) -> Bool {
    size.width >= minimumSize.width && size.height >= minimumSize.height
  }

  /// The screen shown below the minimum size.
  public static func tooSmall(size: Size) -> Screen {
    var screen = Screen(size: size)
    let lines = [
      "Terminal too small", "need \(minimumSize), have \(size)", "Enlarge the window; nothing typed is lost.",
    ]
    let top = max(0, (size.height - lines.count) / 2)
    for (offset, line) in lines.enumerated() {
      let fitted = line.truncated(toWidth: size.width)
      let x = max(0, (size.width - fitted.displayWidth) / 2)
      screen.put(
        fitted, at: Point(x: x, y: top + offset), style: offset == 0 ? Style(.warning, .bold) : Style(.text))
    }
    return screen
  }
}
