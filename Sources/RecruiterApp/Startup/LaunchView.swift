import ApplyCore
import KomboAPI
import TerminalUI
import TextSafety

/// Draws the start-up: a header, then the picker, the spinner or the problem explained, and the keys.
struct LaunchView {
  let model: LaunchModel
  let facts: LaunchFacts

  func draw(size: Size) -> Screen {
    guard size.width >= AppChrome.minimumSize.width && size.height >= AppChrome.minimumSize.height else {
      return AppChrome.tooSmall(size: size)
    }
    var screen = Screen(size: size)
    var x = screen.put(" kombo-apply ", at: .zero, style: Style(.title, .bold))
    if facts.isSandbox {
      x = screen.put(" SANDBOX ", at: Point(x: x + 1, y: 0), style: Style(.warning, [.bold, .reverse]))
      screen.put(" built-in sandbox (demo data)", at: Point(x: x, y: 0), style: Style(.muted))
    } else {
      screen.put("· " + facts.context.server, at: Point(x: x, y: 0), style: Style(.muted))
    }
    let area = AppChrome.contentRect(size).inset(top: 1, left: 2, bottom: 0, right: 2)
    var keys: [KeyHelp]
    switch model.stage {
    case .picking:
      drawPicker(on: &screen, area)
      keys = [KeyHelp("↑/↓", "move"), KeyHelp("enter", "use this one"), KeyHelp("q", "quit")]
    case .checking:
      let what =
        model.integration.map { "Checking the API key and integration \($0)…" } ?? "Checking the API key…"
      screen.put("\(model.spinner.frame) \(what)", at: area.origin, style: Style(.info, .bold), clip: area)
      keys = [KeyHelp("q", "quit")]
    case .connecting:
      let what = facts.isSandbox ? "Opening the built-in sandbox…" : "Connecting…"
      screen.put("\(model.spinner.frame) \(what)", at: area.origin, style: Style(.info, .bold), clip: area)
      keys = [KeyHelp("q", "quit")]
    case .problem(let problem):
      drawProblem(problem, on: &screen, area)
      keys =
        [KeyHelp("r", "retry")] + (facts.known.count > 1 ? [KeyHelp("i", "other integration")] : [])
        + [KeyHelp("q", "quit")]
    }
    AppChrome.drawHelp(on: &screen, keys: keys)
    AppChrome.drawStatus(
      on: &screen,
      text: facts.isSandbox
        ? "no API key: nothing leaves this machine"
        : "key \(facts.context.maskedKey) from \(facts.context.keySource)")
    return screen
  }

  private func drawPicker(on screen: inout Screen, _ area: Rect) {
    screen.put("Choose the integration", at: area.origin, style: Style(.title, .bold), clip: area)
    let intro =
      "\(facts.known.count) integrations are listed in \(facts.context.configFile). Which customer's ATS "
      + "do you want to work in?"
    var y = area.minY + 2
    for line in Sanitizer.clean(intro).wrapped(toWidth: area.width) {
      screen.put(line, at: Point(x: area.minX, y: y), clip: area)
      y += 1
    }
    let rows = facts.known.map { entry -> [RecordTable.Cell] in
      let slug = IntegrationID(entry.id)?.tool ?? entry.id.split(separator: ":").first.map(String.init) ?? ""
      let marker = entry.id == facts.lastUsed ? " (last used)" : ""
      return [
        RecordTable.Cell((entry.label ?? entry.id) + marker),
        RecordTable.Cell(ATSTool.label(forSlug: slug), .info),
        RecordTable.Cell(entry.id, .code),
      ]
    }
    let rect = Rect(x: area.minX - 2, y: y + 1, width: area.width + 2, height: area.maxY - y - 1)
    model.picker.draw(
      on: &screen, in: rect,
      columns: [
        RecordTable.Column("CUSTOMER"), RecordTable.Column("ATS", width: 12),
        RecordTable.Column("INTEGRATION", width: 36),
      ], rows: rows)
  }

  private func drawProblem(_ problem: SetupProblem, on screen: inout Screen, _ area: Rect) {
    var y = area.minY
    func paragraph(_ text: String, _ style: Style, indent: Int = 0, bullet: String = "") {
      let lines = Sanitizer.clean(text).wrapped(toWidth: area.width - indent - bullet.count)
      for (index, line) in lines.enumerated() where y < area.maxY {
        let prefix = index == 0 ? bullet : String(repeating: " ", count: bullet.count)
        screen.put(prefix + line, at: Point(x: area.minX + indent, y: y), style: style, clip: area)
        y += 1
      }
    }
    paragraph("✗ " + problem.title, Style(.error, .bold))
    let subject = [problem.code, model.integration].compactMap { $0 }.joined(separator: " · ")
    if !subject.isEmpty { paragraph(subject, Style(.muted), indent: 2) }
    y += 1
    for text in problem.explanation { paragraph(text, .plain) }
    y += 1
    paragraph("What to do", Style(.title, .bold))
    for step in problem.steps { paragraph(step, .plain, indent: 2, bullet: "• ") }
    if let log = problem.logURL {
      y += 1
      paragraph("Log: " + log, Style(.link, .underline))
    }
  }
}
