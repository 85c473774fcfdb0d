import ApplyCore
import Foundation
public import TerminalUI
import TextSafety

extension OutboxScreen {
  /// The table of entries, the selected entry (or the retry running, or its outcome) below it.
  public func view(flow: Flow, size: Size) -> Screen {
    var screen = Screen(size: size)
    let area = AppChrome.contentRect(size).inset(top: 1, left: 2, bottom: 0, right: 2)
    let title = isLoading && entries.isEmpty ? "Outbox" : "Outbox (\(entries.count))"
    screen.put(title, at: area.origin, style: Style(.title, .bold), clip: area)
    if entries.isEmpty && !isLoading {
      let lines = [
        "The outbox is empty: every confirmed submission reached the ATS or was dropped.",
        "Submissions whose outcome is unclear, or that failed in a way that is safe to retry, wait here.",
      ]
      var y = area.minY + 2
      for line in lines {
        for part in line.wrapped(toWidth: area.width) {
          screen.put(part, at: Point(x: area.minX, y: y), style: Style(.muted), clip: area)
          y += 1
        }
        y += 1
      }
      if lastOutcome != nil {
        drawPane(on: &screen, Rect(x: area.minX, y: y, width: area.width, height: area.maxY - y), flow: flow)
      }
    } else if !entries.isEmpty {
      // The table takes only the rows it needs, leaving the rest to the selected entry's details.
      let tableRect = Rect(
        x: area.minX - 2, y: area.minY + 2, width: area.width + 2,
        height: min(Self.tableHeight(size), max(1, entries.count)) + 1)
      table.draw(
        on: &screen, in: tableRect,
        columns: [
          RecordTable.Column("CREATED", width: 12), RecordTable.Column("STATE", width: 12),
          RecordTable.Column("#", width: 3), RecordTable.Column("JOB", width: 18),
          RecordTable.Column("REASON"),
        ],
        rows: entries.map { row($0, flow: flow) }, focused: dialog == nil)
      let pane = Rect(
        x: area.minX, y: tableRect.maxY + 1, width: area.width, height: area.maxY - tableRect.maxY - 2)
      drawPane(on: &screen, pane, flow: flow)
    }
    if let problem {
      let lines = problem.wrapped(toWidth: area.width)
      for (offset, line) in lines.suffix(2).enumerated() {
        screen.put(
          line, at: Point(x: area.minX, y: area.maxY - min(2, lines.count) + offset),
          style: Style(.error, .bold),
          clip: area)
      }
    }
    AppChrome.drawStatus(
      on: &screen, text: flow.statusText, right: retrying == nil ? "" : "retrying… \(spinner.elapsedText)")
    if let dialog {
      screen.cursor = nil
      dialog.draw(on: &screen)
    }
    return screen
  }

  private func row(_ entry: LedgerEntry, flow: Flow) -> [RecordTable.Cell] {
    let (state, role) = Self.stateText(entry)
    let other = entry.integrationID.map { $0 != flow.backend.integrationID } ?? false
    return [
      RecordTable.Cell(ClockTime.stamp(entry.createdAt, now: flow.now, in: flow.timeZone), .muted),
      RecordTable.Cell(other ? "other integ." : state, other ? .muted : role),
      RecordTable.Cell(String(entry.attempt)),
      RecordTable.Cell(entry.jobName ?? entry.jobID),
      RecordTable.Cell(
        entry.inFlight(at: flow.now).map { $0.text(timeZone: flow.timeZone) } ?? Self.reason(entry), .muted),
    ]
  }

  /// `unknown`, `retryable`, `rejected`, `sending`, and how each looks.
  static func stateText(_ entry: LedgerEntry) -> (String, Role) {
    switch entry.state {
    case .sending: ("sending", .info)
    case .succeeded: ("created", .success)
    case .failed(let failure): failure.retryable ? ("retryable", .warning) : ("rejected", .error)
    case .unknown: ("unknown", .warning)
    }
  }

