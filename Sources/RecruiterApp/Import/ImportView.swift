import ApplyCore
import Foundation
public import TerminalUI
import TextSafety

extension ImportScreen {
  /// The picker, or the phase's lines over a table: the problems (with the row under the cursor when
  /// asked for), or the rows not created.
  public func view(flow: Flow, size: Size) -> Screen {
    if case .choosing = phase { return host.view(status: flow.statusText, size: size) }
    var screen = Screen(size: size)
    let area = AppChrome.contentRect(size).inset(top: 1, left: 2, bottom: 0, right: 2)
    var lines = Lines(area: area)
    let file = plan.map { PathText.lastComponent(of: $0.path) } ?? ""
    lines.add(on: &screen, "Import \(file) into \(jobTitle)", Style(.title, .bold))
    lines.skip()
    var right = ""
    switch phase {
    case .choosing:
      break
    case .checking(let rows):
      lines.add(
        on: &screen, "Checking every row before anything is sent… \(Self.rows(rows)) checked.", Style(.info))
      right = "checking"
    case .checked(let report):
      drawReport(report, on: &screen, lines: &lines)
    case .sending(let progress, let stopping):
      let bar = ImportProgressText.model(progress)
      let end = screen.put(
        bar.bar(width: max(10, area.width - 6)), at: Point(x: area.minX, y: lines.y), style: Style(.progress),
        clip: area)
      screen.put(" " + (bar.percentText ?? ""), at: Point(x: end, y: lines.y), clip: area)
      lines.skip()
      lines.add(on: &screen, ImportProgressText.figures(progress), Style(.muted))
      if stopping {
        lines.add(on: &screen, "Stopping: no new rows start; the ones in flight finish.", Style(.warning))
      }
      lines.skip()
      drawFailures(on: &screen, from: lines.y, area: area, title: nil)
      right = stopping ? "stopping…" : "sending"
    case .finished(let summary):
      drawSummary(summary, on: &screen, lines: &lines)
    }
    AppChrome.drawStatus(on: &screen, text: flow.statusText, right: right)
    if let dialog {
      screen.cursor = nil
      dialog.draw(on: &screen)
    }
    return screen
  }

  private func drawReport(_ report: ImportCheckReport, on screen: inout Screen, lines: inout Lines) {
    let valid = report.rows - report.invalidRows.count
    if let fileError = report.fileError {
      lines.add(on: &screen, fileError.description + "; nothing can be sent.", Style(.error, .bold))
    } else if !report.headerProblems.isEmpty {
      lines.add(
        on: &screen, "The header row does not name the columns as the import needs; nothing can be sent.",
        Style(.error, .bold))
    } else if report.invalidRows.isEmpty {
      lines.add(
        on: &screen,
        "\(Self.rows(report.rows)) checked: all valid. ctrl+s sends \(valid == 1 ? "it" : "them").",
        Style(.success, .bold))
    } else {
      let count = report.problems.count
      let sending = valid > 0 ? " ctrl+s sends the other \(Self.rows(valid))." : " No row can be sent."
      lines.add(
        on: &screen,
        "\(report.invalidRows.count) of \(Self.rows(report.rows)) have \(count) problem\(count == 1 ? "" : "s"). "
          + "Fix the file and check again (ctrl+r), or send the valid rows.\(sending)",
        Style(.warning, .bold))
    }
    var notes: [String] = []
    if !report.unknownColumns.isEmpty {
      notes.append(
        "Columns that fill no field, never sent: "
          + report.unknownColumns.map { Sanitizer.line($0, limit: 40) }.joined(separator: ", ") + ".")
    }
    if !report.warnings.isEmpty {
      notes.append(
        "\(report.warnings.count) warning\(report.warnings.count == 1 ? "" : "s") (sent anyway), first: "
          + (report.warnings.first?.line ?? ""))
    }
    for note in notes { lines.add(on: &screen, note, Style(.muted)) }
    lines.skip()
    let problems = Self.listedProblems(report)
    guard !problems.isEmpty else { return }
    let area = lines.area
    let paneRows = showsRecordPane ? min(area.maxY - lines.y - 2, 4) : 0
    let shown = fittedTable(rows: area.maxY - lines.y - 1 - paneRows)
    let height = min(shown.viewport.height, problems.count) + 1
    let tableRect = Rect(x: area.minX - 2, y: lines.y, width: area.width + 2, height: height)
    shown.draw(
      on: &screen, in: tableRect,
      columns: [
        RecordTable.Column("ROW", width: 6), RecordTable.Column("COLUMN", width: 20),
        RecordTable.Column("PROBLEM"),
      ],
      rows: problems.map {
        [
          RecordTable.Cell($0.row.map(String.init) ?? "header", .muted),
          RecordTable.Cell($0.column ?? "", .info), RecordTable.Cell($0.message, .text),
        ]
      },
      focused: dialog == nil)
    let pane = Rect(
      x: area.minX, y: tableRect.maxY + 1, width: area.width, height: area.maxY - tableRect.maxY - 1)
    drawRecord(on: &screen, in: pane)
  }

  /// The row under the cursor, one `column: value` per line.
  private func drawRecord(on screen: inout Screen, in rect: Rect) {
    guard rect.height > 1 else { return }
    if let recordProblem {
      screen.put(recordProblem, at: rect.origin, style: Style(.error), clip: rect)
      return
    }
    guard let record else { return }
    screen.put("Row \(record.row)", at: rect.origin, style: Style(.title, .bold), clip: rect)
    let width = min(24, record.cells.map(\.column.displayWidth).max() ?? 0)
    for (offset, cell) in record.cells.prefix(rect.height - 1).enumerated() {
      let y = rect.minY + 1 + offset
      var x = rect.minX
      if width > 0 {
        x =
          screen.put(
            cell.column.truncated(toWidth: width).padded(toWidth: width), at: Point(x: x, y: y),
            style: Style(.muted), clip: rect) + 1
      }
      screen.put(cell.value, at: Point(x: x, y: y), clip: rect)
    }
  }

  private func drawSummary(_ summary: ImportSummary, on screen: inout Screen, lines: inout Lines) {
    if let fileError = summary.fileError {
      lines.add(on: &screen, fileError.description, Style(.error, .bold))
    }
    let labelWidth = summary.lines.map(\.label.displayWidth).max() ?? 0
    let countWidth = summary.lines.map { String($0.count).count }.max() ?? 0
    for line in summary.lines where lines.y < lines.area.maxY {
      let count = String(line.count)
      var x = screen.put(
        line.label.padded(toWidth: labelWidth + 2), at: Point(x: lines.area.minX, y: lines.y),
        style: Style(line.isProblem ? .warning : .success), clip: lines.area)
      x = screen.put(
        String(repeating: " ", count: countWidth - count.count) + count, at: Point(x: x, y: lines.y),
        style: Style(.text, .bold), clip: lines.area)
      screen.put("  " + line.note, at: Point(x: x, y: lines.y), style: Style(.muted), clip: lines.area)
      lines.skip()
    }
    lines.add(on: &screen, summary.figures, Style(.muted))
    if summary.needsRerun {
      lines.skip()
      lines.add(
        on: &screen,
        "Import the same file again (ctrl+r) to finish: rows already created are skipped, unclear ones are "
          + "looked up before any resend, and only the rest is sent.", Style(.info))
    }
    lines.skip()
    drawFailures(on: &screen, from: lines.y, area: lines.area, title: "Rows not created")
  }

  /// The table as drawn in `rows` rows at most: scrolled so the cursor shows even when the lines above
  /// it took more room than the model's viewport assumed.
  private func fittedTable(rows: Int) -> RecordTable {
    var shown = table
    shown.resize(height: min(table.viewport.height, max(1, rows)))
    return shown
  }

  /// The rows that did not become applications, by row number once the import ended.
  private func drawFailures(on screen: inout Screen, from y: Int, area: Rect, title: String?) {
    guard !failures.isEmpty, y + 2 < area.maxY else { return }
    var top = y
    if let title {
      screen.put(title, at: Point(x: area.minX, y: top), style: Style(.title), clip: area)
      top += 1
    }
    let tableRect = Rect(x: area.minX - 2, y: top, width: area.width + 2, height: area.maxY - top)
    fittedTable(rows: tableRect.height - 1).draw(
      on: &screen, in: tableRect,
      columns: [
        RecordTable.Column("ROW", width: 6), RecordTable.Column("EMAIL", width: 24),
        RecordTable.Column("STATUS", width: 14), RecordTable.Column("WHY"),
      ],
      rows: failures.map {
        [
          RecordTable.Cell(String($0.row), .muted), RecordTable.Cell($0.email),
          RecordTable.Cell($0.statusName.replacingOccurrences(of: "_", with: " "), .warning),
          RecordTable.Cell(
            [$0.errorCode, $0.message.isEmpty ? nil : $0.message].compactMap { $0 }.joined(
              separator: ": "), .muted),
        ]
      })
  }
}

/// Wrapped lines drawn down the content area.
private struct Lines {
  let area: Rect
  var y: Int

  init(area: Rect) {
    self.area = area
    y = area.minY
  }

  mutating func add(on screen: inout Screen, _ text: String, _ style: Style) {
    for part in text.wrapped(toWidth: area.width) where y < area.maxY {
      screen.put(part, at: Point(x: area.minX, y: y), style: style, clip: area)
      y += 1
    }
  }

  mutating func skip() { y += 1 }
}