  /// The code, or the reason in a few words.
  static func reason(_ entry: LedgerEntry) -> String {
    switch entry.state {
    case .failed(let failure):
      failure.code ?? failure.httpStatus.map { "HTTP \($0): \(failure.message)" } ?? failure.message
    case .unknown(let reason): reason
    case .sending(let attempt): "attempt \(attempt) being sent"
    case .succeeded: ""
    }
  }

  private func drawPane(on screen: inout Screen, _ pane: Rect, flow: Flow) {
    var y = pane.minY
    func line(_ text: String, _ style: Style = .plain, indent: Int = 0) {
      for part in Sanitizer.clean(text).wrapped(toWidth: pane.width - indent) where y < pane.maxY {
        screen.put(part, at: Point(x: pane.minX + indent, y: y), style: style, clip: pane)
        y += 1
      }
    }
    func fact(_ label: String, _ value: String, _ style: Style = .plain) {
      guard y < pane.maxY else { return }
      screen.put(label, at: Point(x: pane.minX, y: y), style: Style(.muted), clip: pane)
      for part in Sanitizer.clean(value).wrapped(toWidth: pane.width - 14) where y < pane.maxY {
        screen.put(part, at: Point(x: pane.minX + 14, y: y), style: style, clip: pane)
        y += 1
      }
    }
    if let retrying {
      line("\(spinner.frame) " + Self.progressText(retrying.progress), Style(.info, .bold))
      return
    }
    if let lastOutcome {
      let (headline, style) = ResultScreen.headline(lastOutcome)
      line(headline, style)
      if case .succeeded(let receipt) = lastOutcome.status {
        fact(
          "Application", receipt.applicationID ?? "exists (confirmed by the ATS; no id returned)",
          Style(.code))
        fact("Candidate id", receipt.candidateID ?? "not returned", Style(.code))
        for warning in receipt.warnings { line("⚠ " + warning, Style(.warning), indent: 2) }
        line("It is in the history now (f4 on the job list).", Style(.muted))
      } else {
        fact("What happened", lastOutcome.explanation)
        fact("What to do", lastOutcome.nextStep)
        if let log = lastOutcome.logURL { fact("Log", log, Style(.link, .underline)) }
      }
      return
    }
    guard let entry = selected else { return }
    fact("Submission", entry.id.uuidString.lowercased(), Style(.code))
    fact("Candidate", entry.candidateEmail)
    fact("Job", (entry.jobName.map { $0 + " · " } ?? "") + entry.jobID)
    switch entry.state {
    case .failed(let failure):
      fact("What happened", failure.explanation)
      if let log = failure.logURL { fact("Log", log, Style(.link, .underline)) }
    case .unknown(let reason):
      fact("What happened", "It is not known whether the application was created: \(reason).")
    case .sending, .succeeded:
      break
    }
    if let refusal = Self.refusal(entry, current: flow.backend.integrationID) {
      fact("Retry", refusal, Style(.warning))
    } else if let window = entry.inFlight(at: flow.now) {
      fact(
        "Retry",
        "not yet: the last attempt is \(window.text(timeZone: flow.timeZone)); before then r only looks "
          + "the application up and resends nothing.", Style(.warning))
    } else if case .unknown = entry.state {
      fact(
        "Retry", "safe: r looks the candidate up first and resends only if the application is not there.",
        Style(.success))
    } else {
      fact("Retry", "safe: nothing was created; r sends it again.", Style(.success))
    }
  }

  /// What the retry is doing, in words.
  static func progressText(_ progress: SubmissionProgress?) -> String {
    switch progress {
    case nil, .recorded: "Retrying…"
    case .reconciling: "Looking the candidate up before any resend…"
    case .sending(let attempt): "Sending, attempt \(attempt)…"
    case .waiting(let wait, let reason):
      "Waiting \(ElapsedTime.format(wait)) before trying again (\(reason))…"
    }
  }
}
